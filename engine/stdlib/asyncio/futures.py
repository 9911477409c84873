"""Future (asyncio.futures): implemented in C++ (_asyncio.Future); helpers around it."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import _asyncio
from _asyncio import Future, isfuture

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

_set_result_unless_cancelled = _asyncio._set_result_unless_cancelled


def _get_loop(fut):
    get_loop = getattr(fut, 'get_loop', None)
    if get_loop is not None:
        return get_loop()
    return fut._loop


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    raise NotImplementedError('loopscope does not simulate concurrent.futures yet')


def _copy_future_state(source, dest):
    """Make `dest` (pending, or cancelled) end the way `source` (done) ended."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exception = source.exception()
    if exception is not None:
        dest.set_exception(exception)
    else:
        dest.set_result(source.result())


def _chain_future(source, destination):
    """When `source` finishes, so does `destination`; cancelling `destination` cancels `source`."""
    if not isfuture(source):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination):
        raise TypeError('A future is required for destination argument')

    def on_destination_done(dest):
        if dest.cancelled():
            source.cancel()

    def on_source_done(src):
        if destination.cancelled() and destination.get_loop().is_closed():
            return
        _copy_future_state(src, destination)

    destination.add_done_callback(on_destination_done)
    source.add_done_callback(on_source_done)
