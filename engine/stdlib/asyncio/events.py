"""Which event loop runs (asyncio.events): the running loop, the current loop of the thread,
new loops, and the policy object that decides them."""

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle',
           'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
           'set_event_loop', 'new_event_loop', '_set_running_loop', 'get_running_loop',
           '_get_running_loop')

import _asyncio
from _asyncio import Handle, TimerHandle, get_running_loop, _get_running_loop


class AbstractEventLoop:
    """The event loop interface. loopscope's loops derive from _asyncio.EventLoop."""


class AbstractServer:
    """Servers are not simulated yet."""


class AbstractEventLoopPolicy:
    """How get_event_loop(), set_event_loop() and new_event_loop() behave."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop for the (only) thread; created on demand with a DeprecationWarning,
    as CPython 3.12+ does when nothing set one."""

    _loop_factory = None

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            _asyncio._warn_user('DeprecationWarning', 'There is no current event loop')
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, (AbstractEventLoop, _asyncio.EventLoop)):
            raise TypeError("loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


_policy = None


def _default_policy():
    from . import base_events
    return base_events.DefaultEventLoopPolicy()


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = _default_policy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError("policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _policy = policy


def get_event_loop():
    """The running loop inside a coroutine; otherwise the policy's current loop."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


def _set_running_loop(loop):
    # The running loop is the one whose run_forever() is executing (kept by the C++ core).
    pass
