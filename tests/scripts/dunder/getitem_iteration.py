# Old-style iteration through __getitem__ until IndexError.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()))  # expect: [0, 1, 4, 9, 16]
print(9 in Squares(), 10 in Squares())  # expect: True False
for v in Squares():
    print(v)
# expect: 0
# expect: 1
# expect: 4
# expect: 9
# expect: 16
