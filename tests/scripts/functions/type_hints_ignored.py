# Type hints anywhere are parsed but not enforced.
def f(x: int, y: "str" = "d", *args: float, z: int | None = None, **kw: dict) -> list[int]:
    return [x, y, args, z, kw]
print(f("not an int"))  # expect: ['not an int', 'd', (), None, {}]
v: dict[str, list[int]] = {"a": [1]}
print(v)  # expect: {'a': [1]}
def g() -> None: return 5
print(g())  # expect: 5
