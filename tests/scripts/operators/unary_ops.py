# Unary minus, plus, invert, not.
x = 5
print(-x, +x, ~x, not x)  # expect: -5 5 -6 False
print(- - x, ~~x, not not x)  # expect: 5 5 True
print(-0.0, +-1.5)  # expect: -0.0 -1.5
print(-True, +False)  # expect: -1 0
