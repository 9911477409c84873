"""Regular expression syntax -> a tree of tuples, with CPython's error messages and
positions (re.PatternError). The tree is matched by re._engine.

Nodes (flags that change a node's meaning are stored in it):
  ("lit", char, icase)              ("any", dotall)
  ("set", negated, items, icase)    items: ("ch", c) | ("range", lo, hi) | ("cat", letter)
  ("cat", letter)                   \\d \\D \\w \\W \\s \\S
  ("at", kind)                      kind: "bol", "bol_m", "eol", "eol_m", "A", "Z", "b", "B"
  ("group", index or None, node)    ("alt", [node, ...])      ("seq", [node, ...])
  ("rep", min, max, greedy, possessive, node)    max None = unbounded
  ("backref", index, icase)         ("look", behind, negate, node, width)
  ("atomic", node)                  ("cond", index, yes, no)
"""

__loopscope_hide_frames__ = True

FLAG_TEMPLATE = 1
FLAG_IGNORECASE = 2
FLAG_LOCALE = 4
FLAG_MULTILINE = 8
FLAG_DOTALL = 16
FLAG_UNICODE = 32
FLAG_VERBOSE = 64
FLAG_DEBUG = 128
FLAG_ASCII = 256

_INLINE_FLAGS = {"i": FLAG_IGNORECASE, "L": FLAG_LOCALE, "m": FLAG_MULTILINE,
                 "s": FLAG_DOTALL, "x": FLAG_VERBOSE, "a": FLAG_ASCII, "t": FLAG_TEMPLATE,
                 "u": FLAG_UNICODE}

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

_SPECIAL_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                    "v": "\v", "\\": "\\"}
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_WHITESPACE = " \t\n\r\v\f"


class PatternError(Exception):
    """A regular expression that does not compile: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = f"{msg} at position {pos}"
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = f"{msg} (line {self.lineno}, column {self.colno})"
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError.__module__ = "re"


class _Source:
    """The pattern being parsed, read one token (a character or an escape) at a time."""

    def __init__(self, string):
        self.string = string
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        try:
            char = self.string[index]
        except IndexError:
            self.next = None
            return
        if char == "\\":
            index += 1
            try:
                char += self.string[index]
            except IndexError:
                raise PatternError("bad escape (end of pattern)", self.string, len(self.string) - 1) from None
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ""
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error(f"missing {terminator}, unterminated name", len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    @property
    def pos(self):
        return self.index - len(self.next or "")

    def tell(self):
        return self.index - len(self.next or "")

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        return PatternError(msg, self.string, self.tell() - offset)


class _State:
    def __init__(self, string, flags):
        self.string = string
        self.flags = flags
        self.groupdict = {}
        self.groupwidths = [None]  # group 0
        self.lookbehindgroups = None
        self.open_groups = set()
        self.grouprefpos = {}  # conditional group references, checked once all groups are known

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None, source=None):
        gid = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise PatternError("too many groups")
        if name is not None:
            old = self.groupdict.get(name)
            if old is not None:
                raise PatternError(f"redefinition of group name {name!r} as group {gid}; "
                                   f"was group {old}", self.string, source.tell() - len(name) - 1)
            self.groupdict[name] = gid
        self.open_groups.add(gid)
        return gid

    def closegroup(self, gid, node):
        self.open_groups.discard(gid)
        self.groupwidths[gid] = _width(node)

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None


def _is_name(name):
    return name.isidentifier()


def parse(pattern, flags=0):
    """(tree, number of groups, {name: index}, flags) for pattern."""
    source = _Source(pattern)
    state = _State(pattern, flags)
    tree = _parse_alternatives(source, state, flags & FLAG_VERBOSE, 0)
    if source.next is not None:
        assert source.next == ")"
        raise source.error("unbalanced parenthesis")
    for group, position in state.grouprefpos.items():
        if group >= state.groups:
            raise PatternError(f"invalid group reference {group}", pattern, position)
    flags = state.flags
    if not flags & FLAG_ASCII and isinstance(pattern, str):
        flags |= FLAG_UNICODE
    if flags & FLAG_LOCALE:
        raise PatternError("cannot use LOCALE flag with a str pattern")
    if flags & FLAG_ASCII and flags & FLAG_UNICODE:
        raise ValueError("ASCII and UNICODE flags are incompatible")
    return tree, state.groups, dict(state.groupdict), flags


def _parse_alternatives(source, state, verbose, nested):
    items = []
    while True:
        items.append(_parse_sequence(source, state, verbose, nested + 1, not nested and not items))
        if not source.match("|"):
            break
        if not nested:
            verbose = state.flags & FLAG_VERBOSE
    if len(items) == 1:
        return items[0]
    return ("alt", items)


def _parse_sequence(source, state, verbose, nested, first):
    items = []
    flags = state.flags
    while True:
        this = source.next
        if this is None:
            break
        if this in "|)":
            break
        source.get()
        if verbose:
            if this in _WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue
        if this[0] == "\\":
            items.append(_parse_escape(source, this, state, False))
        elif this not in "[(*+?{.^$":
            items.append(("lit", this, bool(state.flags & FLAG_IGNORECASE)))
        elif this == "[":
            items.append(_parse_class(source, state))
        elif this in "*+?{":
            here = source.tell()
            if this == "?":
                lo, hi = 0, 1
            elif this == "*":
                lo, hi = 0, None
            elif this == "+":
                lo, hi = 1, None
            else:
                if source.next == "}":
                    items.append(("lit", this, bool(state.flags & FLAG_IGNORECASE)))
                    continue
                lo, hi = 0, None
                min_text = _take_digits(source)
                if source.match(","):
                    max_text = _take_digits(source)
                else:
                    max_text = min_text
                if not source.match("}"):
                    items.append(("lit", this, bool(state.flags & FLAG_IGNORECASE)))
                    source.seek(here)
                    continue
                if min_text:
                    lo = int(min_text)
                    if lo >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                if max_text:
                    hi = int(max_text)
                    if hi >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                    if hi < lo:
                        raise source.error("min repeat greater than max repeat",
                                           source.tell() - here)
            if not items:
                raise source.error("nothing to repeat", source.tell() - here + len(this))
            item = items[-1]
            if item[0] == "at":
                raise source.error("nothing to repeat", source.tell() - here + len(this))
            if item[0] == "rep":
                raise source.error("multiple repeat", source.tell() - here + len(this))
            if item[0] == "group" and item[1] is None and _is_empty_group(item[2]):
                raise source.error("nothing to repeat", source.tell() - here + len(this))
            greedy = True
            possessive = False
            if source.match("?"):
                greedy = False
            elif source.match("+"):
                possessive = True
            items[-1] = ("rep", lo, hi, greedy, possessive, item)
        elif this == ".":
            items.append(("any", bool(state.flags & FLAG_DOTALL)))
        elif this == "(":
            node = _parse_group(source, state, verbose, nested)
            if node is None:
                continue
            items.append(node)
        elif this == "^":
            items.append(("at", "bol_m" if state.flags & FLAG_MULTILINE else "bol"))
        elif this == "$":
            items.append(("at", "eol_m" if state.flags & FLAG_MULTILINE else "eol"))
        else:
            raise AssertionError(f"unsupported special character {this!r}")
    if len(items) == 1:
        return items[0]
    return ("seq", items)


def _is_empty_group(node):
    return node == ("seq", [])


def _take_digits(source):
    text = ""
    while source.next is not None and source.next in _DIGITS:
        text += source.get()
    return text


def _parse_group(source, state, verbose, nested):
    start = source.tell() - 1
    capture = True
    atomic = False
    name = None
    add_flags = 0
    del_flags = 0
    if source.match("?"):
        char = source.get()
        if char is None:
            raise source.error("unexpected end of pattern")
        if char == "P":
            if source.match("<"):
                name = source.getuntil(">", "group name")
                if not _is_name(name):
                    raise source.error(f"bad character in group name {name!r}", len(name) + 1)
            elif source.match("="):
                name = source.getuntil(")", "group name")
                if not _is_name(name):
                    raise source.error(f"bad character in group name {name!r}", len(name) + 1)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise source.error(f"unknown group name {name!r}", len(name) + 1)
                if not state.checkgroup(gid):
                    raise source.error("cannot refer to an open group", len(name) + 1)
                return ("backref", gid, bool(state.flags & FLAG_IGNORECASE))
            else:
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                raise source.error(f"unknown extension ?P{char}", len(char) + 2)
        elif char == ":":
            capture = False
        elif char == "#":
            while True:
                if source.next is None:
                    raise source.error("missing ), unterminated comment", source.tell() - start)
                if source.get() == ")":
                    break
            return None
        elif char in "=!<":
            dir_behind = False
            if char == "<":
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char not in "=!":
                    raise source.error(f"unknown extension ?<{char}", len(char) + 2)
                dir_behind = True
                lookbehind_start = state.lookbehindgroups
                if lookbehind_start is None:
                    state.lookbehindgroups = state.groups
            node = _parse_alternatives(source, state, verbose, nested + 1)
            if dir_behind and lookbehind_start is None:
                state.lookbehindgroups = None
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            width = None
            if dir_behind:
                lo, hi = _width(node)
                if lo != hi:
                    raise PatternError("look-behind requires fixed-width pattern")
                width = lo
            return ("look", dir_behind, char == "!", node, width)
        elif char == "(":
            condname = source.getuntil(")", "group name")
            if condname.isdigit() and condname.isascii():
                condgroup = int(condname)
                if not condgroup:
                    raise source.error("bad group number", len(condname) + 1)
                if condgroup >= MAXGROUPS:
                    raise source.error(f"invalid group reference {condgroup}", len(condname) + 1)
                state.grouprefpos.setdefault(condgroup, source.tell() - len(condname) - 1)
            elif _is_name(condname):
                condgroup = state.groupdict.get(condname)
                if condgroup is None:
                    raise source.error(f"unknown group name {condname!r}", len(condname) + 1)
            else:
                raise source.error(f"bad character in group name {condname!r}", len(condname) + 1)
            yes = _parse_sequence(source, state, verbose, nested + 1, False)
            no = None
            if source.match("|"):
                no = _parse_sequence(source, state, verbose, nested + 1, False)
                if source.next == "|":
                    raise source.error("conditional backref with more than two branches")
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            return ("cond", condgroup, yes, no)
        elif char == ">":
            capture = False
            atomic = True
        elif char in _INLINE_FLAGS or char == "-":
            flags = _parse_inline_flags(source, state, char)
            if flags is None:  # global flags: (?i)
                if start != 0 and not _only_flags_before(state.string, start):
                    raise source.error("global flags not at the start of the expression",
                                       source.tell() - start)
                verbose = state.flags & FLAG_VERBOSE
                return None
            add_flags, del_flags = flags
            capture = False
        else:
            raise source.error("unknown extension ?" + char, len(char) + 1)

    group = state.opengroup(name, source) if capture else None
    saved_flags = state.flags
    state.flags = (state.flags | add_flags) & ~del_flags
    sub_verbose = state.flags & FLAG_VERBOSE
    try:
        node = _parse_alternatives(source, state, sub_verbose, nested + 1)
    finally:
        state.flags = saved_flags
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)
    if group is not None:
        state.closegroup(group, node)
    if atomic:
        return ("atomic", node)
    return ("group", group, node)


def _only_flags_before(string, start):
    # Global inline flags are allowed after other leading global flag groups.
    i = 0
    while i < start:
        if not string.startswith("(?", i):
            return False
        j = string.find(")", i)
        if j < 0:
            return False
        if any(c not in _INLINE_FLAGS for c in string[i + 2:j]):
            return False
        i = j + 1
    return True


def _parse_inline_flags(source, state, char):
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = _INLINE_FLAGS[char]
            add_flags |= flag
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in _INLINE_FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in _INLINE_FLAGS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            del_flags |= _INLINE_FLAGS[char]
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in _INLINE_FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    return add_flags, del_flags


def _parse_escape(source, escape, state, in_class):
    icase = bool(state.flags & FLAG_IGNORECASE)
    code = escape[1:2]
    if code in "dDwWsS" and code:
        return ("cat", code)
    if code == "x":
        digits = source.getwhile(2, _HEXDIGITS)
        if len(digits) != 2:
            raise source.error(f"incomplete escape {escape + digits}", len(escape + digits))
        return ("lit", chr(int(digits, 16)), icase)
    if code == "u" or code == "U":
        size = 4 if code == "u" else 8
        digits = source.getwhile(size, _HEXDIGITS)
        if len(digits) != size:
            raise source.error(f"incomplete escape {escape + digits}", len(escape + digits))
        value = int(digits, 16)
        if value > 0x10FFFF:
            raise source.error(f"bad escape {escape + digits}", len(escape + digits))
        return ("lit", chr(value), icase)
    if code == "N":
        raise source.error("bad escape \\N (named characters are not supported)", 2)
    if code == "0":
        digits = source.getwhile(2, _OCTDIGITS)
        return ("lit", chr(int(code + digits, 8)), icase)
    if code in _DIGITS:
        if in_class:
            if code in _OCTDIGITS:
                digits = code + source.getwhile(2, _OCTDIGITS)
                value = int(digits, 8)
                if value > 0o377:
                    raise source.error(f"octal escape value \\{digits} outside of range 0-0o377",
                                       len(digits) + 1)
                return ("lit", chr(value), icase)
            raise source.error(f"bad escape {escape}", len(escape))
        here = source.tell()
        digits = code
        if source.next is not None and source.next in _DIGITS:
            digits += source.get()
            if (code in _OCTDIGITS and digits[1] in _OCTDIGITS and source.next is not None
                    and source.next in _OCTDIGITS):
                digits += source.get()
                value = int(digits, 8)
                if value > 0o377:
                    raise source.error(f"octal escape value \\{digits} outside of range 0-0o377",
                                       len(digits) + 1)
                return ("lit", chr(value), icase)
        group = int(digits)
        if group < state.groups:
            if not state.checkgroup(group):
                raise source.error("cannot refer to an open group", len(digits) + 1)
            return ("backref", group, icase)
        raise source.error(f"invalid group reference {group}", len(digits))
    if not in_class:
        if code == "A":
            return ("at", "A")
        if code == "Z":
            return ("at", "Z")
        if code == "b":
            return ("at", "b")
        if code == "B":
            return ("at", "B")
    if code in _SPECIAL_ESCAPES:
        return ("lit", _SPECIAL_ESCAPES[code], icase)
    if code in _ASCII_LETTERS or code in _DIGITS:
        raise source.error(f"bad escape {escape}", len(escape))
    return ("lit", code, icase)


def _parse_class(source, state):
    icase = bool(state.flags & FLAG_IGNORECASE)
    items = []
    here = source.tell() - 1
    negate = source.match("^")
    first = True
    while True:
        this = source.get()
        if this is None:
            raise PatternError("unterminated character set", source.string, here)
        if this == "]" and not first:
            break
        first = False
        if this[0] == "\\":
            code1 = _parse_escape(source, this, state, True)
        else:
            code1 = ("lit", this, icase)
        if source.match("-"):
            that = source.get()
            if that is None:
                raise PatternError("unterminated character set", source.string, here)
            if that == "]":
                if code1[0] == "cat":
                    items.append(code1)
                else:
                    items.append(("ch", code1[1]))
                items.append(("ch", "-"))
                break
            if that[0] == "\\":
                code2 = _parse_escape(source, that, state, True)
            else:
                code2 = ("lit", that, icase)
            if code1[0] != "lit" or code2[0] != "lit":
                msg = f"bad character range {this}-{that}"
                raise source.error(msg, len(this) + 1 + len(that))
            lo, hi = code1[1], code2[1]
            if hi < lo:
                msg = f"bad character range {this}-{that}"
                raise source.error(msg, len(this) + 1 + len(that))
            items.append(("range", lo, hi))
        elif code1[0] == "cat":
            items.append(code1)
        else:
            items.append(("ch", code1[1]))
    return ("set", negate, items, icase)


def _width(node):
    """(min, max) length a node can match; max None when unbounded."""
    kind = node[0]
    if kind in ("lit", "any", "set", "cat"):
        return 1, 1
    if kind in ("at", "look"):
        return 0, 0
    if kind == "seq":
        lo = hi = 0
        for item in node[1]:
            a, b = _width(item)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if kind == "alt":
        widths = [_width(item) for item in node[1]]
        lo = min(w[0] for w in widths)
        his = [w[1] for w in widths]
        return lo, None if None in his else max(his)
    if kind in ("group", "atomic"):
        return _width(node[-1])
    if kind == "rep":
        a, b = _width(node[5])
        lo = a * node[1]
        if node[2] is None or b is None:
            return lo, None
        return lo, b * node[2]
    if kind == "backref":
        return 0, None
    if kind == "cond":
        a = _width(node[2])
        b = _width(node[3]) if node[3] is not None else (0, 0)
        lo = min(a[0], b[0])
        return lo, None if a[1] is None or b[1] is None else max(a[1], b[1])
    return 0, None


def parse_template(template, groups, groupindex, pattern):
    """A sub() replacement as a list of literal strings and group numbers."""
    source = _Source(template)
    parts = []
    literal = []

    def flush():
        if literal:
            parts.append("".join(literal))
            literal.clear()

    while True:
        this = source.get()
        if this is None:
            break
        if this[0] != "\\":
            literal.append(this)
            continue
        code = this[1]
        if code == "g":
            if not source.match("<"):
                raise source.error("missing <")
            name = source.getuntil(">", "group name")
            if name.isdigit() and name.isascii():
                index = int(name)
                if index >= MAXGROUPS:
                    raise source.error(f"invalid group reference {index}", len(name) + 1)
            elif name.isidentifier():
                try:
                    index = groupindex[name]
                except KeyError:
                    raise IndexError(f"unknown group name {name!r}") from None
            else:
                raise source.error(f"bad character in group name {name!r}", len(name) + 1)
            if index >= groups:
                raise source.error(f"invalid group reference {index}", len(name) + 1)
            flush()
            parts.append(index)
        elif code == "0":
            if source.next is not None and source.next in _OCTDIGITS:
                this += source.get()
                if source.next is not None and source.next in _OCTDIGITS:
                    this += source.get()
            literal.append(chr(int(this[1:], 8) & 0xFF))
        elif code in _DIGITS:
            digits = code
            if source.next is not None and source.next in _DIGITS:
                digits += source.get()
                if (code in _OCTDIGITS and digits[1] in _OCTDIGITS and source.next is not None
                        and source.next in _OCTDIGITS):
                    digits += source.get()
                    value = int(digits, 8)
                    if value > 0o377:
                        raise source.error(f"octal escape value \\{digits} outside of range "
                                           "0-0o377", len(digits) + 1)
                    literal.append(chr(value))
                    continue
            index = int(digits)
            if index >= groups:
                raise source.error(f"invalid group reference {index}", len(digits))
            flush()
            parts.append(index)
        elif code in _SPECIAL_ESCAPES:
            literal.append(_SPECIAL_ESCAPES[code])
        elif code in _ASCII_LETTERS:
            raise source.error(f"bad escape {this}", len(this))
        else:
            literal.append(this)
    flush()
    return parts
