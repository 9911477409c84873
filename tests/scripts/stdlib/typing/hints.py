# typing names import and subscript; hints stay inert; NamedTuple, TypedDict, Protocol work.
from typing import (Any, Callable, Dict, List, Optional, Tuple, Union, Iterable, TypeVar,
                    Generic, NamedTuple, TypedDict, Protocol, runtime_checkable, cast,
                    get_type_hints, get_origin, get_args, Literal, Final, ClassVar, Set)

T = TypeVar("T")
print(T, List[int], Optional[str], Union[int, str], Dict[str, List[int]], Callable[[int], str])
# expect: ~T typing.List[int] typing.Optional[str] typing.Union[int, str] typing.Dict[str, typing.List[int]] typing.Callable[[int], str]
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(int))
# expect: <class 'list'> (<class 'str'>, <class 'int'>) (<class 'int'>, <class 'NoneType'>) None

def greet(name: str, times: Optional[int] = None) -> List[str]:
    return [f"hi {name}"] * (times or 1)

print(greet("ann", 2), get_type_hints(greet))
# expect: ['hi ann', 'hi ann'] {'name': <class 'str'>, 'times': typing.Optional[int], 'return': typing.List[str]}

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items)  # expect: 2 [1]

class Employee(NamedTuple):
    name: str
    id: int = 3

e = Employee("guido")
print(e, e._replace(id=7), Employee._fields, isinstance(e, tuple))
# expect: Employee(name='guido', id=3) Employee(name='guido', id=7) ('name', 'id') True

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__)  # expect: {'title': 'Blade Runner', 'year': 1982} dict

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class File:
    def close(self):
        pass

print(isinstance(File(), Closable), isinstance(42, Closable), cast(int, "not checked"))
# expect: True False not checked
x: Final = 3
mode: Literal["r", "w"] = "r"
print(x, mode, isinstance([], List), isinstance({}, Dict))  # expect: 3 r True True
