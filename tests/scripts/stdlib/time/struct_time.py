# struct_time built by hand: a 9-tuple with named fields.
import time

st = time.struct_time((2025, 3, 14, 15, 9, 26, 4, 73, 0))
print(st)
# expect: time.struct_time(tm_year=2025, tm_mon=3, tm_mday=14, tm_hour=15, tm_min=9, tm_sec=26, tm_wday=4, tm_yday=73, tm_isdst=0)
print(st.tm_mday, st.tm_zone, st == (2025, 3, 14, 15, 9, 26, 4, 73, 0))  # expect: 14 None True
print(time.struct_time((2025, 1, 1, 9, 0, 0, 2, 1, 0, "CET", 3600)).tm_gmtoff)  # expect: 3600
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields)  # expect: 11 9
print(time.strftime("%d/%m/%Y", (2024, 12, 25, 0, 0, 0, 2, 360, 0)))  # expect: 25/12/2024
print(time.timezone, time.altzone, time.daylight, time.tzname)  # expect: 0 0 0 ('UTC', 'UTC')
