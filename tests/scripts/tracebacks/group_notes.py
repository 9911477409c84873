# Notes on an exception group and on its members.
e1 = ValueError("x")
e1.add_note("note on x")
g = ExceptionGroup("g", [e1, TypeError("y")])
g.add_note("group note")
raise g
# expect error:     +------------------------------------
# expect stderr:   + Exception Group Traceback (most recent call last):
# expect stderr:   |   File "tracebacks/group_notes.py", line 6, in <module>
# expect stderr:   |     raise g
# expect stderr:   | ExceptionGroup: g (2 sub-exceptions)
# expect stderr:   | group note
# expect stderr:   +-+---------------- 1 ----------------
# expect stderr:     | ValueError: x
# expect stderr:     | note on x
# expect stderr:     +---------------- 2 ----------------
# expect stderr:     | TypeError: y
# expect stderr:     +------------------------------------
