# A call over several lines prints every line, with carets under each.
def f(*args):
    return args[10]
result = f(
    1,
    2,
    3,
    4,
    5,
)
# expect error: IndexError: tuple index out of range
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/multiline_call.py", line 4, in <module>
# expect stderr:     result = f(
# expect stderr:         1,
# expect stderr:     ...<3 lines>...
# expect stderr:         5,
# expect stderr:     )
# expect stderr:   File "tracebacks/multiline_call.py", line 3, in f
# expect stderr:     return args[10]
# expect stderr:            ~~~~^^^^
# expect stderr: IndexError: tuple index out of range
