# Strings are immutable: item assignment fails.
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError 'str' object does not support item assignment
t = s
s += "d"
print(s, t)  # expect: abcd abc
