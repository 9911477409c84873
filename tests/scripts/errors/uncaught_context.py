# An exception raised while handling another prints both.
try:
    1 / 0
except ZeroDivisionError:
    undefined_handler_name
# expect error: NameError: name 'undefined_handler_name' is not defined
# expect stderr: ZeroDivisionError: division by zero
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr:   File "errors/uncaught_context.py", line 5, in <module>
