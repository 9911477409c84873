"""asyncio on loopscope's virtual clock.

The same API and the same semantics as CPython 3.13's asyncio — the order in which tasks
step, the number of loop turns things take, the exceptions and messages — running on a
virtual clock: `await asyncio.sleep(3600)` returns at once, and every run is identical.
The core (Future, Task, the loop's ready queue and timer heap) is C++ (_asyncio); the rest
is written in Python, here, the way CPython writes it."""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *
from .base_events import SelectorEventLoop, EventLoop, DefaultEventLoopPolicy
from .events import BaseDefaultEventLoopPolicy

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__ +
           futures.__all__ + locks.__all__ + queues.__all__ + runners.__all__ +
           taskgroups.__all__ + tasks.__all__ + threads.__all__ + timeouts.__all__ +
           ('SelectorEventLoop', 'EventLoop', 'DefaultEventLoopPolicy'))
