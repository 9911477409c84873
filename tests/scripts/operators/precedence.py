# Operator precedence across families.
print(1 + 2 * 3 ** 2)  # expect: 19
print(not 1 == 2)  # expect: True
print(1 < 2 == 2 > 1)  # expect: True
print(1 | 2 & 3 << 1)  # expect: 3
print(-3 ** 2, (-3) ** 2)  # expect: -9 9
print(True or False and False)  # expect: True
print(not True or True)  # expect: True
print(2 * 3 > 5 and "yes" or "no")  # expect: yes
print(1 + 2 if False else 3 + 4)  # expect: 7
