# CPython's messages for the common misuses.
import random

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: random.choice([]))  # expect: IndexError: Cannot choose from an empty sequence
attempt(lambda: random.randrange(0))  # expect: ValueError: empty range for randrange()
attempt(lambda: random.randrange(5, 5))  # expect: ValueError: empty range in randrange(5, 5)
attempt(lambda: random.randrange(1, 10, 0))  # expect: ValueError: zero step for randrange()
attempt(lambda: random.randint(5, 1))  # expect: ValueError: empty range in randrange(5, 2)
attempt(lambda: random.sample([1, 2], 3))
# expect: ValueError: Sample larger than population or is negative
attempt(lambda: random.sample({1, 2}, 1))
# expect: TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).
attempt(lambda: random.seed([1, 2]))
# expect: TypeError: The only supported seed types are:
# expect: None, int, float, str, bytes, and bytearray.
attempt(lambda: random.choices("ab", [1, 2, 3]))
# expect: ValueError: The number of weights does not match the population
attempt(lambda: random.getrandbits(-1))  # expect: ValueError: number of bits must be non-negative
attempt(lambda: random.randrange(1.5))
# expect: TypeError: 'float' object cannot be interpreted as an integer
