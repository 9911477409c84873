# Fraction: construction, arithmetic, comparisons, hashing consistent with floats.
from fractions import Fraction as F

print(F(3, 4) + F(1, 4), F("1/3") * 3, F(0.5), F(1, 3) < 0.5, hash(F(1, 2)) == hash(0.5))
# expect: 1 1 1/2 True True
print(F(7, 2) // 2, F(-7, 2) % 3, round(F(5, 2)), round(F(7, 2)), F(1, 3) ** 2, F(2, 3) ** -2)
# expect: 1 5/2 2 4 1/9 9/4
print(F(10, 4), str(F(3)), float(F(1, 3)), F(3.14159).limit_denominator(100), int(F(-7, 2)))
# expect: 5/2 3 0.3333333333333333 311/99 -3
print(F("  -1.25e1 "), F(6, -4), F(1, 3) + 1, 1 - F(1, 3), F(1, 2) * 0.5, F(3, 4).as_integer_ratio())
# expect: -25/2 -3/2 4/3 2/3 0.25 (3, 4)
print(sum([F(1, n) for n in range(1, 6)]), sorted([F(1, 2), F(1, 3), 0.4]))
# expect: 137/60 [Fraction(1, 3), 0.4, Fraction(1, 2)]
for bad in ["F(1, 0)", "F('abc')", "F(1.5, 2)"]:
    try:
        eval(bad)
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
# expect: ZeroDivisionError: Fraction(1, 0)
# expect: ValueError: Invalid literal for Fraction: 'abc'
# expect: TypeError: both arguments should be Rational instances
