# deque's error messages.
from collections import deque

d = deque([1, 2, 3])
for f in [lambda: d.remove(9), lambda: d.index(9), lambda: deque(maxlen=-1),
          lambda: deque(maxlen="a"), lambda: d[10], lambda: d["a"], lambda: d[1:2],
          lambda: deque().pop(), lambda: deque().popleft(),
          lambda: deque([1], maxlen=1).insert(0, 2), lambda: d + [1]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
# expect: ValueError: 9 is not in deque
# expect: ValueError: 9 is not in deque
# expect: ValueError: maxlen must be non-negative
# expect: TypeError: an integer is required
# expect: IndexError: deque index out of range
# expect: TypeError: sequence index must be integer, not 'str'
# expect: TypeError: sequence index must be integer, not 'slice'
# expect: IndexError: pop from an empty deque
# expect: IndexError: pop from an empty deque
# expect: IndexError: deque already at its maximum size
# expect: TypeError: can only concatenate deque (not "list") to deque
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: deque mutated during iteration
