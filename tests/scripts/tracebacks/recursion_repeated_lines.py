# Repeated frames collapse after three; the innermost differs.
def f(n):
    if n == 0:
        raise RuntimeError("bottom")
    f(n - 1)
f(10)
# expect error: RuntimeError: bottom
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/recursion_repeated_lines.py", line 6, in <module>
# expect stderr:     f(10)
# expect stderr:     ~^^^^
# expect stderr:   File "tracebacks/recursion_repeated_lines.py", line 5, in f
# expect stderr:     f(n - 1)
# expect stderr:     ~^^^^^^^
# expect stderr:   File "tracebacks/recursion_repeated_lines.py", line 5, in f
# expect stderr:     f(n - 1)
# expect stderr:     ~^^^^^^^
# expect stderr:   File "tracebacks/recursion_repeated_lines.py", line 5, in f
# expect stderr:     f(n - 1)
# expect stderr:     ~^^^^^^^
# expect stderr:   [Previous line repeated 7 more times]
# expect stderr:   File "tracebacks/recursion_repeated_lines.py", line 4, in f
# expect stderr:     raise RuntimeError("bottom")
# expect stderr: RuntimeError: bottom
