"""Decimal floating point: exact decimal arithmetic with a context (precision, rounding),
as CPython's decimal module for the operations programs use: construction from str, int,
float and tuples; + - * / // % divmod, integer powers, comparisons and hashing consistent
with int and float; quantize, normalize, to_integral_value, sqrt; str / repr / format; the
signals as exceptions (InvalidOperation, DivisionByZero, Overflow, ...)."""

import math as _math
from collections import namedtuple as _namedtuple

__all__ = ["Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext",
           "ExtendedContext", "DecimalException", "Clamped", "InvalidOperation",
           "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow",
           "FloatOperation", "DivisionImpossible", "InvalidContext", "ConversionSyntax",
           "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN",
           "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP",
           "setcontext", "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN",
           "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR"]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"
__loopscope_hide_frames__ = True  # CPython's decimal is C (_decimal)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation,
            Subnormal, FloatOperation]

for _cls in _SIGNALS + [DecimalException, ConversionSyntax, DivisionImpossible,
                        DivisionUndefined, InvalidContext]:
    _cls.__module__ = "decimal"
del _cls


# ---------------------------------------------------------------- context

class Context:
    """Precision, rounding, exponent limits and which signals raise (traps)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = _default_template
        self.prec = prec if prec is not None else base["prec"]
        self.rounding = rounding if rounding is not None else base["rounding"]
        self.Emin = Emin if Emin is not None else base["Emin"]
        self.Emax = Emax if Emax is not None else base["Emax"]
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = {s: False for s in _SIGNALS}
        if flags is not None:
            for s in (flags if not isinstance(flags, dict) else [k for k, v in flags.items() if v]):
                self.flags[s] = True
        self.traps = {s: False for s in _SIGNALS}
        for s in (traps if traps is not None else base["traps"]):
            self.traps[s] = True

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int) or not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                                "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                                "ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = ", ".join(s.__name__ for s, v in self.flags.items() if v)
        traps = ", ".join(s.__name__ for s, v in self.traps.items() if v)
        return (f"Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, "
                f"Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, "
                f"flags=[{flags}], traps=[{traps}])")

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, [s for s, v in self.flags.items() if v],
                       [s for s, v in self.traps.items() if v])

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, signal, condition=None):
        """Records a signal; raises it when trapped (condition: the specific exception)."""
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([condition or signal])

    def create_decimal(self, num="0"):
        return Decimal(num)._round(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._round(self)

    def _apply(self, name, *args):
        values = [_convert(a, strict=True) for a in args]
        return getattr(values[0], name)(*values[1:], context=self)

    def add(self, a, b):
        return self._apply("__add__", a, b)

    def subtract(self, a, b):
        return self._apply("__sub__", a, b)

    def multiply(self, a, b):
        return self._apply("__mul__", a, b)

    def divide(self, a, b):
        return self._apply("__truediv__", a, b)

    def divide_int(self, a, b):
        return self._apply("__floordiv__", a, b)

    def remainder(self, a, b):
        return self._apply("__mod__", a, b)

    def power(self, a, b, modulo=None):
        return _convert(a, strict=True).__pow__(b, modulo, context=self)

    def sqrt(self, a):
        return _convert(a, strict=True).sqrt(self)

    def quantize(self, a, b):
        return _convert(a, strict=True).quantize(b, context=self)

    def abs(self, a):
        return _convert(a, strict=True).__abs__(context=self)

    def plus(self, a):
        return _convert(a, strict=True).__pos__(context=self)

    def minus(self, a):
        return _convert(a, strict=True).__neg__(context=self)

    def compare(self, a, b):
        return _convert(a, strict=True).compare(b, self)


_default_template = {"prec": 28, "rounding": ROUND_HALF_EVEN, "Emin": -999999, "Emax": 999999,
                     "traps": [DivisionByZero, Overflow, InvalidOperation]}

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow,
                                                              InvalidOperation, Clamped,
                                                              Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
_current = [DefaultContext.copy()]


def getcontext():
    """The current context (one per run)."""
    return _current[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _LocalContext:
    def __init__(self, ctx, changes):
        self.new_context = (ctx if ctx is not None else getcontext()).copy()
        for name, value in changes.items():
            setattr(self.new_context, name, value)

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    """A with-statement context manager using a copy of the context."""
    for name in kwargs:
        if name not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"):
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
    return _LocalContext(ctx, kwargs)


# ---------------------------------------------------------------- the number

_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159
_HASH_NAN = 0
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _parse(text):
    """(sign, coefficient int, exponent) or (sign, special) for a decimal string, or None."""
    s = text.strip().replace("_", "")
    if not s or "__" in text.strip():
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    lowered = s.lower()
    if lowered in ("inf", "infinity"):
        return sign, "F"
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if lowered.startswith(prefix):
            payload = lowered[len(prefix):]
            if payload and not payload.isdigit():
                return None
            return sign, kind, payload.lstrip("0")
    mantissa, exponent = s, "0"
    for marker in ("e", "E"):
        if marker in mantissa:
            mantissa, _, exponent = mantissa.partition(marker)
            body = exponent[1:] if exponent[:1] in "+-" else exponent
            if not body.isdigit() or not body.isascii():
                return None
    whole, dot, frac = mantissa.partition(".")
    if not (whole or frac):
        return None
    for part in (whole, frac):
        if part and not (part.isdigit() and part.isascii()):
            return None
    return sign, int(whole + frac or "0"), int(exponent) - len(frac)


def _convert(value, strict=False):
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if strict and isinstance(value, float):
        return Decimal.from_float(value)
    return NotImplemented


class Decimal:
    """A decimal number: sign, integer coefficient and power-of-ten exponent (or a special
    value: Infinity, NaN, sNaN). Immutable."""

    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = (value._sign, value._int,
                                                               value._exp, value._special)
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._special = None
            return self
        if isinstance(value, float):
            return cls.from_float(value) if cls is Decimal else cls(Decimal.from_float(value))
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = context or getcontext()
                ctx._raise(InvalidOperation, ConversionSyntax)
                self._sign, self._int, self._exp, self._special = 0, 0, 0, "n"
                return self
            if len(parsed) == 2:
                self._sign, self._int, self._exp, self._special = parsed[0], 0, 0, "F"
            elif len(parsed) == 3 and isinstance(parsed[1], str):
                self._sign, self._special = parsed[0], parsed[1]
                self._int = int(parsed[2]) if parsed[2] else 0
                self._exp = 0
            else:
                self._sign, self._int, self._exp = parsed
                self._special = None
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exponent = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            if exponent == "F":
                self._sign, self._int, self._exp, self._special = sign, 0, 0, "F"
                return self
            number = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError("The second value in the tuple must be composed of "
                                     "integers in the range 0 through 9.")
                number = number * 10 + d
            if exponent in ("n", "N"):
                self._sign, self._int, self._exp, self._special = sign, number, 0, exponent
                return self
            if not isinstance(exponent, int):
                raise ValueError("The third value in the tuple must be an integer, or one of "
                                 "the strings 'F', 'n', 'N'.")
            self._sign, self._int, self._exp, self._special = sign, number, exponent, None
            return self
        raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (Decimal(0.1) has 55 digits)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if f != f:
            return cls("NaN")
        if f in (float("inf"), float("-inf")):
            return cls("-Infinity" if f < 0 else "Infinity")
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1  # d is a power of two: n / 2**k == n * 5**k / 10**k
        result = _make(sign, n * 5 ** k, -k)
        return result if cls is Decimal else cls(result)

    # ---- inspection ----

    def _is_special(self):
        return self._special is not None

    def is_nan(self):
        return self._special in ("n", "N")

    def is_snan(self):
        return self._special == "N"

    def is_qnan(self):
        return self._special == "n"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        return self._special is None and self._int != 0

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special is not None:
            return 0
        return self._exp + len(str(self._int)) - 1

    def as_tuple(self):
        if self._special == "F":
            return DecimalTuple(self._sign, (0,), "F")
        digits = tuple(int(d) for d in str(self._int)) if (self._int or self._special is None) else ()
        exponent = self._special if self.is_nan() else self._exp
        return DecimalTuple(self._sign, digits, exponent)

    def as_integer_ratio(self):
        if self._special == "F":
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self.is_nan():
            raise ValueError("cannot convert NaN to integer ratio")
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    # ---- text ----

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._special == "F":
            return sign + "Infinity"
        if self._special == "n":
            return sign + "NaN" + (str(self._int) if self._int else "")
        if self._special == "N":
            return sign + "sNaN" + (str(self._int) if self._int else "")
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + "0" * (dotplace - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dotplace]
            fracpart = "." + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ""
        else:
            capitals = (context or getcontext()).capitals
            exp = ["e", "E"][capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return f"Decimal('{self}')"

    # ---- conversions ----

    def __float__(self):
        if self.is_nan():
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            return float("-nan" if self._sign else "nan")
        return float(str(self))

    def __int__(self):
        if self._special == "F":
            raise OverflowError("cannot convert Infinity to integer")
        if self.is_nan():
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            value = self._int * 10 ** self._exp
        else:
            value = self._int // 10 ** -self._exp
        return -value if self._sign else value

    __trunc__ = __int__

    def __bool__(self):
        return self._special is not None or self._int != 0

    def __hash__(self):
        if self._special is not None:
            if self.is_snan():
                raise TypeError("Cannot hash a signaling NaN value.")
            if self.is_nan():
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _HASH_MODULUS)
        else:
            exp_hash = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        value = self._int * exp_hash % _HASH_MODULUS
        result = -value if self._sign else value
        return -2 if result == -1 else result

    # ---- rounding ----

    def _round(self, context):
        """This number rounded to the context's precision (CPython's _fix, simplified to the
        common exponent range)."""
        if self._special is not None:
            return self
        digits = len(str(self._int))
        if digits > context.prec:
            result = self._rescale(self._exp + digits - context.prec, context.rounding)
            if len(str(result._int)) > context.prec:  # rounding carried into a new digit
                result = result._rescale(result._exp + 1, context.rounding)
            if result._int * 10 ** (result._exp - self._exp) != self._int:
                context._raise(Inexact)
            context._raise(Rounded)
        else:
            result = self
        if result._int and result.adjusted() > context.Emax:
            context._raise(Overflow)
            context._raise(Inexact)
            context._raise(Rounded)
            return _make(result._sign, 0, 0, "F")
        return result

    def _rescale(self, exp, rounding):
        """This number with exponent exp, its coefficient rounded as `rounding` says."""
        if self._special is not None:
            return self
        if exp <= self._exp:
            return _make(self._sign, self._int * 10 ** (self._exp - exp), exp)
        drop = exp - self._exp
        kept, rest = divmod(self._int, 10 ** drop)
        half = 5 * 10 ** (drop - 1)
        if _rounds_up(rounding, kept, rest, half, self._sign):
            kept += 1
        return _make(self._sign, kept, exp)

    # ---- arithmetic ----

    def __neg__(self, context=None):
        context = context or getcontext()
        if self.is_zero() and context.rounding != ROUND_FLOOR:
            return _make(0, 0, self._exp)._round(context)
        return _make(1 - self._sign, self._int, self._exp, self._special)._round(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self.is_zero() and context.rounding != ROUND_FLOOR:
            return _make(0, 0, self._exp)
        return self._round(context)

    def __abs__(self, round=True, context=None):
        context = context or getcontext()
        result = _make(0, self._int, self._exp, self._special)
        return result._round(context) if round else result

    def _nan_result(self, other, context):
        for x in (self, other):
            if x is not None and x.is_snan():
                context._raise(InvalidOperation)
                return _make(x._sign, x._int, 0, "n")
        for x in (self, other):
            if x is not None and x.is_nan():
                return x
        return None

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if self._special or other._special:
            nan = self._nan_result(other, context)
            if nan is not None:
                return nan
            if self.is_infinite():
                if other.is_infinite() and self._sign != other._sign:
                    context._raise(InvalidOperation)
                    return _make(0, 0, 0, "n")
                return self
            return other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (context.rounding == ROUND_FLOOR and self._sign != other._sign) else (
                self._sign & other._sign)
            return _make(sign, 0, exp)._round(context)
        return _make(1 if total < 0 else 0, abs(total), exp)._round(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nan_result(other, context)
            if nan is not None:
                return nan
            if (self.is_infinite() and other.is_zero()) or (other.is_infinite() and self.is_zero()):
                context._raise(InvalidOperation)
                return _make(0, 0, 0, "n")
            return _make(sign, 0, 0, "F")
        return _make(sign, self._int * other._int, self._exp + other._exp)._round(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nan_result(other, context)
            if nan is not None:
                return nan
            if self.is_infinite() and other.is_infinite():
                context._raise(InvalidOperation)
                return _make(0, 0, 0, "n")
            if self.is_infinite():
                return _make(sign, 0, 0, "F")
            return _make(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                context._raise(InvalidOperation, DivisionUndefined)
                return _make(0, 0, 0, "n")
            context._raise(DivisionByZero)
            return _make(sign, 0, 0, "F")
        if self._int == 0:
            return _make(sign, 0, self._exp - other._exp)._round(context)
        # Enough digits for the precision plus one, then round once; an inexact quotient
        # is nudged off a ...0/...5 boundary so that rounding sees it is not a tie.
        shift = len(str(other._int)) - len(str(self._int)) + context.prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            coeff, remainder = divmod(self._int * 10 ** shift, other._int)
        else:
            coeff, remainder = divmod(self._int, other._int * 10 ** -shift)
        if remainder:
            if coeff % 5 == 0:
                coeff += 1
        else:
            ideal = self._exp - other._exp
            while exp < ideal and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return _make(sign, coeff, exp)._round(context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide_integer(self, other, context):
        """(integer quotient, remainder), both Decimals, the quotient truncated toward zero."""
        sign = self._sign ^ other._sign
        if other._int == 0:
            if self._int == 0:
                context._raise(InvalidOperation, DivisionUndefined)
                nan = _make(0, 0, 0, "n")
                return nan, nan
            context._raise(DivisionByZero)
            return _make(sign, 0, 0, "F"), _make(0, 0, 0, "n")
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if len(str(q)) > context.prec:
            context._raise(InvalidOperation, DivisionImpossible)
            nan = _make(0, 0, 0, "n")
            return nan, nan
        return _make(sign, q, 0), _make(self._sign, r, exp)._round(context)

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        return self._divide_integer(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        return self._divide_integer(other, context)[1]

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        return self._divide_integer(other, context)

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if modulo is not None:
            modulo = _convert(modulo)
            return Decimal(pow(int(self), int(other), int(modulo)))
        if other._special is None and other._exp >= 0 or (other._special is None and
                                                            other._int % 10 ** -other._exp == 0):
            n = int(other)
            if self._special == "F":
                if n == 0:
                    return Decimal(1)
                sign = self._sign if n % 2 else 0
                return _make(sign, 0, 0, "F") if n > 0 else _make(sign, 0, 0)
            if n >= 0:
                sign = self._sign if n % 2 else 0
                return _make(sign, self._int ** n, self._exp * n)._round(context)
            if self._int == 0:
                context._raise(DivisionByZero)
                return _make(self._sign if n % 2 else 0, 0, 0, "F")
            positive = _make(self._sign if n % 2 else 0, self._int ** -n, self._exp * -n)
            with localcontext(context) as wider:
                wider.prec = context.prec + 3
                inverse = Decimal(1).__truediv__(positive, context=wider)
            return inverse._round(context)
        # A non-integer power: computed through float (loopscope's decimal has no
        # correctly rounded exp/ln), then rounded to the context.
        return Decimal(repr(float(self) ** float(other)))._round(context)

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context=context)

    def sqrt(self, context=None):
        """The square root, correctly rounded to the context's precision."""
        context = context or getcontext()
        if self._special is not None:
            if self.is_nan() or not self._sign:
                return self
        if self._int == 0:
            return _make(self._sign, 0, self._exp // 2)
        if self._sign:
            context._raise(InvalidOperation)
            return _make(0, 0, 0, "n")
        prec = context.prec + 1
        exp_even = self._exp if self._exp % 2 == 0 else self._exp - 1
        c = self._int * (10 if self._exp % 2 else 1)
        digits = len(str(c))
        shift = max(0, 2 * prec - digits + (digits % 2))
        if shift % 2:
            shift += 1
        c *= 10 ** shift
        root = _math.isqrt(c)
        exact = root * root == c
        exp = (exp_even - shift) // 2
        if not exact and root % 5 == 0:
            root += 1
        if exact:
            ideal = self._exp // 2
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        result = _make(0, root, exp)
        with localcontext(context) as rounding_context:
            rounding_context.rounding = ROUND_HALF_EVEN
            return result._round(rounding_context)

    # ---- rounding to an exponent ----

    def quantize(self, exp, rounding=None, context=None):
        """This number rounded to the exponent of `exp` (Decimal('0.01') -> two places)."""
        exp = _convert(exp, strict=True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._special or exp._special:
            if self.is_infinite() and exp.is_infinite():
                return self
            context._raise(InvalidOperation)
            return _make(0, 0, 0, "n")
        result = self._rescale(exp._exp, rounding)
        if len(str(result._int)) > context.prec:
            context._raise(InvalidOperation)
            return _make(0, 0, 0, "n")
        if result._int * 10 ** (result._exp - self._exp) != self._int and result._exp > self._exp:
            context._raise(Inexact)
        if result._exp > self._exp:
            context._raise(Rounded)
        return result

    def to_integral_value(self, rounding=None, context=None):
        if self._special is not None or self._exp >= 0:
            return self
        context = context or getcontext()
        return self._rescale(0, rounding or context.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        """The simplest representation: trailing zeros removed (0 becomes 0)."""
        context = context or getcontext()
        if self._special is not None:
            return self
        result = self._round(context)
        if result._int == 0:
            return _make(result._sign, 0, 0)
        coeff, exp = result._int, result._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return _make(result._sign, coeff, exp)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("Second argument to round should be integral")
            return self.quantize(_make(0, 1, -n))
        if self.is_nan():
            raise ValueError("cannot round a NaN")
        if self.is_infinite():
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __floor__(self):
        if self._special is not None:
            raise (ValueError if self.is_nan() else OverflowError)("cannot round a NaN" if self.is_nan() else "cannot round an infinity")
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._special is not None:
            raise (ValueError if self.is_nan() else OverflowError)("cannot round a NaN" if self.is_nan() else "cannot round an infinity")
        return int(self._rescale(0, ROUND_CEILING))

    # ---- comparison ----

    def _compare_value(self, other):
        """-1, 0 or 1 comparing with a Decimal, int, float or Fraction; None if unordered."""
        if isinstance(other, float):
            if other != other:
                return None
            other = Decimal.from_float(other)
        elif isinstance(other, int):
            other = Decimal(other)
        elif not isinstance(other, Decimal):
            ratio = getattr(other, "as_integer_ratio", None)
            if ratio is None or not hasattr(other, "numerator"):
                return NotImplemented
            n, d = other.as_integer_ratio()
            a_n, a_d = self.as_integer_ratio()
            left, right = a_n * d, n * a_d
            return (left > right) - (left < right)
        if self.is_nan() or other.is_nan():
            return None
        if self._special == "F" or other._special == "F":
            a = 0 if self._special != "F" else (-1 if self._sign else 1)
            b = 0 if other._special != "F" else (-1 if other._sign else 1)
            if a == b == 0:
                pass
            else:
                return (a > b) - (a < b) if a != b else 0
        a_n, a_d = self.as_integer_ratio()
        b_n, b_d = other.as_integer_ratio()
        left, right = a_n * b_d, b_n * a_d
        return (left > right) - (left < right)

    def __eq__(self, other):
        result = self._compare_value(other)
        if result is NotImplemented:
            return result
        return result == 0

    def _ordering(self, other, test):
        result = self._compare_value(other)
        if result is NotImplemented:
            return result
        if result is None:
            raise InvalidOperation([InvalidOperation])
        return test(result)

    def __lt__(self, other):
        return self._ordering(other, lambda r: r < 0)

    def __le__(self, other):
        return self._ordering(other, lambda r: r <= 0)

    def __gt__(self, other):
        return self._ordering(other, lambda r: r > 0)

    def __ge__(self, other):
        return self._ordering(other, lambda r: r >= 0)

    def compare(self, other, context=None):
        other = _convert(other, strict=True)
        result = self._compare_value(other)
        if result is None:
            return _make(0, 0, 0, "n")
        return Decimal(result)

    def max(self, other, context=None):
        other = _convert(other, strict=True)
        return other if self._compare_value(other) < 0 else self

    def min(self, other, context=None):
        other = _convert(other, strict=True)
        return other if self._compare_value(other) > 0 else self

    # ---- sign manipulation ----

    def copy_abs(self):
        return _make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other, strict=True)
        return _make(other._sign, self._int, self._exp, self._special)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    # ---- format() ----

    def __format__(self, spec, context=None):
        return _format_decimal(self, spec, context or getcontext())


def _make(sign, coeff, exp, special=None):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


def _rounds_up(rounding, kept, rest, half, sign):
    """Whether dropping `rest` (compared with `half`) from `kept` rounds the magnitude up."""
    if rest == 0:
        return False
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    if rounding == ROUND_HALF_UP:
        return rest >= half
    if rounding == ROUND_HALF_DOWN:
        return rest > half
    if rounding == ROUND_HALF_EVEN:
        return rest > half or (rest == half and kept % 2 == 1)
    if rounding == ROUND_05UP:
        return kept % 10 in (0, 5)
    raise ValueError(f"unknown rounding {rounding}")


def _format_decimal(value, spec, context):
    from _decimal_format import format_decimal
    return format_decimal(value, spec, context)
