# After random.seed(42) every basic function prints CPython's numbers.
import random

random.seed(42)
print(random.random())  # expect: 0.6394267984578837
print(random.random())  # expect: 0.025010755222666936
print(random.randint(1, 6), random.randint(1, 6), random.randint(1, 100))  # expect: 3 2 29
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -7))
# expect: 2 10 30
print(random.choice("abcdef"), random.choice([10, 20, 30]))  # expect: f 30
print(random.uniform(1, 5))  # expect: 1.3477553305176646
print(random.getrandbits(8), random.getrandbits(70))  # expect: 108 92783382097018677491
