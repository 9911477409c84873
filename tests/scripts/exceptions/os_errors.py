# OSError subclasses and their constructor forms.
e = FileNotFoundError(2, "No such file or directory")
print(e.errno, e.strerror, e)
# expect: 2 No such file or directory [Errno 2] No such file or directory
print(issubclass(FileNotFoundError, OSError), issubclass(PermissionError, OSError))
# expect: True True
print(issubclass(ConnectionError, OSError), issubclass(ConnectionResetError, ConnectionError))
# expect: True True
print(TimeoutError.__mro__[1].__name__)  # expect: OSError
try:
    raise TimeoutError("too slow")
except OSError as e:
    print(type(e).__name__, e)  # expect: TimeoutError too slow
