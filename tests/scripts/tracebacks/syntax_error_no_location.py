# SyntaxError raised by the program has no location to print.
raise SyntaxError('x')
# expect error: SyntaxError: x
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/syntax_error_no_location.py", line 2, in <module>
# expect stderr:     raise SyntaxError('x')
# expect stderr: SyntaxError: x
