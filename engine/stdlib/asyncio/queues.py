"""Queues for producer/consumer tasks (asyncio.queues): Queue (FIFO), PriorityQueue,
LifoQueue. A full queue makes put() wait, an empty one get(); each waiter is a future woken
in FIFO order."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty', 'QueueShutDown')

import _asyncio
import heapq
from . import locks
from . import mixins

_label = _asyncio._label


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


class QueueShutDown(Exception):
    """put or get on a queue that was shut down."""


class Queue(mixins._LoopBoundMixin):
    """FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)
        self._is_shutdown = False

    # The storage, overridden by the subclasses.
    def _init(self, maxsize):
        self._queue = []
        self._head = 0

    def _get(self):
        item = self._queue[self._head]
        self._queue[self._head] = None
        self._head += 1
        if self._head > 32 and self._head * 2 > len(self._queue):
            del self._queue[:self._head]
            self._head = 0
        return item

    def _put(self, item):
        self._queue.append(item)

    def _items(self):
        return self._queue[getattr(self, '_head', 0):]

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    @classmethod
    def __class_getitem__(cls, item):
        return cls

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None) is not None and self.qsize():
            result += f' _queue={list(self._items())!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        if self._is_shutdown:
            result += ' shutdown'
        return result

    def qsize(self):
        return len(self._queue) - getattr(self, '_head', 0)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return self.qsize() == 0

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Put `item`, waiting while the queue is full."""
        while self.full():
            if self._is_shutdown:
                raise QueueShutDown
            putter = self._get_loop().create_future()
            _label(putter, 'queue_put', self)
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self._is_shutdown:
            raise QueueShutDown
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Remove and return an item, waiting while the queue is empty."""
        while self.empty():
            if self._is_shutdown and self.empty():
                raise QueueShutDown
            getter = self._get_loop().create_future()
            _label(getter, 'queue_get', self)
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            if self._is_shutdown:
                raise QueueShutDown
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """A consumer finished with an item it got (join() waits for all of them)."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put has been gotten and marked task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()

    def shutdown(self, immediate=False):
        """Refuse further puts; gets fail once the queue is empty (at once if `immediate`).
        Every blocked put() and get() wakes up."""
        self._is_shutdown = True
        if immediate:
            while not self.empty():
                self._get()
                if self._unfinished_tasks > 0:
                    self._unfinished_tasks -= 1
            if self._unfinished_tasks == 0:
                self._finished.set()
        while self._getters:
            getter = self._getters.pop(0)
            if not getter.done():
                getter.set_result(None)
        while self._putters:
            putter = self._putters.pop(0)
            if not putter.done():
                putter.set_result(None)


class PriorityQueue(Queue):
    """Gets the smallest entry first (entries are often (priority, data) tuples)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)

    def _items(self):
        return self._queue


class LifoQueue(Queue):
    """Gets the most recently put entry first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()

    def _items(self):
        return self._queue
