# Broken-down times and formatting of fixed timestamps.
import time

t = time.gmtime(1735722000.5)
print(t)
# expect: time.struct_time(tm_year=2025, tm_mon=1, tm_mday=1, tm_hour=9, tm_min=0, tm_sec=0, tm_wday=2, tm_yday=1, tm_isdst=0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff)
# expect: 2025 1 1 9 2 1 GMT 0
print(t[0], t[-1], t[:3], len(t), isinstance(t, tuple))  # expect: 2025 0 (2025, 1, 1) 9 True
print(time.strftime("%Y-%m-%d %H:%M:%S", t))  # expect: 2025-01-01 09:00:00
print(time.strftime("%a %A %b %B %j %U %W %p %I %y %% %Z %z", t))
# expect: Wed Wednesday Jan January 001 00 00 AM 09 25 % GMT +0000
print(time.strftime("%c | %x | %X", t))  # expect: Wed Jan  1 09:00:00 2025 | 01/01/25 | 09:00:00
print(time.asctime(t), "|", time.ctime(1735722000))
# expect: Wed Jan  1 09:00:00 2025 | Wed Jan  1 09:00:00 2025
print(time.gmtime(0))
# expect: time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)
print(time.gmtime(-1.5))
# expect: time.struct_time(tm_year=1969, tm_mon=12, tm_mday=31, tm_hour=23, tm_min=59, tm_sec=58, tm_wday=2, tm_yday=365, tm_isdst=0)
print(time.gmtime(951782400))  # 2000-02-29
# expect: time.struct_time(tm_year=2000, tm_mon=2, tm_mday=29, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=1, tm_yday=60, tm_isdst=0)
print(time.gmtime(10 ** 10))
# expect: time.struct_time(tm_year=2286, tm_mon=11, tm_mday=20, tm_hour=17, tm_min=46, tm_sec=40, tm_wday=5, tm_yday=324, tm_isdst=0)
print(time.mktime(time.localtime(1735722000)), time.mktime((2025, 13, 1, 0, 0, 0, 0, 0, 0)))
# expect: 1735722000.0 1767225600.0
print(time.localtime(86400 * 365 * 30).tm_year)  # expect: 1999
