# add_note() adds lines after the message.
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second\nmultiline note")
    raise
# expect error: multiline note
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/notes.py", line 3, in <module>
# expect stderr:     raise ValueError("bad value")
# expect stderr: ValueError: bad value
# expect stderr: first note
# expect stderr: second
# expect stderr: multiline note
