# Deep recursion collapses identical frames into '[Previous line repeated N more times]'.
def f(n):
    return f(n + 1)
f(0)
# expect error: RecursionError: maximum recursion depth exceeded
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/recursion_error.py", line 4, in <module>
# expect stderr:     f(0)
# expect stderr:     ~^^^
# expect stderr:   File "tracebacks/recursion_error.py", line 3, in f
# expect stderr:     return f(n + 1)
# expect stderr:   File "tracebacks/recursion_error.py", line 3, in f
# expect stderr:     return f(n + 1)
# expect stderr:   File "tracebacks/recursion_error.py", line 3, in f
# expect stderr:     return f(n + 1)
# expect stderr:   [Previous line repeated 996 more times]
# expect stderr: RecursionError: maximum recursion depth exceeded
