# repr(x) parses back to exactly x.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 ** 0.5, 1e16, 1e-5, 123.456, 5e-324]
for v in values:
    print(repr(v), float(repr(v)) == v)
# expect: 0.1 True
# expect: 0.2 True
# expect: 0.30000000000000004 True
# expect: 0.3333333333333333 True
# expect: 1.4142135623730951 True
# expect: 1e+16 True
# expect: 1e-05 True
# expect: 123.456 True
# expect: 5e-324 True
