# KeyError prints the repr of the key.
d = {}
d["missing"]
# expect error: KeyError: 'missing'
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/key_error.py", line 3, in <module>
# expect stderr:     d["missing"]
# expect stderr:     ~^^^^^^^^^^^
# expect stderr: KeyError: 'missing'
