# loopscope-only: without a seed, runs are still reproducible (CPython uses real entropy).
# loopscope: no-cpython
import random

a = random.random()
random.seed()
b = random.random()
print(0 <= a < 1, 0 <= b < 1, a != b)
print(random.Random().random() != random.Random().random())
# expect: True True True
# expect: True
