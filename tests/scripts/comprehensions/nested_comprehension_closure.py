# Comprehensions inside functions see locals.
def table(n):
    return [[i * j for j in range(1, n + 1)] for i in range(1, n + 1)]
for row in table(3):
    print(row)
# expect: [1, 2, 3]
# expect: [2, 4, 6]
# expect: [3, 6, 9]
def filt(limit):
    return {k: v for k, v in zip("abcde", range(5)) if v < limit}
print(filt(3))  # expect: {'a': 0, 'b': 1, 'c': 2}
