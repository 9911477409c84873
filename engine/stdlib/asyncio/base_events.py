"""The Python half of the event loop (asyncio.base_events). The ready queue, the timer heap
and run_once are C++ (_asyncio.EventLoop); this adds what CPython writes in Python on top:
run_until_complete, the exception handler, async generator shutdown."""

__all__ = ('BaseEventLoop', 'Server')

import _asyncio
from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks


class Server(events.AbstractServer):
    """Network servers are not simulated yet."""


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # run_forever() is already unwinding with it: no need to stop.
            return
    futures._get_loop(fut).stop()


def _format_handle(handle):
    callback = handle._callback
    owner = getattr(callback, '__self__', None)
    if isinstance(owner, tasks.Task):
        return repr(owner)
    return str(handle)


class BaseEventLoop(_asyncio.EventLoop, events.AbstractEventLoop):

    def __init__(self):
        self._exception_handler = None
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self._default_executor = None
        self.set_debug(coroutines._is_debug_mode())

    # ---- running ----

    def run_until_complete(self, future):
        """Run until `future` (a coroutine is wrapped in a Task) is done; return its result."""
        if self.is_closed():
            raise RuntimeError('Event loop is closed')
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        made_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if made_task:
            # The caller cannot see this task: if it does not finish, the error below says so,
            # so its destruction need not warn.
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if made_task and future.done() and not future.cancelled():
                # The coroutine raised a BaseException: mark it retrieved (nobody else can).
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    # ---- async generators ----

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            _asyncio._warn_user('ResourceWarning',
                                f"asynchronous generator {agen!r} was scheduled after "
                                f"loop.shutdown_asyncgens() call")
        _asyncio._asyncgen_track(self, agen)

    def _asyncgen_finalizer_hook(self, agen):
        _asyncio._asyncgen_forget(self, agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close every asynchronous generator still being iterated on this loop."""
        self._asyncgens_shutdown_called = True
        closing = _asyncio._asyncgen_take_all(self)
        if not closing:
            return
        results = await tasks.gather(*[agen.aclose() for agen in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self, timeout=None):
        self._executor_shutdown_called = True

    # ---- executors: the simulated machine comes with a later release ----

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError(
            'loopscope does not simulate threads or processes yet: run_in_executor() and '
            'asyncio.to_thread() are not available. Call the function directly, or make it a '
            'coroutine.')

    def set_default_executor(self, executor):
        raise NotImplementedError('loopscope does not simulate executors yet')

    # ---- errors ----

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Write the context the way CPython's logger does: the message, each other key
        (sorted), then the exception's traceback."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines) + '\n'
        exception = context.get('exception')
        if exception is not None:
            text += _asyncio._format_exception(exception)
        _asyncio._log(_warning_kind(message), text)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                _asyncio._log('exception', 'Exception in default exception handler\n'
                              + _asyncio._format_exception(exc))
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                _asyncio._log('exception', 'Exception in default exception handler while handling '
                              'an unexpected error in custom exception handler\n')

    # ---- not simulated ----

    def add_signal_handler(self, sig, callback, *args):
        raise NotImplementedError('loopscope does not simulate signals')

    def remove_signal_handler(self, sig):
        return False


def _warning_kind(message):
    if message.endswith('exception was never retrieved'):
        return 'never_retrieved'
    if message.startswith('Task was destroyed but it is pending'):
        return 'destroyed_pending'
    if message.startswith('Exception in callback'):
        return 'callback_exception'
    return 'exception'


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop asyncio.run() creates (named as CPython's on Linux, so reprs match)."""


SelectorEventLoop = _UnixSelectorEventLoop
EventLoop = SelectorEventLoop


class DefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop
