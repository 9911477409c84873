#!/usr/bin/env python3
"""Calibrate loopscope's virtual CPU costs against CPython 3.13's real speed.

For every CPU-bound program in bench/ and bench/cpu/ this measures
  - the virtual seconds the program takes under loopscope (deterministic: one run), and
  - the real seconds it takes under CPython 3.13 (best of --repeat runs; the machine is shared),
both with time.process_time() around the program's own code (CPU time under CPython, which a
loaded machine inflates less than wall time; the virtual clock under loopscope), and prints a table with the ratio virtual / CPython and its geometric mean.

With --fit it also fits the cost table of engine/vm/cost_model.h: a probe build of loopscope
(-DLOOPSCOPE_COST_PROBE, made by --build-probe from an ordinary build directory) counts, per
program, the instructions of each opcode and the units of native work; the fit chooses the
per-class instruction costs and per-unit work costs minimising the squared log ratios (plus a
small pull towards the current constants, so classes few programs use stay sensible), and
prints the constants to paste into cost_model.h.

Usage:
  bench/calibrate.py [--loopscope PATH] [--python PATH] [--repeat N] [--only NAME]
  bench/calibrate.py --build-probe BUILD_DIR          # makes BUILD_DIR/loopscope_probe
  bench/calibrate.py --fit --probe BUILD_DIR/loopscope_probe

These are measurements for people; no test asserts on them (docs/cost-model.md).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import find_cpython313, version_of  # noqa: E402

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
COST_MODEL_H = REPO / "engine" / "vm" / "cost_model.h"
MAX_STEPS = "100000000000"
MARK = "@@calibrate"
NOT_CPU_BOUND = {"run.py", "calibrate.py"}


def programs(only: list[str]) -> list[Path]:
    found = [p for p in sorted(BENCH.glob("*.py")) if p.name not in NOT_CPU_BOUND
             and not p.name.startswith("aio_")]
    found += sorted((BENCH / "cpu").glob("*.py"))
    return [p for p in found if not only or p.stem in only]


def wrapped_source(prog: Path) -> str:
    """The program with perf_counter() read before and after it; the delta goes to stderr."""
    return wrapped_source_text(prog.read_text())


def timed(cmd: list[str], env: dict | None = None) -> float:
    proc = subprocess.run(cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL, env=env,
                          timeout=1800)
    m = re.search(MARK + r" (\S+)", proc.stderr)
    if proc.returncode != 0 or not m:
        raise RuntimeError(f"{shlex.join(cmd)} failed ({proc.returncode}): {proc.stderr[-400:]}")
    return float(m.group(1))


def loadavg() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


# ---------------------------------------------------------------- the cost table


def read_table() -> tuple[list[str], list[float], list[str], list[float]]:
    """Class names and ns, work names and ps, as cost_model.h has them now."""
    text = COST_MODEL_H.read_text()
    cls = re.search(r"kClassCostNs\[kCostClasses\] = \{(.*?)\};", text, re.S).group(1)
    work = re.search(r"kWorkCostPs\[kWorkKinds\] = \{(.*?)\};", text, re.S).group(1)
    pairs = re.findall(r"/\* (\w+)\s*\*/ (\d+)", cls)
    wpairs = re.findall(r"/\* (\w+)\s*\*/ (\d+)", work)
    return ([n for n, _ in pairs], [float(v) for _, v in pairs],
            [n for n, _ in wpairs], [float(v) for _, v in wpairs])


def op_classes() -> dict[str, str]:
    """Opcode name -> cost class name, read from cost_class() in cost_model.h."""
    text = COST_MODEL_H.read_text()
    body = text[text.index("constexpr CostClass cost_class(Op op)"):]
    body = body[:body.index("\n}\n")]
    out: dict[str, str] = {}
    pending: list[str] = []
    for line in body.splitlines():
        m = re.match(r"\s*case Op::(\w+):", line)
        if m:
            pending.append(m.group(1))
            continue
        m = re.match(r"\s*return CostClass::(\w+);", line)
        if m:
            for op in pending:
                out[op] = m.group(1)
            pending = []
    return out  # opcodes not listed are Fast


def probe_counts(probe: str, source: Path) -> tuple[dict[str, int], list[int]]:
    with tempfile.NamedTemporaryFile(suffix=".counts", delete=False) as tmp:
        out = tmp.name
    env = dict(os.environ, LOOPSCOPE_COST_PROBE_OUT=out)
    subprocess.run([probe, "run", "--max-steps", MAX_STEPS, str(source)], capture_output=True,
                   stdin=subprocess.DEVNULL, env=env, timeout=3600, check=True)
    ops: dict[str, int] = {}
    work: list[int] = []
    for line in Path(out).read_text().splitlines():
        kind, name, n = line.split()
        if kind == "op":
            ops[name] = int(n)
        else:
            work.append(int(n))
    os.unlink(out)
    return ops, work


def features(ops: dict[str, int], work: list[int], classes: list[str],
             op_class: dict[str, str]) -> list[float]:
    row = [0.0] * (len(classes) + len(work))
    for op, n in ops.items():
        row[classes.index(op_class.get(op, "Fast"))] += n
    for i, n in enumerate(work):
        row[len(classes) + i] = n / 1000.0  # work costs are in ps
    return row


def fit(rows: list[list[float]], target_s: list[float], start: list[float], n_work: int,
        pull: float = 0.01, iters: int = 4000) -> list[float]:
    """Minimise sum (log pred/target)^2 + pull * sum (log c/c0)^2 over log-costs (gradient
    descent with a backtracking step: small problem, no numpy needed)."""
    logc = [math.log(max(c, 1e-3)) for c in start]
    log0 = list(logc)

    def loss_grad(lc):
        c = [math.exp(v) for v in lc]
        loss = 0.0
        grad = [0.0] * len(c)
        for row, t in zip(rows, target_s):
            pred = sum(r * ci for r, ci in zip(row, c)) * 1e-9
            e = math.log(pred / t)
            loss += e * e
            for k, r in enumerate(row):
                grad[k] += 2 * e * (r * c[k] * 1e-9) / pred
        for k in range(len(c)):
            # Work costs are pulled harder: a unit's cost should stay what the operation costs
            # in CPython, not absorb what the programs' other work costs.
            w = pull * (5 if k >= len(c) - n_work else 1)
            d = lc[k] - log0[k]
            loss += w * d * d
            grad[k] += 2 * w * d
        return loss, grad

    step = 0.5
    loss, grad = loss_grad(logc)
    for _ in range(iters):
        trial = [v - step * g for v, g in zip(logc, grad)]
        tl, tg = loss_grad(trial)
        if tl < loss:
            logc, loss, grad = trial, tl, tg
            step *= 1.2
        else:
            step *= 0.5
            if step < 1e-12:
                break
    return [math.exp(v) for v in logc]


# ---------------------------------------------------------------- the probe build


def build_probe(build_dir: Path) -> Path:
    """Recompiles interpreter.cpp and cost_model.cpp with -DLOOPSCOPE_COST_PROBE into a copy of
    the engine library and links loopscope_probe next to loopscope (nothing else rebuilt)."""
    cmds = subprocess.run(["ninja", "-C", str(build_dir), "-t", "commands", "loopscope"],
                          capture_output=True, text=True, check=True).stdout.splitlines()
    probe_dir = build_dir / "cost_probe"
    probe_dir.mkdir(exist_ok=True)
    objects = []
    for src in ("vm/interpreter.cpp", "vm/cost_model.cpp"):
        line = next(c for c in cmds if c.endswith("engine/" + src) and " -c " in c)
        obj = probe_dir / (Path(src).name + ".o")
        line = re.sub(r" -MD -MT \S+ -MF \S+", "", line)
        line = re.sub(r" -o \S+", f" -DLOOPSCOPE_COST_PROBE -o {obj}", line, count=1)
        subprocess.run(line, shell=True, cwd=build_dir, check=True)
        objects.append(obj)
    lib = probe_dir / "libloopscope_engine.a"
    shutil.copy(build_dir / "engine" / "libloopscope_engine.a", lib)
    subprocess.run(["ar", "r", str(lib)] + [str(o) for o in objects], check=True)
    link = next(c for c in cmds if " -o loopscope " in c)
    link = link.replace(" -o loopscope ", " -o loopscope_probe ")
    link = link.replace(" engine/libloopscope_engine.a ", f" {lib} ")
    subprocess.run(link, shell=True, cwd=build_dir, check=True)
    return build_dir / "loopscope_probe"


# ---------------------------------------------------------------- main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--loopscope", default=str(REPO / "build" / "loopscope"))
    ap.add_argument("--python", default=None)
    ap.add_argument("--repeat", type=int, default=3, help="CPython runs per program (best counts)")
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--build-probe", metavar="BUILD_DIR")
    ap.add_argument("--fit", action="store_true")
    ap.add_argument("--probe", help="a loopscope_probe binary (for --fit)")
    ap.add_argument("--save", metavar="JSON", help="with --fit: keep the measurements and counts")
    ap.add_argument("--cpython-from", metavar="JSON",
                    help="take CPython's times from --save'd measurements instead of measuring")
    ap.add_argument("--refit", metavar="JSON", help="fit again from --save'd measurements")
    args = ap.parse_args()
    if args.refit:
        saved = json.loads(Path(args.refit).read_text())
        classes, class_ns, works, work_ps = read_table()
        op_class = op_classes()
        base = features(saved[0]["base_ops"], saved[0]["base_work"], classes, op_class)
        rows = [[max(a - b, 0.0) for a, b in
                 zip(features(r["ops"], r["work"], classes, op_class), base)] for r in saved]
        report_fit([(r["name"], r["virtual"], r["cpython"], r["wall"]) for r in saved],
                   rows, [r["cpython"] for r in saved], classes, works, class_ns + work_ps)
        return 0

    if args.build_probe:
        print(build_probe(Path(args.build_probe)))
        return 0
    python = find_cpython313(args.python)
    if not python:
        print("calibrate: no CPython 3.13 found", file=sys.stderr)
        return 1
    progs = programs(args.only)
    tmp = Path(tempfile.mkdtemp(prefix="calibrate_"))
    print(f"CPython {version_of(python)} ({python}), best of {args.repeat}; "
          f"load average {loadavg()} at start")
    rows, target, results, raw = [], [], [], []
    known_cpython = {}
    if args.cpython_from:
        known_cpython = {r["name"]: r["cpython"] for r in json.loads(Path(args.cpython_from).read_text())}
    classes, class_ns, works, work_ps = read_table()
    op_class = op_classes()
    if args.fit:
        empty = tmp / "empty.py"
        empty.write_text(wrapped_source_text(""))
        base_ops, base_work = probe_counts(args.probe, empty)
        base = features(base_ops, base_work, classes, op_class)
    for prog in progs:
        src = tmp / prog.name
        src.write_text(wrapped_source(prog))
        if known_cpython and prog.stem in known_cpython:
            cpy = known_cpython[prog.stem]
        else:
            cpy = min(timed([python, str(src)]) for _ in range(args.repeat))
        start = time.perf_counter()
        virt = timed([args.loopscope, "run", "--max-steps", MAX_STEPS, str(src)])
        wall = time.perf_counter() - start
        results.append((prog.stem, virt, cpy, wall))
        if args.fit:
            ops, work = probe_counts(args.probe, src)
            raw.append({"ops": ops, "work": work, "base_ops": base_ops, "base_work": base_work})
            row = features(ops, work, classes, op_class)
            rows.append([max(a - b, 0.0) for a, b in zip(row, base)])
            target.append(cpy)
    print(f"load average {loadavg()} at end\n")
    print(f"{'program':16} {'virtual s':>10} {'CPython s':>10} {'ratio':>7} {'loopscope wall s':>17}")
    logs = []
    for name, virt, cpy, wall in results:
        ratio = virt / cpy
        logs.append(math.log(ratio))
        flag = "" if 0.8 <= ratio <= 1.25 else ("  (outside 0.8-1.25)" if 0.5 <= ratio <= 2
                                               else "  (OUTSIDE 0.5-2)")
        print(f"{name:16} {virt:10.3f} {cpy:10.3f} {ratio:7.2f} {wall:17.2f}{flag}")
    gm = math.exp(sum(logs) / len(logs))
    spread = math.exp(math.sqrt(sum(v * v for v in logs) / len(logs)))
    print(f"\ngeometric mean ratio {gm:.3f}; rms log ratio as a factor {spread:.3f}")
    if args.fit:
        if args.save:
            Path(args.save).write_text(json.dumps(
                [{"name": r[0], "virtual": r[1], "cpython": r[2], "wall": r[3], **counts}
                 for r, counts in zip(results, raw)], indent=1))
        report_fit(results, rows, target, classes, works, class_ns + work_ps)
    ok = all(0.5 <= v / c <= 2 for _, v, c, _ in results)
    return 0 if ok else 1


def report_fit(results, rows, target, classes, works, start) -> None:
    fitted = fit(rows, target, start, len(works))
    print("\nfitted constants for engine/vm/cost_model.h:")
    for name, v in zip(classes, fitted):
        print(f"    /* {name:7} */ {max(1, round(v))},")
    for name, v in zip(works, fitted[len(classes):]):
        print(f"    /* {name:11} */ {max(1, round(v))},")
    print("\npredicted ratios with the fitted constants (and each program's time by cost class):")
    for (name, *_), row, t in zip(results, rows, target):
        pred = sum(r * c for r, c in zip(row, fitted)) * 1e-9
        parts = sorted(((r * c * 1e-9 / t, n) for r, c, n in zip(row, fitted, classes + works)),
                       reverse=True)[:4]
        print(f"  {name:16} {pred / t:6.2f}   " + ", ".join(f"{n} {v:.2f}" for v, n in parts))


def wrapped_source_text(body: str) -> str:
    # process_time(): CPU time under CPython (a loaded machine inflates wall time far more),
    # the virtual clock under loopscope.
    return (f"import time as _cal_time, sys as _cal_sys\n_cal_t0 = _cal_time.process_time()\n"
            f"{body}\nprint('{MARK}', repr(_cal_time.process_time() - _cal_t0), "
            f"file=_cal_sys.stderr)\n")


if __name__ == "__main__":
    sys.exit(main())
