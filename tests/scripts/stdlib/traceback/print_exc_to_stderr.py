# print_exc writes the report to stderr; the program goes on.
import traceback

def risky():
    return 1 / 0

try:
    risky()
except ZeroDivisionError:
    traceback.print_exc()
print("still running")  # expect: still running
raise SystemExit(0)
