"""Printing and formatting exceptions as the interpreter does: print_exc, format_exc,
print_exception, format_exception, format_exception_only, extract_tb / format_tb for an
exception's traceback, and print_stack / format_stack for the current call stack.

The report itself comes from the engine, which formats uncaught exceptions byte for byte as
CPython 3.13 (carets, chained exceptions, notes, exception groups)."""

import sys
import _loopscope

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb",
           "print_list"]

_sentinel = object()


def _exception_value(exc, value):
    if value is not _sentinel and value is not None:
        return value
    if isinstance(exc, BaseException):
        return exc
    return value if value is not _sentinel else None


def _chunks(text):
    # Splits a report into the pieces CPython's format_exception returns: the header, one
    # piece per stack entry (its File line with the source and carets), the summary lines.
    pieces = []
    for line in text.splitlines(keepends=True):
        if line.startswith("  File ") or not pieces or not line.startswith("    "):
            pieces.append(line)
        else:
            pieces[-1] += line
    return pieces


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The report for an exception as a list of strings (join them to get the text)."""
    value = _exception_value(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return _chunks(_loopscope.format_exception(value))


def format_exception_only(exc, /, value=_sentinel, *, show_group=False):
    """The last line(s) of the report: ['ValueError: message\\n']."""
    value = _exception_value(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return [_loopscope.format_exception_only(value) + "\n"]


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints the report for an exception (to sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for piece in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(piece, file=file, end="")


def format_exc(limit=None, chain=True):
    """The report for the exception being handled, as a string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the report for the exception being handled (inside an except block)."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    last = getattr(sys, "last_exc", None)
    if last is None:
        raise ValueError("no last exception")
    print_exception(last, limit=limit, file=file, chain=chain)


class FrameSummary:
    """One stack entry: filename, lineno, name and the source line."""

    __slots__ = ("filename", "lineno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        return self._line

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


class StackSummary(list):
    """A list of FrameSummary entries."""

    @classmethod
    def from_list(cls, entries):
        result = cls()
        for entry in entries:
            if isinstance(entry, FrameSummary):
                result.append(entry)
            else:
                filename, lineno, name, line = entry
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        lines = []
        for entry in self:
            row = f'  File "{entry.filename}", line {entry.lineno}, in {entry.name}\n'
            if entry.line:
                row += f"    {entry.line.strip()}\n"
            lines.append(row)
        return lines


def _exception_of_traceback(tb):
    exc = sys.exception()
    if exc is not None and exc.__traceback__ is not None:
        return exc
    return None


def extract_tb(tb, limit=None):
    """The entries of an exception's traceback (pass the exception or exc.__traceback__)."""
    exc = tb if isinstance(tb, BaseException) else _exception_of_traceback(tb)
    if exc is None:
        return StackSummary()
    entries = _loopscope.traceback_entries(exc)
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    return StackSummary.from_list(entries)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for piece in format_tb(tb, limit=limit):
        print(piece, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for piece in format_list(extracted_list):
        print(piece, file=file, end="")


def extract_stack(f=None, limit=None):
    """The current call stack, outermost call first (this function's caller last)."""
    entries = []
    depth = 1
    while True:
        info = _loopscope.caller_info(depth)
        if info is None:
            break
        filename, lineno, _module, name = info
        entries.append((filename, lineno, name, _source_line(filename, lineno)))
        depth += 1
    entries.reverse()
    if limit is not None:
        entries = entries[-limit:] if limit >= 0 else entries[:-limit]
    return StackSummary.from_list(entries)


def _source_line(filename, lineno):
    return _loopscope.source_line(filename, lineno).strip()


def format_stack(f=None, limit=None):
    return extract_stack(limit=limit).format()


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for piece in extract_stack(limit=limit).format():
        print(piece, file=file, end="")


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    return iter(())


def clear_frames(tb):
    pass


class TracebackException:
    """An exception captured for later formatting (format(), format_exception_only())."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self._exc = exc_value
        self.exc_type = exc_type
        self.stack = extract_tb(exc_value) if exc_value is not None else StackSummary()
        self.__cause__ = None
        self.__context__ = None
        self.__notes__ = getattr(exc_value, "__notes__", None)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format(self, *, chain=True, _ctx=None):
        return iter(format_exception(self._exc, chain=chain))

    def format_exception_only(self, *, show_group=False, _depth=0):
        return iter(format_exception_only(self._exc))

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for piece in self.format(chain=chain):
            print(piece, file=file, end="")

    def __str__(self):
        return str(self._exc)
