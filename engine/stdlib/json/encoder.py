"""JSONEncoder: Python objects to JSON text."""

__all__ = ["JSONEncoder"]

_INFINITY = float("inf")

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r",
            "\t": "\\t"}


def _escape_char(ch, ascii_only):
    special = _ESCAPES.get(ch)
    if special is not None:
        return special
    code = ord(ch)
    if code < 0x20 or (ascii_only and code > 0x7E):
        if code > 0xFFFF:
            code -= 0x10000
            high = 0xD800 | ((code >> 10) & 0x3FF)
            low = 0xDC00 | (code & 0x3FF)
            return f"\\u{high:04x}\\u{low:04x}"
        return f"\\u{code:04x}"
    return ch


def encode_basestring(s):
    """A JSON string literal for s, non-ASCII characters kept."""
    return '"' + "".join(_escape_char(ch, False) for ch in s) + '"'


def encode_basestring_ascii(s):
    """A JSON string literal for s using only ASCII (\\uXXXX escapes)."""
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    return '"' + "".join(_escape_char(ch, True) for ch in s) + '"'


class JSONEncoder:
    """Extensible JSON encoder: override default() to serialize more types."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        writer = _Writer(self, markers, indent)
        writer.value(o, 0)
        return iter(writer.chunks)


class _Writer:
    """Accumulates the JSON text of one encode() call as a list of chunks."""

    def __init__(self, encoder, markers, indent):
        self.encoder = encoder
        self.markers = markers
        self.indent = indent
        self.chunks = []
        self.string = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring

    def float_text(self, o):
        if o != o:
            text = "NaN"
        elif o == _INFINITY:
            text = "Infinity"
        elif o == -_INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.encoder.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        write = self.chunks.append
        if isinstance(o, str):
            write(self.string(o))
        elif o is None:
            write("null")
        elif o is True:
            write("true")
        elif o is False:
            write("false")
        elif isinstance(o, int):
            write(int.__repr__(o))
        elif isinstance(o, float):
            write(self.float_text(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.encoder.default(o), level)
            self.leave(o)

    def newline(self, level):
        return "\n" + self.indent * level

    def array(self, items, level):
        write = self.chunks.append
        if not items:
            write("[]")
            return
        self.enter(items)
        if self.indent is not None:
            level += 1
            separator = self.encoder.item_separator + self.newline(level)
            write("[" + self.newline(level))
        else:
            separator = self.encoder.item_separator
            write("[")
        for index, item in enumerate(items):
            if index:
                write(separator)
            self.value(item, level)
        if self.indent is not None:
            level -= 1
            write(self.newline(level))
        write("]")
        self.leave(items)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def object(self, mapping, level):
        write = self.chunks.append
        if not mapping:
            write("{}")
            return
        self.enter(mapping)
        if self.indent is not None:
            level += 1
            separator = self.encoder.item_separator + self.newline(level)
            write("{" + self.newline(level))
        else:
            separator = self.encoder.item_separator
            write("{")
        items = sorted(mapping.items()) if self.encoder.sort_keys else mapping.items()
        first = True
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if not first:
                write(separator)
            first = False
            write(self.string(key))
            write(self.encoder.key_separator)
            self.value(value, level)
        if self.indent is not None:
            level -= 1
            write(self.newline(level))
        write("}")
        self.leave(mapping)
