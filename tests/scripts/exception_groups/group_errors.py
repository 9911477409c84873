# Constructor checks of ExceptionGroup.
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(e)  # expect: second argument (exceptions) must be a non-empty sequence
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(e)  # expect: Cannot nest BaseExceptions in an ExceptionGroup
try:
    ExceptionGroup("x", ValueError())
except TypeError as e:
    print(e)  # expect: second argument (exceptions) must be a sequence
