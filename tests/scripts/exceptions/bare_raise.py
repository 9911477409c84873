# A bare raise re-raises the exception being handled.
def handle():
    try:
        int("nope")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    handle()  # expect: logging and re-raising
except ValueError as e:
    print("outer caught:", e)
    # expect: outer caught: invalid literal for int() with base 10: 'nope'
try:
    raise
except RuntimeError as e:
    print(e)  # expect: No active exception to reraise
