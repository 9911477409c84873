# Annotations are evaluated at def time: int | None is a types.UnionType, list[int] a
# types.GenericAlias, and both print as written.
def f(x: int | None = None, y: list[int] = [], z: dict[str, list[int]] | None = None) -> tuple[int, ...]:
    return (1,)
print(f.__annotations__)
# expect: {'x': int | None, 'y': list[int], 'z': dict[str, list[int]] | None, 'return': tuple[int, ...]}
print(int | None, list[int], dict[str, int], type(int | str), isinstance(3, int | str), isinstance("a", int | None))
# expect: int | None list[int] dict[str, int] <class 'types.UnionType'> True False
print(list[int]([1, 2]), tuple[int, ...], type(list[int]), list[int] == list[int], (int | str) == (str | int))
# expect: [1, 2] tuple[int, ...] <class 'types.GenericAlias'> True True
from typing import Optional, Union, List
print(Optional[int], Union[int, str], List[int])
# expect: typing.Optional[int] typing.Union[int, str] typing.List[int]
class Node:
    def __init__(self, nxt: "Node | None" = None): self.nxt = nxt
print(Node.__init__.__annotations__)  # expect: {'nxt': 'Node | None'}
