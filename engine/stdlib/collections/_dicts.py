"""collections.defaultdict and collections.OrderedDict (C types in CPython: their frames stay
out of tracebacks)."""

__loopscope_hide_frames__ = True

__all__ = ["defaultdict", "OrderedDict"]


def _recursive_repr_guard(make_repr):
    # repr of a container that (indirectly) contains itself prints "..." for the inner one.
    active = set()

    def wrapper(self):
        key = id(self)
        if key in active:
            return "..."
        active.add(key)
        try:
            return make_repr(self)
        finally:
            active.discard(key)

    wrapper.__name__ = make_repr.__name__
    wrapper.__qualname__ = make_repr.__qualname__
    return wrapper


# ---------------------------------------------------------------- defaultdict

class defaultdict(dict):
    """A dict that creates missing values by calling default_factory()."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    @_recursive_repr_guard
    def __repr__(self):
        factory = self.default_factory
        factory_repr = "None" if factory is None else _factory_repr(factory, self)
        return f"{type(self).__name__}({factory_repr}, {dict.__repr__(self)})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


def _factory_repr(factory, owner):
    # A factory that is the dict itself (d.default_factory = d) would recurse: CPython prints ...
    if factory is owner:
        return "..."
    return repr(factory)


# ---------------------------------------------------------------- OrderedDict

class OrderedDict(dict):
    """A dict that remembers insertion order (as every dict does) and adds move_to_end(),
    popitem(last=False) and order-sensitive equality between OrderedDicts."""

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self.keys())) if last else next(iter(self.keys()))
        return key, dict.pop(self, key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    @_recursive_repr_guard
    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({dict(self.items())!r})"

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


defaultdict.__module__ = OrderedDict.__module__ = "collections"
