"""Type hints: every name a program imports from typing exists, and subscripting works
(List[int], Optional[str], Callable[[int], str], Dict[str, List[int]]), but the hints are
inert at run time, as they mostly are in CPython. The parts with run-time behaviour work:
NamedTuple and TypedDict classes, Generic and Protocol bases (with @runtime_checkable
isinstance checks), TypeVar, NewType, cast, overload, get_type_hints, get_origin, get_args.
"""

import collections
import collections.abc
from abc import ABCMeta, abstractmethod

TYPE_CHECKING = False

__all__ = ["Annotated", "Any", "AnyStr", "Callable", "ClassVar", "Concatenate", "Final",
           "ForwardRef", "Generic", "Literal", "LiteralString", "Never", "NoReturn",
           "NotRequired", "Optional", "ParamSpec", "Protocol", "ReadOnly", "Required", "Self",
           "Tuple", "Type", "TypeAlias", "TypeGuard", "TypeIs", "TypeVar", "TypeVarTuple", "Union",
           "Unpack", "NamedTuple", "TypedDict", "NewType", "cast", "overload", "final",
           "get_type_hints", "get_origin", "get_args", "runtime_checkable", "no_type_check",
           "assert_never", "assert_type", "reveal_type", "dataclass_transform", "override",
           "TYPE_CHECKING", "Text", "List", "Dict", "Set", "FrozenSet", "DefaultDict",
           "OrderedDict", "Counter", "Deque", "ChainMap", "Iterable", "Iterator", "Generator",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator", "Awaitable", "Coroutine",
           "Sequence", "MutableSequence", "Mapping", "MutableMapping", "AbstractSet",
           "MutableSet", "Collection", "Container", "Hashable", "Sized", "Reversible",
           "KeysView", "ItemsView", "ValuesView", "MappingView", "ContextManager",
           "AsyncContextManager", "IO", "TextIO", "BinaryIO", "Pattern", "Match",
           "SupportsInt", "SupportsFloat", "SupportsAbs", "SupportsIndex", "SupportsRound",
           "SupportsBytes", "SupportsComplex"]


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    if isinstance(obj, (list, tuple)) and not isinstance(obj, _GenericAlias):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


class _Final:
    """Base of typing's own objects."""
    __slots__ = ()


class _GenericAlias(_Final):
    """A subscripted hint such as List[int]: remembers its origin and arguments."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name

    def __repr__(self):
        name = self._name or _type_repr(self.__origin__)
        if self._name and not name.startswith("typing."):
            name = "typing." + name
        if self._name == "Callable" and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            params, result = self.__args__
            return f"{name}[[{', '.join(_type_repr(a) for a in params)}], {_type_repr(result)}]"
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params if isinstance(params, tuple) else (params,),
                             self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm(_Final):
    """A bare hint like Any, Optional, Union or ClassVar; subscripting makes an alias."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is not None:
            return self._getitem(self, params)
        return _GenericAlias(self, params if isinstance(params, tuple) else (params,), self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


def _union(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = type(None) if p is None else p
        inner = p.__args__ if isinstance(p, _GenericAlias) and p.__origin__ is Union else (p,)
        for q in inner:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(flat)


class _UnionAlias(_GenericAlias):
    def __init__(self, members):
        super().__init__(Union, tuple(members), "Union")

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f"typing.Optional[{_type_repr(other)}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __instancecheck__(self, obj):
        return isinstance(obj, tuple(a for a in self.__args__ if isinstance(a, type)))


def _optional(form, param):
    return Union[param, None]


Any = _SpecialForm("Any")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
Literal = _SpecialForm("Literal")
LiteralString = _SpecialForm("LiteralString")
Never = _SpecialForm("Never")
NoReturn = _SpecialForm("NoReturn")
Self = _SpecialForm("Self")
TypeAlias = _SpecialForm("TypeAlias")
TypeGuard = _SpecialForm("TypeGuard")
TypeIs = _SpecialForm("TypeIs")
Required = _SpecialForm("Required")
NotRequired = _SpecialForm("NotRequired")
ReadOnly = _SpecialForm("ReadOnly")
Concatenate = _SpecialForm("Concatenate")
Unpack = _SpecialForm("Unpack")


class _AnnotatedForm(_SpecialForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        alias = _GenericAlias(params[0], (params[0],), "Annotated")
        alias.__metadata__ = params[1:]
        return alias


Annotated = _AnnotatedForm("Annotated")


class _ConcreteAliasMeta(type):
    """List, Dict, Callable...: unsubscripted aliases of real classes. They are classes (with
    this metaclass) so that isinstance(x, List) works; List[int] makes a _GenericAlias."""

    def __repr__(cls):
        return "typing." + cls._name

    def __getitem__(cls, params):
        return _GenericAlias(cls.__origin__, params if isinstance(params, tuple) else (params,),
                             cls._name)

    def __call__(cls, *args, **kwargs):
        if cls._hint is not None:
            raise TypeError(f"Type {cls._name} cannot be instantiated; use {cls._hint}() instead")
        return cls.__origin__(*args, **kwargs)

    def __instancecheck__(cls, obj):
        return isinstance(obj, cls.__origin__)

    def __subclasscheck__(cls, other):
        return issubclass(other, cls.__origin__)

    def __or__(cls, other):
        return Union[cls, other]

    def __ror__(cls, other):
        return Union[other, cls]


def _ConcreteAlias(origin, name, instantiable_hint=None):
    return _ConcreteAliasMeta(name, (), {"__origin__": origin, "_name": name,
                                         "_hint": instantiable_hint, "__module__": "typing"})


_abc = collections.abc
List = _ConcreteAlias(list, "List", "list")
Dict = _ConcreteAlias(dict, "Dict", "dict")
Set = _ConcreteAlias(set, "Set", "set")
FrozenSet = _ConcreteAlias(frozenset, "FrozenSet", "frozenset")
Tuple = _ConcreteAlias(tuple, "Tuple", "tuple")
Type = _ConcreteAlias(type, "Type")
DefaultDict = _ConcreteAlias(collections.defaultdict, "DefaultDict")
OrderedDict = _ConcreteAlias(collections.OrderedDict, "OrderedDict")
Counter = _ConcreteAlias(collections.Counter, "Counter")
Deque = _ConcreteAlias(collections.deque, "Deque")
ChainMap = _ConcreteAlias(collections.ChainMap, "ChainMap")
Callable = _ConcreteAlias(_abc.Callable, "Callable")
Iterable = _ConcreteAlias(_abc.Iterable, "Iterable")
Iterator = _ConcreteAlias(_abc.Iterator, "Iterator")
Generator = _ConcreteAlias(_abc.Generator, "Generator")
AsyncIterable = _ConcreteAlias(_abc.AsyncIterable, "AsyncIterable")
AsyncIterator = _ConcreteAlias(_abc.AsyncIterator, "AsyncIterator")
AsyncGenerator = _ConcreteAlias(_abc.AsyncGenerator, "AsyncGenerator")
Awaitable = _ConcreteAlias(_abc.Awaitable, "Awaitable")
Coroutine = _ConcreteAlias(_abc.Coroutine, "Coroutine")
Sequence = _ConcreteAlias(_abc.Sequence, "Sequence")
MutableSequence = _ConcreteAlias(_abc.MutableSequence, "MutableSequence")
Mapping = _ConcreteAlias(_abc.Mapping, "Mapping")
MutableMapping = _ConcreteAlias(_abc.MutableMapping, "MutableMapping")
AbstractSet = _ConcreteAlias(_abc.Set, "AbstractSet")
MutableSet = _ConcreteAlias(_abc.MutableSet, "MutableSet")
Collection = _ConcreteAlias(_abc.Collection, "Collection")
Container = _ConcreteAlias(_abc.Container, "Container")
Hashable = _ConcreteAlias(_abc.Hashable, "Hashable")
Sized = _ConcreteAlias(_abc.Sized, "Sized")
Reversible = _ConcreteAlias(_abc.Reversible, "Reversible")
KeysView = _ConcreteAlias(_abc.KeysView, "KeysView")
ItemsView = _ConcreteAlias(_abc.ItemsView, "ItemsView")
ValuesView = _ConcreteAlias(_abc.ValuesView, "ValuesView")
MappingView = _ConcreteAlias(_abc.MappingView, "MappingView")
ContextManager = _ConcreteAlias(object, "ContextManager")
AsyncContextManager = _ConcreteAlias(object, "AsyncContextManager")
Pattern = _ConcreteAlias(object, "Pattern")
Match = _ConcreteAlias(object, "Match")
Text = str


class IO(_Final):
    """Stand-in for the I/O stream types (hints only)."""


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass


# ---------------------------------------------------------------- type variables

class TypeVar(_Final):
    """A type variable: T = TypeVar('T'). Its repr is ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=None):
        if covariant and contravariant:
            raise ValueError("Bivariant type variables are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        self.__infer_variance__ = infer_variance

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, default=None):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)
        self.args = f"{name}.args"
        self.kwargs = f"{name}.kwargs"


class TypeVarTuple(_Final):
    def __init__(self, name, default=None):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """Base for generic classes: class Stack(Generic[T]). Subscripting a generic class
    (Stack[int]) gives back the class itself."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        return _GenericAlias(cls, params if isinstance(params, tuple) else (params,)) \
            if cls is Generic else cls

    def __init_subclass__(cls, /, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)


# ---------------------------------------------------------------- Protocol

def _protocol_members(cls):
    names = set()
    for klass in cls.__mro__[:-1]:
        if klass.__name__ in ("Protocol", "Generic"):
            continue
        for name in list(klass.__dict__) + list(klass.__dict__.get("__annotations__", {})):
            if not name.startswith("_abc_") and name not in _SPECIAL_PROTOCOL_NAMES:
                names.add(name)
    return names


_SPECIAL_PROTOCOL_NAMES = frozenset([
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__",
    "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__",
    "__match_args__", "__static_attributes__", "__firstlineno__", "__qualname__",
    "_is_protocol", "_is_runtime_protocol", "__parameters__", "__orig_bases__",
    "__protocol_attrs__", "__non_callable_proto_members__", "__type_params__",
    "__init_subclass__", "__abc_tpflags__", "__hash__", "__eq__"])


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            return all(hasattr(instance, name) for name in _protocol_members(cls))
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get("_is_protocol", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            return all(hasattr(other, name) for name in _protocol_members(cls))
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base for structural types: a class with the right methods "is" one."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

    def __class_getitem__(cls, params):
        return cls


def runtime_checkable(cls):
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got "
                        f"{cls!r}")
    cls._is_runtime_protocol = True
    return cls


class SupportsInt(Protocol):
    @abstractmethod
    def __int__(self):
        pass


class SupportsFloat(Protocol):
    @abstractmethod
    def __float__(self):
        pass


class SupportsComplex(Protocol):
    @abstractmethod
    def __complex__(self):
        pass


class SupportsBytes(Protocol):
    @abstractmethod
    def __bytes__(self):
        pass


class SupportsIndex(Protocol):
    @abstractmethod
    def __index__(self):
        pass


class SupportsAbs(Protocol):
    @abstractmethod
    def __abs__(self):
        pass


class SupportsRound(Protocol):
    @abstractmethod
    def __round__(self, ndigits=0):
        pass


for _p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex,
           SupportsAbs, SupportsRound):
    _p._is_runtime_protocol = True
del _p


# ---------------------------------------------------------------- NamedTuple, TypedDict

class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get("_root", False):
            return super().__new__(mcls, typename, bases, ns)
        annotations = ns.get("__annotations__", {})
        fields = list(annotations)
        defaults = []
        for name in fields:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                                f"field{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(f for f in fields if f in ns)}")
        result = collections.namedtuple(typename, fields, defaults=defaults,
                                        module=ns.get("__module__", "__main__"))
        result.__annotations__ = dict(annotations)
        for key, value in ns.items():
            if key in ("__module__", "__qualname__", "__annotations__", "_root") or key in fields:
                continue
            if key in ("_make", "_asdict", "_replace", "_fields", "__new__", "__init__",
                       "__slots__", "__getnewargs__", "_field_defaults"):
                raise AttributeError(f"Cannot overwrite NamedTuple attribute {key}")
            setattr(result, key, value)
        if "__qualname__" in ns:
            result.__qualname__ = ns["__qualname__"]
        return result

    def __call__(cls, typename, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            return super().__call__(typename, fields, **kwargs)
        fields = list(fields or kwargs.items())
        import _loopscope
        caller = _loopscope.caller_info(1)
        module = caller[2] if caller and caller[2] else "__main__"
        result = collections.namedtuple(typename, [name for name, _ in fields], module=module)
        result.__annotations__ = dict(fields)
        return result


class NamedTuple(metaclass=_NamedTupleMeta):
    """class Employee(NamedTuple): name: str; id: int = 3 -- a typed namedtuple."""
    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if ns.get("_root", False):
            return super().__new__(mcls, name, bases, ns)
        own = dict(ns.get("__annotations__", {}))
        annotations = {}
        required, optional = set(), set()
        for base in bases:
            annotations.update(getattr(base, "__annotations__", {}))
            required |= getattr(base, "__required_keys__", set())
            optional |= getattr(base, "__optional_keys__", set())
        annotations.update(own)
        for key in own:
            (required if total else optional).add(key)
        ns = dict(ns)
        ns["__annotations__"] = annotations
        result = super().__new__(mcls, name, (dict,), ns)
        result.__required_keys__ = frozenset(required)
        result.__optional_keys__ = frozenset(optional)
        result.__total__ = total
        return result

    # Calling a TypedDict class makes a plain dict, as in CPython.
    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


class TypedDict(metaclass=_TypedDictMeta):
    """class Movie(TypedDict): title: str; year: int -- a dict with known keys."""
    _root = True


# ---------------------------------------------------------------- functions

class NewType:
    """UserId = NewType('UserId', int): a distinct name for type checkers; at run time a
    function returning its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = self.__name__ = name
        self.__supertype__ = tp
        import _loopscope
        caller = _loopscope.caller_info(1)
        self.__module__ = caller[2] if caller and caller[2] else "__main__"

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]


def cast(typ, val):
    """Tells a type checker val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated "
        "functions outside a stub module should always be followed by an implementation "
        "that is not @overload-ed.")


def overload(func):
    _overload_registry.setdefault(getattr(func, "__qualname__", None), []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, "__qualname__", None), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn
    return decorator


class ForwardRef(_Final):
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its MRO merged), function or module, with string
    annotations evaluated."""
    import sys
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            module = sys.modules.get(base.__module__)
            base_globals = globalns if globalns is not None else getattr(module, "__dict__", {})
            for name, value in base.__dict__.get("__annotations__", {}).items():
                hints[name] = _evaluate(value, base_globals, localns if localns else dict(vars(base)))
        return hints
    annotations = getattr(obj, "__annotations__", None) or {}
    if globalns is None:
        globalns = getattr(obj, "__globals__", None)
        if globalns is None:
            module = sys.modules.get(getattr(obj, "__module__", None))
            globalns = getattr(module, "__dict__", {})
    return {name: _evaluate(value, globalns, localns) for name, value in annotations.items()}


def _evaluate(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def get_origin(tp):
    """List[int] -> list, Optional[int] -> Union, ... ; None for plain classes."""
    if isinstance(tp, _GenericAlias):
        if tp._name == "Annotated":
            return Annotated
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """List[int] -> (int,), Dict[str, int] -> (str, int), Callable[[int], str] -> ([int], str)."""
    if isinstance(tp, _GenericAlias):
        if tp._name == "Annotated":
            return (tp.__origin__,) + tp.__metadata__
        return tp.__args__
    return ()


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)
