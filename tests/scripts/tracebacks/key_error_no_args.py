# An exception with an empty message prints only its type.
raise KeyError()
# expect error: KeyError
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/key_error_no_args.py", line 2, in <module>
# expect stderr:     raise KeyError()
# expect stderr: KeyError
