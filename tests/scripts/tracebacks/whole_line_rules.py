# `return f(x)` and `x = f(x)` spanning the whole line show no carets; other calls do.
def g(x):
    raise ValueError(x)
def f(x):
    return g(x)
def h():
    y = g(2)
    return y
def k():
    y = g(3) or 1
    return y
def m():
    return (g)(4)
def n():
    x   =   g(  5  )
try:
    h()
except ValueError:
    try:
        k()
    except ValueError:
        try:
            m()
        except ValueError:
            try:
                n()
            except ValueError:
                f(1)
# expect error: ValueError: 1
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/whole_line_rules.py", line 17, in <module>
# expect stderr:     h()
# expect stderr:     ~^^
# expect stderr:   File "tracebacks/whole_line_rules.py", line 7, in h
# expect stderr:     y = g(2)
# expect stderr:   File "tracebacks/whole_line_rules.py", line 3, in g
# expect stderr:     raise ValueError(x)
# expect stderr: ValueError: 2
# expect stderr:
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/whole_line_rules.py", line 20, in <module>
# expect stderr:     k()
# expect stderr:     ~^^
# expect stderr:   File "tracebacks/whole_line_rules.py", line 10, in k
# expect stderr:     y = g(3) or 1
# expect stderr:         ~^^^
# expect stderr:   File "tracebacks/whole_line_rules.py", line 3, in g
# expect stderr:     raise ValueError(x)
# expect stderr: ValueError: 3
# expect stderr:
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/whole_line_rules.py", line 23, in <module>
# expect stderr:     m()
# expect stderr:     ~^^
# expect stderr:   File "tracebacks/whole_line_rules.py", line 13, in m
# expect stderr:     return (g)(4)
# expect stderr:   File "tracebacks/whole_line_rules.py", line 3, in g
# expect stderr:     raise ValueError(x)
# expect stderr: ValueError: 4
# expect stderr:
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/whole_line_rules.py", line 26, in <module>
# expect stderr:     n()
# expect stderr:     ~^^
# expect stderr:   File "tracebacks/whole_line_rules.py", line 15, in n
# expect stderr:     x   =   g(  5  )
# expect stderr:   File "tracebacks/whole_line_rules.py", line 3, in g
# expect stderr:     raise ValueError(x)
# expect stderr: ValueError: 5
# expect stderr:
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/whole_line_rules.py", line 28, in <module>
# expect stderr:     f(1)
# expect stderr:     ~^^^
# expect stderr:   File "tracebacks/whole_line_rules.py", line 5, in f
# expect stderr:     return g(x)
# expect stderr:   File "tracebacks/whole_line_rules.py", line 3, in g
# expect stderr:     raise ValueError(x)
# expect stderr: ValueError: 1
