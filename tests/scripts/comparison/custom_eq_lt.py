# Comparisons fall back to reflected methods.
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq called")
        return isinstance(other, V) and self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
print(V(1) == V(1))
# expect: eq called
# expect: True
print(V(1) != V(2))
# expect: eq called
# expect: True
print(V(1) < V(2), V(3) > V(2))  # expect: True True
print(sorted([V(3), V(1), V(2)])[0].v)  # expect: 1
