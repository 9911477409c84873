# Importing a missing module raises ModuleNotFoundError, an ImportError.
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)  # expect: ModuleNotFoundError No module named 'no_such_module_here'
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__)  # expect: ImportError
print(issubclass(ModuleNotFoundError, ImportError))  # expect: True
