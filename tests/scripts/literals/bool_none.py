# True, False and None are singletons; bools are ints.
print(True, False, None)  # expect: True False None
print(True + True, True * 10, False - 1)  # expect: 2 10 -1
print(type(True).__name__, type(None).__name__)  # expect: bool NoneType
print(isinstance(True, int), issubclass(bool, int))  # expect: True True
print(True == 1, False == 0, True is True)  # expect: True True True
print(None is None, None == False)  # expect: True False
print(repr(None), str(True))  # expect: None True
print(bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool(None))
# expect: False True False True False True False
