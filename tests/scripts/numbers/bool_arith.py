# Booleans take part in arithmetic as 0 and 1.
print(sum([True, False, True, True]))  # expect: 3
print(True + 0.5)  # expect: 1.5
print(True / 2)  # expect: 0.5
print(-True, ~True, ~False)  # expect: -1 -2 -1
print(True << 3)  # expect: 8
print(True & False, True | False, True ^ True)  # expect: False True False
print(type(True & False).__name__, type(True + True).__name__)  # expect: bool int
