"""Abstract base classes: ABCMeta, ABC and abstractmethod.

A class whose metaclass is ABCMeta records which of its methods are still abstract in
__abstractmethods__ and cannot be instantiated until a subclass implements them all.
isinstance() and issubclass() also accept "virtual subclasses": classes registered with
register(), or recognised by the ABC's __subclasshook__ (collections.abc uses that to
accept any class with the right methods).
"""

# CPython implements this module in C: its frames stay out of tracebacks here too.
__loopscope_hide_frames__ = True


__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token", "update_abstractmethods"]


def abstractmethod(funcobj):
    """Marks a method abstract: subclasses must override it before they can be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The deprecated spellings. CPython makes them subclasses of classmethod, staticmethod and
# property; loopscope cannot subclass those builtins, so they are functions returning one.
def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    for f in (fget, fset, fdel):
        if f is not None:
            f.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    # property, classmethod and staticmethod wrap the function that carries the mark.
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False) for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return False


def _abstract_names(cls, namespace, bases):
    names = {name for name, value in namespace.items() if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


# Bumped by every register(): cached "not a subclass" answers are stale after that.
_registrations = 0


def get_cache_token():
    return _registrations


class ABCMeta(type):
    """Metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls._abc_positive = {}
        cls._abc_negative = {}
        cls._abc_negative_version = _registrations
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        missing = cls.__dict__.get("__abstractmethods__") or getattr(cls, "__abstractmethods__", ())
        if missing:
            names = sorted(missing)
            plural = "s" if len(names) > 1 else ""
            listed = ", ".join(f"'{n}'" for n in names)
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} without an "
                            f"implementation for abstract method{plural} {listed}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Makes `subclass` a virtual subclass of this ABC."""
        global _registrations
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _registrations += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = type(instance)
        if subclass in cls._abc_positive:
            return True
        declared = getattr(instance, "__class__", subclass)
        if declared is not subclass and cls.__subclasscheck__(declared):
            return True
        return cls.__subclasscheck__(subclass)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_positive:
            return True
        if cls._abc_negative_version != _registrations:
            cls._abc_negative = {}
            cls._abc_negative_version = _registrations
        if subclass in cls._abc_negative:
            return False
        answer = cls._compute_subclasscheck(subclass)
        (cls._abc_positive if answer else cls._abc_negative)[subclass] = True
        return answer

    def _compute_subclasscheck(cls, subclass):
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        if cls in subclass.__mro__:
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for child in cls._abc_subclasses:
            if issubclass(subclass, child):
                return True
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or removed."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    names = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper base class: `class Shape(ABC)` instead of `class Shape(metaclass=ABCMeta)`."""
    __slots__ = ()
