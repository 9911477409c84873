# count, cycle, repeat and islice (including what islice consumes).
import itertools as it

print(repr(it.count()), repr(it.count(5, 2)), repr(it.count(1.5)), repr(it.repeat("a")), repr(it.repeat(1, 3)))
# expect: count(0) count(5, 2) count(1.5) repeat('a') repeat(1, 3)
c = it.count(3)
next(c)
print(repr(c))  # expect: count(4)
print(list(it.islice(it.count(10, 3), 5)), list(it.islice("abcdefg", 2, None, 2)), list(it.islice("abcdefg", 1, 5)))
# expect: [10, 13, 16, 19, 22] ['c', 'e', 'g'] ['b', 'c', 'd', 'e']
src = iter(range(10))
print(list(it.islice(src, 0, 5, 2)), next(src))  # expect: [0, 2, 4] 5
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))  # expect: [0, 1, 2] 3
print(list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), list(it.repeat(1, -5)))
# expect: ['a', 'b', 'a', 'b', 'a'] ['x', 'x', 'x'] []
r = it.repeat(1, 3)
print(r.__length_hint__(), list(r), repr(r))  # expect: 3 [1, 1, 1] repeat(1, 0)
for i, colour in zip(it.count(1), it.cycle(["red", "green"])):
    if i > 4:
        break
    print(i, colour)
# expect: 1 red
# expect: 2 green
# expect: 3 red
# expect: 4 green
