"""Run a Python program under CPython with asyncio on a virtual clock.

    python3 virtual_clock_runner.py PROGRAM.py [ARGS...]

This is the reference loopscope's asyncio runtime is compared against (tests/runner/
aio_fidelity_test.cpp): the same program, run by real CPython, but with the loop's time()
virtual and its selector jumping the clock instead of blocking — under exactly the time and
ordering rules loopscope documents (docs/aio.md):

  * loop.time() starts at 0.0; time.time() is 1735722000.0 + that; time.monotonic() and
    time.perf_counter() equal it; time.sleep(d) advances it by d (blocking the loop).
  * With nothing ready the loop jumps straight to the earliest deadline D. Timers due within
    1 ms after D fire in the same turn and the clock lands on the latest of them (a real
    select() wakes a little late and collects them together; loopscope needs the window to
    absorb the virtual CPU time between timers that CPython-on-a-virtual-clock sees as exact
    ties). A jump never exceeds one day per turn (CPython's MAXIMUM_SELECT_TIMEOUT).
  * Timers with equal deadlines fire in the order they were scheduled (heapq alone would not
    guarantee it).
  * Where CPython's order depends on memory addresses — TaskGroup cancelling its children,
    asyncio.run() cancelling leftover tasks, as_completed() wrapping coroutines — tasks are
    taken in creation order.
  * Nothing ready, no timer, the loop still running: a deadlock. CPython would block forever;
    the runner reports it on stderr and exits with status 1, as loopscope does.
"""

import asyncio
import asyncio.runners
import asyncio.taskgroups
import asyncio.tasks
import asyncio.unix_events
import heapq
import itertools
import os
import runpy
import selectors
import sys
import time
import weakref

IDLE_WAKE_WINDOW = 1e-3
MAXIMUM_SELECT_TIMEOUT = 24 * 3600
EPOCH = 1735722000.0


class _Clock:
    now = 0.0


CLOCK = _Clock()
_timer_seq = itertools.count(1)
_task_seq = itertools.count(1)
_creation_order = weakref.WeakKeyDictionary()


def creation_order(task):
    return _creation_order.get(task, 1 << 62)


class TimerHandle(asyncio.TimerHandle):
    """A TimerHandle ordered by (deadline, scheduling order): equal deadlines are FIFO."""

    __slots__ = ('_seq',)

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)

    def __le__(self, other):
        return (self._when, self._seq) <= (other._when, other._seq)

    def __gt__(self, other):
        return (self._when, self._seq) > (other._when, other._seq)

    def __ge__(self, other):
        return (self._when, self._seq) >= (other._when, other._seq)


def _deadlock(loop):
    sys.stdout.flush()
    lines = ['virtual_clock_runner: deadlock at t=%.3f s: nothing is ready and no timer is set' % CLOCK.now]
    for task in sorted(asyncio.all_tasks(loop), key=creation_order):
        lines.append(f'  {task.get_name()} waits for {task._fut_waiter!r}')
    sys.stderr.write('\n'.join(lines) + '\n')
    sys.stderr.flush()
    os._exit(1)


class _VirtualSelector(selectors.DefaultSelector):
    """Never blocks: polls with timeout 0 and moves the virtual clock instead."""

    def __init__(self):
        super().__init__()
        self.loop = None

    def select(self, timeout=None):
        loop = self.loop
        if timeout is None:
            _deadlock(loop)
        if timeout > 0 and not loop._ready and not loop._stopping:
            self._jump(loop)
        return super().select(0)

    @staticmethod
    def _jump(loop):
        earliest = loop._scheduled[0]._when
        if earliest - CLOCK.now > MAXIMUM_SELECT_TIMEOUT:
            CLOCK.now += MAXIMUM_SELECT_TIMEOUT
            return
        target = earliest
        for h in loop._scheduled:
            if not h._cancelled and h._when < earliest + IDLE_WAKE_WINDOW and h._when > target:
                target = h._when
        CLOCK.now = max(CLOCK.now, target)


class _UnixSelectorEventLoop(asyncio.unix_events._UnixSelectorEventLoop):
    """The loop asyncio.run() gets: virtual time, FIFO ties, creation order recorded."""

    def __init__(self):
        selector = _VirtualSelector()
        super().__init__(selector)
        selector.loop = self
        self._clock_resolution = 1e-09

    def time(self):
        return CLOCK.now

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = TimerHandle(when, callback, args, self, context)
        timer._seq = next(_timer_seq)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def create_task(self, coro, *, name=None, context=None):
        task = super().create_task(coro, name=name, context=context)
        _creation_order.setdefault(task, next(_task_seq))
        return task


class _Policy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


# ---- creation order where CPython iterates sets of tasks ----

def _cancel_all_tasks(loop):
    to_cancel = sorted(asyncio.tasks.all_tasks(loop), key=creation_order)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(asyncio.tasks.gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def _taskgroup_abort(self):
    self._aborting = True
    for t in sorted(self._tasks, key=creation_order):
        if not t.done():
            t.cancel()


_original_as_completed_init = asyncio.tasks._AsCompletedIterator.__init__


def _as_completed_init(self, aws, timeout):
    ordered = list(dict.fromkeys(aws))
    loop = asyncio.events.get_event_loop()
    futures = [asyncio.tasks.ensure_future(aw, loop=loop) for aw in ordered]
    _original_as_completed_init(self, futures, timeout)


# ---- the time module on the virtual clock ----

def _sleep(seconds):
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    CLOCK.now += seconds


def install():
    asyncio.set_event_loop_policy(_Policy())
    asyncio.runners._cancel_all_tasks = _cancel_all_tasks
    asyncio.taskgroups.TaskGroup._abort = _taskgroup_abort
    asyncio.tasks._AsCompletedIterator.__init__ = _as_completed_init
    time.time = lambda: EPOCH + CLOCK.now
    time.time_ns = lambda: int(round((EPOCH + CLOCK.now) * 1e9))
    time.monotonic = lambda: CLOCK.now
    time.monotonic_ns = lambda: int(round(CLOCK.now * 1e9))
    time.perf_counter = lambda: CLOCK.now
    time.perf_counter_ns = lambda: int(round(CLOCK.now * 1e9))
    time.sleep = _sleep


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    program = argv[1]
    sys.argv = argv[1:]
    sys.path[0] = os.path.dirname(os.path.abspath(program))
    install()
    runpy.run_path(program, run_name='__main__')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
