# The classic student timing pattern: elapsed time around slow work.
import time

def slow_task(name, seconds):
    print(f"{name}: start")
    time.sleep(seconds)
    print(f"{name}: done")

begin = time.perf_counter()
for name, seconds in [("download", 0.5), ("parse", 0.25), ("save", 1.0)]:
    slow_task(name, seconds)
# expect: download: start
# expect: download: done
# expect: parse: start
# expect: parse: done
# expect: save: start
# expect: save: done
elapsed = time.perf_counter() - begin
print(f"total: {elapsed:.1f}s")  # expect: total: 1.8s
