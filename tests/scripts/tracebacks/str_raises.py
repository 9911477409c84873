# An exception whose __str__ raises prints a placeholder.
class E(Exception):
    def __str__(self):
        raise RuntimeError("nope")
raise E()
# expect error: E: <exception str() failed>
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/str_raises.py", line 5, in <module>
# expect stderr:     raise E()
# expect stderr: E: <exception str() failed>
