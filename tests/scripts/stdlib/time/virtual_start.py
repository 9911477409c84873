# loopscope-only: every run starts at 2025-01-01 09:00:00 UTC on the virtual clock.
# loopscope: no-cpython
import time

print(time.strftime("%Y-%m-%d %H:%M", time.localtime()))
print(time.ctime()[:16])
time.sleep(3600)
print(time.strftime("%H:%M", time.gmtime()))
# expect: 2025-01-01 09:00
# expect: Wed Jan  1 09:00
# expect: 10:00
