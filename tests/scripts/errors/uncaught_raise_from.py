# A chained exception prints the cause first.
try:
    {}["k"]
except KeyError as e:
    raise RuntimeError("lookup failed") from e
# expect error: RuntimeError: lookup failed
# expect stderr:   File "errors/uncaught_raise_from.py", line 3, in <module>
# expect stderr: KeyError: 'k'
# expect stderr: The above exception was the direct cause of the following exception:
# expect stderr:   File "errors/uncaught_raise_from.py", line 5, in <module>
