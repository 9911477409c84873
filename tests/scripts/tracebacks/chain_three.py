# A chain of three exceptions, cause and context mixed.
try:
    try:
        [][0]
    except IndexError as e:
        raise KeyError("k") from e
except KeyError:
    raise TypeError("t")
# expect error: TypeError: t
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/chain_three.py", line 4, in <module>
# expect stderr:     [][0]
# expect stderr:     ~~^^^
# expect stderr: IndexError: list index out of range
# expect stderr:
# expect stderr: The above exception was the direct cause of the following exception:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/chain_three.py", line 6, in <module>
# expect stderr:     raise KeyError("k") from e
# expect stderr: KeyError: 'k'
# expect stderr:
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/chain_three.py", line 8, in <module>
# expect stderr:     raise TypeError("t")
# expect stderr: TypeError: t
