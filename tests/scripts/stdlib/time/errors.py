# CPython's messages for bad arguments.
import time

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: time.sleep(-1))  # expect: ValueError: sleep length must be non-negative
attempt(lambda: time.sleep("1"))
# expect: TypeError: 'str' object cannot be interpreted as an integer
attempt(lambda: time.sleep(float("nan")))  # expect: ValueError: Invalid value NaN (not a number)
attempt(lambda: time.gmtime("x"))
# expect: TypeError: 'str' object cannot be interpreted as an integer
attempt(lambda: time.struct_time((1, 2)))
# expect: TypeError: time.struct_time() takes an at least 9-sequence (2-sequence given)
attempt(lambda: time.struct_time(range(12)))
# expect: TypeError: time.struct_time() takes an at most 11-sequence (12-sequence given)
for bad in [(2025, 13, 1, 0, 0, 0, 2, 1, 0), (2025, 1, 32, 0, 0, 0, 2, 1, 0),
            (2025, 1, 1, 24, 0, 0, 2, 1, 0), (2025, 1, 1, 0, 60, 0, 2, 1, 0),
            (2025, 1, 1, 0, 0, 62, 2, 1, 0), (2025, 1, 1, 0, 0, 0, -2, 1, 0),
            (2025, 1, 1, 0, 0, 0, 2, 367, 0), (2025, 0, 0, 0, 0, 0, -1, 0, 0),
            (1, 2), [2025, 1, 1, 0, 0, 0, 2, 1, 0]]:
    attempt(lambda: time.strftime("%Y-%m-%d %j %a", bad))
# expect: ValueError: month out of range
# expect: ValueError: day of month out of range
# expect: ValueError: hour out of range
# expect: ValueError: minute out of range
# expect: ValueError: seconds out of range
# expect: ValueError: day of week out of range
# expect: ValueError: day of year out of range
# expect: 2025-01-01 001 Sun
# expect: TypeError: strftime(): illegal time tuple argument
# expect: TypeError: Tuple or struct_time argument required
