# time.sleep blocks for virtual seconds; every clock sees the time pass.
import time

start = time.time()
mono = time.monotonic()
perf = time.perf_counter()
time.sleep(1.5)
print(round(time.time() - start, 1))  # expect: 1.5
print(round(time.monotonic() - mono, 1))  # expect: 1.5
print(round(time.perf_counter() - perf, 1))  # expect: 1.5
ns = time.perf_counter_ns()
time.sleep(1)
print((time.perf_counter_ns() - ns) // 10 ** 9)  # expect: 1
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__)
# expect: float int int
