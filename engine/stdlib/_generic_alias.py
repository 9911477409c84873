"""What annotations evaluate to: `list[int]` is a types.GenericAlias and `int | None` a
types.UnionType, as in CPython (which implements both in C). The VM calls `alias` for
`list[int]` and `union` for `type | type`."""

# CPython implements these in C: their frames stay out of tracebacks.
__loopscope_hide_frames__ = True


def _repr_item(obj):
    """How an argument shows inside list[...] / X | Y (CPython's ga_repr_item)."""
    if obj is ...:
        return "..."
    if hasattr(obj, "__origin__") and hasattr(obj, "__args__"):
        return repr(obj)
    qualname = getattr(obj, "__qualname__", None)
    module = getattr(obj, "__module__", None)
    if isinstance(qualname, str) and isinstance(module, str):
        return qualname if module == "builtins" else f"{module}.{qualname}"
    return repr(obj)


class GenericAlias:
    """list[int]: the origin class with its arguments; calling it makes an origin instance."""

    __module__ = "types"

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = ()

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __repr__(self):
        args = ", ".join(_repr_item(a) for a in self.__args__) if self.__args__ else "()"
        return f"{_repr_item(self.__origin__)}[{args}]"

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


class UnionType:
    """int | None: the alternatives, deduplicated in order; isinstance accepts it."""

    __module__ = "types"

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        return " | ".join("None" if a is type(None) else _repr_item(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)

    def __instancecheck__(self, obj):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return any(isinstance(obj, arg) for arg in self.__args__)

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return any(issubclass(cls, arg) for arg in self.__args__)


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def union(left, right):
    """left | right for classes, None and aliases; NotImplemented for anything else."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    args = []
    for side in (left, right):
        for item in side.__args__ if isinstance(side, UnionType) else (side,):
            item = type(None) if item is None else item
            if item not in args:
                args.append(item)
    return args[0] if len(args) == 1 else UnionType(tuple(args))


def alias(origin, args):
    return GenericAlias(origin, args)
