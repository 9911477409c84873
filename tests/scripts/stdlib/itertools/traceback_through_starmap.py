# An exception inside a function called by an itertools iterator: no itertools frame in the
# traceback, as with CPython's C implementation.
import itertools

def invert(x):
    return 1 / x

print(list(itertools.starmap(invert, [(1,), (0,)])))
# expect error: ZeroDivisionError: division by zero
# expect stderr:   File "stdlib/itertools/traceback_through_starmap.py", line 8, in <module>
# expect stderr:   File "stdlib/itertools/traceback_through_starmap.py", line 6, in invert
