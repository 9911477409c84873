# __lt__ is enough for sorted, min and max.
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)
vs = [Ver(1, 10), Ver(1, 2), Ver(0, 9), Ver(1, 2, 1)]
print(sorted(vs))  # expect: [v0.9, v1.2, v1.2.1, v1.10]
print(min(vs), max(vs))  # expect: v0.9 v1.10
print(Ver(1) > Ver(0))  # expect: True
