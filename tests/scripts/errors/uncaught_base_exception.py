# A BaseException subclass (not an Exception) also ends the program.
class Halt(BaseException):
    pass
try:
    raise Halt("stop now")
except Exception:
    print("not caught here")
# expect error: Halt: stop now
