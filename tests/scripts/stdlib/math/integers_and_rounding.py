# Integer functions and rounding to int.
import math

print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(7), math.ceil(1e20))
# expect: -3 3 -2 7 100000000000000000000
print(math.isqrt(99), math.isqrt(10 ** 40), math.comb(10, 3), math.comb(100, 50))
# expect: 9 100000000000000000000 120 100891344545564193334812497256
print(math.perm(5), math.perm(5, 2), math.factorial(20), math.factorial(30))
# expect: 120 20 2432902008176640000 265252859812191058636308480000000
print(math.gcd(12, 18, 24), math.gcd(), math.lcm(4, 6), math.lcm(3, 5, 7))  # expect: 6 0 12 105
print(math.prod([1, 2, 3, 4]), math.prod([2, 3], start=10), math.prod([]))  # expect: 24 60 1
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([-0.0]))
# expect: 1.0 1.0 1.0 0.0
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [0.3, 0.4]))
# expect: 32 0.11000000000000001
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.dist((1, 2), (4, 6)), math.hypot(0.1, 0.2, 0.3, 0.4))
# expect: 5.0 3.7416573867739413 0.0 5.0 0.5477225575051661
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
# expect: True True True
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))  # expect: True True True

class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees
    def __floor__(self):
        return int(self.degrees // 1)
    def __float__(self):
        return float(self.degrees)

print(math.floor(Temperature(21.7)), math.sqrt(Temperature(16)))  # expect: 21 4.0
