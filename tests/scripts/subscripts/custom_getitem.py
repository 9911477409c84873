# __getitem__ receives ints and slice objects.
class Seq:
    def __getitem__(self, key):
        return key
s = Seq()
print(s[1])  # expect: 1
print(s[1:2])  # expect: slice(1, 2, None)
print(s[::2])  # expect: slice(None, None, 2)
print(s[1, 2])  # expect: (1, 2)
print(s["k"])  # expect: k
sl = s[1:10:3]
print(sl.start, sl.stop, sl.step)  # expect: 1 10 3
