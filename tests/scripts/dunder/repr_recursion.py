# __repr__ used by containers, including recursive ones.
class Item:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Item<{self.n}>"
print([Item(1), Item(2)])  # expect: [Item<1>, Item<2>]
print({"a": Item(3)})  # expect: {'a': Item<3>}
lst = [1]
lst.append(lst)
print(lst)  # expect: [1, [...]]
d = {}
d["self"] = d
print(d)  # expect: {'self': {...}}
