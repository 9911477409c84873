# raise ... from e prints the cause first.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse " + s) from e
parse("abc")
# expect error: RuntimeError: could not parse abc
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/chain_cause.py", line 4, in parse
# expect stderr:     return int(s)
# expect stderr: ValueError: invalid literal for int() with base 10: 'abc'
# expect stderr:
# expect stderr: The above exception was the direct cause of the following exception:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/chain_cause.py", line 7, in <module>
# expect stderr:     parse("abc")
# expect stderr:     ~~~~~^^^^^^^
# expect stderr:   File "tracebacks/chain_cause.py", line 6, in parse
# expect stderr:     raise RuntimeError("could not parse " + s) from e
# expect stderr: RuntimeError: could not parse abc
