# iter and next, with a default.
it = iter([10, 20])
print(next(it), next(it), next(it, "done"))  # expect: 10 20 done
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)  # expect: StopIteration ()
it2 = iter("ab")
print(list(it2), list(it2))  # expect: ['a', 'b'] []
print(iter(it) is it)  # expect: True
