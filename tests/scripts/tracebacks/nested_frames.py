# Every frame of a nested call prints its own carets.
def a(n):
    return b(n) + 1
def b(n):
    return c(n) * 2
def c(n):
    return [1, 2][n]
print(a(5))
# expect error: IndexError: list index out of range
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/nested_frames.py", line 8, in <module>
# expect stderr:     print(a(5))
# expect stderr:           ~^^^
# expect stderr:   File "tracebacks/nested_frames.py", line 3, in a
# expect stderr:     return b(n) + 1
# expect stderr:            ~^^^
# expect stderr:   File "tracebacks/nested_frames.py", line 5, in b
# expect stderr:     return c(n) * 2
# expect stderr:            ~^^^
# expect stderr:   File "tracebacks/nested_frames.py", line 7, in c
# expect stderr:     return [1, 2][n]
# expect stderr:            ~~~~~~^^^
# expect stderr: IndexError: list index out of range
