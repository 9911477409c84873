"""Binary search in sorted lists: bisect_left / bisect_right (bisect) and insort_left /
insort_right (insort), with the key= argument. CPython implements these in C; their frames
stay out of tracebacks here too."""

__loopscope_hide_frames__ = True

__all__ = ["bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"]


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The position after any items equal to x, where x keeps a sorted."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The position before any items equal to x, where x keeps a sorted."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Inserts x after any equal items, keeping a sorted."""
    position = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(position, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Inserts x before any equal items, keeping a sorted."""
    position = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(position, x)


bisect = bisect_right
insort = insort_right
