# A failing subscript gets ~~~^^^^: the value ~, the brackets ^.
d = {"a": {"b": 1}}
print(d["a"]["c"])
# expect error: KeyError: 'c'
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/subscript_nested.py", line 3, in <module>
# expect stderr:     print(d["a"]["c"])
# expect stderr:           ~~~~~~^^^^^
# expect stderr: KeyError: 'c'
