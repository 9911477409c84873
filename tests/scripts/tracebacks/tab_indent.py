# Tab-indented code is dedented before printing.
def f():
	return [1][2]
f()
# expect error: IndexError: list index out of range
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/tab_indent.py", line 4, in <module>
# expect stderr:     f()
# expect stderr:     ~^^
# expect stderr:   File "tracebacks/tab_indent.py", line 3, in f
# expect stderr:     return [1][2]
# expect stderr:            ~~~^^^
# expect stderr: IndexError: list index out of range
