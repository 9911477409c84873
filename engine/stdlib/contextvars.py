"""Context variables, as CPython 3.13's `contextvars` (PEP 567).

A Context maps ContextVars to values. One Context is current at any time; ContextVar.get and
set read and write it. copy_context() snapshots the current one; Context.run(f) runs f with
that Context current. asyncio gives every task a copy of the context it was created in and
runs every callback in the context it was scheduled from, so a value a task sets is seen by
that task (and the tasks it creates), never by its siblings.

The current Context is kept by the asyncio runtime (`_asyncio._current_context`), which
enters a task's or handle's context without calling back into Python. CPython's Context is an
immutable HAMT; here each Context owns a dict, and copy() copies it — the same observable
behaviour.
"""

import _asyncio

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()


class Context:
    """A mapping of ContextVars to their values (read-only; change it with ContextVar.set
    inside Context.run)."""

    __module__ = '_contextvars'

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        previous = _asyncio._current_context()
        self._entered = True
        _asyncio._set_current_context(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _asyncio._set_current_context(previous)
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None

    def __repr__(self):
        return f'<_contextvars.Context object at {hex(id(self))}>'


def _current():
    """The current Context; the first use creates the root one."""
    ctx = _asyncio._current_context()
    if ctx is None:
        ctx = _ROOT
        _asyncio._set_current_context(ctx)
    return ctx


def copy_context():
    return _current().copy()


class ContextVar:
    __module__ = '_contextvars'

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        data = _current()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old = ctx._data.get(self, Token.MISSING)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current()
        if token._context is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        if token._old_value is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old_value

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        default = '' if self._default is _NO_DEFAULT else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {hex(id(self))}>'


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    __module__ = '_contextvars'
    MISSING = _Missing()

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {hex(id(self))}>'


_ROOT = Context()
_current()
