#!/usr/bin/env python3
"""Writes tests/unit/traceback_format_cases.inc: what CPython 3.13 prints for uncaught
exceptions, the specification for loopscope's traceback printer (engine/vm/traceback_format.*).

    $(pyenv root)/versions/3.13.0/bin/python3 tools/gen_traceback_cases.py

Three tables:
  * PROGRAMS: whole programs, run as `python3 NAME.py` from a scratch directory; the test runs
    each through loopscope::run_program and requires byte-identical stderr. A program whose
    traceback loopscope cannot match yet because the VM records a different position (or
    message) carries a note saying so; the test skips it with that note.
  * FRAMES: one traceback entry (source text, lineno, end_lineno, colno, end_colno) formatted by
    traceback.StackSummary.format, and the SyntaxWarnings its re-parse prints: the frame
    printer checked on positions the VM does not produce (yet).
  * WIDTHS: traceback._display_width(text, offset).
"""
import io
import linecache
import os
import subprocess
import sys
import tempfile
import traceback
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'unit', 'traceback_format_cases.inc')

# Which VM issue keeps a program from matching (None: it must match). Every program matches
# now; a new program the VM cannot match yet gets a named note string here.
PROGRAMS = [
    # ---- carets: calls, binary operators, subscripts, attributes, whole lines ----
    ("call_carets", """\
def f(x):
    return 1 / x
def g():
    y = f(0) + 1
    return y
g()
""", None),
    ("binop_in_comprehension", """\
a = 1
b = "x"
c = [a + b for _ in range(1)]
""", None),
    ("subscript_nested", """\
d = {"a": {"b": 1}}
print(d["a"]["c"])
""", None),
    ("attribute_none", """\
class A:
    b = None
a = A()
print(a.b.c)
""", None),
    ("whole_line_rules", """\
def g(x):
    raise ValueError(x)
def f(x):
    return g(x)
def h():
    y = g(2)
    return y
def k():
    y = g(3) or 1
    return y
def m():
    return (g)(4)
def n():
    x   =   g(  5  )
try:
    h()
except ValueError:
    try:
        k()
    except ValueError:
        try:
            m()
        except ValueError:
            try:
                n()
            except ValueError:
                f(1)
""", None),
    ("return_method_call", """\
class A:
    def m(self):
        raise ValueError
def f(a):
    return a.m()
f(A())
""", None),
    ("assign_tuple_target", """\
def g():
    raise ValueError
a, b = g()
""", None),
    ("return_nested_call", """\
def g(x):
    raise ValueError
def f():
    return g(g(1))
f()
""", None),
    ("two_char_operators", """\
x = 1
y = 2 *  (x  //  0)
""", None),
    ("operator_without_spaces", "x = 1//0\n", None),
    ("parenthesized_operands", "x = (1) + (\"a\")\n", None),
    ("power_operator", "r = 2 ** \"a\"\n", None),
    ("unary_operator", "x = -\"a\"\n", None),
    ("comparison", "x = [1] < 1\n", None),
    ("method_typo_suggestion", 's = "abc"\ns.uper()\n', None),
    ("name_typo_suggestion", 'def f():\n    prnt("x")\nf()\n', None),
    ("name_forgot_import", "x = math.pi\n", None),
    ("trailing_comment", "x = [1][5]  # index out of range\n", None),
    ("semicolons", 'a = 1; b = a + "x"; c = 3\n', None),
    ("call_inside_fstring", """\
def f():
    raise ValueError
s = f"value: {f()}"
""", None),
    ("builtin_call", """\
def f(xs):
    return max(xs)
f([])
""", None),
    ("unbound_local", """\
def f():
    print(x)
    x = 1
f()
""", None),
    # ---- multi-line expressions ----
    ("multiline_call", """\
def f(*args):
    return args[10]
result = f(
    1,
    2,
    3,
    4,
    5,
)
""", None),
    ("multiline_binop", """\
total = (1
         + 2
         + 3
         + "four"
         + 5)
""", None),
    ("multiline_subscript", """\
data = {"a": {"b": 1}}
v = data[
    "a"
][
    "zz"
]
""", None),
    ("multiline_call_long", """\
def f(a, b, c, d, e, f, g):
    raise ValueError
value = f(1,
          2,
          3,
          4,
          5,
          6,
          7) + 1
""", None),
    ("multiline_comments", """\
x = (1  # one
     +  # plus
     "two")
""", None),
    ("multiline_backslash", 'x = 1 + \\\n    "a"\n', None),
    ("multiline_dedent", """\
def f():
    x = {"a": 1}
    return (x[
"b"])
f()
""", None),
    ("multiline_list_in_return", """\
def g(x):
    return x / 0
def f():
    return [
        g(1),
        2,
    ]
f()
""", None),
    # ---- frames, recursion ----
    ("nested_frames", """\
def a(n):
    return b(n) + 1
def b(n):
    return c(n) * 2
def c(n):
    return [1, 2][n]
print(a(5))
""", None),
    ("recursion_error", """\
def f(n):
    return f(n + 1)
f(0)
""", None),
    ("recursion_repeated_lines", """\
def f(n):
    if n == 0:
        raise RuntimeError("bottom")
    f(n - 1)
f(10)
""", None),
    ("recursion_one_more_time", """\
def f(n):
    if n == 0:
        raise RuntimeError("bottom")
    f(n - 1)
f(4)
""", None),
    ("mutual_recursion", """\
def even(n):
    if n < 0:
        raise ValueError("went below zero")
    return odd(n - 1)
def odd(n):
    return even(n - 1)
even(5)
""", None),
    ("recursive_factorial", """\
def fact(n):
    return n * fact(n - 1)
fact(5)
""", None),
    ("decorator_frames", """\
def deco(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@deco
def div(a, b):
    return a / b
div(1, 0)
""", None),
    ("generator_frames", """\
def g():
    x = yield
    x / 0
it = g()
next(it)
it.send(5)
""", None),
    ("coroutine_frames", """\
async def work():
    raise ValueError("async fail")
c = work()
c.send(None)
""", None),
    # ---- chained exceptions ----
    ("chain_cause", """\
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse " + s) from e
parse("abc")
""", None),
    ("chain_context", """\
try:
    1 / 0
except ZeroDivisionError:
    undefined_name
""", None),
    ("chain_suppressed", """\
try:
    1 / 0
except ZeroDivisionError:
    raise ValueError("clean") from None
""", None),
    ("chain_three", """\
try:
    try:
        [][0]
    except IndexError as e:
        raise KeyError("k") from e
except KeyError:
    raise TypeError("t")
""", None),
    ("chain_cycle", """\
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        raise TypeError("b")
except TypeError as b:
    a = b.__context__
    a.__context__ = b
    raise a
""", None),
    ("chain_finally", """\
def f():
    try:
        raise ValueError("in try")
    finally:
        print("cleanup")
f()
""", None),
    # ---- exception groups ----
    ("group_simple", """\
def f():
    raise ExceptionGroup("many", [ValueError(1), TypeError("two"), KeyError('k')])
f()
""", None),
    ("group_nested", """\
def inner():
    raise ExceptionGroup("inner", [ValueError("a"), ZeroDivisionError("b")])
def outer():
    try:
        inner()
    except ExceptionGroup as e:
        raise ExceptionGroup("outer", [e, RuntimeError("c")])
outer()
""", None),
    ("group_more_than_15", 'raise ExceptionGroup("wide", [ValueError(i) for i in range(20)])\n', None),
    ("group_exactly_16", 'raise ExceptionGroup("wide", [ValueError(i) for i in range(16)])\n', None),
    ("group_depth_limit", """\
g = ValueError("leaf")
for i in range(13):
    g = ExceptionGroup(f"level {i}", [g])
raise g
""", None),
    ("group_deep_and_wide", """\
def make(depth):
    if depth == 0:
        return [ValueError(f"leaf {i}") for i in range(17)]
    return [ExceptionGroup(f"d{depth}", make(depth - 1))]
raise ExceptionGroup("top", make(3))
""", None),
    ("group_raised_members", """\
excs = []
for i in range(3):
    try:
        raise ValueError(f"v{i}")
    except ValueError as e:
        excs.append(e)
raise ExceptionGroup("collected", excs)
""", None),
    ("group_members_chained", """\
def f(i):
    try:
        return 1 / i
    except ZeroDivisionError as e:
        raise ValueError(f"bad {i}") from e
errs = []
for i in (0, 0):
    try:
        f(i)
    except ValueError as e:
        errs.append(e)
raise ExceptionGroup("batch", errs)
""", None),
    ("group_with_context", """\
try:
    raise KeyError("first")
except KeyError:
    raise ExceptionGroup("eg", [ValueError("in group")])
""", None),
    ("group_multiline_messages", 'raise ExceptionGroup("multi\\nline", [ValueError("a\\nb"), TypeError("")])\n', None),
    ("group_shared_member", 'shared = ValueError("shared")\nraise ExceptionGroup("g", [shared, shared])\n', None),
    ("group_except_star", """\
def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
try:
    f()
except* ValueError:
    raise RuntimeError("handler failed")
""", None),
    ("group_base", 'raise BaseExceptionGroup("bg", [KeyboardInterrupt(), ValueError("v")])\n', None),
    ("group_notes", """\
e1 = ValueError("x")
e1.add_note("note on x")
g = ExceptionGroup("g", [e1, TypeError("y")])
g.add_note("group note")
raise g
""", None),
    # ---- notes ----
    ("notes", """\
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second\\nmultiline note")
    raise
""", None),
    ("notes_not_a_sequence", 'e = ValueError("v")\ne.__notes__ = "not a list"\nraise e\n', None),
    ("notes_not_strings", 'e = ValueError("v")\ne.__notes__ = [1, None, "ok"]\nraise e\n', None),
    ("notes_tuple", 'e = ValueError("v")\ne.__notes__ = ("t1", "t2")\nraise e\n', None),
    ("notes_dict", 'e = ValueError("v")\ne.__notes__ = {"a": 1}\nraise e\n', None),
    ("notes_str_raises", """\
class N:
    def __str__(self):
        raise ValueError
e = ValueError("v")
e.__notes__ = [N(), "after"]
raise e
""", None),
    ("notes_repr_raises", """\
class Weird:
    def __repr__(self):
        raise ValueError
e = ValueError("v")
e.__notes__ = Weird()
raise e
""", None),
    # ---- the message line ----
    ("str_raises", """\
class E(Exception):
    def __str__(self):
        raise RuntimeError("nope")
raise E()
""", None),
    ("str_returns_non_str", """\
class E(Exception):
    def __str__(self):
        return 42
raise E("x")
""", None),
    ("module_qualified_name", 'E = type("E", (Exception,), {"__module__": "shapes.errors"})\nraise E("not a shape")\n', None),
    ("module_and_qualname", """\
class Bad(Exception):
    __module__ = "geometry"
class Outer:
    class Inner(Exception):
        pass
try:
    raise Bad("b")
except Bad:
    raise Outer.Inner("nested qualname")
""", None),
    ("key_error", 'd = {}\nd["missing"]\n', None),
    ("key_error_no_args", "raise KeyError()\n", None),
    ("empty_message", 'raise ValueError("")\n', None),
    ("no_message", "raise ValueError\n", None),
    ("assertion_message", "def check(x):\n    assert x > 0, f\"x must be positive, got {x}\"\ncheck(-1)\n", None),
    # ---- wide characters and tabs ----
    ("chinese_call", """\
def 计算(数字):
    return 数字 / 0
结果 = {"值": 计算(10) + 1}
""", None),
    ("chinese_subscript", '名字 = {"苹果": 1}\nprint(名字["香蕉"])\n', None),
    ("chinese_string_binop", 'x = "你好，世界" + 1\n', None),
    ("chinese_multiline_binop", '值 = ("中文字符串" +\n      1)\n', None),
    ("chinese_multiline_subscript", '表 = {"键": 1}\n值 = 表[\n    "不存在"\n]\n', None),
    ("emoji", 's = "😀😀" + 1\n', None),
    ("fullwidth_letters", 'ｘ = {"ａ": 1}\nprint(ｘ["ｂ"])\n', None),
    ("accented_and_wide", 'd = {"é": 1, "中": 2}\nv = d["é"] + d["中"] + d["x"]\n', None),
    ("tab_indent", 'def f():\n\treturn [1][2]\nf()\n', None),
    ("tab_indent_deep", 'def f():\n\tif True:\n\t\treturn {}["k"]\nf()\n', None),
    ("tab_inside_line", 'd = {}\nv = 1 +\td["tab"]\n', None),
    ("mixed_space_tab_indent", 'def f():\n \tx = 1\n \treturn x + "a"\nf()\n', None),
    ("form_feed", 'x = 1\n\x0cy = x + "a"\n', None),
    ("crlf_line_endings", 'x = 1\r\ny = x + "a"\r\n', None),
    # ---- SyntaxError raised at run time ----
    ("syntax_error_no_location", "raise SyntaxError('x')\n", None),
    ("syntax_error_no_args", "raise SyntaxError()\n", None),
    ("syntax_error_details", "raise SyntaxError('bad thing', ('myfile.py', 3, 5, '    x = = 1\\n', 3, 8))\n", None),
    ("syntax_error_filename_only", 'raise SyntaxError("msg", ("f.py", None, None, None))\n', None),
    ("syntax_error_tabs", 'raise SyntaxError("tabby", ("f.py", 1, 3, "\\t\\tx y", 1, 5))\n', None),
    ("syntax_error_offset_zero", 'raise SyntaxError("zero", ("f.py", 2, 0, "  abc\\n", 2, 0))\n', None),
    ("syntax_error_multiline", 'raise SyntaxError("ml", ("f.py", 2, 3, "  abcdef\\n", 4, 2))\n', None),
    ("syntax_error_offset_past_end", 'raise SyntaxError("big", ("f.py", 1, 50, "abc\\n", 1, 60))\n', None),
    ("syntax_error_subclass", 'class MyErr(SyntaxError):\n    pass\nraise MyErr("custom", ("<x>", 1, 1, "q", 1, 2))\n', None),
    ("syntax_error_notes", 'e = SyntaxError("with note")\ne.add_note("a note")\nraise e\n', None),
    ("syntax_error_from_exec", 'exec("x = (1,")\n', None),
    ("syntax_error_from_eval", 'eval("1 +* 2")\n', None),
    ("indentation_error_from_exec", 'exec("if True:\\nx = 1")\n', None),
    ("syntax_error_chinese", 'exec("名字 = 1 +")\n', None),
    # ---- SyntaxWarnings printed by the re-parse, sys.tracebacklimit ----
    ("parse_warnings", 'x = int("\\d") + f(1)\n', None),
    ("parse_warnings_every_frame", 'def f(n):\n    return f(n-1) if n else int("\\d")\nf(5)\n', None),
    ("tracebacklimit", """\
import sys
sys.tracebacklimit = 2
def a(): b()
def b(): c()
def c(): d()
def d(): raise ValueError("deep")
a()
""", None),
    ("tracebacklimit_zero", 'import sys\nsys.tracebacklimit = 0\ndef a(): raise ValueError("deep")\na()\n', None),
    ("tracebacklimit_above_depth", """\
import sys
sys.tracebacklimit = 5
def a(): b()
def b(): raise ValueError("deep")
a()
""", None),
    # ---- programs that wait for VM position fixes ----
    ("for_over_failing_generator", """\
def gen():
    yield 1
    raise StopIteration
for x in gen():
    pass
""", None),
    ("yield_from_failing", """\
def inner():
    yield 1
    raise ValueError("inner")
def outer():
    yield from inner()
for _ in outer():
    pass
""", None),
    ("with_exit_raises", """\
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("in exit")
with CM():
    raise ValueError("body")
""", None),
    ("method_call_on_next_line", """\
class A:
    def go(self, *a):
        raise ValueError
a = A()
(a
  .go(1,
      2))
""", None),
    ("attribute_on_next_line", "class A: pass\na = A()\nx = (a\n  .missing)\n", None),
    ("augassign_unbound_name", """\
class A:
    def __init__(self):
        self.total = 0
    def add(self):
        total += 1
A().add()
""", None),
    ("comprehension_over_int", "r = [x for x in 5]\n", None),
    ("async_for_over_int", """\
async def main():
    async for x in 5:
        pass
main().send(None)
""", None),
    ("attribute_suggestion_on_self", """\
class A:
    def __init__(self):
        self._value = 1
    def get(self):
        return self.value
A().get()
""", None),
]

# (name, source, lineno, end_lineno, colno, end_colno); None for an unknown column.
FRAMES = [
    ("call", "result = compute(value)\n", 1, 1, 9, 23),
    ("binop", "    total = price * count\n", 1, 1, 12, 25),
    ("subscript", "    x = table[key][0]\n", 1, 1, 8, 18),
    ("attribute_no_anchor", "    x = obj.attr\n", 1, 1, 8, 16),
    ("no_columns", "    x = obj.attr  \n", 1, 1, None, None),
    ("whole_statement", "raise ValueError(x)\n", 1, 1, 0, 19),
    ("return_call", "    return f(x)\n", 1, 1, 11, 15),
    ("return_method_call", "    return a.f(x)\n", 1, 1, 11, 17),
    ("assert_test", "    assert x > 0, 'positive'\n", 1, 1, 11, 16),
    ("for_iterable", "for x in gen():\n    pass\n", 1, 1, 9, 14),
    ("with_context_expression", "with CM():\n    raise ValueError\n", 1, 1, 5, 9),
    ("with_whole_statement", "with CM():\n    raise ValueError\n", 1, 2, 0, 20),
    ("attr_call_next_line", "(a\n  .go(1,\n      2))\n", 2, 3, 3, 8),
    ("attr_call_from_object", "(a\n  .go(1,\n      2))\n", 1, 3, 1, 8),
    ("augassign_target", "        total += 1\n", 1, 1, 8, 13),
    ("multiline_anchor_lines", "x = f(a,\n      b,\n      c,\n      d,\n      e)\n", 1, 5, 4, 8),
    ("multiline_binop_far", "y = (a\n     +\n     b\n     +\n     c\n     +\n     d)\n", 1, 7, 5, 12),
    ("multiline_end_on_first_line", "x = foo(1,\n        2)\n", 1, 2, 4, 10),
    ("multiline_empty_line_inside", "x = f(\n\n    1)\n", 1, 3, 4, 6),
    ("chinese_binop", "    总数 = 价格 * 数量\n", 1, 1, 15, 34),
    ("chinese_binop_exact", "    总数 = 价格 * 数量\n", 1, 1, 13, 28),
    ("chinese_multiline_call", "结果 = 计算(\n    数字,\n    名字)\n", 1, 3, 9, 13),
    ("chinese_call", "结果 = 计算(数字)\n", 1, 1, 9, 27),
    ("byte_offset_inside_character", "结果 = 计算(数字)\n", 1, 1, 10, 26),
    ("emoji_subscript", "v = d['😀'][0]\n", 1, 1, 4, 16),
    ("tab_before_operator", "\tv = a\t+\tb\n", 1, 1, 5, 10),
    ("tabs_in_indent", "\t\treturn x[1]\n", 1, 1, 9, 13),
    ("end_past_line", "x = f(1)\n", 1, 1, 4, 40),
    ("start_past_line", "x = f(1)\n", 1, 1, 30, 40),
    ("empty_span", "x = f(1)\n", 1, 1, 5, 5),
    ("inverted_span", "x = f(1)\n", 1, 1, 6, 2),
    ("line_out_of_range", "x = 1\n", 5, 5, 0, 3),
    ("blank_line", "x = 1\n\ny = 2\n", 2, 2, 0, 0),
    ("comment_after_operator", "z = (a +  # c\n     b)\n", 1, 2, 5, 7),
    ("backslash_before_operator", "z = a \\\n    + b\n", 1, 2, 4, 7),
    ("string_with_escape_warning", 'x = int("\\d") + g(1)\n', 1, 1, 4, 13),
    ("lambda_body", "f = lambda x: x[1]\n", 1, 1, 14, 18),
    ("subscript_slice", "y = x[1:2]\n", 1, 1, 4, 10),
    ("call_with_kwargs", "f(a=1, b=2)\n", 1, 1, 0, 11),
    ("call_double_parens", "f()()\n", 1, 1, 0, 5),
    ("nested_binop", "r = a + b / c - 2\n", 1, 1, 8, 13),
    ("form_feed_line", "\x0cy = x + 'a'\n", 1, 1, 5, 12),
    ("dedented_deeper_first_line", "        x = (1 +\n    2)\n", 1, 2, 13, 5),
    ("bracket_on_next_line", "v = data\\\n    [1]\n", 1, 2, 4, 7),
    ("operator_then_backslash", "v = a +\\\n    b\n", 1, 2, 4, 5),
    ("partial_call_does_not_parse", "x = f(1, 2)\n", 1, 1, 4, 9),
    ("statement_span", "if x: y = 1\n", 1, 1, 6, 11),
    ("trailing_whitespace", "x = a[1]   \t \n", 1, 1, 4, 8),
    ("compare_no_anchor", "if a < b < c: pass\n", 1, 1, 3, 12),
    ("await_expression", "    r = await fetch(url)\n", 1, 1, 8, 24),
    ("call_of_call_result", "x = make()(1)\n", 1, 1, 4, 13),
    ("subscript_of_call", "x = get()[0]\n", 1, 1, 4, 12),
    ("assign_call_two_targets", "a = b = f(x)\n", 1, 1, 8, 12),
    ("assign_call_attribute_target", "a.b = f(x)\n", 1, 1, 6, 10),
    ("return_attribute_call", "return obj.f(x)\n", 1, 1, 7, 15),
    ("return_call_whole_line", "return f(x)\n", 1, 1, 7, 11),
    ("assign_call_whole_line", "x = f(y)\n", 1, 1, 4, 8),
    ("many_lines_between_anchors", "x = f(\n1,\n2,\n3,\n4,\n5) + g(\n6)\n", 1, 7, 4, 14),
]

WIDTHS = [
    ("abc", 2), ("abc", 10), ("中文", 1), ("中文", 2), ("中文", 5), ("a中b", 3), ("😀x", 2),
    ("ｘｙ", 2), ("é", 1), ("\t中", 2), ("한국어", 3), ("ｶﾀｶﾅ", 4), ("⌚", 1), ("〇", 1),
]


def run_program(src, name, python):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, name + ".py")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(src)
        env = {"PATH": os.environ.get("PATH", ""), "PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1",
               "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1", "PYTHON_COLORS": "0",
               "NO_COLOR": "1"}
        p = subprocess.run([python, name + ".py"], cwd=d, env=env, capture_output=True,
                           stdin=subprocess.DEVNULL, timeout=60)
        assert p.returncode == 1, (name, p.returncode, p.stderr)  # the program must fail
        return p.stderr.decode("utf-8").replace(d + "/", "")


def format_frame(name, src, lineno, end_lineno, colno, end_colno):
    filename = name + ".py"
    # linecache reads files with universal newlines: lines break at \n, \r\n and \r only
    lines = io.TextIOWrapper(io.BytesIO(src.encode("utf-8")), encoding="utf-8").readlines()
    linecache.cache[filename] = (len(src), None, lines, filename)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fs = traceback.FrameSummary(filename, lineno, "f", end_lineno=end_lineno, colno=colno,
                                    end_colno=end_colno)
        text = "".join(traceback.StackSummary.from_list([fs]).format())
    warned = "".join(f"{w.filename}:{w.lineno}: {w.category.__name__}: {w.message}\n" for w in caught)
    return text, warned


def cstr(s):
    """A C++ literal for s: raw when that reads well, else escaped (UTF-8 kept as is)."""
    readable = all(c in "\n\t" or ord(c) >= 32 for c in s) and ")tb\"" not in s
    if readable and not any(line != line.rstrip() for line in s.split("\n")):  # editors strip those
        return 'R"tb(' + s + ')tb"'
    out = []
    for c in s:
        if c == "\n":
            out.append("\\n")
        elif c in '"\\':
            out.append("\\" + c)
        elif ord(c) < 32 or c == "\x7f":
            out.append('\\%03o' % ord(c))
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def main():
    python = sys.executable
    out = ["// Generated by tools/gen_traceback_cases.py from CPython %s. Do not edit." % sys.version.split()[0],
           "// clang-format off", "#ifdef TB_PROGRAM"]
    for name, src, note in PROGRAMS:
        expected = run_program(src, name, python)
        out.append("TB_PROGRAM(%s,\n%s,\n%s,\n%s)" % (name, cstr(src), cstr(expected), cstr(note or "")))
    out.append("#endif\n#ifdef TB_FRAME")
    for name, src, lineno, end_lineno, colno, end_colno in FRAMES:
        text, warned = format_frame(name, src, lineno, end_lineno, colno, end_colno)
        col = -1 if colno is None else colno
        end_col = -1 if end_colno is None else end_colno
        out.append("TB_FRAME(%s, %s, %d, %d, %d, %d,\n%s,\n%s)" % (
            name, cstr(src), lineno, end_lineno, col, end_col, cstr(text), cstr(warned)))
    out.append("#endif\n#ifdef TB_WIDTH")
    for text, offset in WIDTHS:
        out.append("TB_WIDTH(%s, %d, %d)" % (cstr(text), offset, traceback._display_width(text, offset)))
    out.append("#endif")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{len(PROGRAMS)} programs, {len(FRAMES)} frames, {len(WIDTHS)} widths -> {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
