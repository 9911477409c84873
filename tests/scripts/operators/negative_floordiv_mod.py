# Floor division and modulo follow the sign of the divisor.
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3)]:
    print(a, b, a // b, a % b, divmod(a, b))
# expect: 7 3 2 1 (2, 1)
# expect: -7 3 -3 2 (-3, 2)
# expect: 7 -3 -3 -2 (-3, -2)
# expect: -7 -3 2 -1 (2, -1)
print(-7.5 // 2, -7.5 % 2)  # expect: -4.0 0.5
print(5 % 1.5, -5 % 1.5)  # expect: 0.5 1.0
