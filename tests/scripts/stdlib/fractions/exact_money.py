# Splitting a bill exactly with fractions, then rounding to cents.
from fractions import Fraction

total = Fraction("100.00")
shares = {"ann": Fraction(1, 3), "bob": Fraction(1, 3), "cy": Fraction(1, 3)}
amounts = {name: total * share for name, share in shares.items()}
print(amounts, sum(amounts.values()) == total)
# expect: {'ann': Fraction(100, 3), 'bob': Fraction(100, 3), 'cy': Fraction(100, 3)} True
cents = {name: round(amount * 100) for name, amount in amounts.items()}
cents["cy"] += int(total * 100) - sum(cents.values())
print({name: f"{c / 100:.2f}" for name, c in cents.items()})
# expect: {'ann': '33.33', 'bob': '33.33', 'cy': '33.34'}
print(Fraction(1, 10) + Fraction(2, 10) == Fraction(3, 10), 0.1 + 0.2 == 0.3, float(Fraction(1, 3)))
# expect: True False 0.3333333333333333
