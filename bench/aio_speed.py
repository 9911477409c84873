#!/usr/bin/env python3
"""asyncio speed and memory: loopscope against CPython 3.13 on its virtual-clock runner.

Three workloads (docs/aio.md, "Speed"):
  sleep0   10,000 tasks x 10 `await asyncio.sleep(0)`
  timed    10,000 tasks x 10 timed sleeps (1-7 ms, so timers interleave)
  many     100,000 tasks, all alive at once (each awaits one sleep(1)), gathered
Each runs under `loopscope run` and under CPython with tests/aio/virtual_clock_runner.py (the
reference the fidelity suite uses), best wall time of --repeat runs, and peak RSS from
/usr/bin/time. Memory per task is (peak RSS - peak RSS of the same program with no tasks) /
tasks, for each interpreter. Outputs must agree.

Usage: bench/aio_speed.py [--loopscope PATH] [--python PATH] [--repeat N]
These are measurements for people; no test asserts on them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import find_cpython313  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
RUNNER = REPO / "tests" / "aio" / "virtual_clock_runner.py"

WORKLOADS = {
    "sleep0": ("""
import asyncio
async def worker(k):
    for _ in range(10):
        await asyncio.sleep(0)
    return k
async def main():
    tasks = [asyncio.create_task(worker(k)) for k in range(N)]
    done = await asyncio.gather(*tasks)
    print("sleep0", len(done), sum(done))
asyncio.run(main())
""", 10_000),
    "timed": ("""
import asyncio
async def worker(k):
    for i in range(10):
        await asyncio.sleep(0.001 * ((k + i) % 7 + 1))
    return k
async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(worker(k)) for k in range(N)]
    done = await asyncio.gather(*tasks)
    print("timed", len(done), sum(done))
asyncio.run(main())
""", 10_000),
    "many": ("""
import asyncio
async def worker(k):
    await asyncio.sleep(1)
    return k
async def main():
    tasks = [asyncio.create_task(worker(k)) for k in range(N)]
    done = await asyncio.gather(*tasks)
    print("many", len(done), sum(done))
asyncio.run(main())
""", 100_000),
}


def run(cmd: list[str], repeat: int) -> tuple[float, int, str]:
    """Best wall seconds, peak RSS in KiB (of the best run) and stdout."""
    best = None
    for _ in range(repeat):
        with tempfile.NamedTemporaryFile(suffix=".rss") as rss:
            start = time.perf_counter()
            proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name] + cmd,
                                  capture_output=True, text=True, stdin=subprocess.DEVNULL)
            wall = time.perf_counter() - start
            if proc.returncode != 0:
                raise RuntimeError(f"{cmd} failed: {proc.stderr[-500:]}")
            kib = int(Path(rss.name).read_text().split()[-1])
        if best is None or wall < best[0]:
            best = (wall, kib, proc.stdout)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--loopscope", default=str(REPO / "build" / "loopscope"))
    ap.add_argument("--python", default=None)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    python = find_cpython313(args.python)
    tmp = Path(tempfile.mkdtemp(prefix="aio_speed_"))
    print(f"load average {os.getloadavg()[0]:.2f}; best of {args.repeat}")
    print(f"{'workload':9} {'tasks':>7} {'loopscope s':>12} {'CPython s':>10} {'ratio':>6} "
          f"{'loopscope B/task':>17} {'CPython B/task':>15}  output")
    status = 0
    for name, (body, n) in WORKLOADS.items():
        prog, empty = tmp / f"{name}.py", tmp / f"{name}_0.py"
        prog.write_text(f"N = {n}\n{body}")
        empty.write_text(f"N = 0\n{body}")
        ls_cmd = [args.loopscope, "run", "--max-steps", "100000000000"]
        py_cmd = [python, str(RUNNER)]
        ls_t, ls_kib, ls_out = run(ls_cmd + [str(prog)], args.repeat)
        py_t, py_kib, py_out = run(py_cmd + [str(prog)], args.repeat)
        _, ls_base, _ = run(ls_cmd + [str(empty)], 1)
        _, py_base, _ = run(py_cmd + [str(empty)], 1)
        same = "same" if ls_out == py_out else f"DIFFERENT: {ls_out!r} vs {py_out!r}"
        status |= ls_out != py_out
        print(f"{name:9} {n:7} {ls_t:12.3f} {py_t:10.3f} {ls_t / py_t:6.2f} "
              f"{(ls_kib - ls_base) * 1024 / n:17.0f} {(py_kib - py_base) * 1024 / n:15.0f}  {same}")
    return status


if __name__ == "__main__":
    sys.exit(main())
