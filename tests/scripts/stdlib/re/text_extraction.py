# A log parser: named groups, finditer, sub with a function, validation with fullmatch.
import re
from collections import Counter

LOG = """\
2025-01-15 08:01:12 INFO  user=ann action=login ip=10.0.0.5
2025-01-15 08:03:40 WARN  user=bob action=login ip=10.0.0.7 attempts=3
2025-01-15 08:04:02 ERROR user=bob action=login ip=10.0.0.7 reason="bad password"
2025-01-15 09:15:55 INFO  user=cy action=upload size=2048 ip=10.0.0.9
"""

LINE = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+(?P<rest>.*)")
PAIR = re.compile(r'(\w+)=("[^"]*"|\S+)')

levels = Counter()
for m in LINE.finditer(LOG):
    fields = {k: v.strip('"') for k, v in PAIR.findall(m["rest"])}
    levels[m["level"]] += 1
    print(m["time"], m["level"], fields)
# expect: 08:01:12 INFO {'user': 'ann', 'action': 'login', 'ip': '10.0.0.5'}
# expect: 08:03:40 WARN {'user': 'bob', 'action': 'login', 'ip': '10.0.0.7', 'attempts': '3'}
# expect: 08:04:02 ERROR {'user': 'bob', 'action': 'login', 'ip': '10.0.0.7', 'reason': 'bad password'}
# expect: 09:15:55 INFO {'user': 'cy', 'action': 'upload', 'size': '2048', 'ip': '10.0.0.9'}
print(levels.most_common())  # expect: [('INFO', 2), ('WARN', 1), ('ERROR', 1)]
masked = re.sub(r"\b(\d+)\.(\d+)\.(\d+)\.(\d+)\b", lambda m: f"{m[1]}.x.x.{m[4]}", LOG)
print(masked.splitlines()[1])
# expect: 2025-01-15 08:03:40 WARN  user=bob action=login ip=10.x.x.7 attempts=3
for candidate in ["ann@example.com", "not an email", "x@y", "first.last+tag@sub.domain.org"]:
    ok = re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", candidate) is not None
    print(f"{candidate!r:35} {ok}")
# expect: 'ann@example.com'                   True
# expect: 'not an email'                      False
# expect: 'x@y'                               False
# expect: 'first.last+tag@sub.domain.org'     True
print(re.sub(r"\s+", " ", "  too   many    spaces  ").strip(), re.split(r"(?<=[.!?])\s+", "Hi. How are you? Fine!"))
# expect: too many spaces ['Hi.', 'How are you?', 'Fine!']
