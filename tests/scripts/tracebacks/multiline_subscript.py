# A subscript over several lines.
data = {"a": {"b": 1}}
v = data[
    "a"
][
    "zz"
]
# expect error: KeyError: 'zz'
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/multiline_subscript.py", line 3, in <module>
# expect stderr:     v = data[
# expect stderr:         ~~~~~
# expect stderr:         "a"
# expect stderr:         ~~~
# expect stderr:     ][
# expect stderr:     ~^
# expect stderr:         "zz"
# expect stderr:         ^^^^
# expect stderr:     ]
# expect stderr:     ^
# expect stderr: KeyError: 'zz'
