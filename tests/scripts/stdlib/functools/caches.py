# lru_cache and cache: results, cache_info, eviction order, key rules.
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
# expect: 23416728348467685 CacheInfo(hits=78, misses=81, maxsize=None, currsize=81)
fib.cache_clear()
print(fib.cache_info())  # expect: CacheInfo(hits=0, misses=0, maxsize=None, currsize=0)

@cache
def factorial(n):
    return 1 if n == 0 else n * factorial(n - 1)

print(factorial(900) % 1000007, factorial.cache_info().currsize, factorial.__name__)
# expect: 231884 901 factorial

@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x

for v in [1, 2, 1, 3, 2, 1]:
    square(v)
# expect: computing 1
# expect: computing 2
# expect: computing 3
# expect: computing 2
# expect: computing 1
print(square.cache_info(), square.cache_parameters())
# expect: CacheInfo(hits=1, misses=5, maxsize=2, currsize=2) {'maxsize': 2, 'typed': False}

@lru_cache
def add(x, y=1):
    return x + y

add(1); add(1); add(1, y=1); add(x=1); add(1.0); add(True)
print(add.cache_info())  # expect: CacheInfo(hits=2, misses=4, maxsize=128, currsize=4)

@lru_cache(typed=True)
def ident(x):
    return x

ident(1); ident(1.0); ident(1)
print(ident.cache_info())  # expect: CacheInfo(hits=1, misses=2, maxsize=128, currsize=2)

class Grid:
    @lru_cache
    def paths(self, n):
        return 1 if n == 0 else 2 * self.paths(n - 1)

print(Grid().paths(10), Grid.paths.cache_info().misses)  # expect: 1024 11
try:
    lru_cache("big")
except TypeError as e:
    print(e)  # expect: Expected first argument to be an integer, a callable, or None
