"""Data classes: @dataclass writes __init__, __repr__, __eq__ (and on request ordering, hashing
and frozenness) from a class's annotated fields, as CPython 3.13 does.

The generated methods are compiled from source, like CPython's, so calling them wrongly gives
the same messages ("Point.__init__() missing 1 required positional argument: 'y'").
"""

import sys
import copy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class InitVar:
    """Annotation for a pseudo-field passed to __init__ and __post_init__ but not stored."""
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f"dataclasses.InitVar[{name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "doc", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only,
                 doc=None):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self.doc = doc
        self._field_type = None

    def __repr__(self):
        return ("Field("
                f"name={self.name!r},"
                f"type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},"
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"hash={self.hash!r},"
                f"compare={self.compare!r},"
                f"metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},"
                f"_field_type={self._field_type}"
                ")")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args",
                 "kw_only", "slots", "weakref_slot")

    def __init__(self, **flags):
        for name, value in flags.items():
            setattr(self, name, value)

    def __repr__(self):
        inner = ",".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"_DataclassParams({inner})"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING, doc=None):
    """Per-field options: a default or default_factory, and whether the field takes part in
    __init__, __repr__, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only, doc)


# ---------------------------------------------------------------- finding the fields

def _is_classvar(annotation):
    typing = sys.modules.get("typing")
    if typing is not None:
        if annotation is typing.ClassVar:
            return True
        if getattr(annotation, "__origin__", None) is typing.ClassVar:
            return True
    if isinstance(annotation, str):
        text = annotation.strip()
        return text.startswith(("ClassVar", "typing.ClassVar"))
    return False


def _is_initvar(annotation):
    if annotation is InitVar or isinstance(annotation, InitVar):
        return True
    if isinstance(annotation, str):
        return annotation.strip().startswith(("InitVar", "dataclasses.InitVar"))
    return False


def _is_kw_only_marker(annotation):
    if annotation is KW_ONLY:
        return True
    return isinstance(annotation, str) and annotation.strip() in ("KW_ONLY", "dataclasses.KW_ONLY")


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")
    if f._field_type is _FIELD and f.default is not MISSING and type(f.default).__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field {f.name} is not allowed: "
                         "use default_factory")
    return f


# ---------------------------------------------------------------- generating methods

class _MethodBuilder:
    """Collects method sources and compiles them together in one namespace."""

    def __init__(self, cls, globals):
        self.cls = cls
        self.sources = []
        self.names = []
        self.namespace = {}
        self.globals = globals

    def add(self, name, params, body, locals=None):
        self.names.append(name)
        if locals:
            self.namespace.update(locals)
        lines = "\n".join(f"  {line}" for line in body)
        self.sources.append(f" def {name}({', '.join(params)}):\n{lines}")

    def install(self):
        """Compiles the methods and sets those the class does not define itself (__hash__,
        decided by the hash rules, is always set). Returns the names set."""
        if not self.names:
            return []
        argnames = ", ".join(self.namespace)
        source = (f"def __create_fn__({argnames}):\n" + "\n".join(self.sources) +
                  f"\n return ({', '.join(self.names)},)\n")
        scope = {}
        exec(source, self.globals, scope)
        created = scope["__create_fn__"](**self.namespace)
        installed = []
        for name, fn in zip(self.names, created):
            fn.__qualname__ = f"{self.cls.__qualname__}.{fn.__name__}"
            if name in self.cls.__dict__ and name != "__hash__":
                continue
            setattr(self.cls, name, fn)
            installed.append(name)
        return installed


def _init_param(f):
    if f.default_factory is not MISSING:
        default = "=__dataclass_HAS_DEFAULT_FACTORY__"
    elif f.default is not MISSING:
        default = f"=__dataclass_dflt_{f.name}__"
    else:
        default = ""
    return f"{f.name}:__dataclass_type_{f.name}__{default}"


def _assign(self_name, name, value, frozen):
    if frozen:
        return f"__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})"
    return f"{self_name}.{name}={value}"


def _field_init_line(f, frozen, locals, self_name):
    default_name = f"__dataclass_dflt_{f.name}__"
    if f.default_factory is not MISSING:
        locals[default_name] = f.default_factory
        if f.init:
            value = (f"{default_name}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ "
                     f"else {f.name}")
        else:
            value = f"{default_name}()"
    elif f.init:
        if f.default is not MISSING:
            locals[default_name] = f.default
        value = f.name
    elif f.default is not MISSING:
        locals[default_name] = f.default
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _assign(self_name, f.name, value, frozen)


def _add_init(builder, all_fields, std_fields, kw_only_fields, frozen, has_post_init, self_name):
    seen_default = None
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = f
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument "
                                f"{seen_default.name!r}")
    locals = {f"__dataclass_type_{f.name}__": f.type for f in all_fields}
    locals["__dataclass_HAS_DEFAULT_FACTORY__"] = _HAS_DEFAULT_FACTORY
    locals["__dataclass_builtins_object__"] = object
    body = []
    for f in all_fields:
        line = _field_init_line(f, frozen, locals, self_name)
        if line:
            body.append(line)
    if has_post_init:
        initvars = ",".join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f"{self_name}.{_POST_INIT_NAME}({initvars})")
    if not body:
        body = ["pass"]
    params = [self_name] + [_init_param(f) for f in std_fields if f.init]
    if kw_only_fields:
        params += ["*"] + [_init_param(f) for f in kw_only_fields if f.init]
    for f in all_fields:
        if f.init and f.default is not MISSING and f.default_factory is MISSING:
            locals[f"__dataclass_dflt_{f.name}__"] = f.default
    builder.add("__init__", params, body, locals)


def _recursive_repr(user_function):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)

    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__wrapped__ = user_function
    return wrapper


def _tuple_str(obj_name, fields):
    if not fields:
        return "()"
    return f"({','.join(f'{obj_name}.{f.name}' for f in fields)},)"


def _frozen_methods(builder, cls, field_names):
    if field_names:
        condition = f"type(self) is cls or name in {tuple(field_names)!r}"
    else:
        condition = "type(self) is cls"
    locals = {"cls": cls, "FrozenInstanceError": FrozenInstanceError}
    builder.add("__setattr__", ("self", "name", "value"),
                [f"if {condition}:",
                 "  raise FrozenInstanceError(f'cannot assign to field {name!r}')",
                 "super(cls, self).__setattr__(name, value)"], locals)
    builder.add("__delattr__", ("self", "name"),
                [f"if {condition}:",
                 "  raise FrozenInstanceError(f'cannot delete field {name!r}')",
                 "super(cls, self).__delattr__(name)"], locals)


# ---------------------------------------------------------------- the decorator

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot):
    fields = {}
    globals = sys.modules[cls.__module__].__dict__ if cls.__module__ in sys.modules else {}
    setattr(cls, _PARAMS, _DataclassParams(init=init, repr=repr, eq=eq, order=order,
                                           unsafe_hash=unsafe_hash, frozen=frozen,
                                           match_args=match_args, kw_only=kw_only, slots=slots,
                                           weakref_slot=weakref_slot))

    any_frozen_base = False
    all_frozen_bases = None
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            base_frozen = getattr(base, _PARAMS).frozen
            all_frozen_bases = base_frozen if all_frozen_bases is None else all_frozen_bases and base_frozen
            any_frozen_base = any_frozen_base or base_frozen

    annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_now = kw_only
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation):
            if kw_only_now is True and kw_only_now is not kw_only:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, annotation, kw_only_now))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if all_frozen_bases is False and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]

    builder = _MethodBuilder(cls, globals)
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = "__dataclass_self__" if "self" in fields else "self"
        _add_init(builder, all_init_fields, std_init_fields, kw_only_init_fields, frozen,
                  has_post_init, self_name)

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        shown = [f for f in field_list if f.repr]
        builder.add("__repr__", ("self",),
                    ['return f"{self.__class__.__qualname__}(' +
                     ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in shown) + ')"'])

    if eq:
        terms = [f"self.{f.name}==other.{f.name}" for f in field_list if f.compare]
        builder.add("__eq__", ("self", "other"),
                    ["if self is other:", "  return True",
                     "if other.__class__ is self.__class__:",
                     f"  return {' and '.join(terms) or 'True'}",
                     "return NotImplemented"])

    if order:
        compared = [f for f in field_list if f.compare]
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
            builder.add(name, ("self", "other"),
                        ["if other.__class__ is self.__class__:",
                         f"  return {_tuple_str('self', compared)}{op}{_tuple_str('other', compared)}",
                         "return NotImplemented"])

    if frozen:
        for name in ("__setattr__", "__delattr__"):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
        _frozen_methods(builder, cls, [f.name for f in field_list])

    hash_action = _hash_action(unsafe_hash, eq, frozen, has_explicit_hash)
    if hash_action == "add":
        hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        builder.add("__hash__", ("self",), [f"return hash({_tuple_str('self', hashed)})"])
    elif hash_action == "exception":
        raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")

    installed = builder.install()
    if "__repr__" in installed:
        cls.__repr__ = _recursive_repr(cls.__dict__["__repr__"])
    if hash_action == "none":
        cls.__hash__ = None

    if not getattr(cls, "__doc__"):
        try:
            cls.__doc__ = f"{cls.__name__}{_signature_text(cls, all_init_fields if init else [])}"
        except AttributeError:
            pass  # loopscope's classes cannot have their __doc__ replaced yet

    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in std_init_fields)

    if not hasattr(cls, "__replace__"):
        cls.__replace__ = _replace
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    """slots=True: a new class with __slots__ naming the fields, as CPython makes it (the
    fields' defaults leave the class dict; __init__ already holds them)."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in getattr(cls, _FIELDS).values() if f._field_type is _FIELD)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, "__slots__", ()))
    cls_dict["__slots__"] = tuple(n for n in field_names if n not in inherited) + (
        ("__weakref__",) if weakref_slot else ())
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def _signature_text(cls, init_fields):
    parts = []
    for f in init_fields:
        text = f.name
        if isinstance(f.type, type):
            text += f": {f.type.__name__}"
        elif f.type is not None:
            text += f": {f.type}"
        if f.default is not MISSING:
            text += f" = {f.default!r}"
        elif f.default_factory is not MISSING:
            text += " = <factory>"
        parts.append(text)
    return f"({', '.join(parts)})"


def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    # CPython's table: None (leave), "none" (set __hash__ = None), "add", "exception".
    if not unsafe_hash:
        if not eq:
            return None
        if not frozen:
            return None if has_explicit_hash else "none"
        return None if has_explicit_hash else "add"
    if has_explicit_hash:
        return "exception"
    return "add"


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds generated special methods to a class with annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


# ---------------------------------------------------------------- helpers

def fields(class_or_instance):
    """The dataclass's fields (ClassVar and InitVar pseudo-fields excluded), in order."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The dataclass instance as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if type(obj) in (int, float, str, bool, type(None), bytes):
        return obj
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), "default_factory"):
            result = type(obj)(obj.default_factory)
            for k, v in obj.items():
                result[_asdict_inner(k, dict_factory)] = _asdict_inner(v, dict_factory)
            return result
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The dataclass instance as a tuple of its field values, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    return _replace(obj, **changes)


def _replace(self, /, **changes):
    for f in getattr(self, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f"field {f.name} is declared with init=False, it cannot be "
                                "specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(self, f.name)
    return self.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Creates a dataclass from a list of names, (name, type) or (name, type, Field) items."""
    namespace = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    namespace["__annotations__"] = annotations
    cls = type(cls_name, bases, namespace)
    if module is None:
        import _loopscope
        caller = _loopscope.caller_info(1)
        module = caller[2] if caller and caller[2] else "__main__"
    cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
