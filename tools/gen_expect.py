#!/usr/bin/env python3
"""Generate or verify the expectations of loopscope's script tests against CPython 3.13.

Every `# expect:` line in tests/scripts must come from CPython's real output. This tool runs
each script under CPython 3.13 exactly the way the GoogleTest `Differential` suite does (from
tests/scripts, with the path relative to it, same environment) and then either

  * rewrites the script's `# expect:` / `# expect error:` / `# expect exit:` comments (default), or
  * with --check, reports every script whose comments disagree with CPython (exit status 1).

`# expect stderr:` lines are chosen by hand; both modes verify that they appear, in order, as
whole lines of CPython's stderr (with the absolute tests/scripts/ prefix CPython puts on
the script's path removed, as the C++ runner does). Scripts marked `# loopscope: no-cpython` are skipped.

Placement when rewriting: a script whose comments already match is left untouched. Otherwise
every `# expect:` / `# expect error:` / `# expect exit:` comment is removed and new ones are
placed next to the module-level statement that printed each line (found by a second, traced
CPython run): inline (`print(1)  # expect: 1`) when a one-line statement printed exactly one
line, else as comment lines right after the statement (after the whole loop for output printed
inside a loop). `# expect error:` and `# expect exit:` go at the end of the file.

Usage:
  tools/gen_expect.py [--check] [--show] [--python PATH] [PATH ...]
PATHs are scripts or folders (default: tests/scripts).
"""

from __future__ import annotations

import argparse
import ast
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCRIPTS = REPO / "tests" / "scripts"
TIMEOUT_S = 120

# The comment grammar (kept in sync with tests/runner/script_test.cpp and docs/testing.md).
EXPECT_RE = re.compile(r"# expect: ?(.*)$")
EXPECT_ERROR_RE = re.compile(r"# expect error: ?(.*)$")
EXPECT_ERROR_CONTAINS_RE = re.compile(r"# expect error contains: ?(.*)$")
EXPECT_STDERR_RE = re.compile(r"# expect stderr: ?(.*)$")
EXPECT_EXIT_RE = re.compile(r"# expect exit: ?(-?\d+)\s*$")
DIRECTIVE_RE = re.compile(r"# loopscope: ?(.*)$")
INLINE_LIMIT = 100  # longest line an inline `# expect:` may produce


def cpython_env() -> dict[str, str]:
    """The environment CPython runs in; the C++ Differential suite sets the same variables."""
    env = dict(os.environ)
    env.update(
        {
            "PYTHONIOENCODING": "utf-8",
            "PYTHONUTF8": "1",
            "PYTHONHASHSEED": "0",
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHON_COLORS": "0",
            "NO_COLOR": "1",
        }
    )
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONHOME", "PYTHONWARNINGS", "FORCE_COLOR"):
        env.pop(var, None)
    return env


def find_python(explicit: str | None) -> str:
    """Same search order as the C++ runner: --python or LOOPSCOPE_CPYTHON, pyenv's 3.13,
    python3.13 on PATH, python3."""
    if explicit:
        return explicit
    if os.environ.get("LOOPSCOPE_CPYTHON"):
        return os.environ["LOOPSCOPE_CPYTHON"]
    roots = []
    if os.environ.get("PYENV_ROOT"):
        roots.append(os.environ["PYENV_ROOT"])
    roots.append(os.path.expanduser("~/.pyenv"))
    for root in roots:
        found = sorted(glob.glob(os.path.join(root, "versions", "3.13*", "bin", "python3")))
        if found:
            return found[-1]
    for name in ("python3.13", "python3"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("gen_expect: no CPython found")


@dataclass
class Expectations:
    stdout: list[str] = field(default_factory=list)
    error: str | None = None
    error_contains: str | None = None
    stderr: list[str] = field(default_factory=list)
    exit_code: int | None = None
    no_cpython: bool = False


def parse_expectations(text: str) -> Expectations:
    exp = Expectations()
    for line in text.split("\n"):
        if m := EXPECT_ERROR_CONTAINS_RE.search(line):
            exp.error_contains = m.group(1)
        elif m := EXPECT_ERROR_RE.search(line):
            exp.error = m.group(1)
        elif m := EXPECT_STDERR_RE.search(line):
            exp.stderr.append(m.group(1))
        elif m := EXPECT_EXIT_RE.search(line):
            exp.exit_code = int(m.group(1))
        elif m := EXPECT_RE.search(line):
            exp.stdout.append(m.group(1))
        elif m := DIRECTIVE_RE.search(line):
            if "no-cpython" in m.group(1).split():
                exp.no_cpython = True
    return exp


@dataclass
class Run:
    stdout: str
    stderr: str
    exit_code: int


def run_cpython(python: str, rel: str) -> Run:
    proc = subprocess.run(
        [python, rel],
        cwd=SCRIPTS,
        env=cpython_env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT_S,
    )
    return Run(
        proc.stdout.decode("utf-8", "replace"),
        relativize(proc.stderr.decode("utf-8", "replace")),
        proc.returncode,
    )


def relativize(stderr: str) -> str:
    """CPython makes the script path absolute in tracebacks (since 3.9); strip the
    tests/scripts prefix so tracebacks read `File "errors/x.py"` as loopscope's do."""
    for prefix in {str(SCRIPTS) + os.sep, os.path.realpath(SCRIPTS) + os.sep}:
        stderr = stderr.replace(prefix, "")
    return stderr


def split_lines(text: str) -> list[str]:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def last_line(text: str) -> str:
    lines = split_lines(text)
    return lines[-1] if lines else ""


def compare(exp: Expectations, run: Run) -> list[str]:
    """Every way the comments disagree with the run, as readable messages."""
    problems = []
    got = split_lines(run.stdout)
    if got != exp.stdout:
        n = next(
            (i for i in range(min(len(got), len(exp.stdout))) if got[i] != exp.stdout[i]),
            min(len(got), len(exp.stdout)),
        )
        want_s = repr(exp.stdout[n]) if n < len(exp.stdout) else "<end of output>"
        got_s = repr(got[n]) if n < len(got) else "<end of output>"
        problems.append(f"stdout line {n + 1}: expected {want_s}, CPython printed {got_s}")
    want_exit = exp.exit_code
    if want_exit is None:
        want_exit = 1 if (exp.error is not None or exp.error_contains is not None) else 0
    if run.exit_code != want_exit:
        problems.append(f"exit code: expected {want_exit}, CPython exited {run.exit_code}")
    if exp.error is not None and last_line(run.stderr) != exp.error:
        problems.append(
            f"last stderr line: expected {exp.error!r}, CPython wrote {last_line(run.stderr)!r}"
        )
    if exp.error_contains is not None and exp.error_contains not in last_line(run.stderr):
        problems.append(f"last stderr line does not contain {exp.error_contains!r}")
    err_lines = split_lines(run.stderr)
    pos = 0
    for want in exp.stderr:
        while pos < len(err_lines) and err_lines[pos] != want:
            pos += 1
        if pos == len(err_lines):
            problems.append(f"stderr line not found (in order): {want!r}")
            break
        pos += 1
    return problems


# --- attribution: which module-level line printed each stdout line -------------------------

TRACER = r"""
import json, runpy, sys
path, out_json = sys.argv[1], sys.argv[2]
sys.argv = [path]
records = []   # [lineno or None, text]
class Writer:
    def __init__(self, real):
        self.real = real
        self.pending = ''
    def _module_line(self):
        f = sys._getframe(2)
        line = None
        while f is not None:
            if f.f_code.co_filename == path and f.f_code.co_name == '<module>':
                line = f.f_lineno
            f = f.f_back
        return line
    def write(self, s):
        self.real.write(s)
        parts = (self.pending + s).split('\n')
        if len(parts) > 1:
            line = self._module_line()
            for p in parts[:-1]:
                records.append([line, p])
        self.pending = parts[-1]
        return len(s)
    def flush(self):
        self.real.flush()
    @property
    def encoding(self):
        return self.real.encoding
sys.stdout = Writer(sys.stdout)
try:
    runpy.run_path(path, run_name='__main__')
finally:
    w = sys.stdout
    if isinstance(w, Writer) and w.pending:
        records.append([w._module_line(), w.pending])
    with open(out_json, 'w', encoding='utf-8') as fh:
        json.dump(records, fh)
"""


def attribute(python: str, rel: str, plain: Run) -> list[int | None] | None:
    """Line numbers (in the file on disk) of the module-level statement that printed each line."""
    with tempfile.TemporaryDirectory() as tmp:
        out_json = os.path.join(tmp, "attr.json")
        try:
            proc = subprocess.run(
                [python, "-c", TRACER, rel, out_json],
                cwd=SCRIPTS,
                env=cpython_env(),
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=TIMEOUT_S,
            )
        except subprocess.TimeoutExpired:
            return None
        if proc.stdout.decode("utf-8", "replace") != plain.stdout or not os.path.exists(out_json):
            return None
        with open(out_json, encoding="utf-8") as fh:
            records = json.load(fh)
    if [r[1] for r in records] != split_lines(plain.stdout):
        return None
    return [r[0] for r in records]


# --- rewriting ------------------------------------------------------------------------------

GENERATED_RES = (EXPECT_RE, EXPECT_ERROR_RE, EXPECT_EXIT_RE)


def is_generated_comment(line: str) -> re.Match | None:
    if EXPECT_STDERR_RE.search(line) or EXPECT_ERROR_CONTAINS_RE.search(line):
        return None
    for rx in GENERATED_RES:
        if m := rx.search(line):
            return m
    return None


def strip_generated(text: str) -> tuple[list[str], list[int]]:
    """Source lines without generated comments, and old line number -> new line number."""
    old_lines = text.split("\n")
    new_lines: list[str] = []
    mapping = [0] * (len(old_lines) + 2)
    for i, line in enumerate(old_lines, start=1):
        m = is_generated_comment(line)
        if m and line[: m.start()].strip() == "":
            mapping[i] = len(new_lines) + 1
            continue
        if m:
            line = line[: m.start()].rstrip()
        new_lines.append(line)
        mapping[i] = len(new_lines)
    return new_lines, mapping


@dataclass
class Anchor:
    start: int  # first line (decorators included)
    end: int  # last line
    col: int


def statement_chain(body: list[ast.stmt], line: int) -> list[ast.stmt]:
    """Module-level statements containing `line`, outermost first, not entering def/class."""
    chain: list[ast.stmt] = []
    while True:
        hit = None
        for st in body:
            start = min([st.lineno] + [d.lineno for d in getattr(st, "decorator_list", [])])
            if start <= line <= (st.end_lineno or st.lineno):
                hit = st
                break
        if hit is None:
            return chain
        chain.append(hit)
        if isinstance(hit, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            return chain
        inner: list[ast.stmt] = []
        for name in ("body", "orelse", "finalbody"):
            inner += getattr(hit, name, [])
        for handler in getattr(hit, "handlers", []):
            inner += handler.body
        for case in getattr(hit, "cases", []):
            inner += case.body
        if not inner:
            return chain
        body = inner


def anchor_for(tree: ast.Module, line: int, fine: bool) -> Anchor | None:
    chain = statement_chain(tree.body, line)
    if not chain:
        return None
    chosen = chain[0]
    if fine:
        chosen = chain[-1]
        for st in chain:  # output printed inside a loop goes after the outermost loop
            if isinstance(st, (ast.For, ast.While, ast.AsyncFor)):
                chosen = st
                break
    start = min([chosen.lineno] + [d.lineno for d in getattr(chosen, "decorator_list", [])])
    return Anchor(start, chosen.end_lineno or chosen.lineno, chosen.col_offset)


def place(lines: list[str], outputs: list[str], where: list[int | None] | None,
          tail: list[str]) -> str:
    """Insert `# expect:` comments into `lines` (already stripped of generated comments)."""
    anchors: list[Anchor | None] | None = None
    try:
        tree = ast.parse("\n".join(lines))
    except SyntaxError:
        tree = None
    if tree is not None and where is not None:
        for fine in (True, False):
            cand = [anchor_for(tree, w, fine) if w else None for w in where]
            if None in cand:
                continue
            ends = [a.end for a in cand]
            if all(x <= y for x, y in zip(ends, ends[1:])):
                anchors = cand
                break
    inline: dict[int, str] = {}
    after: dict[int, list[str]] = {}
    end_block: list[str] = []
    if anchors is None:
        end_block = [f"# expect: {o}" for o in outputs]
    else:
        groups: dict[int, list[int]] = {}
        for i, a in enumerate(anchors):
            groups.setdefault(a.end, []).append(i)
        for end, idxs in groups.items():
            a = anchors[idxs[0]]
            src = lines[end - 1]
            text = outputs[idxs[0]]
            one_line = a.start == a.end and len(idxs) == 1
            candidate = f"{src}  # expect: {text}"
            if one_line and "#" not in src and len(candidate) <= INLINE_LIMIT:
                inline[end] = candidate
            else:
                pad = " " * a.col
                after[end] = [f"{pad}# expect: {outputs[i]}" for i in idxs]
    out: list[str] = []
    for n, line in enumerate(lines, start=1):
        out.append(inline.get(n, line))
        out.extend(after.get(n, []))
    while out and out[-1].strip() == "":
        out.pop()
    out.extend(end_block)
    out.extend(tail)
    return "\n".join(out) + "\n"


def rewrite(python: str, path: Path, text: str, run: Run) -> str:
    rel = path.relative_to(SCRIPTS).as_posix()
    outputs = split_lines(run.stdout)
    where = attribute(python, rel, run) if outputs else []
    lines, mapping = strip_generated(text)
    if where is not None:
        where = [mapping[w] if w else None for w in where]
    tail = []
    if run.exit_code == 1 and run.stderr.strip():
        tail.append(f"# expect error: {last_line(run.stderr)}")
    elif run.exit_code != 0:
        tail.append(f"# expect exit: {run.exit_code}")
    return place(lines, outputs, where, tail)


def warn_output(path: str, run: Run) -> None:
    for i, line in enumerate(split_lines(run.stdout), start=1):
        if line != line.rstrip() or "\r" in line:
            print(f"{path}: warning: stdout line {i} has trailing whitespace or CR", file=sys.stderr)
    if run.stdout and not run.stdout.endswith("\n"):
        print(f"{path}: warning: stdout does not end with a newline", file=sys.stderr)


def collect(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in paths or [str(SCRIPTS)]:
        pp = Path(p).resolve()
        if pp.is_dir():
            files += sorted(pp.rglob("*.py"))
        else:
            files.append(pp)
    for f in files:
        if SCRIPTS not in f.parents:
            sys.exit(f"gen_expect: {f} is not under {SCRIPTS}")
    return files


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="scripts or folders (default: tests/scripts)")
    ap.add_argument("--check", action="store_true", help="verify only; exit 1 on mismatch")
    ap.add_argument("--show", action="store_true", help="print CPython's stdout/stderr too")
    ap.add_argument("--python", help="CPython to use (default: pyenv 3.13)")
    args = ap.parse_args()
    python = find_python(args.python)
    version = subprocess.run([python, "-c", "import sys; print(sys.version.split()[0])"],
                             capture_output=True, text=True).stdout.strip()
    if not version.startswith("3.13"):
        print(f"gen_expect: warning: {python} is CPython {version}, not 3.13", file=sys.stderr)
    files = collect(args.paths)
    failed = changed = skipped = 0
    for path in files:
        rel = path.relative_to(SCRIPTS).as_posix()
        text = path.read_text(encoding="utf-8")
        exp = parse_expectations(text)
        if exp.no_cpython:
            skipped += 1
            continue
        try:
            run = run_cpython(python, rel)
        except subprocess.TimeoutExpired:
            print(f"{rel}: CPython timed out after {TIMEOUT_S}s")
            failed += 1
            continue
        if args.show:
            print(f"==== {rel} (exit {run.exit_code})\n{run.stdout}---- stderr\n{run.stderr}")
        warn_output(rel, run)
        problems = compare(exp, run)
        if problems and not args.check:
            new_text = rewrite(python, path, text, run)
            path.write_text(new_text, encoding="utf-8")
            changed += 1
            print(f"{rel}: updated")
            run = run_cpython(python, rel)  # line numbers may have moved: verify again
            problems = compare(parse_expectations(new_text), run)
        for p in problems:
            print(f"{rel}: {p}")
        failed += bool(problems)
    verb = "checked" if args.check else "processed"
    print(f"gen_expect: {verb} {len(files)} scripts with CPython {version} ({python}): "
          f"{failed} mismatched, {changed} updated, {skipped} skipped (no-cpython)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
