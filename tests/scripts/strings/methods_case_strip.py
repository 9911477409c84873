# upper, lower, strip.
s = "  Hello World  "
print(repr(s.strip()))  # expect: 'Hello World'
print(repr(s.upper()))  # expect: '  HELLO WORLD  '
print(repr(s.lower()))  # expect: '  hello world  '
print(repr("xxhixx".strip("x")))  # expect: 'hi'
print(repr("\t\n pad \n".strip()))  # expect: 'pad'
print("MiXeD".lower(), "MiXeD".upper())  # expect: mixed MIXED
