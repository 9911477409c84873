"""Pseudo-random numbers, the same ones CPython 3.13 produces for the same seed.

The generator itself (a Mersenne Twister seeded exactly as CPython seeds it) is the native
module _random; this module turns its output into integers, choices, shuffles and the
classic distributions with the same arithmetic CPython uses, so that after random.seed(42)
every function returns what CPython returns.

loopscope has no entropy source: an unseeded generator starts from a fixed seed, so a
program that never calls seed() still prints the same numbers on every run.
"""

import _random
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import floor as _floor, isfinite as _isfinite, lgamma as _lgamma
from math import fabs as _fabs, log2 as _log2

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "randint", "choice",
           "sample", "randrange", "shuffle", "normalvariate", "lognormvariate",
           "expovariate", "vonmisesvariate", "gammavariate", "triangular", "gauss",
           "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate",
           "getrandbits", "choices", "binomialvariate", "randbytes"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

# Unseeded generators get consecutive seeds starting here, so two Random() objects differ
# from each other while every run of the program stays identical.
_FIRST_DEFAULT_SEED = 20250101
_default_seeds_given = 0


def _next_default_seed():
    global _default_seeds_given
    _default_seeds_given += 1
    return _FIRST_DEFAULT_SEED + _default_seeds_given - 1


def _as_index(value):
    # operator.index without importing operator: ints pass, __index__ is honoured.
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _running_totals(values):
    total = None
    out = []
    for v in values:
        total = v if total is None else total + v
        out.append(total)
    return out


def _first_index_above(sorted_values, x, lo, hi):
    # bisect.bisect_right restricted to [lo, hi): the first position whose value is > x.
    while lo < hi:
        mid = (lo + hi) // 2
        if x < sorted_values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _is_sequence(population):
    try:
        from collections.abc import Sequence
    except ImportError:
        Sequence = (list, tuple, str, range, bytes, bytearray)
    return isinstance(population, Sequence)


_ONE = 1  # randrange's default step: identity tells "not given" from an explicit 1


class Random:
    """A generator with its own state; the module-level functions share one instance."""

    VERSION = 3

    def __init__(self, x=None):
        self._generator = _random.Random()
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # A subclass that supplies only random() must draw integers from it, not from the
        # Mersenne Twister's getrandbits.
        for klass in cls.__mro__:
            if "_randbelow" in klass.__dict__:
                break
            if "getrandbits" in klass.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if "random" in klass.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    # ---- state ----

    def seed(self, a=None, version=2):
        if version == 1 and isinstance(a, (str, bytes)):
            if isinstance(a, bytes):
                a = a.decode("latin-1")
            x = ord(a[0]) << 7 if a else 0
            for ch in a:
                x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            from hashlib import sha512
            data = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(data + sha512(data).digest())
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError("The only supported seed types are:\n"
                            "None, int, float, str, bytes, and bytearray.")
        if a is None:
            a = _next_default_seed()
        self._generator.seed(a)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, self._generator.getstate(), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version == 3:
            version, internal, self.gauss_next = state
            self._generator.setstate(internal)
        elif version == 2:
            version, internal, self.gauss_next = state
            self._generator.setstate(tuple(x % (2 ** 32) for x in internal))
        else:
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (version, self.VERSION))

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ---- the raw generator ----

    def random(self):
        """A float in [0.0, 1.0)."""
        return self._generator.random()

    def getrandbits(self, k):
        """An int with k random bits."""
        return self._generator.getrandbits(k)

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, "little")

    # ---- integers ----

    def _randbelow_with_getrandbits(self, n):
        # Draw just enough bits for n and reject values past it: every result equally likely.
        bits = n.bit_length()
        r = self.getrandbits(bits)
        while r >= n:
            r = self.getrandbits(bits)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        if n >= maxsize:
            from warnings import warn
            warn("Underlying random() generator does not supply \n"
                 "enough bits to choose from a population range this large.\n"
                 "To remove the range limitation, add a getrandbits() method.")
            return _floor(self.random() * n)
        limit = (maxsize - maxsize % n) / maxsize
        r = self.random()
        while r >= limit:
            r = self.random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=_ONE):
        istart = _as_index(start)
        if stop is None:
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _as_index(stop)
        width = istop - istart
        istep = _as_index(step)
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError(f"empty range in randrange({start}, {stop})")
        if istep > 0:
            count = (width + istep - 1) // istep
        elif istep < 0:
            count = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if count <= 0:
            raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
        return istart + istep * self._randbelow(count)

    def randint(self, a, b):
        """An int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # ---- sequences ----

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffles the list in place (Fisher-Yates, from the end)."""
        for i in reversed(range(1, len(x))):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cumulative = _running_totals(counts)
            if len(cumulative) != n:
                raise ValueError("The number of counts does not match the population")
            total = cumulative.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            picks = self.sample(range(total), k=k)
            return [population[_first_index_above(cumulative, s, 0, len(cumulative))] for s in picks]
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # Small populations: partial Fisher-Yates on a copy. Large ones: draw indices and
        # redraw repeats. The threshold decides which numbers come out, so it follows CPython.
        threshold = 21
        if k > 5:
            threshold += 4 ** _ceil(_log(k * 3, 4))
        if n <= threshold:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in taken:
                    j = self._randbelow(n)
                taken.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                size = n + 0.0
                return [population[_floor(self.random() * size)] for _ in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f"The number of choices must be a keyword argument: {k=}") from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _isfinite(total):
            raise ValueError("Total of weights must be finite")
        last = n - 1
        return [population[_first_index_above(cum_weights, self.random() * total, 0, last)]
                for _ in range(k)]

    # ---- real-valued distributions ----

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        # Kinderman and Monahan's ratio-of-uniforms method.
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        # Box-Muller makes two values at a time; the second is kept for the next call.
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        if kappa <= 1e-6:
            return TWOPI * self.random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * self.random())
            d = z / (r + z)
            u2 = self.random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if self.random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha > 1.0:
            # Cheng's rejection method.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        # alpha < 1: Ahrens and Dieter's method.
        while True:
            b = (_e + alpha) / _e
            p = b * self.random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = self.random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)

    def binomialvariate(self, n=1, p=0.5):
        if n < 0:
            raise ValueError("n must be non-negative")
        if p <= 0.0 or p >= 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        if n == 1:
            return _as_index(self.random() < p)
        if p > 0.5:
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            # Few expected successes: jump between them with geometric gaps.
            successes = position = 0
            c = _log2(1.0 - p)
            if not c:
                return successes
            while True:
                position += _floor(_log2(self.random()) / c) + 1
                if position > n:
                    return successes
                successes += 1
        return self._binomial_btrs(n, p)

    def _binomial_btrs(self, n, p):
        # Hormann's BTRS transformed-rejection sampler, as CPython uses for n*p >= 10.
        spq = _sqrt(n * p * (1.0 - p))
        b = 1.15 + 2.53 * spq
        a = -0.0873 + 0.0248 * b + 0.01 * p
        c = n * p + 0.5
        vr = 0.92 - 4.2 / b
        prepared = False
        while True:
            u = self.random() - 0.5
            us = 0.5 - _fabs(u)
            k = _floor((2.0 * a / us + b) * u + c)
            if k < 0 or k > n:
                continue
            v = self.random()
            if us >= 0.07 and v <= vr:
                return k
            if not prepared:
                alpha = (2.83 + 5.1 / b) * spq
                lpq = _log(p / (1.0 - p))
                m = _floor((n + 1) * p)
                h = _lgamma(m + 1) + _lgamma(n - m + 1)
                prepared = True
            v *= alpha / (a / (us * us) + b)
            if _log(v) <= h - _lgamma(k + 1) - _lgamma(n - k + 1) + (k - m) * lpq:
                return k


class SystemRandom(Random):
    """CPython draws these from the operating system; loopscope has none, so this is an
    ordinary (deterministic) generator whose seed() does nothing."""

    def seed(self, *args, **kwds):
        if not hasattr(self, "_generator"):
            self._generator = _random.Random()
            self._generator.seed(_next_default_seed())
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
binomialvariate = _inst.binomialvariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
