"""Regular expressions: compile, match, fullmatch, search, findall, finditer, sub, subn,
split, escape, with Pattern and Match objects, CPython's syntax (groups, named groups,
backreferences, lookarounds, atomic groups, possessive and lazy quantifiers, inline flags,
conditionals), results, empty-match rules and error messages."""

import enum
import sys
from re import _parser, _engine
from re._parser import PatternError

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S",
           "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG", "RegexFlag", "PatternError"]

__version__ = "2.2.1"
__loopscope_hide_frames__ = True  # the engine is C in CPython

error = PatternError


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = _parser.FLAG_ASCII
    IGNORECASE = I = _parser.FLAG_IGNORECASE
    LOCALE = L = _parser.FLAG_LOCALE
    UNICODE = U = _parser.FLAG_UNICODE
    MULTILINE = M = _parser.FLAG_MULTILINE
    DOTALL = S = _parser.FLAG_DOTALL
    VERBOSE = X = _parser.FLAG_VERBOSE
    DEBUG = _parser.FLAG_DEBUG

    def __repr__(self):
        value = self._value_
        if value == 0:
            return "re.NOFLAG"
        names = []
        for flag in ("ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE", "DOTALL",
                     "VERBOSE", "DEBUG"):
            bit = RegexFlag[flag]._value_
            if value & bit:
                names.append("re." + flag)
                value &= ~bit
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG

_MAXSIZE = sys.maxsize


def _as_text(value, is_bytes, what="string"):
    if is_bytes:
        if isinstance(value, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        if not isinstance(value, (bytes, bytearray)):
            raise TypeError(f"expected {what} or bytes-like object, got '{type(value).__name__}'")
        return bytes(value).decode("latin-1")
    if isinstance(value, (bytes, bytearray)):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    if not isinstance(value, str):
        raise TypeError(f"expected {what} or bytes-like object, got '{type(value).__name__}'")
    return value


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self._is_bytes = isinstance(pattern, (bytes, bytearray))
        text = bytes(pattern).decode("latin-1") if self._is_bytes else pattern
        tree, groups, groupindex, flags = _parser.parse(text, flags)
        if self._is_bytes:
            flags &= ~_parser.FLAG_UNICODE
        self.flags = flags
        self.groups = groups - 1
        self.groupindex = groupindex
        self._program = _engine.compile_tree(tree, groups, flags)

    def __repr__(self):
        flags = self.flags
        if not self._is_bytes:
            flags &= ~_parser.FLAG_UNICODE
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return f"re.compile({text}, {RegexFlag(flags)!r})"
        return f"re.compile({text})"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls

    def _bounds(self, string, pos, endpos):
        text = _as_text(string, self._is_bytes)
        n = len(text)
        pos = max(0, min(pos, n)) if pos >= 0 else 0
        endpos = max(0, min(endpos, n))
        return text, pos, endpos

    def _match(self, string, pos, endpos, full):
        text, pos, endpos = self._bounds(string, pos, endpos)
        if endpos < pos:
            return None
        ctx = self._program.bind(text, endpos)
        result = _engine.match_at(ctx, pos, full)
        if result is None:
            return None
        end, marks, lastindex = result
        return Match(self, string, text, pos, endpos, pos, end, marks, lastindex)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """A Match if the pattern matches at the beginning of string, else None."""
        return self._match(string, pos, endpos, False)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """A Match if the whole string matches the pattern, else None."""
        return self._match(string, pos, endpos, True)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """A Match for the first place the pattern matches, else None."""
        text, pos, endpos = self._bounds(string, pos, endpos)
        if endpos < pos:
            return None
        ctx = self._program.bind(text, endpos)
        found = _engine.search(self._program, ctx, pos)
        if found is None:
            return None
        start, end, marks, lastindex = found
        return Match(self, string, text, pos, endpos, start, end, marks, lastindex)

    def _iterate(self, string, pos=0, endpos=_MAXSIZE):
        # Successive matches; an empty match may not start where the previous match ended
        # unless that match was non-empty (CPython 3.7+ rules).
        text, pos, endpos = self._bounds(string, pos, endpos)
        if endpos < pos:
            return
        ctx = self._program.bind(text, endpos)
        first_pos = pos
        must_advance_from = None
        while pos <= endpos:
            found = _engine.search(self._program, ctx, pos, must_advance_from)
            if found is None:
                return
            start, end, marks, lastindex = found
            yield Match(self, string, text, first_pos, endpos, start, end, marks, lastindex)
            must_advance_from = end if end == start else None
            pos = end

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator of Match objects for every non-overlapping match."""
        return self._iterate(string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Every non-overlapping match: strings, or tuples of the groups."""
        result = []
        for m in self._iterate(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group(0))
            elif self.groups == 1:
                result.append(m.group(1) if m.group(1) is not None else m._empty())
            else:
                result.append(tuple(g if g is not None else m._empty() for g in m.groups()))
        return result

    def split(self, string, maxsplit=0):
        """string split at every match; captured groups are included in the result."""
        text = _as_text(string, self._is_bytes)
        pieces = []
        last = 0
        count = 0
        for m in self._iterate(string):
            if maxsplit and count >= maxsplit:
                break
            pieces.append(_convert(text[last:m.start()], self._is_bytes))
            pieces.extend(m.groups())
            last = m.end()
            count += 1
        pieces.append(_convert(text[last:], self._is_bytes))
        return pieces

    def subn(self, repl, string, count=0):
        """(new string, number of substitutions)."""
        text = _as_text(string, self._is_bytes)
        if callable(repl):
            expand = repl
        else:
            template = _as_text(repl, self._is_bytes, "str")
            parts = _parser.parse_template(template, self.groups + 1, self.groupindex, self.pattern)
            expand = lambda m: m._expand_parts(parts)
        out = []
        last = 0
        n = 0
        for m in self._iterate(string):
            if count and n >= count:
                break
            out.append(text[last:m.start()])
            replacement = expand(m)
            if callable(repl):
                replacement = _as_text(replacement, self._is_bytes, "str") if replacement is not None else ""
            out.append(replacement)
            last = m.end()
            n += 1
        out.append(text[last:])
        return _convert("".join(out), self._is_bytes), n

    def sub(self, repl, string, count=0):
        """string with the matches replaced by repl (a template with \\1, \\g<name>, or a
        function of the Match)."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._matches = pattern._iterate(string, pos, endpos)

    def search(self):
        return next(self._matches, None)


def _convert(text, is_bytes):
    return text.encode("latin-1") if is_bytes else text


class Match:
    """The result of a successful match: the groups, their spans, and the subject."""

    def __init__(self, pattern, string, text, pos, endpos, start, end, marks, lastindex):
        self.re = pattern
        self.string = string
        self._text = text
        self.pos = pos
        self.endpos = endpos
        self._spans = [(start, end)] + [(marks[2 * g], marks[2 * g + 1]) if marks[2 * g + 1] >= 0
                                        else (-1, -1) for g in range(1, pattern.groups + 1)]
        self.lastindex = lastindex

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, index in self.re.groupindex.items():
            if index == self.lastindex:
                return name
        return None

    def _index(self, group):
        if not isinstance(group, str) and hasattr(type(group), "__index__"):
            index = group.__index__()
            if 0 <= index <= self.re.groups:
                return index
            raise IndexError("no such group")
        if isinstance(group, str) and group in self.re.groupindex:
            return self.re.groupindex[group]
        raise IndexError("no such group")

    def _empty(self):
        return b"" if self.re._is_bytes else ""

    def _group(self, index, default=None):
        start, end = self._spans[index]
        if start < 0:
            return default
        return _convert(self._text[start:end], self.re._is_bytes)

    def group(self, *groups):
        """group() or group(0): the whole match; group(n) / group('name'): a group (None if
        it did not take part); several arguments: a tuple."""
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple(self._group(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._group(self._index(group))

    def groups(self, default=None):
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[self._index(group)][0]

    def end(self, group=0):
        return self._spans[self._index(group)][1]

    def span(self, group=0):
        return self._spans[self._index(group)]

    @property
    def regs(self):
        return tuple(self._spans)

    def _expand_parts(self, parts):
        out = []
        for part in parts:
            if isinstance(part, int):
                value = self._group(part)
                if value is not None:
                    out.append(value.decode("latin-1") if self.re._is_bytes else value)
            else:
                out.append(part)
        return "".join(out)

    def expand(self, template):
        """template with \\1 and \\g<name> replaced by the groups."""
        text = _as_text(template, self.re._is_bytes, "str")
        parts = _parser.parse_template(text, self.re.groups + 1, self.re.groupindex, self.re.pattern)
        return _convert(self._expand_parts(parts), self.re._is_bytes)

    def __repr__(self):
        return f"<re.Match object; span={self.span()!r}, match={self.group()!r}>"

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


Pattern.__module__ = Match.__module__ = "re"

_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    """Compiles a pattern (cached) into a Pattern."""
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes, bytearray)):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, int(flags))
    try:
        return _cache[key]
    except KeyError:
        pass
    compiled = Pattern(pattern, int(flags))
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = compiled
    return compiled


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def _positional_warning(name):
    import warnings
    warnings.warn(f"'{name}' is passed as positional argument", DeprecationWarning, stacklevel=3)


_NOT_GIVEN = object()


def sub(pattern, repl, string, *args, count=_NOT_GIVEN, flags=_NOT_GIVEN):
    count, flags = _legacy_args(args, count, flags, "count")
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, *args, count=_NOT_GIVEN, flags=_NOT_GIVEN):
    count, flags = _legacy_args(args, count, flags, "count")
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, *args, maxsplit=_NOT_GIVEN, flags=_NOT_GIVEN):
    maxsplit, flags = _legacy_args(args, maxsplit, flags, "maxsplit")
    return compile(pattern, flags).split(string, maxsplit)


def _legacy_args(args, first, flags, first_name):
    # CPython 3.13 still accepts count/maxsplit and flags positionally, with a warning.
    if args:
        if first is not _NOT_GIVEN:
            raise TypeError(f"{first_name}() got multiple values for argument '{first_name}'")
        first, *rest = args
        _positional_warning(first_name)
        if rest:
            if flags is not _NOT_GIVEN:
                raise TypeError("got multiple values for argument 'flags'")
            if len(rest) > 1:
                raise TypeError(f"takes at most 5 positional arguments ({3 + len(args)} given)")
            flags = rest[0]
            _positional_warning("flags")
    return (0 if first is _NOT_GIVEN else first), (0 if flags is _NOT_GIVEN else flags)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_SPECIAL = {c: "\\" + c for c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """pattern with every regex metacharacter backslash-escaped."""
    if isinstance(pattern, str):
        return "".join(_SPECIAL.get(c, c) for c in pattern)
    text = bytes(pattern).decode("latin-1")
    return "".join(_SPECIAL.get(c, c) for c in text).encode("latin-1")
