# IndexError and KeyError messages.
lst = [1, 2, 3]
try:
    lst[3]
except IndexError as e:
    print(type(e).__name__, e)  # expect: IndexError list index out of range
try:
    (1,)[5]
except IndexError as e:
    print(e)  # expect: tuple index out of range
try:
    "abc"[10]
except IndexError as e:
    print(e)  # expect: string index out of range
try:
    lst[1] = lst[-4]
except IndexError as e:
    print(e)  # expect: list index out of range
try:
    [].pop()
except IndexError as e:
    print(e)  # expect: pop from empty list
try:
    {"a": 1}["k"]
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)  # expect: KeyError 'k' KeyError('k') ('k',)
try:
    lst["1"]
except TypeError as e:
    print(e)  # expect: list indices must be integers or slices, not str
