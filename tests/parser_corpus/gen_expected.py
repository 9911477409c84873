"""Regenerates valid.txt and errors.txt from cases.py by asking CPython 3.13 (run with it):

    $(pyenv root)/versions/3.13.0/bin/python3 tests/parser_corpus/gen_expected.py

Record format (byte counts make tabs, CRs and missing final newlines exact):
    ==== <source bytes> <expected bytes>\n<source>\n<expected>\n
valid.txt holds ast.dump(ast.parse(source)), locations.txt the same with include_attributes=True
(every node's lineno, col_offset, end_lineno, end_col_offset); errors.txt holds what `python3 prog.py` prints on
stderr. Error cases that CPython only rejects in its compiler (not the parser) are left out and
listed on stdout instead."""
import ast, os, pathlib, subprocess, sys, tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from cases import VALID, ERRORS  # noqa: E402

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
here = pathlib.Path(__file__).parent


def record(src: str, expected: str) -> bytes:
    s, e = src.encode(), expected.encode()
    return b"==== %d %d\n" % (len(s), len(e)) + s + b"\n" + e + b"\n"


valid, located = [], []
for src in dict.fromkeys(VALID):  # keeps order, drops duplicates
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        sys.exit(f"not valid Python: {src!r}: {e}")
    valid.append(record(src, ast.dump(tree)))
    located.append(record(src, ast.dump(tree, include_attributes=True)))
(here / "valid.txt").write_bytes(b"".join(valid))
(here / "locations.txt").write_bytes(b"".join(located))

errors, compile_stage = [], []
with tempfile.TemporaryDirectory() as tmp:
    for src in dict.fromkeys(ERRORS):
        try:
            ast.parse(src)
            compile_stage.append(src)
            continue
        except (SyntaxError, MemoryError):
            pass
        except Exception:
            pass
        pathlib.Path(tmp, "prog.py").write_bytes(src.encode())
        r = subprocess.run([sys.executable, "prog.py"], cwd=tmp, capture_output=True, text=True)
        assert r.returncode != 0, src
        # CPython 3.13 names the script by its absolute path; the tests use plain "prog.py".
        errors.append(record(src, r.stderr.replace(os.path.realpath(tmp) + "/", "").replace(tmp + "/", "")))
(here / "errors.txt").write_bytes(b"".join(errors))
print(f"{len(valid)} valid, {len(errors)} errors")
for src in compile_stage:
    print("compile-stage error (not a parser test):", repr(src))
