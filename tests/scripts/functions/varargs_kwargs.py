# *args collects extra positionals as a tuple, **kwargs extra keywords as a dict.
def f(a, *args, **kwargs):
    print(a, args, kwargs)
f(1)  # expect: 1 () {}
f(1, 2, 3)  # expect: 1 (2, 3) {}
f(1, x=1, y=2)  # expect: 1 () {'x': 1, 'y': 2}
f(1, 2, *[3, 4], z=5, **{"w": 6})  # expect: 1 (2, 3, 4) {'z': 5, 'w': 6}
def count(*args):
    return len(args)
print(count(), count(*range(7)))  # expect: 0 7
def kw_names(**kw):
    return list(kw)
print(kw_names(b=1, a=2))  # expect: ['b', 'a']
