# __eq__ and __hash__ make objects usable as dict keys.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
d = {Key(1): "one"}
print(d[Key(1)], Key(1) in d, Key(2) in d)  # expect: one True False
print(len({Key(3), Key(3), Key(4)}))  # expect: 2
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)  # expect: unhashable type: 'NoHash'
