# __enter__ and __exit__.
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False
with Ctx("a") as v:
    print("body", v)
# expect: enter a
# expect: body A
# expect: exit a None
try:
    with Ctx("b"):
        raise ValueError("boom")
    # expect: enter b
    # expect: exit b ValueError
except ValueError as e:
    print("caught", e)  # expect: caught boom
