"""collections.deque: a double-ended queue with O(1) appends and pops at both ends.

Items live in a dict keyed by consecutive integers from self._left (inclusive) to
self._right (exclusive), so both ends grow and shrink in constant time and indexing is a
dict lookup. A change counter lets iterators report "deque mutated during iteration".
"""

__loopscope_hide_frames__ = True  # a C type in CPython

__all__ = ["deque"]


def _as_index(value, what):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError(what.format(type(value).__name__))
    return method(value)


class deque:
    """deque([iterable[, maxlen]]) --> deque object"""

    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items = {}
        self._left = 0
        self._right = 0
        self._maxlen = maxlen
        self._changes = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        return self._maxlen

    def __class_getitem__(cls, item):
        return cls

    # ---- ends ----

    def append(self, x):
        if self._maxlen == 0:
            return
        self._items[self._right] = x
        self._right += 1
        self._changes += 1
        if self._maxlen is not None and len(self) > self._maxlen:
            self._drop_left()

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        self._left -= 1
        self._items[self._left] = x
        self._changes += 1
        if self._maxlen is not None and len(self) > self._maxlen:
            self._drop_right()

    def _drop_left(self):
        value = self._items.pop(self._left)
        self._left += 1
        return value

    def _drop_right(self):
        self._right -= 1
        return self._items.pop(self._right)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._changes += 1
        return self._drop_right()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._changes += 1
        return self._drop_left()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items.clear()
        self._left = self._right = 0
        self._changes += 1

    def rotate(self, n=1):
        length = len(self)
        if length <= 1:
            return
        n = _as_index(n, "'{}' object cannot be interpreted as an integer")
        n %= length
        if n > length // 2:
            n -= length
        # Move |n| items from one end to the other, never exceeding maxlen.
        for _ in range(n):
            value = self._drop_right()
            self._left -= 1
            self._items[self._left] = value
        for _ in range(-n):
            value = self._drop_left()
            self._items[self._right] = value
            self._right += 1
        self._changes += 1

    # ---- indexing ----

    def _position(self, index):
        if isinstance(index, slice) or not hasattr(type(index), "__index__"):
            raise TypeError(f"sequence index must be integer, not '{type(index).__name__}'")
        i = index.__index__()
        length = len(self)
        if i < 0:
            i += length
        if not 0 <= i < length:
            raise IndexError("deque index out of range")
        return self._left + i

    def __getitem__(self, index):
        return self._items[self._position(index)]

    def __setitem__(self, index, value):
        self._items[self._position(index)] = value

    def __delitem__(self, index):
        position = self._position(index)
        self._remove_at(position)

    def _remove_at(self, position):
        # Shift the shorter side over the gap.
        if position - self._left < self._right - position:
            for p in range(position, self._left, -1):
                self._items[p] = self._items[p - 1]
            self._drop_left()
        else:
            for p in range(position, self._right - 1):
                self._items[p] = self._items[p + 1]
            self._drop_right()
        self._changes += 1

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        length = len(self)
        i = _as_index(i, "'{}' object cannot be interpreted as an integer")
        if i < 0:
            i = max(i + length, 0)
        i = min(i, length)
        for p in range(self._right, self._left + i, -1):
            self._items[p] = self._items[p - 1]
        self._items[self._left + i] = x
        self._right += 1
        self._changes += 1

    def index(self, x, start=0, stop=None):
        length = len(self)
        if start < 0:
            start = max(start + length, 0)
        if stop is None:
            stop = length
        elif stop < 0:
            stop = max(stop + length, 0)
        stop = min(stop, length)
        changes = self._changes
        for i in range(start, stop):
            item = self._items[self._left + i]
            if item is x or item == x:
                return i
            if changes != self._changes:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{x!r} is not in deque")

    def remove(self, value):
        changes = self._changes
        for position in range(self._left, self._right):
            item = self._items[position]
            if item is value or item == value:
                if changes != self._changes:
                    raise IndexError("deque mutated during remove().")
                self._remove_at(position)
                return
        raise ValueError(f"{value!r} is not in deque")

    def count(self, x):
        changes = self._changes
        total = 0
        for position in range(self._left, self._right):
            item = self._items[position]
            if item is x or item == x:
                total += 1
            if changes != self._changes:
                raise RuntimeError("deque mutated during iteration")
        return total

    def reverse(self):
        values = [self._items[p] for p in range(self._left, self._right)]
        for p, value in zip(range(self._left, self._right), reversed(values)):
            self._items[p] = value
        self._changes += 1

    # ---- the container protocol ----

    def __len__(self):
        return self._right - self._left

    def __bool__(self):
        return self._right != self._left

    def __contains__(self, x):
        changes = self._changes
        for position in range(self._left, self._right):
            item = self._items[position]
            if item is x or item == x:
                return True
            if changes != self._changes:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __iter__(self):
        changes = self._changes
        position = self._left
        while position < self._right:
            if changes != self._changes:
                raise RuntimeError("deque mutated during iteration")
            yield self._items[position]
            position += 1
        if changes != self._changes:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        changes = self._changes
        position = self._right - 1
        while position >= self._left:
            if changes != self._changes:
                raise RuntimeError("deque mutated during iteration")
            yield self._items[position]
            position -= 1

    def __repr__(self):
        if any(d is self for d in _repr_running):
            return "[...]"
        _repr_running.append(self)
        try:
            items = repr(list(self))
        finally:
            _repr_running.pop()
        name = type(self).__name__
        if self._maxlen is None:
            return f"{name}({items})"
        return f"{name}({items}, maxlen={self._maxlen})"

    # ---- copying, arithmetic, comparison ----

    def copy(self):
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _as_index(n, "can't multiply sequence by non-int of type '{}'")
        if n <= 0:
            self.clear()
            return self
        values = list(self)
        for _ in range(n - 1):
            self.extend(values)
        return self

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)


_repr_running = []  # deques whose repr is being built (identity comparison below)
deque.__module__ = "collections"
