"""Exact rational numbers: Fraction(3, 4), Fraction('1/3'), Fraction(0.5), with arithmetic,
comparisons and hashing consistent with int and float, as CPython's fractions module."""

import math
import numbers

__all__ = ["Fraction"]

_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _parse(text):
    # "3/4", " -1.5e3 ", "2", "1_000/3": returns (numerator, denominator) or None.
    s = text.strip().replace("_", "")
    if not s:
        return None
    if "/" in s:
        num, _, den = s.partition("/")
        if not _is_int_literal(num) or not _is_int_literal(den.strip()) or den.strip()[0] in "+-":
            return None
        return int(num), int(den)
    sign = 1
    if s[0] in "+-":
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    mantissa, exp_part = s, "0"
    for marker in ("e", "E"):
        if marker in s:
            mantissa, _, exp_part = s.partition(marker)
            if not _is_int_literal(exp_part):
                return None
    whole, _, frac = mantissa.partition(".")
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    digits = int(whole + frac or "0")
    exponent = int(exp_part) - len(frac)
    if exponent >= 0:
        return sign * digits * 10 ** exponent, 1
    return sign * digits, 10 ** -exponent


def _is_int_literal(s):
    s = s.strip()
    if s and s[0] in "+-":
        s = s[1:]
    return s.isdigit()


class Fraction(numbers.Rational):
    """A rational number numerator/denominator in lowest terms, denominator > 0."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator, self._denominator = numerator.numerator, numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError(f"Invalid literal for Fraction: {numerator!r}")
                numerator, denominator = parsed
            elif hasattr(numerator, "as_integer_ratio") and not isinstance(numerator, bool):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError(f"Fraction({numerator}, 0)")
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, not {f!r} "
                            f"({type(f).__name__})")
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(*dec.as_integer_ratio())

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        obj = super(Fraction, cls).__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return f"{self.__class__.__name__}({self._numerator}, {self._denominator})"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)
        return format(float(self), format_spec)

    # ---- arithmetic ----

    def _operate(self, other, rational_op, float_op, reverse=False):
        if isinstance(other, (int, Fraction)):
            a, b = (Fraction(other), self) if reverse else (self, Fraction(other))
            return rational_op(a, b)
        if isinstance(other, float):
            return float_op(other, float(self)) if reverse else float_op(float(self), other)
        if isinstance(other, complex):
            return float_op(other, complex(self)) if reverse else float_op(complex(self), other)
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    @staticmethod
    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError(f"Fraction({a._numerator * b._denominator}, 0)")
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    @staticmethod
    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    @staticmethod
    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    @staticmethod
    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    def __add__(self, other):
        return self._operate(other, Fraction._add, lambda x, y: x + y)

    def __radd__(self, other):
        return self._operate(other, Fraction._add, lambda x, y: x + y, True)

    def __sub__(self, other):
        return self._operate(other, Fraction._sub, lambda x, y: x - y)

    def __rsub__(self, other):
        return self._operate(other, Fraction._sub, lambda x, y: x - y, True)

    def __mul__(self, other):
        return self._operate(other, Fraction._mul, lambda x, y: x * y)

    def __rmul__(self, other):
        return self._operate(other, Fraction._mul, lambda x, y: x * y, True)

    def __truediv__(self, other):
        return self._operate(other, Fraction._div, lambda x, y: x / y)

    def __rtruediv__(self, other):
        return self._operate(other, Fraction._div, lambda x, y: x / y, True)

    def __floordiv__(self, other):
        return self._operate(other, Fraction._floordiv, lambda x, y: x // y)

    def __rfloordiv__(self, other):
        return self._operate(other, Fraction._floordiv, lambda x, y: x // y, True)

    def __divmod__(self, other):
        return self._operate(other, Fraction._divmod, divmod)

    def __rdivmod__(self, other):
        return self._operate(other, Fraction._divmod, divmod, True)

    def __mod__(self, other):
        return self._operate(other, Fraction._mod, lambda x, y: x % y)

    def __rmod__(self, other):
        return self._operate(other, Fraction._mod, lambda x, y: x % y, True)

    def __pow__(self, other):
        if isinstance(other, numbers.Rational):
            if other.denominator == 1:
                power = other.numerator
                if power >= 0:
                    return Fraction._from_coprime_ints(self._numerator ** power,
                                                       self._denominator ** power)
                if self._numerator == 0:
                    raise ZeroDivisionError(f"Fraction({self._denominator ** -power}, 0)")
                if self._numerator > 0:
                    return Fraction._from_coprime_ints(self._denominator ** -power,
                                                       self._numerator ** -power)
                return Fraction._from_coprime_ints((-self._denominator) ** -power,
                                                   (-self._numerator) ** -power)
            return float(self) ** float(other)
        if isinstance(other, (float, complex)):
            return float(self) ** other
        return NotImplemented

    def __rpow__(self, base):
        if self._denominator == 1 and self._numerator >= 0:
            return base ** self._numerator
        if isinstance(base, numbers.Rational):
            return Fraction(base.numerator, base.denominator) ** self
        if self._denominator == 1:
            return base ** self._numerator
        return base ** float(self)

    def __pos__(self):
        return Fraction._from_coprime_ints(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction._from_coprime_ints(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction._from_coprime_ints(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __trunc__(self):
        return self.__int__()

    def __float__(self):
        return self._numerator / self._denominator

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            if remainder * 2 > d:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    # ---- comparison and hashing ----

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            value = _HASH_INF
        else:
            value = hash(abs(self._numerator)) * dinv % _HASH_MODULUS
        result = value if self._numerator >= 0 else -value
        return -2 if result == -1 else result

    def __eq__(self, other):
        if type(other) is int:
            return self._numerator == other and self._denominator == 1
        if isinstance(other, numbers.Rational):
            return self._numerator == other.numerator and self._denominator == other.denominator
        if isinstance(other, complex) and other.imag == 0:
            other = other.real
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return 0.0 == other
            return self == self.from_float(other)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(self, other):
        return self._richcmp(other, lambda a, b: a < b)

    def __gt__(self, other):
        return self._richcmp(other, lambda a, b: a > b)

    def __le__(self, other):
        return self._richcmp(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._richcmp(other, lambda a, b: a >= b)

    def __bool__(self):
        return bool(self._numerator)

    def __reduce__(self):
        return self.__class__, (self._numerator, self._denominator)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
