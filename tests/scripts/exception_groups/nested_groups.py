# except* matches leaves inside nested groups, preserving structure.
inner = ExceptionGroup("inner", [ValueError("deep"), OSError("io")])
try:
    raise ExceptionGroup("outer", [inner, ValueError("shallow")])
except* ValueError as eg:
    print(repr(eg))
    # expect: ExceptionGroup('outer', [ExceptionGroup('inner', [ValueError('deep')]), ValueError('shallow')])
except* OSError as eg:
    print(repr(eg))  # expect: ExceptionGroup('outer', [ExceptionGroup('inner', [OSError('io')])])
