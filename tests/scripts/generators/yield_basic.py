# A generator function produces values lazily.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
g = count_up(3)
print(type(g).__name__)  # expect: generator
print(next(g))
# expect: start
# expect: 0
print(next(g))  # expect: 1
print(list(g))
# expect: end
# expect: [2]
print(list(count_up(0)))
# expect: start
# expect: end
# expect: []
