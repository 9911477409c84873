# Ages, deadlines and schedules, the way exercises compute them; now() on the virtual clock.
from datetime import datetime, date, timedelta, time, timezone
import time as t
start = datetime.now()
t.sleep(2)
print(datetime.now() - start > timedelta(seconds=1), (datetime.now() - start).seconds)
# expect: True 2
print(date.today().year >= 2025, datetime.now().tzinfo)  # expect: True None
birthday = date(1990, 7, 15)
today = date(2025, 3, 14)
age = today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))
print(age, (today - birthday).days, today.strftime("%A, %d %B %Y"), f"{today:%d.%m.%Y}")
# expect: 34 12661 Friday, 14 March 2025 14.03.2025
deadline = datetime(2025, 3, 20, 17, 0)
left = deadline - datetime(2025, 3, 14, 9, 30)
print(left, left.days, left.seconds // 3600, left.total_seconds())
# expect: 6 days, 7:30:00 6 7 545400.0
for i in range(3):
    print((datetime(2025, 1, 31) + timedelta(weeks=i, hours=i * 5)).isoformat())
# expect: 2025-01-31T00:00:00
# expect: 2025-02-07T05:00:00
# expect: 2025-02-14T10:00:00
print(datetime.strptime("2025-12-25", "%Y-%m-%d").date(), datetime.strptime("Mon Mar 10 2025", "%a %b %d %Y").weekday())
# expect: 2025-12-25 0
print(time(14, 5).strftime("%I:%M %p"), time(9, 5, 3, 50).isoformat(), time(9).isoformat("minutes"))
# expect: 02:05 PM 09:05:03.000050 09:00
print(datetime(2024, 2, 29) + timedelta(days=365), date(2024, 1, 1) + timedelta(days=59))
# expect: 2025-02-28 00:00:00 2024-02-29
print(timedelta(hours=36) > timedelta(days=1), timedelta(minutes=90) == timedelta(hours=1.5), timedelta(seconds=-30))
# expect: True True -1 day, 23:59:30
print(datetime(2025, 6, 1, 12, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=-4))))
# expect: 2025-06-01 08:00:00-04:00
