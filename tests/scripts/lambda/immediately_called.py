# Lambdas in conditional expressions and nested lambdas.
f = (lambda x: "pos") if True else (lambda x: "neg")
print(f(0))  # expect: pos
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))  # expect: 6
print((lambda x: (lambda y: x * y))(6)(7))  # expect: 42
