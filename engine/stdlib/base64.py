"""Base16, Base32 and Base64 encodings of bytes: b64encode / b64decode and the urlsafe,
standard, b32 and b16 variants."""

import binascii as _binascii

__all__ = ["b64encode", "b64decode", "standard_b64encode", "standard_b64decode",
           "urlsafe_b64encode", "urlsafe_b64decode", "b32encode", "b32decode", "b16encode",
           "b16decode"]

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _swap(data, source, target):
    # bytes.translate with a two-character table (loopscope's bytes has no translate yet).
    table = dict(zip(source, target))
    return bytes(table.get(b, b) for b in data)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError(f"argument should be a bytes-like object or ASCII string, not "
                    f"'{s.__class__.__name__}'")


def _check_bytes(s):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(s)


def b64encode(s, altchars=None):
    """Base64-encodes bytes; altchars replaces '+' and '/'."""
    data = _check_bytes(s)
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        quad = [_B64[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        keep = len(chunk) + 1
        out.extend(quad[:keep])
        out.extend(b"=" * (4 - keep))
    result = bytes(out)
    if altchars is not None:
        altchars = _check_bytes(altchars)
        result = _swap(result, b"+/", altchars)
    return result


def b64decode(s, altchars=None, validate=False):
    """Decodes Base64 bytes or ASCII text; characters outside the alphabet are skipped
    unless validate=True."""
    data = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        data = _swap(data, altchars, b"+/")
    values = []
    padding = 0
    for byte in data:
        if byte == ord("="):
            padding += 1
            continue
        index = _B64.find(bytes([byte]))
        if index < 0 or padding:
            if validate:
                raise _binascii.Error("Only base64 data is allowed" if index < 0 else
                                      "Discontinuous padding not allowed")
            if index < 0:
                continue
        values.append(index)
    if len(values) % 4 == 1:
        raise _binascii.Error(f"Invalid base64-encoded string: number of data characters "
                              f"({len(values)}) cannot be 1 more than a multiple of 4")
    if (len(values) + padding) % 4 and len(values) % 4:
        raise _binascii.Error("Incorrect padding")
    out = bytearray()
    for i in range(0, len(values), 4):
        group = values[i:i + 4]
        n = 0
        for v in group:
            n = (n << 6) | v
        n <<= 6 * (4 - len(group))
        chunk = n.to_bytes(3, "big")
        out.extend(chunk[:len(group) - 1])
    return bytes(out)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _swap(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    data = _swap(_bytes_from_decode_data(s), b"-_", b"+/")
    return b64decode(data)


def b32encode(s):
    data = _check_bytes(s)
    out = bytearray()
    for i in range(0, len(data), 5):
        chunk = data[i:i + 5]
        n = int.from_bytes(chunk + b"\0" * (5 - len(chunk)), "big")
        chars = [_B32[(n >> (35 - 5 * k)) & 31] for k in range(8)]
        keep = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out.extend(chars[:keep])
        out.extend(b"=" * (8 - keep))
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    data = _bytes_from_decode_data(s)
    if len(data) % 8:
        raise _binascii.Error("Incorrect padding")
    if map01 is not None:
        data = _swap(data, b"01", b"O" + _bytes_from_decode_data(map01))
    if casefold:
        data = data.upper()
    stripped = data.rstrip(b"=")
    pad = len(data) - len(stripped)
    out = bytearray()
    for i in range(0, len(stripped), 8):
        group = stripped[i:i + 8]
        n = 0
        for byte in group:
            index = _B32.find(bytes([byte]))
            if index < 0:
                raise _binascii.Error("Non-base32 digit found")
            n = (n << 5) | index
        n <<= 5 * (8 - len(group))
        out.extend(n.to_bytes(5, "big"))
    drop = {0: 0, 1: 1, 3: 2, 4: 3, 6: 4}.get(pad)
    if drop is None:
        raise _binascii.Error("Incorrect padding")
    return bytes(out[:len(out) - drop] if drop else out)


def b16encode(s):
    return _check_bytes(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    data = _bytes_from_decode_data(s)
    if casefold:
        data = data.upper()
    if any(c not in b"0123456789ABCDEF" for c in data):
        raise _binascii.Error("Non-base16 digit found")
    if len(data) % 2:
        raise _binascii.Error("Odd-length string")
    return bytes.fromhex(data.decode("ascii"))
