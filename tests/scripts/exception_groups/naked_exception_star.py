# except* also catches a plain exception, wrapping it in a group.
try:
    raise ValueError("single")
except* ValueError as eg:
    print(type(eg).__name__, eg.message == "", repr(eg.exceptions))
    # expect: ExceptionGroup True (ValueError('single'),)
