# An uncaught exception ends the program with a traceback and status 1.
print("before")  # expect: before
x = 1 / 0
print("after")
# expect error: ZeroDivisionError: division by zero
