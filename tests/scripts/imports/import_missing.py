# Importing a missing module raises ModuleNotFoundError, an ImportError.
try:
    import no_such_module_here
except ImportError as e:
    # str(e) differs on purpose: loopscope's message also points to docs/python-support.md
    # (tests/scripts/stdlib/missing_modules.py checks it).
    print(type(e).__name__, e.name)  # expect: ModuleNotFoundError no_such_module_here
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__)  # expect: ImportError
print(issubclass(ModuleNotFoundError, ImportError))  # expect: True
