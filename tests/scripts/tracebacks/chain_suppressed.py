# raise ... from None hides the context.
try:
    1 / 0
except ZeroDivisionError:
    raise ValueError("clean") from None
# expect error: ValueError: clean
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/chain_suppressed.py", line 5, in <module>
# expect stderr:     raise ValueError("clean") from None
# expect stderr: ValueError: clean
