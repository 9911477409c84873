"""Time on loopscope's virtual clock.

Every run starts at the same wall-clock moment, 2025-01-01 09:00:00 UTC (1735722000.0 seconds
after the epoch), and the clock advances only with the run's virtual time: the CPU cost of the
code executed, asyncio's jumps to the next timer, and time.sleep(), which blocks for that many
virtual seconds (on the event loop's thread it freezes the loop, which is the lesson). There
is no real waiting and the time zone is always UTC, so a program prints the same times on
every run and every machine.
"""

# CPython implements this module in C: its frames stay out of tracebacks here too.
__loopscope_hide_frames__ = True


import _loopscope

__all__ = ["time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns",
           "process_time", "process_time_ns", "thread_time", "thread_time_ns", "sleep",
           "gmtime", "localtime", "mktime", "asctime", "ctime", "strftime", "strptime",
           "struct_time", "timezone", "altzone", "daylight", "tzname", "get_clock_info"]

_START_OF_RUN = 1735722000  # 2025-01-01 09:00:00 UTC, in seconds since the epoch
_NS_PER_SECOND = 1_000_000_000

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")


# ---- clocks ----

def time_ns():
    return _START_OF_RUN * _NS_PER_SECOND + _loopscope.clock_ns()


def time():
    return time_ns() / _NS_PER_SECOND


def monotonic_ns():
    return _loopscope.clock_ns()


def monotonic():
    return _loopscope.clock_ns() / 1e9


# The other clocks read the same virtual time: the run is one process with one clock.
perf_counter_ns = process_time_ns = thread_time_ns = monotonic_ns
perf_counter = process_time = thread_time = monotonic


def sleep(secs):
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
    elif not isinstance(secs, int):
        index = getattr(type(secs), "__index__", None)
        if index is None:
            raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
        secs = index(secs)
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    _loopscope.sleep(secs)


class _ClockInfo:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({inner})"


def get_clock_info(name):
    if name not in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
        raise ValueError("unknown clock")
    return _ClockInfo(implementation="loopscope virtual clock", monotonic=name != "time",
                      adjustable=name == "time", resolution=1e-09)


# ---- struct_time ----

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
           "tm_yday", "tm_isdst")


class struct_time(tuple):
    """A time as nine fields: year, month (1-12), day, hour, minute, second, weekday
    (Monday is 0), day of the year (1-366) and DST flag; tm_zone and tm_gmtoff as attributes."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(items)}-sequence given)")
        if len(items) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({len(items)}-sequence given)")
        self = super().__new__(cls, items[:9])
        self.tm_zone = items[9] if len(items) > 9 else None
        self.tm_gmtoff = items[10] if len(items) > 10 else None
        return self

    def __repr__(self):
        inner = ", ".join(f"{name}={value!r}" for name, value in zip(_FIELDS, self))
        return f"time.struct_time({inner})"

    def __reduce__(self):
        return (struct_time, (tuple(self) + (self.tm_zone, self.tm_gmtoff),))


def _field(index):
    return property(lambda self: tuple.__getitem__(self, index))


for _i, _name in enumerate(_FIELDS):
    setattr(struct_time, _name, _field(_i))
del _i, _name
struct_time.__module__ = "time"


# ---- calendar arithmetic (proleptic Gregorian, UTC) ----

def _days_from_civil(year, month, day):
    # Days since 1970-01-01, for any year (Howard Hinnant's days_from_civil).
    year -= month <= 2
    era = year // 400
    year_of_era = year - era * 400
    day_of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def _civil_from_days(days):
    days += 719468
    era = days // 146097
    day_of_era = days - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096) // 365
    year = year_of_era + era * 400
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    mp = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return year + (month <= 2), month, day


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _seconds_arg(secs):
    if secs is None:
        return time_ns() // _NS_PER_SECOND
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1)
    index = getattr(type(secs), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    return index(secs)


def _broken_down(seconds, zone):
    days, rest = divmod(seconds, 86400)
    year, month, day = _civil_from_days(days)
    yday = days - _days_from_civil(year, 1, 1) + 1
    weekday = (days + 3) % 7  # 1970-01-01 was a Thursday
    return struct_time((year, month, day, rest // 3600, rest // 60 % 60, rest % 60, weekday,
                        yday, 0, zone, 0))


def gmtime(secs=None):
    return _broken_down(_seconds_arg(secs), "GMT")


def localtime(secs=None):
    return _broken_down(_seconds_arg(secs), "UTC")


def _time_tuple(t, fname):
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{fname}(): illegal time tuple argument")
    for value in t:
        if not isinstance(value, int):
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return t


def mktime(t):
    year, month, day, hour, minute, second = _time_tuple(t, "mktime")[:6]
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    days = _days_from_civil(year, month, 1) + day - 1
    return float(days * 86400 + hour * 3600 + minute * 60 + second)


_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def asctime(t=None):
    if t is None:
        t = localtime()
    year, month, day, hour, minute, second, weekday = _checked_fields(t, "asctime")[:7]
    return (f"{_DAY_NAMES[weekday]} {_MONTH_NAMES[month - 1]}{day:3d} "
            f"{hour:02d}:{minute:02d}:{second:02d} {year}")


def ctime(secs=None):
    return asctime(localtime(secs))


def _checked_fields(t, fname):
    # The range checks CPython applies before formatting, with its messages; out-of-range
    # zeros that C would misread are normalized as CPython does.
    year, month, day, hour, minute, second, weekday, yday, isdst = _time_tuple(t, fname)
    if month == 0:
        month = 1
    elif not 1 <= month <= 12:
        raise ValueError("month out of range")
    if day == 0:
        day = 1
    elif not 0 <= day <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= second <= 61:
        raise ValueError("seconds out of range")
    c_weekday = weekday + 1
    c_weekday = c_weekday - int(c_weekday / 7) * 7  # C's truncating remainder
    if c_weekday < 0:
        raise ValueError("day of week out of range")
    weekday = (c_weekday + 6) % 7
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    isdst = max(-1, min(1, isdst))
    return year, month, day, hour, minute, second, weekday, yday, isdst


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        t = localtime()
    fields = _checked_fields(t, "strftime")
    zone = getattr(t, "tm_zone", None) or "UTC"
    offset = getattr(t, "tm_gmtoff", None) or 0
    return _loopscope.strftime(format, fields, zone, offset)


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    from _strptime import parse
    fields = parse(string, format)
    offset = fields[10]
    return struct_time(fields[:9] + (fields[11], None if offset is None else offset // 1_000_000))
