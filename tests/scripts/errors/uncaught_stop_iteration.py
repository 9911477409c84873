# next() on an exhausted iterator outside a loop.
it = iter([])
next(it)
# expect error: StopIteration
