# The format() builtin and __format__ fallbacks.
print(format(3.5))  # expect: 3.5
print(format(12, "4d") + "|")  # expect:   12|
print(format("s", ">3"))  # expect:   s
print(format(True), format(None))  # expect: True None
print(format(1234.5, ",.1f"))  # expect: 1,234.5
print(repr(format(7, "")))  # expect: '7'
