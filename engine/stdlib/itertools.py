"""Iterator building blocks, as CPython's itertools: the same items in the same order, the
same laziness (what is consumed from the input, and when), reprs and error messages.

CPython implements these in C; their frames are left out of tracebacks here too."""

__loopscope_hide_frames__ = True

__all__ = ["accumulate", "batched", "chain", "combinations", "combinations_with_replacement",
           "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice",
           "pairwise", "permutations", "product", "repeat", "starmap", "takewhile", "tee",
           "zip_longest"]

_MAXSIZE = (1 << 63) - 1


def _index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


class _Iterator:
    """Base of the iterator classes: __next__ runs the generator built by _run()."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._items)

    def __class_getitem__(cls, item):
        return cls


# ---------------------------------------------------------------- infinite iterators

class count(_Iterator):
    def __init__(self, start=0, step=1):
        for value in (start, step):
            kind = type(value)
            if not isinstance(value, (int, float, complex)) and not any(
                    hasattr(kind, m) for m in ("__index__", "__int__", "__float__")):
                raise TypeError("a number is required")
        self._current = start
        self._step = step

    def __next__(self):
        value = self._current
        self._current = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        if isinstance(self._step, int) and self._step == 1 and not isinstance(self._step, bool):
            return f"{name}({self._current!r})"
        return f"{name}({self._current!r}, {self._step!r})"


class cycle(_Iterator):
    def __init__(self, iterable, /):
        self._items = self._run(iter(iterable))

    @staticmethod
    def _run(source):
        saved = []
        for element in source:
            yield element
            saved.append(element)
        while saved:
            yield from saved


class repeat(_Iterator):
    def __init__(self, object, times=None):
        self._object = object
        self._times = None if times is None else max(_index(times), 0)

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


# ---------------------------------------------------------------- shortest-input iterators

class accumulate(_Iterator):
    def __init__(self, iterable, func=None, *, initial=None):
        self._items = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(source, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(source)
            except StopIteration:
                return
        yield total
        for element in source:
            total = total + element if func is None else func(total, element)
            yield total


class batched(_Iterator):
    def __init__(self, iterable, n, *, strict=False):
        n = _index(n)
        if n < 1:
            raise ValueError("n must be at least one")
        self._items = self._run(iter(iterable), n, strict)

    @staticmethod
    def _run(source, n, strict):
        while True:
            batch = []
            for element in source:
                batch.append(element)
                if len(batch) == n:
                    break
            if not batch:
                return
            if strict and len(batch) != n:
                raise ValueError("batched(): incomplete batch")
            yield tuple(batch)
            if len(batch) < n:
                return


class chain(_Iterator):
    def __init__(self, *iterables):
        self._items = self._run(iter(iterables))

    @classmethod
    def from_iterable(cls, iterable, /):
        result = cls.__new__(cls)
        result._items = cls._run(iter(iterable))
        return result

    @staticmethod
    def _run(iterables):
        for iterable in iterables:
            yield from iter(iterable)


class compress(_Iterator):
    def __init__(self, data, selectors):
        self._items = (d for d, s in zip(iter(data), iter(selectors)) if s)


class dropwhile(_Iterator):
    def __init__(self, predicate, iterable, /):
        self._items = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, source):
        for element in source:
            if not predicate(element):
                yield element
                break
        yield from source


class takewhile(_Iterator):
    def __init__(self, predicate, iterable, /):
        self._items = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, source):
        for element in source:
            if not predicate(element):
                return
            yield element


class filterfalse(_Iterator):
    def __init__(self, function, iterable, /):
        source = iter(iterable)
        if function is None:
            self._items = (x for x in source if not x)
        else:
            self._items = (x for x in source if not function(x))


class starmap(_Iterator):
    def __init__(self, function, iterable, /):
        source = iter(iterable)
        self._items = (function(*args) for args in source)


class pairwise(_Iterator):
    def __init__(self, iterable, /):
        self._items = self._run(iter(iterable))

    @staticmethod
    def _run(source):
        try:
            previous = next(source)
        except StopIteration:
            return
        for element in source:
            yield previous, element
            previous = element


class zip_longest(_Iterator):
    def __init__(self, *iterables, fillvalue=None):
        self._items = self._run([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _run(sources, fillvalue):
        if not sources:
            return
        active = len(sources)
        done = [False] * len(sources)
        while True:
            row = []
            for i, source in enumerate(sources):
                if done[i]:
                    row.append(fillvalue)
                    continue
                try:
                    row.append(next(source))
                except StopIteration:
                    done[i] = True
                    active -= 1
                    if not active:
                        return
                    row.append(fillvalue)
            yield tuple(row)


class islice(_Iterator):
    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError("islice expected at least 2 arguments, got 1")
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        start, stop, step = (0, args[0], 1) if len(args) == 1 else (list(args) + [1])[:3]
        if stop is not None:
            stop = self._bound(stop, "Stop argument for islice() must be None or an integer: "
                                     "0 <= x <= sys.maxsize.")
        start = 0 if start is None else self._bound(
            start, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if step is None:
            step = 1
        else:
            try:
                step = _index(step)
            except TypeError:
                step = 0
            if step < 1:
                raise ValueError("Step for islice() must be a positive integer or None.")
        self._source = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    @staticmethod
    def _bound(value, message):
        try:
            value = _index(value)
        except TypeError:
            raise ValueError(message) from None
        if not 0 <= value <= _MAXSIZE:
            raise ValueError(message)
        return value

    def __next__(self):
        # CPython's bookkeeping: skip to the next wanted index, never read past `stop`.
        source = self._source
        if source is None:
            raise StopIteration
        while self._count < self._next:
            try:
                next(source)
            except StopIteration:
                self._source = None
                raise
            self._count += 1
        if self._stop is not None and self._count >= self._stop:
            self._source = None
            raise StopIteration
        try:
            item = next(source)
        except StopIteration:
            self._source = None
            raise
        self._count += 1
        self._next += self._step
        if self._stop is not None and self._next > self._stop:
            self._next = self._stop
        return item


# ---------------------------------------------------------------- groupby, tee

class groupby(_Iterator):
    """Consecutive runs of items with equal keys: (key, group iterator) pairs. Advancing to
    the next run makes the previous group iterator empty, as in CPython."""

    def __init__(self, iterable, key=None):
        self._source = iter(iterable)
        self._keyfunc = key
        self._marker = self._target_key = self._current_key = self._current_value = object()
        self._current_group = None

    def _advance(self):
        self._current_value = next(self._source)
        value = self._current_value
        self._current_key = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._current_group = object()
        while self._current_key is not self._marker and self._current_key == self._target_key:
            self._advance()
        if self._current_key is self._marker:
            self._advance()
            while self._target_key is not self._marker and self._current_key == self._target_key:
                self._advance()
        self._target_key = self._current_key
        return self._current_key, self._group(self._target_key, self._current_group)

    def _group(self, key, owner):
        while owner is self._current_group and self._current_key == key:
            yield self._current_value
            try:
                self._advance()
            except StopIteration:
                self._current_key = self._marker
                return


class _Tee:
    """One of tee()'s iterators: reads from a shared buffer filled from the source."""

    def __init__(self, shared, position=0):
        self._shared = shared
        self._position = position

    def __iter__(self):
        return self

    def __next__(self):
        shared = self._shared
        if self._position == len(shared["buffer"]) + shared["dropped"]:
            shared["buffer"].append(next(shared["source"]))
        value = shared["buffer"][self._position - shared["dropped"]]
        self._position += 1
        return value

    def __copy__(self):
        return _Tee(self._shared, self._position)


def tee(iterable, n=2, /):
    n = _index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    shared = {"source": iter(iterable), "buffer": [], "dropped": 0}
    return tuple(_Tee(shared) for _ in range(n))


_Tee.__name__ = _Tee.__qualname__ = "_tee"


# ---------------------------------------------------------------- combinatorics

class product(_Iterator):
    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._items = self._run(pools)

    @staticmethod
    def _run(pools):
        if any(len(pool) == 0 for pool in pools):
            return
        indices = [0] * len(pools)
        yield tuple(pool[0] for pool in pools)
        while True:
            # Advance the rightmost index that can move; reset the ones after it.
            for i in reversed(range(len(pools))):
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
            else:
                return
            yield tuple(pool[j] for pool, j in zip(pools, indices))


class permutations(_Iterator):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else _index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._items = self._run(pool, n, r)

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_Iterator):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._items = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Iterator):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._items = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
