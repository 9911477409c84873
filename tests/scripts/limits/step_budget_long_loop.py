# loopscope: no-cpython max-steps=1000000
# A long but finite loop under a small budget is also stopped.
n = 0
while n < 10 ** 9:
    n += 1
print("unreachable")
# expect error contains: budget
