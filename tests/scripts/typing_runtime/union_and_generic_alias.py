# types.UnionType and types.GenericAlias: equality, hashing, isinstance, subclassing,
# and the errors CPython gives.
import types
u = int | str | None
print(u, u.__args__, type(u) is types.UnionType, int | int, (int | str) | float, None | int)
# expect: int | str | None (<class 'int'>, <class 'str'>, <class 'NoneType'>) True <class 'int'> int | str | float None | int
print(hash(int | str) == hash(str | int), {int | str: 1}[str | int])  # expect: True 1
print(list[int].__origin__, list[int].__args__, dict[str, int].__args__, list[int] | None)
# expect: <class 'list'> (<class 'int'>,) (<class 'str'>, <class 'int'>) list[int] | None
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)  # expect: isinstance() argument 2 cannot be a parameterized generic
try:
    int | 3
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for |: 'type' and 'int'
try:
    int["x"]
except TypeError as e:
    print(e)  # expect: type 'int' is not subscriptable
print(issubclass(bool, int | str), isinstance(None, int | None), isinstance(2.0, (str, int | float)))
# expect: True True True
class Box(list[int]):
    pass
print(Box.__mro__, Box([1]))
# expect: (<class '__main__.Box'>, <class 'list'>, <class 'object'>) [1]
print(type[int], tuple[()], set[str], frozenset[int], list[list[int]])
# expect: type[int] tuple[()] set[str] frozenset[int] list[list[int]]
x: list[str] = []
print(types.GenericAlias(list, (int,)))  # expect: list[int]
