# Several context managers in one with statement enter left to right and exit in reverse.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name)
with CM("a") as a, CM("b") as b:
    print("body", a, b)
# expect: enter a
# expect: enter b
# expect: body a b
# expect: exit b
# expect: exit a
with (
    CM("x") as x,
    CM("y"),
):
    print("parenthesized", x)
# expect: enter x
# expect: enter y
# expect: parenthesized x
# expect: exit y
# expect: exit x
