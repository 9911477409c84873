# __len__, __contains__ and __iter__.
class Range3:
    def __len__(self):
        return 3
    def __iter__(self):
        return iter([0, 1, 2])
    def __contains__(self, x):
        print("contains", x)
        return x in (0, 1, 2)
r = Range3()
print(len(r), list(r), 2 in r, 5 not in r)
# expect: contains 2
# expect: contains 5
# expect: 3 [0, 1, 2] True True
for v in r:
    print(v)
# expect: 0
# expect: 1
# expect: 2
print(sum(r), sorted(r, reverse=True))  # expect: 3 [2, 1, 0]
