# loopscope: no-cpython max-steps=100000
# An infinite loop is stopped by loopscope's step budget (never run under CPython).
print("spinning")
while True:
    pass
# expect: spinning
# expect error contains: budget
