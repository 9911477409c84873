# Ordering between unrelated types raises TypeError.
try:
    1 < "a"
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'int' and 'str'
try:
    [1] < (1,)
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'list' and 'tuple'
try:
    None > None
except TypeError as e:
    print(e)  # expect: '>' not supported between instances of 'NoneType' and 'NoneType'
try:
    sorted([3, "x"])
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'str' and 'int'
print(1 == "1", 1 != "1")  # expect: False True
