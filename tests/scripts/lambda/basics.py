# Lambda expressions.
sq = lambda x: x * x
print(sq(7))  # expect: 49
print((lambda: "no args")())  # expect: no args
print((lambda a, b=2, *c, **d: (a, b, c, d))(1, 3, 4, k=5))  # expect: (1, 3, (4,), {'k': 5})
print((lambda *, k: k)(k="kw"))  # expect: kw
print(sq.__name__)  # expect: <lambda>
