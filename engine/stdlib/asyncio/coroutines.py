"""Recognising coroutines (asyncio.coroutines)."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x80

# Marker set by legacy decorators on functions that return coroutines.
_is_coroutine = object()


def _is_debug_mode():
    # CPython: -X dev or PYTHONASYNCIODEBUG. A loopscope run has neither.
    return False


def _coroutine_type():
    async def probe():
        pass
    coro = probe()
    kind = type(coro)
    coro.close()
    return kind


_CoroutineType = _coroutine_type()


def iscoroutinefunction(func):
    """True for `async def` functions (and methods, and functions marked as coroutine)."""
    target = func
    while hasattr(target, '__func__'):  # bound methods
        target = target.__func__
    code = getattr(target, '__code__', None)
    if code is not None and getattr(code, 'co_flags', 0) & _CO_COROUTINE:
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


def _looks_like_coroutine(cls):
    return all(hasattr(cls, name) for name in ('send', 'throw', 'close', '__await__'))


def iscoroutine(obj):
    """True for coroutine objects (and objects implementing the Coroutine protocol)."""
    if type(obj) is _CoroutineType:
        return True
    return _looks_like_coroutine(type(obj))


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    return f'{name}()'
