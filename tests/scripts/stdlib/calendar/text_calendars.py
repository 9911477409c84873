# calendar: month and year texts, monthrange, weekday, TextCalendar with another first weekday.
import calendar
print(calendar.month(2025, 1))
# expect:     January 2025
# expect: Mo Tu We Th Fr Sa Su
# expect:        1  2  3  4  5
# expect:  6  7  8  9 10 11 12
# expect: 13 14 15 16 17 18 19
# expect: 20 21 22 23 24 25 26
# expect: 27 28 29 30 31
# expect: 
print(repr(calendar.month(2024, 2, w=3, l=1)))
# expect: '       February 2024\nMon Tue Wed Thu Fri Sat Sun\n              1   2   3   4\n  5   6   7   8   9  10  11\n 12  13  14  15  16  17  18\n 19  20  21  22  23  24  25\n 26  27  28  29\n'
print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2025, 2), calendar.weekday(2025, 1, 1), calendar.monthcalendar(2025, 2)[:2])
# expect: True 7 (calendar.SATURDAY, 28) 2 [[0, 0, 0, 0, 0, 1, 2], [3, 4, 5, 6, 7, 8, 9]]
print(list(calendar.month_name)[:3], list(calendar.day_abbr), calendar.MONDAY, repr(calendar.MONDAY), calendar.firstweekday())
# expect: ['', 'January', 'February'] ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] 0 calendar.MONDAY 0
print(calendar.calendar(2025))
# expect:                                   2025
# expect: 
# expect:       January                   February                   March
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:        1  2  3  4  5                      1  2                      1  2
# expect:  6  7  8  9 10 11 12       3  4  5  6  7  8  9       3  4  5  6  7  8  9
# expect: 13 14 15 16 17 18 19      10 11 12 13 14 15 16      10 11 12 13 14 15 16
# expect: 20 21 22 23 24 25 26      17 18 19 20 21 22 23      17 18 19 20 21 22 23
# expect: 27 28 29 30 31            24 25 26 27 28            24 25 26 27 28 29 30
# expect:                                                     31
# expect: 
# expect:        April                      May                       June
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:     1  2  3  4  5  6                1  2  3  4                         1
# expect:  7  8  9 10 11 12 13       5  6  7  8  9 10 11       2  3  4  5  6  7  8
# expect: 14 15 16 17 18 19 20      12 13 14 15 16 17 18       9 10 11 12 13 14 15
# expect: 21 22 23 24 25 26 27      19 20 21 22 23 24 25      16 17 18 19 20 21 22
# expect: 28 29 30                  26 27 28 29 30 31         23 24 25 26 27 28 29
# expect:                                                     30
# expect: 
# expect:         July                     August                  September
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:     1  2  3  4  5  6                   1  2  3       1  2  3  4  5  6  7
# expect:  7  8  9 10 11 12 13       4  5  6  7  8  9 10       8  9 10 11 12 13 14
# expect: 14 15 16 17 18 19 20      11 12 13 14 15 16 17      15 16 17 18 19 20 21
# expect: 21 22 23 24 25 26 27      18 19 20 21 22 23 24      22 23 24 25 26 27 28
# expect: 28 29 30 31               25 26 27 28 29 30 31      29 30
# expect: 
# expect:       October                   November                  December
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:        1  2  3  4  5                      1  2       1  2  3  4  5  6  7
# expect:  6  7  8  9 10 11 12       3  4  5  6  7  8  9       8  9 10 11 12 13 14
# expect: 13 14 15 16 17 18 19      10 11 12 13 14 15 16      15 16 17 18 19 20 21
# expect: 20 21 22 23 24 25 26      17 18 19 20 21 22 23      22 23 24 25 26 27 28
# expect: 27 28 29 30 31            24 25 26 27 28 29 30      29 30 31
# expect: 
c = calendar.TextCalendar(calendar.SUNDAY); print(c.formatmonth(2025, 3))
# expect:      March 2025
# expect: Su Mo Tu We Th Fr Sa
# expect:                    1
# expect:  2  3  4  5  6  7  8
# expect:  9 10 11 12 13 14 15
# expect: 16 17 18 19 20 21 22
# expect: 23 24 25 26 27 28 29
# expect: 30 31
# expect: 
print(list(calendar.Calendar().itermonthdates(2025, 2))[:3], calendar.timegm((2025,1,1,0,0,0)))
# expect: [datetime.date(2025, 1, 27), datetime.date(2025, 1, 28), datetime.date(2025, 1, 29)] 1735689600
try: calendar.monthrange(2025, 13)
except Exception as e: print(type(e).__name__, e)
                       # expect: IllegalMonthError bad month number 13; must be 1-12
print(calendar.weekheader(2), repr(calendar.Month.JANUARY), calendar.Day(0), calendar.day_name[calendar.weekday(2024, 12, 25)])
# expect: Mo Tu We Th Fr Sa Su calendar.JANUARY 0 Wednesday
