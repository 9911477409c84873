# A fully annotated program: annotations never change behaviour.
from __future__ import annotations
from typing import Optional, Union, Callable, Iterator, TypeVar, Generic, Sequence

T = TypeVar("T")


def first(items: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


def apply(fn: Callable[[int], int], values: list[int]) -> list[int]:
    return [fn(v) for v in values]


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


class Box(Generic[T]):
    def __init__(self, value: T) -> None:
        self.value = value

    def map(self, fn: Callable[[T], T]) -> "Box[T]":
        return Box(fn(self.value))


def describe(x: Union[int, str]) -> str:
    return f"{type(x).__name__}:{x}"


print(first([3, 4]), first([], "empty"), apply(lambda v: v * v, [1, 2, 3]), list(countdown(3)))
# expect: 3 empty [1, 4, 9] [3, 2, 1]
print(Box(2).map(lambda v: v + 1).value, describe(5), describe("s"), first.__name__)
# expect: 3 int:5 str:s first
