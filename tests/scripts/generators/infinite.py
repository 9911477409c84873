# Infinite generators consumed partially.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
print(take(5, naturals()))  # expect: [0, 1, 2, 3, 4]
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(12, fib()))  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
g = fib()
print([next(g) for _ in range(5)])  # expect: [0, 1, 1, 2, 3]
