"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, with CPython 3.13's
semantics: members are singletons created when the class is, looked up by value (Color(1))
or name (Color['RED']), iterated in definition order (aliases skipped), printed as
<Color.RED: 1> / Color.RED, and protected from reassignment."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "ReprEnum", "auto", "unique", "property", "verify", "member", "nonmember",
           "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "global_enum", "show_flag_values",
           "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "pickle_by_enum_name",
           "pickle_by_global_name"]

_builtin_property = property
_builtin_type = type
Enum = Flag = EJECT = _stdlib_enums = ReprEnum = None  # defined below; the metaclass checks them


class nonmember:
    """Protects a class-body value from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces a class-body value (a function, say) to become a member."""

    def __init__(self, value):
        self.value = value


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Stands for "the next value": 1, 2, 3... for Enum, powers of two for Flag, the
    lowercased name for StrEnum."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


def _is_descriptor(obj):
    return any(hasattr(type(obj), name) for name in ("__get__", "__set__", "__delete__"))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = f"_{cls_name.lstrip('_')}__"
    return name.startswith(prefix) and not name.endswith("__")


def _high_bit(value):
    return value.bit_length() - 1


def _bin(num, max_bits=None):
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f"{sign} {digits}"


class _EnumDict(dict):
    """The class-body namespace of an enum: records member names in order and resolves
    auto() at the moment each member is assigned."""

    def __init__(self, cls_name, generate_next_value):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._generate_next_value = generate_next_value

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == "_order_":
                pass
            elif key == "_generate_next_value_":
                if self._member_names:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = getattr(value, "__func__", value)
            elif key == "_ignore_":
                names = value.replace(",", " ").split() if isinstance(value, str) else list(value)
                self._ignore = names
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._generate_next_value(key, 1, len(self._member_names),
                                                        self._last_values[:])
            return value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            return tuple(self._resolve_auto(key, v) for v in value)
        return value


class EnumType(type):
    """Metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        generate = getattr(first_enum, "_generate_next_value_", None)
        return _EnumDict(cls, getattr(generate, "__func__", generate))

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(classdict._member_names)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        namespace = dict(classdict)
        values = {name: namespace.pop(name) for name in member_names}
        # A __new__ written in the class body makes the members; afterwards the class's
        # __new__ is Enum.__new__, which looks members up by value.
        user_new = namespace.get("__new__") if Enum is not None else None
        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        namespace["_unhashable_values_"] = []
        namespace["_member_type_"] = member_type
        namespace["_value_repr_"] = metacls._find_value_repr_(namespace, bases)
        if Flag is not None and first_enum is not None and issubclass(first_enum, Flag):
            namespace["_boundary_"] = boundary or getattr(first_enum, "_boundary_", None)
            namespace["_flag_mask_"] = 0
            namespace["_singles_mask_"] = 0
            namespace["_all_bits_"] = 0
            namespace["_inverted_"] = None
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        if boundary is not None:
            type.__setattr__(enum_class, "_boundary_", boundary)
        if Enum is not None:
            if user_new is not None:
                type.__setattr__(enum_class, "__new_member__", user_new)
            type.__setattr__(enum_class, "__new__", Enum.__dict__["__new__"])
            metacls._prefer_enum_methods_(enum_class, namespace, member_type, first_enum)
        new_member = metacls._find_new_(user_new, member_type, first_enum)
        type.__setattr__(enum_class, "_new_member_", new_member)
        for name in member_names:
            enum_class._add_member_(name, values[name], member_type, new_member)
        if Flag is not None and issubclass(enum_class, Flag):
            # IntFlag's operators must be Flag's, not int's (which comes first in the MRO).
            for op in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__",
                       "__invert__"):
                if op not in namespace:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
            enum_class._finish_flag_()
        return enum_class

    @staticmethod
    def _prefer_enum_methods_(enum_class, namespace, member_type, first_enum):
        # In class X(int, Enum), int precedes Enum in the MRO; repr() and friends must still
        # be the enum's unless the class body defines them.
        for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
            if name in namespace:
                continue
            enum_method = getattr(first_enum, name, None)
            found = getattr(enum_class, name, None)
            if enum_method is None or found is enum_method:
                continue
            if found == getattr(object, name, None) or found == getattr(member_type, name, None):
                type.__setattr__(enum_class, name, enum_method)

    @staticmethod
    def _find_new_(user_new, member_type, first_enum):
        if user_new is not None:
            return user_new.__func__ if isinstance(user_new, staticmethod) else user_new
        excluded = (None, object.__new__, Enum.__new__ if Enum is not None else None)
        for method in ("__new_member__", "__new__"):
            for possible in (member_type, first_enum):
                target = getattr(possible, method, None)
                if target not in excluded:
                    return target
        return object.__new__

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, Enum
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(f"<enum {class_name!r}> cannot extend {base!r}")
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object or isinstance(base, EnumType):
                    continue
                member_type = base
                break
            if member_type is not object:
                break
        return member_type, first_enum

    @staticmethod
    def _find_value_repr_(namespace, bases):
        if "__repr__" in namespace and "_value_repr_" not in namespace:
            return None
        if "_value_repr_" in namespace:
            return namespace["_value_repr_"]
        for chain in bases:
            for base in chain.__mro__:
                if "_value_repr_" in base.__dict__:
                    return base.__dict__["_value_repr_"]
                if base in (int, float, str, bytes, complex):
                    return base.__repr__
        return None

    def _add_member_(cls, name, value, member_type, new_member):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if new_member is object.__new__:
            enum_member = object.__new__(cls)
        else:
            enum_member = new_member(cls, *args)
        if not hasattr(enum_member, "_value_"):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        # An equal value already present makes this name an alias of that member.
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for other in cls._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is None and (Flag is None or not issubclass(cls, Flag) or _is_single_bit(value)):
            cls._member_names_.append(name)
        elif canonical is None and Flag is not None and issubclass(cls, Flag):
            pass  # multi-bit flag values are aliases of their combination, not iterated
        if canonical is not None:
            enum_member = canonical
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, enum_member)

    # ---- the class as a container of members ----

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = _builtin_type(cls)
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last_values = names, [], []
            for count, name in enumerate(original):
                value = classdict._generate_next_value(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        elif names is not None and hasattr(names, "items"):
            names = list(names.items())
        for item in names:
            name, value = (item, item) if isinstance(item, str) else item
            classdict[name] = value
        if module is None:
            import _loopscope
            caller = _loopscope.caller_info(2)
            module = caller[2] if caller and caller[2] else "__main__"
        classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {name!r}.")
        super().__delattr__(name)

    def __dir__(cls):
        interesting = {"__class__", "__contains__", "__doc__", "__getitem__", "__iter__",
                       "__len__", "__members__", "__module__", "__name__", "__qualname__"}
        interesting.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add("__new__")
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add("__init_subclass__")
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)


EnumMeta = EnumType


def _is_single_bit(value):
    if not isinstance(value, int) or value == 0:
        return isinstance(value, int) is False
    return value & (value - 1) == 0


class Enum(metaclass=EnumType):
    """Base class of enumerations: class Color(Enum): RED = 1; GREEN = 2."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of None "
                        f"or a valid member")

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError(f"unable to increment {last_value!r}") from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return f"<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"}
        for cls in type(self).__mro__:
            for name, obj in cls.__dict__.items():
                if name[0] != "_" and name not in self._member_map_:
                    names.add(name)
        names.update(k for k in self.__dict__ if k[0] != "_")
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_builtin_property
    def name(self):
        """The name of the member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes repr(): str() and format() are those of the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""

    __str__ = int.__repr__

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings; auto() gives the lowercased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) >= 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


# ---------------------------------------------------------------- flags

class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Members combine with | & ^ ~ into flags: Permission.READ | Permission.WRITE."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError(f"invalid flag value {last_value!r}") from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _finish_flag_(cls):
        single_bits = 0
        multi_bits = 0
        for m in cls._member_map_.values():
            value = m._value_
            if isinstance(value, int) and value > 0:
                if value & (value - 1) == 0:
                    single_bits |= value
                else:
                    multi_bits |= value
        type.__setattr__(cls, "_singles_mask_", single_bits)
        type.__setattr__(cls, "_flag_mask_", single_bits | multi_bits)
        mask = single_bits | multi_bits
        type.__setattr__(cls, "_all_bits_", 2 ** mask.bit_length() - 1 if mask else 0)

    @classmethod
    def _iter_member_(cls, value):
        members = []
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_:
                members.append(m)
        return sorted(members, key=lambda m: m._value_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n    given "
                                 f"{_bin(value, max_bits)}\n  allowed {_bin(flag_mask, max_bits)}")
            if cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP and value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        member_value = value & cls._singles_mask_
        unknown = value & ~flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError(f"{cls.__name__}({value!r}) -->  unknown values {unknown!r} "
                             f"[{bin(unknown)}]")
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        members = cls._iter_member_(member_value)
        combined = 0
        for m in members:
            combined |= m._value_
        unknown = value ^ combined
        if members:
            pseudo._name_ = "|".join(m._name_ for m in members)
            if unknown:
                pseudo._name_ += f"|{cls._numeric_repr_(unknown)}"
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                            f"and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._iter_member_(self._value_))

    def __len__(self):
        return bin(self._value_ & self._singles_mask_).count("1")

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f"<{cls_name}: {v_repr(self._value_)}>"
        return f"<{cls_name}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        if self._name_ is None:
            return f"{self.__class__.__name__}({self._value_!r})"
        return f"{self.__class__.__name__}.{self._name_}"

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._get_value(self) is NotImplemented:
            raise TypeError(f"'{self}' cannot be inverted")
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""

    __str__ = ReprEnum.__str__ if False else int.__repr__

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


# ---------------------------------------------------------------- decorators

def unique(enumeration):
    """Class decorator: ValueError if two names share a value."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {details}")
    return enumeration


class EnumCheck(StrEnum):
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking UNIQUE / CONTINUOUS / NAMED_FLAGS constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = sorted(m.value for m in enumeration)
                missing = [v for v in range(values[0], values[-1]) if v not in values] if values else []
                if missing:
                    raise ValueError(f"invalid enum {enumeration.__name__!r}: missing values "
                                     f"{', '.join(map(str, missing))}")
        return enumeration


def global_enum(cls, update_str=False):
    return cls


def show_flag_values(value):
    return [1 << i for i in range(value.bit_length()) if value & (1 << i)]


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


property = _builtin_property
