# split() and subgroup() partition a group.
eg = ExceptionGroup("all", [ValueError("a"), TypeError("b"), ValueError("c")])
match, rest = eg.split(ValueError)
print(repr(match))  # expect: ExceptionGroup('all', [ValueError('a'), ValueError('c')])
print(repr(rest))  # expect: ExceptionGroup('all', [TypeError('b')])
print(repr(eg.subgroup(TypeError)))  # expect: ExceptionGroup('all', [TypeError('b')])
print(eg.subgroup(KeyError))  # expect: None
