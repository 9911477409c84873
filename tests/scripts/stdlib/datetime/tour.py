# date, time, datetime, timedelta, timezone: reprs, arithmetic, ISO formats, strptime, errors.
from datetime import *

print(repr(timedelta(days=1, hours=1)), repr(timedelta(0)), repr(timedelta(microseconds=-1)), str(timedelta(days=-1, seconds=5)), str(timedelta(hours=25.5)), str(timedelta(microseconds=500)), str(timedelta(days=2)))
# expect: datetime.timedelta(days=1, seconds=3600) datetime.timedelta(0) datetime.timedelta(days=-1, seconds=86399, microseconds=999999) -1 day, 0:00:05 1 day, 1:30:00 0:00:00.000500 2 days, 0:00:00
print(timedelta(seconds=1.5)/2, timedelta(hours=1)/timedelta(minutes=7), timedelta(hours=1)//timedelta(minutes=7), timedelta(hours=1)%timedelta(minutes=7), timedelta(days=1)*1.5, timedelta(minutes=1)*0.1)
# expect: 0:00:00.750000 8.571428571428571 8 0:04:00 1 day, 12:00:00 0:00:06
for f in [lambda: date(2025, 2, 29), lambda: date(2025, 13, 1), lambda: date(0, 1, 1), lambda: timedelta(days=10**9), lambda: datetime(2025,1,1,24), lambda: datetime(2025,1,1) < datetime(2025,1,1,tzinfo=timezone.utc), lambda: datetime(2025,1,1) - datetime(2025,1,1,tzinfo=timezone.utc), lambda: datetime.strptime('2025-13-01', '%Y-%m-%d'), lambda: datetime.strptime('2025-01-01x', '%Y-%m-%d'), lambda: date.fromisoformat('2025-1-1')]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
# expect: ValueError day is out of range for month
# expect: ValueError month must be in 1..12
# expect: ValueError year 0 is out of range
# expect: OverflowError days=1000000000; must have magnitude <= 999999999
# expect: ValueError hour must be in 0..23
# expect: TypeError can't compare offset-naive and offset-aware datetimes
# expect: TypeError can't subtract offset-naive and offset-aware datetimes
# expect: ValueError time data '2025-13-01' does not match format '%Y-%m-%d'
# expect: ValueError unconverted data remains: x
# expect: ValueError Invalid isoformat string: '2025-1-1'
d = datetime(2025, 3, 14, 15, 9, 26, 535897)
print(repr(d), str(d), d.isoformat(), d.isoformat(' ', 'seconds'), d.strftime('%Y/%m/%d %H:%M:%S.%f %A %j %p %z|%Z|'), f'{d:%b %d}', d.date(), d.time(), repr(d.time()))
# expect: datetime.datetime(2025, 3, 14, 15, 9, 26, 535897) 2025-03-14 15:09:26.535897 2025-03-14T15:09:26.535897 2025-03-14 15:09:26 2025/03/14 15:09:26.535897 Friday 073 PM || Mar 14 2025-03-14 15:09:26.535897 datetime.time(15, 9, 26, 535897)
print(repr(datetime(2025,1,1,9,0)), repr(datetime(2025,1,1)), repr(time(9, 30)), repr(time()), repr(date(2025,1,1)), repr(datetime(2025,1,1,tzinfo=timezone.utc)))
# expect: datetime.datetime(2025, 1, 1, 9, 0) datetime.datetime(2025, 1, 1, 0, 0) datetime.time(9, 30) datetime.time(0, 0) datetime.date(2025, 1, 1) datetime.datetime(2025, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)
u = datetime(2025,1,1,12,tzinfo=timezone(timedelta(hours=2), 'CEST'))
print(u, u.isoformat(), u.utcoffset(), u.tzname(), u.astimezone(timezone.utc), repr(timezone.utc), repr(timezone(timedelta(hours=-5))), str(timezone(timedelta(hours=5, minutes=30))), u.timestamp(), repr(UTC))
# expect: 2025-01-01 12:00:00+02:00 2025-01-01T12:00:00+02:00 2:00:00 CEST 2025-01-01 10:00:00+00:00 datetime.timezone.utc datetime.timezone(datetime.timedelta(days=-1, seconds=68400)) UTC+05:30 1735725600.0 datetime.timezone.utc
print(date(2024, 12, 30).isocalendar(), date(2025,1,1).weekday(), date(2025,1,1).isoweekday(), date(2025,1,1).toordinal(), date.fromordinal(739252), date(2025,1,1).ctime(), date.fromisocalendar(2025, 1, 3))
# expect: datetime.IsoCalendarDate(year=2025, week=1, weekday=1) 2 3 739252 2025-01-01 Wed Jan  1 00:00:00 2025 2025-01-01
print(datetime.strptime('2025-03-14 15:09', '%Y-%m-%d %H:%M'), datetime.strptime('14/Mar/25 3PM', '%d/%b/%y %I%p'), datetime.strptime('2025-03-14T15:09:26.5+0200', '%Y-%m-%dT%H:%M:%S.%f%z'))
# expect: 2025-03-14 15:09:00 2025-03-14 15:00:00 2025-03-14 15:09:26.500000+02:00
print(datetime.fromisoformat('2025-03-14T15:09:26'), datetime.fromisoformat('2025-03-14 15:09:26.123+02:00'), date.fromisoformat('2025-03-14'), time.fromisoformat('10:20'))
# expect: 2025-03-14 15:09:26 2025-03-14 15:09:26.123000+02:00 2025-03-14 10:20:00
print(datetime.fromtimestamp(1735722000.5), datetime.fromtimestamp(0, timezone.utc), datetime(2025,1,1).timestamp(), datetime.combine(date(2025,1,1), time(8)), datetime(2025,1,31) + timedelta(days=1), datetime(2025,3,1) - datetime(2025,2,1), date(2025,3,1) - date(2024,3,1))
# expect: 2025-01-01 09:00:00.500000 1970-01-01 00:00:00+00:00 1735689600.0 2025-01-01 08:00:00 2025-02-01 00:00:00 28 days, 0:00:00 365 days, 0:00:00
print(d.replace(year=2020, microsecond=0), d.timetuple(), hash(d) == hash(datetime(2025, 3, 14, 15, 9, 26, 535897)), date.min, date.max, datetime.max, timedelta.max, timedelta.min, timedelta.resolution, time.max)
# expect: 2020-03-14 15:09:26 time.struct_time(tm_year=2025, tm_mon=3, tm_mday=14, tm_hour=15, tm_min=9, tm_sec=26, tm_wday=4, tm_yday=73, tm_isdst=-1) True 0001-01-01 9999-12-31 9999-12-31 23:59:59.999999 999999999 days, 23:59:59.999999 -999999999 days, 0:00:00 0:00:00.000001 23:59:59.999999
print(sorted([date(2025,1,2), date(2024,5,5)]), max(datetime(2025,1,1), datetime(2025,1,2)), bool(timedelta(0)), -timedelta(hours=1), abs(-timedelta(hours=1)), timedelta(days=1).total_seconds(), timedelta(weeks=1, milliseconds=1))
# expect: [datetime.date(2024, 5, 5), datetime.date(2025, 1, 2)] 2025-01-02 00:00:00 False -1 day, 23:00:00 1:00:00 86400.0 7 days, 0:00:00.001000
