# Nested exception groups print in boxes.
def inner():
    raise ExceptionGroup("inner", [ValueError("a"), ZeroDivisionError("b")])
def outer():
    try:
        inner()
    except ExceptionGroup as e:
        raise ExceptionGroup("outer", [e, RuntimeError("c")])
outer()
# expect error:     +------------------------------------
# expect stderr:   + Exception Group Traceback (most recent call last):
# expect stderr:   |   File "tracebacks/group_nested.py", line 6, in outer
# expect stderr:   |     inner()
# expect stderr:   |     ~~~~~^^
# expect stderr:   |   File "tracebacks/group_nested.py", line 3, in inner
# expect stderr:   |     raise ExceptionGroup("inner", [ValueError("a"), ZeroDivisionError("b")])
# expect stderr:   | ExceptionGroup: inner (2 sub-exceptions)
# expect stderr:   +-+---------------- 1 ----------------
# expect stderr:     | ValueError: a
# expect stderr:     +---------------- 2 ----------------
# expect stderr:     | ZeroDivisionError: b
# expect stderr:     +------------------------------------
# expect stderr:
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr:
# expect stderr:   + Exception Group Traceback (most recent call last):
# expect stderr:   |   File "tracebacks/group_nested.py", line 9, in <module>
# expect stderr:   |     outer()
# expect stderr:   |     ~~~~~^^
# expect stderr:   |   File "tracebacks/group_nested.py", line 8, in outer
# expect stderr:   |     raise ExceptionGroup("outer", [e, RuntimeError("c")])
# expect stderr:   | ExceptionGroup: outer (2 sub-exceptions)
# expect stderr:   +-+---------------- 1 ----------------
# expect stderr:     | Exception Group Traceback (most recent call last):
# expect stderr:     |   File "tracebacks/group_nested.py", line 6, in outer
# expect stderr:     |     inner()
# expect stderr:     |     ~~~~~^^
# expect stderr:     |   File "tracebacks/group_nested.py", line 3, in inner
# expect stderr:     |     raise ExceptionGroup("inner", [ValueError("a"), ZeroDivisionError("b")])
# expect stderr:     | ExceptionGroup: inner (2 sub-exceptions)
# expect stderr:     +-+---------------- 1 ----------------
# expect stderr:       | ValueError: a
# expect stderr:       +---------------- 2 ----------------
# expect stderr:       | ZeroDivisionError: b
# expect stderr:       +------------------------------------
# expect stderr:     +---------------- 2 ----------------
# expect stderr:     | RuntimeError: c
# expect stderr:     +------------------------------------
