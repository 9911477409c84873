# int() of a non-numeric string.
n = int("abc")
# expect error: ValueError: invalid literal for int() with base 10: 'abc'
