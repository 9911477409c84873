# A bare raise in a handler re-raises the original exception.
try:
    int("4.5")
except ValueError:
    print("re-raising")  # expect: re-raising
    raise
# expect error: ValueError: invalid literal for int() with base 10: '4.5'
