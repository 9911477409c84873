# groupby runs and their shared iterator; tee.
import itertools as it

for key, group in it.groupby("aaabbcaa"):
    print(key, list(group))
# expect: a ['a', 'a', 'a']
# expect: b ['b', 'b']
# expect: c ['c']
# expect: a ['a', 'a']
words = sorted(["apple", "avocado", "banana", "cherry", "cranberry"])
print([(k, len(list(g))) for k, g in it.groupby(words, key=lambda w: w[0])])
# expect: [('a', 2), ('b', 1), ('c', 2)]
groups = it.groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))  # expect: a [] b ['b', 'b']
scores = [("ann", 90), ("bob", 90), ("cy", 75)]
for score, people in it.groupby(scores, key=lambda p: p[1]):
    print(score, [name for name, _ in people])
# expect: 90 ['ann', 'bob']
# expect: 75 ['cy']
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))  # expect: 1 [1, 2, 3] [2, 3]
