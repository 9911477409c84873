"""CSV reading and writing (reader, writer, DictReader, DictWriter, dialects), with the same
parsing state machine and quoting rules as CPython's _csv module. There are no files: read
from a list of lines or an io.StringIO, write to an io.StringIO."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS",
           "QUOTE_NOTNULL", "Error", "Dialect", "excel", "excel_tab", "unix_dialect", "reader",
           "writer", "register_dialect", "get_dialect", "list_dialects", "unregister_dialect",
           "field_size_limit", "DictReader", "DictWriter", "Sniffer", "__version__"]

__version__ = "1.0"
__loopscope_hide_frames__ = True  # reader and writer are C types in CPython

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)
_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = "_csv"


class Dialect:
    """The formatting parameters: delimiter, quotechar, escapechar, doublequote,
    skipinitialspace, lineterminator, quoting, strict."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ is not Dialect:
            self._valid = True
        _resolve(self, {})


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


class _Resolved:
    """A dialect with keyword overrides applied and checked."""


_DEFAULTS = {"delimiter": ",", "quotechar": '"', "escapechar": None, "doublequote": True,
             "skipinitialspace": False, "lineterminator": "\r\n", "quoting": QUOTE_MINIMAL,
             "strict": False}


def _resolve(dialect, overrides):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    result = _Resolved()
    for name, default in _DEFAULTS.items():
        if name in overrides:
            value = overrides[name]
        else:
            value = getattr(dialect, name, None)
            if value is None and name not in ("escapechar", "quotechar"):
                value = default
            elif value is None and name == "quotechar" and dialect is None:
                value = default
        setattr(result, name, value)
    for name in overrides:
        if name not in _DEFAULTS:
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
    if not isinstance(result.delimiter, str) or len(result.delimiter) != 1:
        raise TypeError('"delimiter" must be a 1-character string')
    if result.quotechar is not None and (not isinstance(result.quotechar, str) or len(result.quotechar) != 1):
        raise TypeError('"quotechar" must be a 1-character string')
    if result.quoting not in range(6):
        raise TypeError("bad \"quoting\" value")
    if result.quotechar is None and result.quoting != QUOTE_NONE:
        raise TypeError("quotechar must be set if quoting enabled")
    return result


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _resolve(dialect if dialect is not None else excel, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(new_limit=None):
    global _field_limit
    old = _field_limit
    if new_limit is not None:
        _field_limit = new_limit
    return old


# ---------------------------------------------------------------- reading

_EOL = object()
(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
 QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)


class _Reader:
    def __init__(self, iterable, dialect="excel", **fmtparams):
        self._input = iter(iterable)
        self.dialect = _resolve(dialect, fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = START_RECORD
        self._unquoted = False

    def _save_field(self):
        text = "".join(self._field)
        self._field = []
        d = self.dialect
        if self._unquoted and text == "" and d.quoting in (QUOTE_NOTNULL, QUOTE_STRINGS):
            value = None
        elif self._unquoted and d.quoting in (QUOTE_NONNUMERIC, QUOTE_STRINGS):
            value = float(text)
        else:
            value = text
        self._unquoted = False
        self._fields.append(value)

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error(f"field larger than field limit ({_field_limit})")
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = EAT_CRNL
                return
            state = self._state = START_FIELD
        if state == START_FIELD:
            self._unquoted = True
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._unquoted = False
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                self._add(c)
                self._state = IN_FIELD
            return
        if state == ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            self._add("\n" if c is _EOL else c)
            self._state = IN_FIELD
            return
        if state == AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            state = self._state = IN_FIELD
        if state == IN_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            else:
                self._add(c)
            return
        if state == IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = QUOTE_IN_QUOTED_FIELD if d.doublequote else IN_FIELD
            else:
                self._add(c)
            return
        if state == ESCAPE_IN_QUOTED_FIELD:
            self._add("\n" if c is _EOL else c)
            self._state = IN_QUOTED_FIELD
            return
        if state == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = IN_FIELD
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
            return
        if state == EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open "
                            "the file with newline=''?")

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error(f"iterator should return strings, not {type(line).__name__} "
                            "(the file should be opened in text mode)")
            self.line_num += 1
            for c in line:
                if c == "\0":
                    raise Error("line contains NUL")
                self._process(c)
            self._process(_EOL)
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


def reader(csvfile, dialect="excel", **fmtparams):
    """Iterates over the rows (lists of strings) in csvfile, any iterable of lines."""
    return _Reader(csvfile, dialect, **fmtparams)


# ---------------------------------------------------------------- writing

class _Writer:
    def __init__(self, fileobj, dialect="excel", **fmtparams):
        if not hasattr(fileobj, "write"):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = _resolve(dialect, fmtparams)

    def _quote_field(self, text, quoted):
        d = self.dialect
        out = []
        for c in text:
            want_escape = False
            special = (c == d.delimiter or c == d.escapechar or c == d.quotechar or c == "\n"
                       or c == "\r" or c in d.lineterminator)
            if special and c is not None:
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        body = "".join(out)
        if quoted:
            return f"{d.quotechar}{body}{d.quotechar}"
        return body

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        parts = []
        for field in fields:
            if d.quoting == QUOTE_ALL:
                quoted = True
            elif d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float))
            elif d.quoting == QUOTE_STRINGS:
                quoted = isinstance(field, str)
            elif d.quoting == QUOTE_NOTNULL:
                quoted = field is not None
            else:
                quoted = False
            text = "" if field is None else field if isinstance(field, str) else str(field)
            parts.append(self._quote_field(text, quoted))
        if len(parts) == 1 and parts[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    """Writes rows (iterables of values) to csvfile, any object with a write() method."""
    return _Writer(csvfile, dialect, **fmtparams)


# ---------------------------------------------------------------- dict forms

class DictReader:
    """Rows as dicts keyed by the header row (or fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args,
                 **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows in fieldnames order (writeheader() writes the names)."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args,
                 **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        extrasaction = extrasaction.lower()
        if extrasaction not in ("raise", "ignore"):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: " +
                                 ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses a dialect; loopscope's version only tells commas from tabs and semicolons."""

    def sniff(self, sample, delimiters=None):
        candidates = delimiters or ",\t;|:"
        counts = {c: sample.count(c) for c in candidates}
        best = max(counts, key=counts.get)
        if not counts[best]:
            raise Error("Could not determine delimiter")

        class sniffed(Dialect):
            delimiter = best
            quotechar = '"'
            doublequote = True
            skipinitialspace = False
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL
        return sniffed

    def has_header(self, sample):
        rows = list(reader(sample.splitlines()[:20], self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, rest = rows[0], rows[1:]
        def numeric(x):
            try:
                float(x)
                return True
            except ValueError:
                return False
        return any(not numeric(h) and all(numeric(r[i]) for r in rest if i < len(r))
                   for i, h in enumerate(header))
