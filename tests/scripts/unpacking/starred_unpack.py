# Starred targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)  # expect: 1 [2, 3, 4]
*init, last = range(5)
print(init, last)  # expect: [0, 1, 2, 3] 4
a, *mid, b = "hello"
print(a, mid, b)  # expect: h ['e', 'l', 'l'] o
x, *empty, y = 1, 2
print(x, empty, y)  # expect: 1 [] 2
(p, *q), r = [1, 2, 3], 4
print(p, q, r)  # expect: 1 [2, 3] 4
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
# expect: 1 [2, 3]
# expect: 4 []
