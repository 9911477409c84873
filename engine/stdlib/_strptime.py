"""Parsing times from text with a format (time.strptime, datetime.strptime) in the C locale.

Each directive matches what CPython's regular expression for it matches, trying the longest
alternatives first and backtracking when the rest of the format then fails to match."""

__loopscope_hide_frames__ = True

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _numbers(text, i, low, high, min_digits, max_digits, space_pad=False):
    """Candidate (value, end) pairs for a number at text[i:], longest first."""
    out = []
    start = i
    if space_pad and i < len(text) and text[i] == " ":
        start = i + 1
    for length in range(max_digits, min_digits - 1, -1):
        chunk = text[start:start + length]
        if len(chunk) == length and chunk.isdigit() and chunk.isascii():
            value = int(chunk)
            if low <= value <= high:
                out.append((value, start + length))
    return out


def _names(text, i, names, short):
    out = []
    lowered = text[i:].lower()
    for index, name in enumerate(names):
        candidate = name[:3] if short else name
        if lowered.startswith(candidate):
            out.append((index, i + len(candidate)))
    return out


def _directive_candidates(d, text, i):
    if d == "Y":
        return _numbers(text, i, 0, 9999, 4, 4)
    if d == "y":
        return _numbers(text, i, 0, 99, 2, 2)
    if d == "m":
        return _numbers(text, i, 1, 12, 1, 2)
    if d == "d":
        return _numbers(text, i, 1, 31, 1, 2, space_pad=True)
    if d == "H":
        return _numbers(text, i, 0, 23, 1, 2)
    if d == "I":
        return _numbers(text, i, 1, 12, 1, 2, space_pad=True)
    if d == "M":
        return _numbers(text, i, 0, 59, 1, 2)
    if d == "S":
        return _numbers(text, i, 0, 61, 1, 2)
    if d == "j":
        return _numbers(text, i, 1, 366, 1, 3)
    if d == "f":
        return [(text[i:end], end) for end in range(min(i + 6, len(text)), i, -1)
                if text[i:end].isdigit()]
    if d in "UW":
        return _numbers(text, i, 0, 53, 1, 2)
    if d == "w":
        return _numbers(text, i, 0, 6, 1, 1)
    if d == "u":
        return _numbers(text, i, 1, 7, 1, 1)
    if d == "B":
        return _names(text, i, _MONTHS, False)
    if d in "bh":
        return _names(text, i, _MONTHS, True)
    if d == "A":
        return _names(text, i, _DAYS, False)
    if d == "a":
        return _names(text, i, _DAYS, True)
    if d == "p":
        lowered = text[i:i + 2].lower()
        return [(lowered, i + 2)] if lowered in ("am", "pm") else []
    if d == "z":
        return _utc_offsets(text, i)
    if d == "Z":
        for name in ("utc", "gmt"):
            if text[i:i + 3].lower() == name:
                return [(text[i:i + 3], i + 3)]
        return []
    if d == "%":
        return [("%", i + 1)] if text[i:i + 1] == "%" else []
    raise ValueError(f"'{d}' is a bad directive in format '%{d}'")


def _utc_offsets(text, i):
    if text[i:i + 1].upper() == "Z":
        return [(0, i + 1)]
    sign = text[i:i + 1]
    if sign not in ("+", "-"):
        return []
    j = i + 1
    parts = []
    colon = None
    while len(parts) < 3:
        chunk = text[j:j + 2]
        if len(chunk) != 2 or not chunk.isdigit():
            break
        parts.append(int(chunk))
        j += 2
        if len(parts) < 3 and text[j:j + 1] == ":" and colon in (None, True):
            if text[j + 1:j + 3].isdigit():
                colon = True
                j += 1
    micro = 0
    if len(parts) == 3 and text[j:j + 1] == ".":
        digits = text[j + 1:j + 7]
        if len(digits) == 6 and digits.isdigit():
            micro = int(digits)
            j += 7
    if len(parts) < 2:
        return []
    hours, minutes = parts[0], parts[1]
    seconds = parts[2] if len(parts) > 2 else 0
    total = ((hours * 60 + minutes) * 60 + seconds) * 1_000_000 + micro
    return [(-total if sign == "-" else total, j)]


_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S",
               "D": "%m/%d/%y", "T": "%H:%M:%S", "R": "%H:%M", "F": "%Y-%m-%d"}


def _tokens(format):
    # ("lit", text), ("space",), ("dir", letter)
    tokens = []
    i = 0
    while i < len(format):
        ch = format[i]
        if ch == "%":
            if i + 1 >= len(format):
                raise ValueError("stray % in format '%s'" % format)
            d = format[i + 1]
            if d in _EXPANSIONS:
                tokens.extend(_tokens(_EXPANSIONS[d]))
            else:
                tokens.append(("dir", d))
            i += 2
        elif ch.isspace():
            while i < len(format) and format[i].isspace():
                i += 1
            tokens.append(("space",))
        else:
            tokens.append(("lit", ch))
            i += 1
    return tokens


def _match(tokens, t, text, i, found):
    if t == len(tokens):
        return i, found
    token = tokens[t]
    if token[0] == "space":
        j = i
        while j < len(text) and text[j].isspace():
            j += 1
        if j == i:
            return None
        return _match(tokens, t + 1, text, j, found)
    if token[0] == "lit":
        if text[i:i + 1].lower() == token[1].lower():
            return _match(tokens, t + 1, text, i + 1, found)
        return None
    d = token[1]
    for value, end in _directive_candidates(d, text, i):
        result = _match(tokens, t + 1, text, end, found + [(d, value)])
        if result is not None:
            return result
    return None


def _parse_found(text, format):
    tokens = _tokens(format)
    for token in tokens:
        if token[0] == "dir":
            _directive_candidates(token[1], "", 0)  # rejects unknown directives early
    result = _match(tokens, 0, text, 0, [])
    if result is None:
        raise ValueError(f"time data {text!r} does not match format {format!r}")
    end, found = result
    if end != len(text):
        raise ValueError(f"unconverted data remains: {text[end:]}")
    return dict(found)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]


def _ordinal(year, month, day):
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month] +
            (month > 2 and _is_leap(year)) + day)


def _from_ordinal(n):
    # Inverse of _ordinal, by years then months.
    year = max(1, n // 366)
    while _days_before_year(year + 1) < n:
        year += 1
    day_of_year = n - _days_before_year(year)
    month = 1
    while month < 12 and _DAYS_BEFORE_MONTH[month + 1] + (month + 1 > 2 and _is_leap(year)) < day_of_year:
        month += 1
    day = day_of_year - _DAYS_BEFORE_MONTH[month] - (month > 2 and _is_leap(year))
    return year, month, day


def parse(text, format="%a %b %d %H:%M:%S %Y"):
    """(year, month, day, hour, minute, second, weekday, yearday, isdst, microsecond,
    utc offset in microseconds or None, tz name or None) for text parsed with format."""
    if not isinstance(text, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(text).__name__}")
    if not isinstance(format, str):
        raise TypeError(f"strptime() argument 2 must be str, not {type(format).__name__}")
    found = _parse_found(text, format)
    year = found.get("Y")
    if year is None and "y" in found:
        y = found["y"]
        year = y + (2000 if y <= 68 else 1900)
    if year is None:
        year = 1900
    month = found.get("m")
    if month is None:
        month = found["B"] + 1 if "B" in found else found["b"] + 1 if "b" in found else (
            found["h"] + 1 if "h" in found else None)
    day = found.get("d")
    hour = found.get("H", 0)
    if "I" in found:
        hour = found["I"] % 12
        if found.get("p") == "pm":
            hour += 12
    minute = found.get("M", 0)
    second = found.get("S", 0)
    fraction = found.get("f")
    microsecond = int(fraction + "0" * (6 - len(fraction))) if fraction else 0
    offset = found.get("z")
    zone = found.get("Z")
    weekday = found.get("a", found.get("A"))
    if weekday is None and "w" in found:
        weekday = (found["w"] - 1) % 7
    if weekday is None and "u" in found:
        weekday = found["u"] - 1
    julian = found.get("j")
    if julian is not None and month is None and day is None:
        year_, month, day = _from_ordinal(_ordinal(year, 1, 1) + julian - 1)
    if month is None:
        month = 1
    if day is None:
        day = 1
    if day > [31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]:
        raise ValueError("day is out of range for month")
    ordinal = _ordinal(year, month, day)
    if julian is None:
        julian = ordinal - _ordinal(year, 1, 1) + 1
    if weekday is None:
        weekday = (ordinal + 6) % 7
    isdst = -1
    if zone is not None:
        isdst = 0
    return (year, month, day, hour, minute, second, weekday, julian, isdst, microsecond,
            offset, zone)
