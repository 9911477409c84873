# Unmatched parts of a group propagate as a new group.
try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled ValueError")  # expect: handled ValueError
except ExceptionGroup as rest:
    print("rest:", repr(rest))  # expect: rest: ExceptionGroup('mixed', [KeyError(2)])
