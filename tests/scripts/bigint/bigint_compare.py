# Comparisons between big ints, small ints and floats.
x = 2 ** 80
print(x > 2 ** 79, x == 2 ** 80, x != x + 1)  # expect: True True True
print(x > 1.0, x == float(x), x < 1e30)  # expect: True True True
print(-x < 0 < x)  # expect: True
print(max(x, 3), min(-x, -3))  # expect: 1208925819614629174706176 -1208925819614629174706176
print(sorted([x, -x, 0, x - 1]))
# expect: [-1208925819614629174706176, 0, 1208925819614629174706175, 1208925819614629174706176]
