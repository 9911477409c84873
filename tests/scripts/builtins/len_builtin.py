# len on all containers and objects with __len__.
print(len([1, 2]), len("héllo"), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(0, 10, 2)))
# expect: 2 5 1 1 3 5
print(len(b"xyz"), len(""), len([[]]))  # expect: 3 0 1
class L:
    def __len__(self):
        return 7
print(len(L()))  # expect: 7
try:
    len(5)
except TypeError as e:
    print(e)  # expect: object of type 'int' has no len()
