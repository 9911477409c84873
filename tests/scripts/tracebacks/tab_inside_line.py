# A tab inside the line is kept; the carets count it as one column.
d = {}
v = 1 +	d["tab"]
# expect error: KeyError: 'tab'
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/tab_inside_line.py", line 3, in <module>
# expect stderr:     v = 1 +	d["tab"]
# expect stderr:             ~^^^^^^^
# expect stderr: KeyError: 'tab'
