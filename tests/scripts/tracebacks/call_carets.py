# Calls get ~^^ carets: the callee ~, the parenthesized arguments ^.
def f(x):
    return 1 / x
def g():
    y = f(0) + 1
    return y
g()
# expect error: ZeroDivisionError: division by zero
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/call_carets.py", line 7, in <module>
# expect stderr:     g()
# expect stderr:     ~^^
# expect stderr:   File "tracebacks/call_carets.py", line 5, in g
# expect stderr:     y = f(0) + 1
# expect stderr:         ~^^^
# expect stderr:   File "tracebacks/call_carets.py", line 3, in f
# expect stderr:     return 1 / x
# expect stderr:            ~~^~~
# expect stderr: ZeroDivisionError: division by zero
