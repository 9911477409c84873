# A recursion meant to go 100,000 deep stops at the recursion limit, uncaught.
def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1
print("start")  # expect: start
down(100000)
# expect error: RecursionError: maximum recursion depth exceeded
# expect stderr:   File "limits/recursion_uncaught_deep.py", line 7, in <module>
# expect stderr:   File "limits/recursion_uncaught_deep.py", line 5, in down
# expect stderr:   [Previous line repeated 996 more times]
