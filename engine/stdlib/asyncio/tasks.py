"""Tasks and the ways to wait for several awaitables at once (asyncio.tasks).

Task itself is C++ (_asyncio.Task, CPython 3.13's step semantics). Everything here is built
only from futures and done callbacks, as in CPython — so it takes the same number of loop
turns and interleaves the same way. Where CPython iterates a set of tasks or futures (whose
order follows memory addresses), this iterates them in the order they were given."""

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'run_coroutine_threadsafe', 'current_task', 'all_tasks',
           'create_eager_task_factory', 'eager_task_factory',
           '_register_task', '_unregister_task', '_enter_task', '_leave_task')

import _asyncio
from _asyncio import (Task, current_task, _register_task, _unregister_task, _enter_task,
                      _leave_task, _swap_current_task)
from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import timeouts

_label = _asyncio._label

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_CO_ITERABLE_COROUTINE = 0x100


class _StackFrame:
    """What Task.get_stack() returns for a coroutine's frame: the attributes programs read
    (f_lineno, f_code.co_name / co_filename / co_qualname); loopscope has no frame objects."""

    class _Code:
        def __init__(self, filename, name):
            self.co_filename = filename
            self.co_name = name
            self.co_qualname = name

        def __repr__(self):
            return f'<code object {self.co_name}, file "{self.co_filename}">'

    def __init__(self, filename, lineno, name):
        self.f_code = self._Code(filename, name)
        self.f_lineno = lineno

    def __repr__(self):
        return (f"<frame, file '{self.f_code.co_filename}', line {self.f_lineno}, "
                f"code {self.f_code.co_name}>")


def _task_get_stack(task, limit):
    """CPython's base_tasks._task_get_stack: the suspended coroutine's frame (only the one,
    as CPython gives for a coroutine), else the frames of the exception's traceback."""
    frames = []
    where = _asyncio._coro_frame(task)
    if where is not None:
        if limit is None or limit > 0:
            frames.append(_StackFrame(*where))
    elif task._exception is not None:
        import _loopscope
        for filename, lineno, name, _line in _loopscope.traceback_entries(task._exception):
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(_StackFrame(filename, lineno, name))
    return frames


def _task_print_stack(task, limit, file):
    """CPython's base_tasks._task_print_stack, down to its quirk: with file=None the header
    goes to stdout (print) and the entries to stderr (traceback.print_list)."""
    import _loopscope
    import traceback
    extracted = []
    for f in task.get_stack(limit=limit):
        filename, lineno = f.f_code.co_filename, f.f_lineno
        extracted.append((filename, lineno, f.f_code.co_name,
                          _loopscope.source_line(filename, lineno).strip()))
    exc = task._exception
    if not extracted:
        print(f'No stack for {task!r}', file=file)
    elif exc is not None:
        print(f'Traceback for {task!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {task!r} (most recent call last):', file=file)
    traceback.print_list(extracted, file=file)
    if exc is not None:
        for line in traceback.format_exception_only(exc.__class__, exc):
            print(line, file=file, end='')


_asyncio._set_stack_functions(_task_get_stack, _task_print_stack)


def all_tasks(loop=None):
    """The loop's tasks that are not done yet, as a set."""
    if loop is None:
        loop = events.get_running_loop()
    return _asyncio.all_tasks(loop)


def create_task(coro, *, name=None, context=None):
    """Wrap the coroutine in a Task on the running loop; its first step runs on a later turn."""
    loop = events.get_running_loop()
    if context is None:
        return loop.create_task(coro, name=name)
    return loop.create_task(coro, name=name, context=context)


# ---------------------------------------------------------------------------------------------
# sleep


async def sleep(delay, result=None):
    """Suspend for `delay` seconds of loop time. sleep(0) (or less) is a bare yield: the task
    gives up the loop for exactly one turn, without any future or timer."""
    if delay <= 0:
        await _asyncio._sleep0()
        return result
    if delay != delay:
        raise ValueError("Invalid delay: NaN (not a number)")
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    _label(future, 'sleep', delay, timer)
    try:
        return await future
    finally:
        timer.cancel()


# ---------------------------------------------------------------------------------------------
# ensure_future


def _isawaitable(obj):
    if coroutines.iscoroutine(obj) or hasattr(type(obj), '__await__'):
        return True
    code = getattr(obj, 'gi_code', None)
    return code is not None and bool(code.co_flags & _CO_ITERABLE_COROUTINE)


def ensure_future(coro_or_future, *, loop=None):
    """A future as is; a coroutine (or other awaitable) wrapped in a new Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    close_on_error = True
    if not coroutines.iscoroutine(coro_or_future):
        if not _isawaitable(coro_or_future):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')

        async def _wrap_awaitable(awaitable):
            return await awaitable

        coro_or_future = _wrap_awaitable(coro_or_future)
        close_on_error = False
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if close_on_error:
            coro_or_future.close()
        raise


# ---------------------------------------------------------------------------------------------
# gather


class _GatheringFuture(futures.Future):
    """gather()'s outer future: cancel() cancels the children (like Task.cancel, it does not
    mark itself cancelled at once)."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_one = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_one = True
        if cancelled_one:
            # Whatever return_exceptions says, the gather itself ends cancelled.
            self._cancel_requested = True
        return cancelled_one


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; a future for the list of their results, in order.

    Without return_exceptions the first exception (or cancellation) of a child becomes the
    outer future's; the other children keep running. Cancelling the outer future cancels the
    children."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # mark it retrieved: nobody else will look
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == count:
            results = []
            for child in children:
                if child.cancelled():
                    message = child._cancel_message
                    results.append(exceptions.CancelledError('' if message is None else message))
                else:
                    exc = child.exception()
                    results.append(child.result() if exc is None else exc)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    future_of = {}
    children = []
    count = 0
    finished = 0
    already_done = []
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg in future_of:
            fut = future_of[arg]  # the same awaitable twice: one child, two result slots
        else:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                # A task made here: the caller cannot reach it, so its destruction is quiet.
                fut._log_destroy_pending = False
            count += 1
            future_of[arg] = fut
            if fut.done():
                already_done.append(fut)
            else:
                fut.add_done_callback(_done_callback)
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    _label(outer, 'gather', count)
    for fut in already_done:
        _done_callback(fut)
    return outer


# ---------------------------------------------------------------------------------------------
# shield


def shield(arg):
    """Await `arg` without letting a cancellation of the awaiting task reach it."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()
    _label(outer, 'shield')

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # mark it retrieved
            return
        if inner.cancelled():
            outer.cancel()
            return
        exc = inner.exception()
        if exc is not None:
            outer.set_exception(exc)
        else:
            outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


# ---------------------------------------------------------------------------------------------
# wait, wait_for


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in `fs`; return two sets (done, pending). Never raises
    TimeoutError: on timeout the unfinished ones are simply in `pending`."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = list(dict.fromkeys(fs))  # a set, in the order given
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    _label(waiter, 'wait', len(fs))
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def _on_completion(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def _cancel_and_wait(fut):
    """Cancel `fut` and wait until it is done (without awaiting it directly, so that this
    wait itself stays cancellable)."""
    loop = events.get_running_loop()
    waiter = loop.create_future()
    _label(waiter, 'cancel_and_wait')

    def release(_):
        _release_waiter(waiter)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Await `fut` with a deadline. Since Python 3.12 a coroutine runs inline, in the calling
    task, under asyncio.timeout(); on timeout it is cancelled and TimeoutError raised."""
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError from exc
    async with timeouts.timeout(timeout):
        return await fut


# ---------------------------------------------------------------------------------------------
# as_completed


class _AsCompletedIterator:
    """Iterates awaitables in the order they finish: `async for` yields the futures
    themselves; a plain `for` yields coroutines returning (or raising) their outcome."""

    def __init__(self, aws, timeout):
        from . import queues
        self._done = queues.Queue()
        self._timeout_handle = None
        loop = events.get_event_loop()
        todo = {}
        for aw in dict.fromkeys(aws):
            todo[ensure_future(aw, loop=loop)] = None
        for f in todo:
            f.add_done_callback(self._handle_completion)
        if todo and timeout is not None:
            self._timeout_handle = loop.call_later(timeout, self._handle_timeout)
        self._todo = todo
        self._todo_left = len(todo)

    def __aiter__(self):
        return self

    def __iter__(self):
        return self

    async def __anext__(self):
        if not self._todo_left:
            raise StopAsyncIteration
        self._todo_left -= 1
        return await self._wait_for_one()

    def __next__(self):
        if not self._todo_left:
            raise StopIteration
        self._todo_left -= 1
        return self._wait_for_one(resolve=True)

    def _handle_timeout(self):
        for f in self._todo:
            f.remove_done_callback(self._handle_completion)
            self._done.put_nowait(None)  # each waiter wakes up to a TimeoutError
        self._todo.clear()

    def _handle_completion(self, f):
        if not self._todo:
            return  # the timeout came first
        del self._todo[f]
        self._done.put_nowait(f)
        if not self._todo and self._timeout_handle is not None:
            self._timeout_handle.cancel()

    async def _wait_for_one(self, resolve=False):
        f = await self._done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result() if resolve else f


def as_completed(fs, *, timeout=None):
    """An iterator over the awaitables `fs` in completion order (see _AsCompletedIterator)."""
    if _isawaitable(fs) or futures.isfuture(fs):
        raise TypeError(f"expects an iterable of awaitables, not {type(fs).__name__}")
    return _AsCompletedIterator(fs, timeout)


# ---------------------------------------------------------------------------------------------
# eager tasks, threads


def create_eager_task_factory(custom_task_constructor):
    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name, context=context, eager_start=True)
    return factory


eager_task_factory = create_eager_task_factory(Task)


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError('loopscope does not simulate threads yet: '
                              'run_coroutine_threadsafe() is not available')
