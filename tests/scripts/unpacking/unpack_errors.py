# Wrong number of values raises ValueError with exact messages.
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)  # expect: too many values to unpack (expected 2)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)  # expect: not enough values to unpack (expected 3, got 2)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)  # expect: not enough values to unpack (expected at least 2, got 1)
try:
    a, b = 5
except TypeError as e:
    print(e)  # expect: cannot unpack non-iterable int object
