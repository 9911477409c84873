# isinstance, issubclass and type().
print(isinstance(1, int), isinstance(1, (str, float)), isinstance(True, int))
# expect: True False True
print(isinstance("s", str), isinstance([], (list, tuple)), isinstance(None, object))
# expect: True True True
print(type(1).__name__, type("s").__name__, type([]).__name__, type(()).__name__)
# expect: int str list tuple
print(type({}).__name__, type(1.0).__name__, type(len).__name__, type(type).__name__)
# expect: dict float builtin_function_or_method type
print(issubclass(bool, int), issubclass(int, object), issubclass(list, tuple))
# expect: True True False
print(type(3) == int, type(type(3)) is type)  # expect: True True
