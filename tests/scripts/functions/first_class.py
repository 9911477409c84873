# Functions passed to and returned from functions.
def apply(fn, *args):
    return fn(*args)
def twice(fn):
    def run(x):
        return fn(fn(x))
    return run
def inc(x):
    return x + 1
print(apply(inc, 1), apply(max, 3, 9, 4))  # expect: 2 9
print(twice(inc)(5), twice(twice(inc))(0))  # expect: 7 4
print(list(map(inc, [1, 2, 3])))  # expect: [2, 3, 4]
print(sorted(["bb", "a", "ccc"], key=len))  # expect: ['a', 'bb', 'ccc']
