"""binascii: the Error type base64 raises, and hexlify / unhexlify."""

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def hexlify(data, sep=None, bytes_per_sep=1):
    text = bytes(data).hex() if sep is None else bytes(data).hex(sep, bytes_per_sep)
    return text.encode("ascii")


def unhexlify(hexstr):
    if isinstance(hexstr, str):
        hexstr = hexstr.encode("ascii")
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(hexstr.decode("ascii"))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


b2a_hex = hexlify
a2b_hex = unhexlify
