"""The foundations of datetime: calendar arithmetic on proleptic Gregorian ordinals, the
argument checks with CPython's messages, ISO and strftime formatting helpers, and timedelta."""

import time as _time
from fractions import Fraction as _Fraction

# CPython implements datetime in C: its frames stay out of tracebacks here too.
__loopscope_hide_frames__ = True

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_days = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_days)
    _days += _dim
del _days, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
               "Nov", "Dec"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """(year, month, day) of proleptic Gregorian ordinal n (1 is 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_int_field(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


def _check_date_fields(year, month, day):
    year = _check_int_field(year)
    month = _check_int_field(month)
    day = _check_int_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int_field(hour)
    minute = _check_int_field(minute)
    second = _check_int_field(second)
    microsecond = _check_int_field(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    s = f"{sign}{hh:02d}{sep}{mm:02d}"
    if ss or ss.microseconds:
        s += f"{sep}{ss.seconds:02d}"
        if ss.microseconds:
            s += f".{ss.microseconds:06d}"
    return s


def _format_time(hh, mm, ss, us, timespec="auto"):
    specs = {"hours": "{:02d}", "minutes": "{:02d}:{:02d}", "seconds": "{:02d}:{:02d}:{:02d}",
             "milliseconds": "{:02d}:{:02d}:{:02d}.{:03d}",
             "microseconds": "{:02d}:{:02d}:{:02d}.{:06d}"}
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    try:
        fmt = specs[timespec]
    except KeyError:
        raise ValueError("Unknown timespec value")
    return fmt.format(hh, mm, ss, us)


def _wrap_strftime(obj, format, timetuple):
    # %f, %z, %:z and %Z depend on the object, not the time tuple: substitute them first.
    out = []
    i = 0
    n = len(format)
    while i < n:
        ch = format[i]
        i += 1
        if ch != "%" or i >= n:
            out.append(ch)
            continue
        ch = format[i]
        i += 1
        if ch == "f":
            out.append(f"{getattr(obj, 'microsecond', 0):06d}")
        elif ch == "z":
            offset = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(offset, "").replace("%", "%%") if offset is not None else "")
        elif ch == ":" and i < n and format[i] == "z":
            i += 1
            offset = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(offset, ":") if offset is not None else "")
        elif ch == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append(name.replace("%", "%%") if name else "")
        else:
            out.append("%" + ch)
    return _time.strftime("".join(out), timetuple)


# ---------------------------------------------------------------- timedelta

def _round_half_even(value):
    # value: an exact Fraction of microseconds.
    floor = value.numerator // value.denominator
    rest = value - floor
    if rest > _Fraction(1, 2) or (rest == _Fraction(1, 2) and floor % 2 == 1):
        floor += 1
    return floor


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), normalized."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        total = 0
        exact = True
        for value, factor in ((days, 86400 * 10 ** 6), (seconds, 10 ** 6), (microseconds, 1),
                              (milliseconds, 1000), (minutes, 60 * 10 ** 6),
                              (hours, 3600 * 10 ** 6), (weeks, 7 * 86400 * 10 ** 6)):
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                total += _Fraction(value) * factor
                exact = False
            else:
                raise TypeError(f"unsupported type for timedelta {_field_name(value, days, seconds, microseconds, milliseconds, minutes, hours, weeks)} component: {type(value).__name__}")
        if not exact:
            total = _round_half_even(_Fraction(total))
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        s, us = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if abs(d) > 999999999:
            raise OverflowError(f"days={d}; must have magnitude <= 999999999")
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 10 ** 6 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        if not args:
            args.append("0")
        return f"{_module_qualname(self)}({', '.join(args)})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = f"{self._days} day{plural}, " + s
        if self._microseconds:
            s = s + f".{self._microseconds:06d}"
        return s

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            return timedelta._from_microseconds(
                _round_half_even(_Fraction(self._to_microseconds()) * _Fraction(other)))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_round_half_even(_Fraction(usec, other)))
        return timedelta._from_microseconds(_round_half_even(_Fraction(usec) / _Fraction(other)))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _getstate(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() == other._getstate()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() < other._getstate()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() <= other._getstate()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() > other._getstate()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() >= other._getstate()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, self._getstate())


def _field_name(value, days, seconds, microseconds, milliseconds, minutes, hours, weeks):
    for name, v in (("days", days), ("seconds", seconds), ("microseconds", microseconds),
                    ("milliseconds", milliseconds), ("minutes", minutes), ("hours", hours),
                    ("weeks", weeks)):
        if v is value:
            return name
    return "?"


def _module_qualname(obj):
    return f"{obj.__class__.__module__}.{obj.__class__.__qualname__}"


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _isoweek1monday(year):
    THURSDAY = 3
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > THURSDAY:
        week1monday += 7
    return week1monday


def _modf(t):
    whole = float(int(t)) if t == t else t
    return t - whole, whole


def _digits(s, i, n):
    chunk = s[i:i + n]
    if len(chunk) != n or not chunk.isdigit() or not chunk.isascii():
        return None
    return int(chunk)


def _isocalendar_to_ymd(year, week, day):
    """(year, month, day) of an ISO calendar date, with date.fromisocalendar's checks."""
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
    return _ord2ymd(_isoweek1monday(year) + (week - 1) * 7 + (day - 1))


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"


_IsoCalendarDate.__name__ = "IsoCalendarDate"
_IsoCalendarDate.__qualname__ = "IsoCalendarDate"
_IsoCalendarDate.__module__ = "datetime"


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


# ---------------------------------------------------------------- ISO format parsing
# Times come back with their UTC offset as a timedelta (datetime.py turns it into a timezone).

def _parse_isoformat_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www-D, YYYYWwwD; None when malformed.
    year = _digits(s, 0, 4)
    if year is None:
        return None
    i = 4
    has_sep = s[i:i + 1] == "-"
    if has_sep:
        i += 1
    if s[i:i + 1] == "W":
        week = _digits(s, i + 1, 2)
        if week is None:
            return None
        i += 3
        day = 1
        if i < len(s):
            if has_sep:
                if s[i:i + 1] != "-":
                    return None
                i += 1
            day = _digits(s, i, 1)
            if day is None:
                return None
            i += 1
        if i != len(s):
            return None
        return list(_isocalendar_to_ymd(year, week, day))
    month = _digits(s, i, 2)
    if month is None:
        return None
    i += 2
    if has_sep:
        if s[i:i + 1] != "-":
            return None
        i += 1
    day = _digits(s, i, 2)
    if day is None or i + 2 != len(s):
        return None
    return [year, month, day]


def _find_isoformat_separator(s):
    # Where the date part ends (CPython tolerates any one-character separator).
    if s[4:5] == "-":
        if s[5:6] == "W":
            return 10 if len(s) > 10 and s[8:9] == "-" else 8
        return 10
    if s[4:5] == "W":
        return 8 if len(s) > 8 and s[7:8].isdigit() else 7
    return 8


def _parse_isoformat_time(s):
    # HH[:MM[:SS[.ffffff]]][+HH:MM | Z]; None when malformed.
    tz = None
    for marker in ("+", "-", "Z"):
        position = s.find(marker)
        if position > 0:
            tz_text = s[position:]
            s = s[:position]
            tz = _parse_isoformat_offset(tz_text)
            if tz is False:
                return None
            break
    hour = _digits(s, 0, 2)
    if hour is None:
        return None
    i = 2
    has_sep = s[i:i + 1] == ":"
    fields = [hour, 0, 0, 0]
    for index in (1, 2):
        if i >= len(s):
            break
        if has_sep:
            if s[i:i + 1] != ":":
                return None
            i += 1
        value = _digits(s, i, 2)
        if value is None:
            return None
        fields[index] = value
        i += 2
    if i < len(s):
        if s[i] not in ".,":
            return None
        digits = s[i + 1:]
        if not digits.isdigit() or not 1 <= len(digits) <= 9 or len(digits) not in (3, 6) and False:
            return None
        fields[3] = int((digits + "000000")[:6])
    if fields[0] == 24 and fields[1:] == [0, 0, 0]:
        return None
    return fields + [tz]


def _parse_isoformat_offset(text):
    # The UTC offset of an ISO time ("Z", "+02:00", "-0530"), or False when malformed.
    if text == "Z":
        return timedelta(0)
    sign = -1 if text[0] == "-" else 1
    body = text[1:].replace(":", "")
    if not body.isdigit() or len(body) not in (2, 4, 6):
        return False
    hours = int(body[:2])
    minutes = int(body[2:4] or 0)
    seconds = int(body[4:6] or 0)
    return sign * timedelta(hours=hours, minutes=minutes, seconds=seconds)
