"""In-memory streams: io.StringIO and io.BytesIO (read, write, seek, iteration, getvalue),
for programs that build text in a buffer, capture output with redirect_stdout, or hand a
file-like object to json.dump / csv. Real files are not here: loopscope programs have no
file system."""

# CPython implements this module in C: its frames stay out of tracebacks here too.
__loopscope_hide_frames__ = True


__all__ = ["StringIO", "BytesIO", "TextIOBase", "IOBase", "UnsupportedOperation", "SEEK_SET",
           "SEEK_CUR", "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return getattr(self, "_closed", False)

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class _Buffer(IOBase):
    """The shared logic of StringIO and BytesIO over a sequence and a position."""

    _empty = None
    _newline = None

    def __init__(self, initial):
        self._data = initial
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._check_open()
        return self._data

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == SEEK_CUR:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == SEEK_END:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._data)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._data)
        else:
            end = min(self._pos + size, len(self._data))
        chunk = self._data[self._pos:end]
        self._pos = max(self._pos, end)
        return chunk

    def readline(self, size=-1):
        self._check_open()
        end = self._data.find(self._newline, self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = self._data[self._pos:end]
        self._pos = max(self._pos, end)
        return chunk

    def write(self, s):
        self._check_open()
        s = self._accept(s)
        if self._pos > len(self._data):
            self._data += self._empty * (self._pos - len(self._data))
        self._data = self._data[:self._pos] + s + self._data[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._data = self._data[:size]
        return size


class TextIOBase(IOBase):
    pass


class StringIO(_Buffer, TextIOBase):
    """A text stream kept in memory."""

    _empty = "\0"
    _newline = "\n"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        super().__init__(initial_value)

    def _accept(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        return s

    def __repr__(self):
        return f"<_io.StringIO object at 0x{id(self):x}>"


class BytesIO(_Buffer):
    """A binary stream kept in memory."""

    _empty = b"\0"
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes))

    def _accept(self, s):
        if isinstance(s, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return bytes(s)

    def getbuffer(self):
        return bytearray(self._data)

    def read1(self, size=-1):
        return self.read(size)
