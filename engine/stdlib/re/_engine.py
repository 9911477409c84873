"""Matching: a parsed pattern (re._parser) compiled into nested closures, each node calling
the next one on success (continuation passing), which gives backtracking with the leftmost,
first-alternative-wins semantics of CPython's sre. Repeats of single characters -- the common
case (\\d+, .*, [a-z]*) -- run as loops rather than recursion."""

import sys

__loopscope_hide_frames__ = True

# Nested continuations recurse a few frames per repetition of a group: matching raises the
# recursion limit by this much while it runs, as sre's own loop never counts against it.
_EXTRA_DEPTH = 60000


def _is_word(ch, ascii_only):
    if ascii_only:
        return ch.isascii() and (ch.isalnum() or ch == "_")
    return ch.isalnum() or ch == "_"


def _category_test(letter, ascii_only):
    if letter in "dD":
        if ascii_only:
            test = lambda ch: "0" <= ch <= "9"
        else:
            test = lambda ch: ch.isdecimal()
    elif letter in "wW":
        test = lambda ch: _is_word(ch, ascii_only)
    else:
        if ascii_only:
            test = lambda ch: ch in " \t\n\r\f\v"
        else:
            test = lambda ch: ch.isspace() or ch in "\x1c\x1d\x1e\x1f"
    if letter.isupper():
        return lambda ch: not test(ch)
    return test


def _char_test(node, ascii_only):
    """For a node matching exactly one character: a function char -> bool."""
    kind = node[0]
    if kind == "lit":
        c = node[1]
        if node[2]:
            lo, up = c.lower(), c.upper()
            return lambda ch: ch == c or ch.lower() == lo or ch.upper() == up
        return lambda ch: ch == c
    if kind == "any":
        if node[1]:
            return lambda ch: True
        return lambda ch: ch != "\n"
    if kind == "cat":
        return _category_test(node[1], ascii_only)
    if kind == "set":
        negate, items, icase = node[1], node[2], node[3]
        singles = set()
        ranges = []
        tests = []
        for item in items:
            if item[0] == "ch":
                singles.add(item[1])
            elif item[0] == "range":
                ranges.append((item[1], item[2]))
            else:
                tests.append(_category_test(item[1], ascii_only))

        def member(ch):
            if ch in singles:
                return True
            for lo, hi in ranges:
                if lo <= ch <= hi:
                    return True
            for test in tests:
                if test(ch):
                    return True
            return False

        if icase:
            def test(ch):
                return member(ch) or member(ch.lower()) or member(ch.upper())
        else:
            test = member
        if negate:
            return lambda ch: not test(ch)
        return test
    return None


class _Program:
    """A compiled pattern: match(string, start, pos, end, anchored_end, must_advance)."""

    def __init__(self, tree, groups, ascii_only):
        self.groups = groups
        self.ascii_only = ascii_only
        self.tree = tree
        self.first_literal = _first_literal(tree)

    def bind(self, string, end):
        """The matcher for one subject string (compiled once, run at many positions)."""
        ctx = _Context(string, end, self.groups)

        def finish(j):
            if ctx.full and j != ctx.end:
                return False
            if ctx.must_advance_from is not None and j == ctx.must_advance_from:
                return False
            ctx.result_end = j
            return True

        ctx.matcher = self._compile(self.tree, finish, ctx)
        return ctx

    # Each _compile call returns a function i -> bool that matches the node at i and then
    # calls `nxt` with the position after it.
    def _compile(self, node, nxt, ctx):
        kind = node[0]
        method = getattr(self, "_c_" + kind)
        return method(node, nxt, ctx)

    def _c_lit(self, node, nxt, ctx):
        test = _char_test(node, self.ascii_only)
        s = ctx.string

        def m(i):
            return i < ctx.end and test(s[i]) and nxt(i + 1)
        return m

    _c_any = _c_cat = _c_set = _c_lit

    def _c_seq(self, node, nxt, ctx):
        items = _merge_literals(node[1])
        m = nxt
        for item in reversed(items):
            m = self._compile(item, m, ctx)
        return m

    def _c_str(self, node, nxt, ctx):
        text = node[1]
        size = len(text)
        s = ctx.string

        def m(i):
            return i + size <= ctx.end and s.startswith(text, i) and nxt(i + size)
        return m

    def _c_alt(self, node, nxt, ctx):
        branches = [self._compile(item, nxt, ctx) for item in node[1]]

        def m(i):
            for branch in branches:
                if branch(i):
                    return True
            return False
        return m

    def _c_at(self, node, nxt, ctx):
        kind = node[1]
        s = ctx.string
        ascii_only = self.ascii_only

        if kind == "bol":
            return lambda i: i == 0 and nxt(i)
        if kind == "bol_m":
            return lambda i: (i == 0 or s[i - 1] == "\n") and nxt(i)
        if kind == "eol":
            return lambda i: (i == ctx.end or (i == ctx.end - 1 and s[i] == "\n")) and nxt(i)
        if kind == "eol_m":
            return lambda i: (i == ctx.end or s[i] == "\n") and nxt(i)
        if kind == "A":
            return lambda i: i == 0 and nxt(i)
        if kind == "Z":
            return lambda i: i == ctx.end and nxt(i)

        def boundary(i):
            before = i > 0 and _is_word(s[i - 1], ascii_only)
            after = i < ctx.end and _is_word(s[i], ascii_only)
            return before != after

        if kind == "b":
            return lambda i: boundary(i) and nxt(i)
        return lambda i: ctx.end > 0 and not boundary(i) and nxt(i)

    def _c_group(self, node, nxt, ctx):
        index = node[1]
        if index is None:
            return self._compile(node[2], nxt, ctx)
        starts = []
        marks = ctx.marks

        def close(j):
            old = marks[2 * index], marks[2 * index + 1], ctx.lastindex
            marks[2 * index] = starts[-1]
            marks[2 * index + 1] = j
            ctx.lastindex = index
            if nxt(j):
                return True
            marks[2 * index], marks[2 * index + 1], ctx.lastindex = old
            return False

        body = self._compile(node[2], close, ctx)

        def m(i):
            starts.append(i)
            try:
                return body(i)
            finally:
                starts.pop()
        return m

    def _c_backref(self, node, nxt, ctx):
        index, icase = node[1], node[2]
        s = ctx.string
        marks = ctx.marks

        def m(i):
            start, stop = marks[2 * index], marks[2 * index + 1]
            if start < 0 or stop < 0:
                return False
            text = s[start:stop]
            size = len(text)
            if i + size > ctx.end:
                return False
            here = s[i:i + size]
            if here != text and not (icase and here.lower() == text.lower()):
                return False
            return nxt(i + size)
        return m

    def _c_look(self, node, nxt, ctx):
        behind, negate, sub, width = node[1], node[2], node[3], node[4]
        marks = ctx.marks
        targets = []

        def reached(j):
            return not behind or j == targets[-1]

        body = self._compile(sub, reached, ctx)

        def m(i):
            start = i - width if behind else i
            if start < 0:
                return negate and nxt(i)
            targets.append(i)
            saved = list(marks) if negate else None
            try:
                found = body(start)
            finally:
                targets.pop()
            if negate:
                marks[:] = saved
                return not found and nxt(i)
            return found and nxt(i)
        return m

    def _c_atomic(self, node, nxt, ctx):
        ends = []

        def record(j):
            ends.append(j)
            return True

        body = self._compile(node[1], record, ctx)

        def m(i):
            depth = len(ends)
            if not body(i):
                return False
            j = ends.pop()
            del ends[depth:]
            return nxt(j)
        return m

    def _c_cond(self, node, nxt, ctx):
        index = node[1]
        yes = self._compile(node[2], nxt, ctx)
        no = self._compile(node[3], nxt, ctx) if node[3] is not None else nxt
        marks = ctx.marks

        def m(i):
            if index * 2 + 1 < len(marks) and marks[2 * index + 1] >= 0:
                return yes(i)
            return no(i)
        return m

    def _c_rep(self, node, nxt, ctx):
        lo, hi, greedy, possessive, sub = node[1], node[2], node[3], node[4], node[5]
        if possessive:
            inner = ("rep", lo, hi, True, False, sub)
            return self._c_atomic(("atomic", inner), nxt, ctx)
        test = _char_test(sub, self.ascii_only)
        if test is not None:
            return self._single_char_repeat(test, lo, hi, greedy, nxt, ctx)
        return self._general_repeat(sub, lo, hi, greedy, nxt, ctx)

    def _single_char_repeat(self, test, lo, hi, greedy, nxt, ctx):
        s = ctx.string

        def m(i):
            limit = ctx.end if hi is None else min(ctx.end, i + hi)
            if greedy:
                j = i
                while j < limit and test(s[j]):
                    j += 1
                while j >= i + lo:
                    if nxt(j):
                        return True
                    j -= 1
                return False
            j = i
            while j < i + lo:
                if j >= limit or not test(s[j]):
                    return False
                j += 1
            while True:
                if nxt(j):
                    return True
                if j >= limit or not test(s[j]):
                    return False
                j += 1
        return m

    def _general_repeat(self, sub, lo, hi, greedy, nxt, ctx):
        counts = []  # (iterations so far, where the current iteration started)

        def iteration_done(j):
            count, start = counts[-1]
            if j == start and count + 1 > lo:
                return False  # an empty iteration cannot make progress
            counts.append((count + 1, j))
            try:
                return more(j)
            finally:
                counts.pop()

        body = self._compile(sub, iteration_done, ctx)

        def more(i):
            count = counts[-1][0]
            if greedy:
                if (hi is None or count < hi) and body(i):
                    return True
                return count >= lo and nxt(i)
            if count >= lo and nxt(i):
                return True
            return (hi is None or count < hi) and body(i)

        def m(i):
            counts.append((0, i))
            try:
                return more(i)
            finally:
                counts.pop()
        return m


class _Context:
    def __init__(self, string, end, groups):
        self.string = string
        self.end = end
        self.marks = [-1] * (2 * groups)
        self.lastindex = None
        self.result_end = None
        self.full = False
        self.must_advance_from = None
        self.matcher = None

    def run(self, start, full=False, must_advance_from=None):
        """Tries to match at start: (end, marks, lastindex) or None."""
        marks = self.marks
        for k in range(len(marks)):
            marks[k] = -1
        self.lastindex = None
        self.full = full
        self.must_advance_from = must_advance_from
        if self.matcher(start):
            return self.result_end, list(marks), self.lastindex
        return None


def _merge_literals(items):
    # Runs of case-sensitive literal characters become one string comparison.
    merged = []
    run = []
    for item in items:
        if item[0] == "lit" and not item[2]:
            run.append(item[1])
            continue
        if run:
            merged.append(("str", "".join(run)) if len(run) > 1 else ("lit", run[0], False))
            run = []
        merged.append(item)
    if run:
        merged.append(("str", "".join(run)) if len(run) > 1 else ("lit", run[0], False))
    return merged


def _first_literal(tree):
    # A case-sensitive literal every match starts with (lets search skip ahead with find()).
    node = tree
    while True:
        kind = node[0]
        if kind == "lit":
            return None if node[2] else node[1]
        if kind == "seq":
            if not node[1]:
                return None
            node = node[1][0]
        elif kind == "group":
            node = node[2]
        elif kind == "rep" and node[1] > 0:
            node = node[5]
        else:
            return None


def compile_tree(tree, groups, flags):
    from re._parser import FLAG_ASCII
    return _Program(tree, groups, bool(flags & FLAG_ASCII))


class _DeeperRecursion:
    """Raises the recursion limit while a match runs (see _EXTRA_DEPTH)."""

    def __enter__(self):
        self.saved = sys.getrecursionlimit()
        sys.setrecursionlimit(self.saved + _EXTRA_DEPTH)

    def __exit__(self, *exc):
        sys.setrecursionlimit(self.saved)


def match_at(ctx, start, full=False, must_advance_from=None):
    with _DeeperRecursion():
        return ctx.run(start, full, must_advance_from)


def search(program, ctx, pos, must_advance_from=None):
    """The first match starting at pos or later: (start, end, marks, lastindex) or None."""
    literal = program.first_literal
    string, end = ctx.string, ctx.end
    with _DeeperRecursion():
        start = pos
        while start <= end:
            if literal is not None:
                start = string.find(literal, start, end)
                if start < 0:
                    return None
            result = ctx.run(start, False, must_advance_from if start == must_advance_from else None)
            if result is not None:
                return (start,) + result
            start += 1
    return None
