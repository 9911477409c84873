# loopscope-only: now() starts at 2025-01-01 09:00:00 (UTC) and follows the virtual clock.
# loopscope: no-cpython
import time
from datetime import datetime, date
print(datetime.now().strftime("%Y-%m-%d %H:%M"), date.today())
time.sleep(3600 * 24)
print(datetime.now().strftime("%Y-%m-%d %H:%M"), date.today().isoformat())
# expect: 2025-01-01 09:00 2025-01-01
# expect: 2025-01-02 09:00 2025-01-02
