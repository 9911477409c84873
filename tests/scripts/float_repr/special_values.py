# inf, -inf, nan and signed zero.
inf = float("inf")
print(inf, -inf)  # expect: inf -inf
print(inf + 1, inf * 0 == inf * 0)  # expect: inf False
nan = float("nan")
print(nan, nan == nan, nan != nan)  # expect: nan False True
print(-0.0, 0.0 == -0.0)  # expect: -0.0 True
print(repr(-0.0), str(-0.0))  # expect: -0.0 -0.0
print(1e308 * 10)  # expect: inf
print(-1e308 * 10)  # expect: -inf
print(inf > 1e308, -inf < -1e308)  # expect: True True
