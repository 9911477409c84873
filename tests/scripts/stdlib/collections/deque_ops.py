# deque: both ends, rotation, maxlen, indexing.
from collections import deque

q = deque(range(5), maxlen=5)
q.append(5)
q.appendleft(-1)
q.rotate(2)
print(q, len(q), q[0], q[-1], 3 in q, q.maxlen)
# expect: deque([3, 4, -1, 1, 2], maxlen=5) 5 3 2 True 5
q.rotate(-3)
print(q)  # expect: deque([1, 2, 3, 4, -1], maxlen=5)
q.extendleft([10, 11])
print(q)  # expect: deque([11, 10, 1, 2, 3], maxlen=5)
del q[2]
print(q, q.pop(), q.popleft(), q)  # expect: deque([10, 2], maxlen=5) 3 11 deque([10, 2], maxlen=5)
d = deque("abc")
d.insert(1, "X")
d.reverse()
print(d, d.count("a"), d.index("a"), list(reversed(d)), d * 2, d + deque("z"))
# expect: deque(['c', 'b', 'X', 'a']) 1 3 ['a', 'X', 'b', 'c'] deque(['c', 'b', 'X', 'a', 'c', 'b', 'X', 'a']) deque(['c', 'b', 'X', 'a', 'z'])
d[0] = "first"
d.remove("X")
print(d, repr(deque()), bool(deque()), deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
# expect: deque(['first', 'b', 'a']) deque([]) False True True
history = deque(maxlen=3)
for page in ["home", "news", "sport", "weather", "tv"]:
    history.append(page)
print(list(history))  # expect: ['sport', 'weather', 'tv']
d = deque([1, 2, 3])
d += [4, 5]
d *= 2
print(d, d.copy() is not d)  # expect: deque([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]) True
