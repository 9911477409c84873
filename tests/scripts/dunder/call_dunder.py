# __call__ makes instances callable.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, plus=0):
        return self.k * x + plus
triple = Multiplier(3)
print(triple(5), triple(5, plus=1), callable(triple))  # expect: 15 16 True
print(list(map(triple, [1, 2])))  # expect: [3, 6]
