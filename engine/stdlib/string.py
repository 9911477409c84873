"""String constants (ascii_letters, digits, punctuation, ...), capwords, Template
($-substitution) and Formatter (str.format as a class)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalizes each word: split, capitalize, join (sep, or single spaces)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


def _is_identifier_start(ch):
    return ch == "_" or ("a" <= ch <= "z") or ("A" <= ch <= "Z")


def _is_identifier_char(ch):
    return _is_identifier_start(ch) or "0" <= ch <= "9"


class Template:
    """$-substitution: Template('$who likes $what').substitute(who='tim', what='kung pao')."""

    delimiter = "$"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _tokens(self):
        # Yields ("text", s), ("escaped", "$"), ("named", name, start) and ("invalid", start).
        t = self.template
        d = self.delimiter
        i = 0
        text_start = 0
        while True:
            j = t.find(d, i)
            if j < 0:
                break
            if j > text_start:
                yield ("text", t[text_start:j])
            k = j + len(d)
            if t.startswith(d, k):
                yield ("escaped", d)
                i = text_start = k + len(d)
                continue
            if k < len(t) and t[k] == "{":
                end = t.find("}", k)
                name = t[k + 1:end] if end >= 0 else ""
                if end >= 0 and name and _is_identifier_start(name[0]) and all(
                        _is_identifier_char(c) for c in name):
                    yield ("named", name, j)
                    i = text_start = end + 1
                    continue
                yield ("invalid", k)
                i = text_start = k
                continue
            if k < len(t) and _is_identifier_start(t[k]):
                end = k
                while end < len(t) and _is_identifier_char(t[end]):
                    end += 1
                yield ("named", t[k:end], j)
                i = text_start = end
                continue
            yield ("invalid", k)
            i = text_start = k
        if text_start < len(t):
            yield ("text", t[text_start:])

    def _invalid(self, position):
        lines = self.template[:position].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = position - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def substitute(self, mapping=None, /, **kws):
        values = _merge(mapping, kws)
        out = []
        for token in self._tokens():
            kind = token[0]
            if kind == "text" or kind == "escaped":
                out.append(token[1])
            elif kind == "named":
                out.append(str(values[token[1]]))
            else:
                self._invalid(token[1])
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        values = _merge(mapping, kws)
        out = []
        t = self.template
        for token in self._tokens():
            kind = token[0]
            if kind == "text" or kind == "escaped":
                out.append(token[1])
            elif kind == "named":
                name, start = token[1], token[2]
                try:
                    out.append(str(values[name]))
                except KeyError:
                    braced = t.startswith(self.delimiter + "{", start)
                    out.append(self.delimiter + ("{" + name + "}" if braced else name))
            else:
                out.append(self.delimiter)
        return "".join(out)

    def is_valid(self):
        return all(token[0] != "invalid" for token in self._tokens())

    def get_identifiers(self):
        names = []
        for token in self._tokens():
            if token[0] == "named" and token[1] not in names:
                names.append(token[1])
            elif token[0] == "invalid":
                self._invalid(token[1])
        return names


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        merged = dict(mapping)
        merged.update(kws)
        return merged
    return mapping


class Formatter:
    """str.format as a class whose steps (parse, get_field, format_field, ...) can be
    overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field specification to "
                                         "automatic field numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from automatic field numbering to "
                                         "manual field specification")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion}")

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion) for each field."""
        s = format_string
        i = 0
        literal = []
        n = len(s)
        while i < n:
            ch = s[i]
            if ch == "{":
                if i + 1 < n and s[i + 1] == "{":
                    # An escaped brace ends a literal chunk, as CPython's parser yields it.
                    literal.append("{")
                    yield "".join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == "{":
                        depth += 1
                    elif s[j] == "}":
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j - 1]
                name, conversion, spec = _split_field(field)
                yield "".join(literal), name, spec, conversion
                literal = []
                i = j
            elif ch == "}":
                if i + 1 < n and s[i + 1] == "}":
                    literal.append("}")
                    yield "".join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(ch)
                i += 1
        if literal:
            yield "".join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _split_field(field):
    conversion = None
    spec = ""
    depth = 0
    for index, ch in enumerate(field):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif depth == 0 and ch in "!:":
            name = field[:index]
            rest = field[index:]
            if ch == "!":
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = rest[1]
                rest = rest[2:]
                if rest and rest[0] != ":":
                    raise ValueError("expected ':' after conversion specifier")
            spec = rest[1:] if rest.startswith(":") else ""
            return name, conversion, spec
    return field, conversion, spec


def _field_name_split(name):
    # "0.attr[key]" -> (0, [(True, "attr"), (False, "key")])
    i = 0
    while i < len(name) and name[i] not in ".[":
        i += 1
    first = name[:i]
    first = int(first) if first.isdigit() else first
    rest = []
    while i < len(name):
        if name[i] == ".":
            j = i + 1
            while j < len(name) and name[j] not in ".[":
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.index("]", i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
