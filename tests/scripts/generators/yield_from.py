# yield from delegates to a sub-iterator and returns its return value.
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from range(2)
print(list(outer()))
# expect: inner returned inner done
# expect: [1, 2, 10, 20, 0, 1]
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5]])))  # expect: [1, 2, 3, 4, 5]
