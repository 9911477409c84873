# Generators are not re-entrant; running one from inside itself fails.
def gen():
    yield me.send(None)
me = gen()
try:
    next(me)
except ValueError as e:
    print(e)  # expect: generator already executing
def simple():
    yield 1
g = simple()
print(list(g), list(g))  # expect: [1] []
