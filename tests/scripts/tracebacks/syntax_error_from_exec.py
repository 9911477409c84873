# A syntax error in exec() prints where in the string it is.
exec("x = (1,")
# expect error: SyntaxError: '(' was never closed
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/syntax_error_from_exec.py", line 2, in <module>
# expect stderr:     exec("x = (1,")
# expect stderr:     ~~~~^^^^^^^^^^^
# expect stderr:   File "<string>", line 1
# expect stderr:     x = (1,
# expect stderr:         ^
# expect stderr: SyntaxError: '(' was never closed
