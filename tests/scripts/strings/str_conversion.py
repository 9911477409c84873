# str() and repr() of assorted values.
print(str(42), str(1.5), str(None), str(True), str([1, "a"]))  # expect: 42 1.5 None True [1, 'a']
print(repr("text"), repr([1, "a"]), repr((1,)), repr({"k": "v"}))
# expect: 'text' [1, 'a'] (1,) {'k': 'v'}
print(str("quote's"), repr("quote's"))  # expect: quote's "quote's"
print(repr('x"y'), repr("x'y\"z"))  # expect: 'x"y' 'x\'y"z'
print(repr(""), str("") == "")  # expect: '' True
