# Printing the carets re-parses the line, which repeats its SyntaxWarnings.
x = int("\d") + f(1)
# expect error: ValueError: invalid literal for int() with base 10: '\\d'
# expect stderr: tracebacks/parse_warnings.py:2: SyntaxWarning: invalid escape sequence '\d'
# expect stderr:   x = int("\d") + f(1)
# expect stderr: Traceback (most recent call last):
# expect stderr: <unknown>:2: SyntaxWarning: invalid escape sequence '\d'
# expect stderr: <unknown>:1: SyntaxWarning: invalid escape sequence '\d'
# expect stderr:   File "tracebacks/parse_warnings.py", line 2, in <module>
# expect stderr:     x = int("\d") + f(1)
# expect stderr:         ~~~^^^^^^
# expect stderr: ValueError: invalid literal for int() with base 10: '\\d'
