# Error messages, raised eagerly or lazily as in CPython.
import itertools as it

for f in [lambda: it.count("a"), lambda: it.islice([], -1), lambda: it.islice([], 1, -1),
          lambda: it.islice([], 0, 5, 0), lambda: it.islice([], "a"), lambda: it.batched("abc", 0),
          lambda: list(it.batched("abc", 2, strict=True)), lambda: it.product([1], repeat=-1),
          lambda: it.permutations([1], -1), lambda: it.combinations([1], -1), lambda: it.tee([], -1),
          lambda: it.repeat(1, "a"), lambda: it.cycle(1), lambda: list(it.chain(1)),
          lambda: it.groupby(1), lambda: it.accumulate(1), lambda: it.zip_longest(1),
          lambda: it.starmap(len, 1), lambda: it.pairwise(1), lambda: it.compress(1, [])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
# expect: TypeError: a number is required
# expect: ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError: Step for islice() must be a positive integer or None.
# expect: ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError: n must be at least one
# expect: ValueError: batched(): incomplete batch
# expect: ValueError: repeat argument cannot be negative
# expect: ValueError: r must be non-negative
# expect: ValueError: r must be non-negative
# expect: ValueError: n must be >= 0
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'int' object is not iterable
print(type(it.chain()).__name__, it.count.__module__, isinstance(it.count(), it.count))
# expect: chain itertools True
