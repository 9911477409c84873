"""Shallow and deep copies: copy.copy(x) and copy.deepcopy(x).

Immutable values are returned as they are; containers are rebuilt; instances of classes get a
new object of the same class, made without calling __init__, whose __dict__ is copied (or,
for deepcopy, deep-copied). __copy__, __deepcopy__ and __reduce_ex__ / __reduce__ defined by
a class are honoured, as in CPython.
"""

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), type(len), property, frozenset)


def _is_atomic(x):
    if isinstance(x, _ATOMIC) and type(x) in _ATOMIC:
        return True
    kind = type(x).__name__
    return kind in ("function", "builtin_function_or_method", "module", "code", "method")


def _user_hook(cls, name):
    # A __reduce_ex__ / __reduce__ a class defines in Python (object's own does not count).
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if cls is tuple:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reduced = _reduce(x)
    if reduced is not None:
        return _reconstruct(x, None, *reduced)
    return _rebuild(x, cls, lambda value: value)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: everything it refers to is copied too, shared parts stay shared."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if _is_atomic(x):
        result = x
    elif cls is list:
        result = []
        memo[key] = result
        result.extend(deepcopy(item, memo) for item in x)
    elif cls is dict:
        result = {}
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if key in memo:
            return memo[key]
        result = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls in (set, bytearray):
        result = cls(deepcopy(item, memo) for item in x) if cls is set else bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            result = copier(memo)
        else:
            reduced = _reduce(x)
            if reduced is not None:
                result = _reconstruct(x, memo, *reduced)
            else:
                result = _rebuild(x, cls, lambda value: deepcopy(value, memo), memo)
    if result is not x:
        memo[key] = result
        _keep_alive(x, memo)
    return result


def _keep_alive(x, memo):
    # The originals must outlive the copy so their ids are not reused while memo is in use.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x):
    cls = type(x)
    hook = _user_hook(cls, "__reduce_ex__")
    if hook is not None:
        return hook(x, 4)
    hook = _user_hook(cls, "__reduce__")
    if hook is not None:
        return hook(x)
    return None


def _rebuild(x, cls, copy_value, memo=None):
    # The object CPython's default reduction produces: cls.__new__(cls), then the state.
    result = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = result
    if isinstance(x, list):
        result.extend(copy_value(item) for item in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            result[copy_value(k)] = copy_value(v)
    elif isinstance(x, set):
        result.update(copy_value(item) for item in x)
    state = getattr(x, "__dict__", None)
    if state:
        getstate = _user_hook(cls, "__getstate__")
        if getstate is not None:
            state = getstate(x)
        state = copy_value(state)
        setstate = getattr(result, "__setstate__", None)
        if setstate is not None and _user_hook(cls, "__setstate__") is not None:
            setstate(state)
        else:
            result.__dict__.update(state)
    return result


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    result = func(*args)
    if deep:
        memo[id(x)] = result
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(result, "__setstate__") and _user_hook(type(result), "__setstate__") is not None:
            result.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                result.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(result, key, value)
    if listiter is not None:
        for item in listiter:
            result.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            result[key] = value
    return result


def replace(obj, /, **changes):
    """A copy of obj with some fields changed (dataclasses, namedtuples, ...: __replace__)."""
    cls = obj.__class__
    func = getattr(cls, "__replace__", None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
