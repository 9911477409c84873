"""asyncio.to_thread (asyncio.threads). Threads belong to the simulated machine, which comes
in a later loopscope release."""

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    raise NotImplementedError(
        'loopscope does not simulate threads yet: asyncio.to_thread() is not available. '
        'Call the function directly (it will block the event loop, as CPU-bound work does).')
