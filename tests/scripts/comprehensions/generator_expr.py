# Generator expressions are lazy and single-use.
g = (x * 2 for x in range(4))
print(next(g), next(g))  # expect: 0 2
print(list(g))  # expect: [4, 6]
print(list(g))  # expect: []
print(sum(x for x in range(101)))  # expect: 5050
print(max(len(w) for w in ["aa", "b", "cccc"]))  # expect: 4
def noisy(n):
    print("produce", n)
    return n
lazy = (noisy(i) for i in range(3))
print("before")  # expect: before
print(next(lazy))
# expect: produce 0
# expect: 0
print(type(lazy).__name__)  # expect: generator
