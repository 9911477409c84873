# An uncaught ExceptionGroup prints a tree; its last line is the final sub-exception.
raise ExceptionGroup("several", [ValueError("first"), TypeError("second")])
# expect error:     +------------------------------------
# expect stderr:   + Exception Group Traceback (most recent call last):
# expect stderr:   | ExceptionGroup: several (2 sub-exceptions)
# expect stderr:     | ValueError: first
# expect stderr:     | TypeError: second
