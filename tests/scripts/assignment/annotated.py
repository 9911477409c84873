# Annotated assignments: annotations are parsed and ignored at run time.
x: int = 5
y: list[int] = [1, 2]
z: "anything goes"
print(x, y)  # expect: 5 [1, 2]
def f(a: int, b: str = "s") -> bool:
    return True
print(f(1))  # expect: True
class Point:
    x: float
    y: float = 0.0
print(Point.y)  # expect: 0.0
try:
    print(z)
except NameError as e:
    print(e)  # expect: name 'z' is not defined
