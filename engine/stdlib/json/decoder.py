"""JSONDecoder: JSON text to Python objects, with CPython's error messages and positions."""

__all__ = ["JSONDecoder", "JSONDecodeError"]

_WHITESPACE = " \t\n\r"
_DIGITS = "0123456789"
_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
                   "r": "\r", "t": "\t"}
_HEX = "0123456789abcdefABCDEF"


class JSONDecodeError(ValueError):
    """A JSON document that does not parse: msg, the document, and where (pos, lineno, colno)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = f"{msg}: line {lineno} column {colno} (char {pos})"
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = "json.decoder"

_CONSTANTS = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}


def _skip_whitespace(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


class _Parser:
    def __init__(self, decoder, s):
        self.s = s
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def value(self, i):
        """Parses the value starting at i; returns (value, end). StopIteration(i) if none."""
        s = self.s
        if i >= len(s):
            raise StopIteration(i)
        ch = s[i]
        if ch == '"':
            return self.string(i + 1)
        if ch == "{":
            return self.object(i + 1)
        if ch == "[":
            return self.array(i + 1)
        if ch == "n" and s.startswith("null", i):
            return None, i + 4
        if ch == "t" and s.startswith("true", i):
            return True, i + 4
        if ch == "f" and s.startswith("false", i):
            return False, i + 5
        number = self.number(i)
        if number is not None:
            return number
        for name in ("NaN", "Infinity", "-Infinity"):
            if s.startswith(name, i):
                return self.parse_constant(name), i + len(name)
        raise StopIteration(i)

    def number(self, i):
        s = self.s
        n = len(s)
        j = i
        if j < n and s[j] == "-":
            j += 1
        if j < n and s[j] == "0":
            j += 1
        elif j < n and s[j] in "123456789":
            while j < n and s[j] in _DIGITS:
                j += 1
        else:
            return None
        integer_end = j
        is_float = False
        if j + 1 < n and s[j] == "." and s[j + 1] in _DIGITS:
            j += 2
            while j < n and s[j] in _DIGITS:
                j += 1
            is_float = True
        if j < n and s[j] in "eE":
            k = j + 1
            if k < n and s[k] in "+-":
                k += 1
            if k < n and s[k] in _DIGITS:
                while k < n and s[k] in _DIGITS:
                    k += 1
                j = k
                is_float = True
        text = s[i:j]
        if is_float:
            return self.parse_float(text), j
        return self.parse_int(s[i:integer_end]), integer_end

    def string(self, end):
        s = self.s
        begin = end - 1
        n = len(s)
        parts = []
        while True:
            start = end
            while end < n and s[end] != '"' and s[end] != "\\" and (s[end] >= " " or not self.strict):
                end += 1
            if end >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            parts.append(s[start:end])
            ch = s[end]
            if ch == '"':
                return "".join(parts), end + 1
            if ch != "\\":
                raise JSONDecodeError("Invalid control character at", s, end)
            end += 1
            if end >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[end]
            if esc != "u":
                if esc not in _SIMPLE_ESCAPES:
                    raise JSONDecodeError("Invalid \\escape", s, end - 1)
                parts.append(_SIMPLE_ESCAPES[esc])
                end += 1
                continue
            code = self.hex4(end + 1, end)
            end += 5
            if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", end):
                low = self.hex4(end + 2, end + 1)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                    end += 6
            if 0xD800 <= code <= 0xDFFF:
                code = 0xFFFD  # loopscope's str cannot hold a lone surrogate
            parts.append(chr(code))

    def hex4(self, i, u_position):
        s = self.s
        digits = s[i:i + 4]
        if i + 4 >= len(s) or len(digits) != 4 or any(d not in _HEX for d in digits):
            raise JSONDecodeError("Invalid \\uXXXX escape", s, u_position)
        return int(digits, 16)

    def object(self, end):
        s = self.s
        pairs = []
        end = _skip_whitespace(s, end)
        if end >= len(s) or s[end] != '"':
            if end < len(s) and s[end] == "}":
                return self.finish_object(pairs), end + 1
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
        while True:
            key, end = self.string(end + 1)
            key = self.memo.setdefault(key, key)
            end = _skip_whitespace(s, end)
            if end >= len(s) or s[end] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_whitespace(s, end + 1)
            try:
                value, end = self.value(end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            end = _skip_whitespace(s, end)
            ch = s[end] if end < len(s) else ""
            if ch == "}":
                return self.finish_object(pairs), end + 1
            if ch != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            comma = end
            end = _skip_whitespace(s, end + 1)
            ch = s[end] if end < len(s) else ""
            if ch != '"':
                if ch == "}":
                    raise JSONDecodeError("Illegal trailing comma before end of object", s, comma)
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result

    def array(self, end):
        s = self.s
        values = []
        end = _skip_whitespace(s, end)
        if end < len(s) and s[end] == "]":
            return values, end + 1
        while True:
            try:
                value, end = self.value(end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            end = _skip_whitespace(s, end)
            ch = s[end] if end < len(s) else ""
            if ch == "]":
                return values, end + 1
            if ch != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            comma = end
            end = _skip_whitespace(s, end + 1)
            if end < len(s) and s[end] == "]":
                raise JSONDecodeError("Illegal trailing comma before end of array", s, comma)


class JSONDecoder:
    """Simple JSON decoder; the hooks customize how objects and numbers are built."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, idx=_skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _Parser(self, s).value(idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
