# An exception raised while handling another prints both.
try:
    1 / 0
except ZeroDivisionError:
    undefined_name
# expect error: NameError: name 'undefined_name' is not defined
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/chain_context.py", line 3, in <module>
# expect stderr:     1 / 0
# expect stderr:     ~~^~~
# expect stderr: ZeroDivisionError: division by zero
# expect stderr:
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/chain_context.py", line 5, in <module>
# expect stderr:     undefined_name
# expect stderr: NameError: name 'undefined_name' is not defined
