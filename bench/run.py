#!/usr/bin/env python3
"""Time loopscope against CPython on the programs in bench/.

For each program this runs `build/loopscope run --max-steps 10000000000 PROG`, CPython 3.13 and
(if present) Debian's /usr/bin/python3, each --repeat times (best wall time counts, measured
with time.perf_counter around the subprocess), checks that every interpreter printed the same
output, and prints a table with the loopscope / CPython 3.13 ratio and its geometric mean.

Usage: bench/run.py [--repeat N] [--only NAME] [--loopscope PATH] [--python PATH]

Exit status: 0 when every output matched, 1 when some output differed or a run failed.
These are measurements for people; no test asserts on timings.
"""

from __future__ import annotations

import argparse
import glob
import math
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
MAX_STEPS = "10000000000"
TIMEOUT_S = 600


def find_cpython313(explicit: str | None) -> str | None:
    """--python, LOOPSCOPE_CPYTHON, pyenv's 3.13, python3.13 on PATH (as the tests do)."""
    if explicit:
        return explicit
    if os.environ.get("LOOPSCOPE_CPYTHON"):
        return os.environ["LOOPSCOPE_CPYTHON"]
    roots = [os.environ.get("PYENV_ROOT", ""), os.path.expanduser("~/.pyenv")]
    for root in filter(None, roots):
        found = sorted(glob.glob(os.path.join(root, "versions", "3.13*", "bin", "python3")))
        if found:
            return found[-1]
    return shutil.which("python3.13")


def version_of(python: str) -> str:
    out = subprocess.run([python, "-c", "import sys; print(sys.version.split()[0])"],
                         capture_output=True, text=True)
    return out.stdout.strip() or "?"


def time_run(cmd: list[str], repeat: int) -> tuple[float | None, str, str]:
    """Best wall time of `repeat` runs, and the stdout/error of the last run."""
    best = None
    stdout = ""
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            proc = subprocess.run(cmd, cwd=BENCH, capture_output=True, timeout=TIMEOUT_S,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return None, "", f"timed out after {TIMEOUT_S} s"
        elapsed = time.perf_counter() - start
        stdout = proc.stdout.decode("utf-8", "replace")
        if proc.returncode != 0:
            err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            return None, stdout, f"exit {proc.returncode}: {err[-1] if err else ''}"
        best = elapsed if best is None else min(best, elapsed)
    return best, stdout, ""


def fmt(t: float | None) -> str:
    return f"{t:.3f}" if t is not None else "-"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per interpreter (best counts)")
    ap.add_argument("--only", action="append", default=[],
                    help="run only this program (name with or without .py; repeatable)")
    ap.add_argument("--loopscope", default=str(REPO / "build" / "loopscope"),
                    help="loopscope binary (default: build/loopscope)")
    ap.add_argument("--python", help="CPython 3.13 to compare with (default: pyenv's 3.13)")
    args = ap.parse_args()

    # The tools next to the programs: this script, calibrate.py and the aio_* benchmarks.
    tools = {"run.py", "calibrate.py"}
    programs = sorted(p for p in BENCH.glob("*.py")
                      if p.name not in tools and not p.name.startswith("aio_"))
    if args.only:
        wanted = {name.removesuffix(".py") for name in args.only}
        programs = [p for p in programs if p.stem in wanted]
        missing = wanted - {p.stem for p in programs}
        if missing:
            print(f"run.py: no such benchmark: {', '.join(sorted(missing))}", file=sys.stderr)
            return 2

    interpreters: list[tuple[str, list[str]]] = []
    loopscope = Path(args.loopscope)
    if loopscope.is_file() and os.access(loopscope, os.X_OK):
        interpreters.append(("loopscope", [str(loopscope), "run", "--max-steps", MAX_STEPS]))
    else:
        print(f"run.py: {loopscope} not found; build it first (timing CPython only)",
              file=sys.stderr)
    cpython = find_cpython313(args.python)
    if cpython:
        interpreters.append((f"CPython {version_of(cpython)}", [cpython]))
    else:
        print("run.py: CPython 3.13 not found", file=sys.stderr)
    debian = "/usr/bin/python3"
    if os.path.exists(debian) and (not cpython or os.path.realpath(debian) != os.path.realpath(cpython)):
        interpreters.append((f"Debian {version_of(debian)}", [debian]))
    if not interpreters:
        return 1

    names = [n for n, _ in interpreters]
    has_ratio = len(interpreters) >= 2 and names[0] == "loopscope" and names[1].startswith("CPython")
    headers = ["program"] + [f"{n} s" for n in names] + (["ratio"] if has_ratio else []) + ["output"]
    rows: list[list[str]] = []
    ratios: list[float] = []
    problems: list[str] = []
    print(f"best of {args.repeat}; ratio = loopscope / {names[1] if has_ratio else '-'}\n",
          flush=True)
    for prog in programs:
        times: list[float | None] = []
        outputs: list[str] = []
        for name, cmd in interpreters:
            t, out, err = time_run(cmd + [prog.name], args.repeat)
            times.append(t)
            outputs.append(out)
            if err:
                problems.append(f"{prog.name}: {name}: {err}")
        ok_outputs = [o for o, t in zip(outputs, times) if t is not None]
        same = len(set(ok_outputs)) <= 1 and len(ok_outputs) == len(outputs)
        if not same and len(set(ok_outputs)) > 1:
            problems.append(f"{prog.name}: outputs differ: " +
                            "; ".join(f"{n}: {o.strip()!r}" for n, o in zip(names, outputs)))
        row = [prog.stem] + [fmt(t) for t in times]
        if has_ratio:
            if times[0] is not None and times[1]:
                ratio = times[0] / times[1]
                ratios.append(ratio)
                row.append(f"{ratio:.2f}x")
            else:
                row.append("-")
        row.append("same" if same else "DIFFERENT" if len(set(ok_outputs)) > 1 else "failed")
        rows.append(row)
        print("  ".join(row), file=sys.stderr, flush=True)  # progress while the table builds

    if has_ratio and ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        rows.append(["geomean"] + [""] * len(interpreters) + [f"{geo:.2f}x", ""])
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(c.ljust(w) if i == 0 else c.rjust(w)  # noqa: E731
                                   for i, (c, w) in enumerate(zip(cells, widths)))
    print(line(headers).rstrip())
    print(line(["-" * w for w in widths]))
    for r in rows:
        print(line(r).rstrip())
    for p in problems:
        print("problem:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
