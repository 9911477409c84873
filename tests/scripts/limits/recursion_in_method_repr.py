# A __repr__ that recurses forever raises RecursionError.
class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"
try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__, e)  # expect: RecursionError maximum recursion depth exceeded
