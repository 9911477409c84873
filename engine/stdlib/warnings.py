"""Warnings: warn() prints "file:line: Category: message" and the source line to stderr,
once per location by default, under the same filters as CPython (DeprecationWarning shown
only when triggered by __main__, "error" turns warnings into exceptions, catch_warnings
records or silences them)."""

import sys
import _loopscope

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings", "deprecated"]

_ACTIONS = ("error", "ignore", "always", "all", "default", "module", "once")

# (action, message text or None, category, module or None, lineno), first match wins.
filters = []
defaultaction = "default"
_onceregistry = {}
_registries = {}  # module name -> {(text, category, lineno): True}


def _reset_defaults():
    filters[:] = [
        ("default", None, DeprecationWarning, "__main__", 0),
        ("ignore", None, DeprecationWarning, None, 0),
        ("ignore", None, PendingDeprecationWarning, None, 0),
        ("ignore", None, ImportWarning, None, 0),
        ("ignore", None, ResourceWarning, None, 0),
    ]


_reset_defaults()
_filters_version = 1


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning prints."""
    text = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        line = _loopscope.source_line(filename, lineno)
    line = line.strip() if line else ""
    if line:
        text += f"  {line}\n"
    return text


def _showwarnmsg_impl(msg):
    file = msg.file if msg.file is not None else sys.stderr
    if file is None:
        return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to a file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, "
                f"line : {self.line!r}}}")


def _add_filter(entry, append):
    global _filters_version
    if not append:
        try:
            filters.remove(entry)
        except ValueError:
            pass
        filters.insert(0, entry)
    elif entry not in filters:
        filters.append(entry)
    _filters_version += 1


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: warnings matching message (a prefix, case-insensitive), category,
    module and lineno get `action`."""
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter((action, message.lower() or None, category, module or None, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter matching every message of category."""
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    global _filters_version
    filters[:] = []
    _filters_version += 1


class _OptionError(Exception):
    pass


def _matches(pattern, text):
    return pattern is None or text.lower().startswith(pattern)


def _module_matches(pattern, module):
    return pattern is None or module == pattern or module == pattern.rstrip("$")


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issues a warning about the code `stacklevel` calls up (1: the caller of warn)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    info = _loopscope.caller_info(stacklevel)
    if info is None:
        filename, lineno, module = "sys", 1, "sys"
    else:
        filename, lineno, module, _ = info
        module = module or "<string>"
    warn_explicit(message, category, filename, lineno, module, None, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    if module is None:
        module = filename or "<unknown>"
        if module.endswith(".py"):
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    registry = _registries.setdefault(filename, {})
    if registry.get("version") != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if registry.get(key):
        return
    for action, msg, cat, mod, ln in filters:
        if (_matches(msg, text) and issubclass(category, cat) and _module_matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if _onceregistry.get(once_key):
            return
        _onceregistry[once_key] = 1
    elif action in ("always", "all"):
        pass
    elif action == "module":
        registry[key] = 1
        alt_key = (text, category, 0)
        if registry.get(alt_key):
            return
        registry[alt_key] = 1
    elif action == "default":
        registry[key] = 1
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    _showwarnmsg(msg)


def _showwarnmsg(msg):
    hook = globals().get("showwarning")
    if hook is not _original_showwarning:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_original_showwarning = showwarning


class catch_warnings:
    """Saves and restores the filters (and showwarning); with record=True, warnings are
    collected in the list the with statement binds instead of being printed."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        global _filters_version
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        self._saved_filters = filters[:]
        self._saved_showwarning = globals()["showwarning"]
        _filters_version += 1
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            globals()["showwarning"] = _Recorder(log)
            return log
        return None

    def __exit__(self, *exc_info):
        global _filters_version
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        filters[:] = self._saved_filters
        globals()["showwarning"] = self._saved_showwarning
        _filters_version += 1


class _Recorder:
    def __init__(self, log):
        self.log = log

    def __call__(self, message, category, filename, lineno, file=None, line=None):
        self.log.append(WarningMessage(message, category, filename, lineno, file, line))


class deprecated:
    """@deprecated("use g instead"): calling (or instantiating) warns DeprecationWarning."""

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError(f"Expected an object of type str for 'message', not "
                            f"{type(message).__name__!r}")
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        message, category, stacklevel = self.message, self.category, self.stacklevel
        if category is None:
            arg.__deprecated__ = message
            return arg
        if isinstance(arg, type):
            original_init = arg.__init__

            def __init__(self, *args, **kwargs):
                warn(message, category=category, stacklevel=stacklevel + 1)
                original_init(self, *args, **kwargs)
            arg.__init__ = __init__
            arg.__deprecated__ = message
            return arg
        if callable(arg):
            def wrapper(*args, **kwargs):
                warn(message, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)
            wrapper.__name__ = getattr(arg, "__name__", "wrapper")
            wrapper.__qualname__ = getattr(arg, "__qualname__", "wrapper")
            wrapper.__doc__ = getattr(arg, "__doc__", None)
            wrapper.__wrapped__ = arg
            wrapper.__deprecated__ = message
            return wrapper
        raise TypeError(f"@deprecated decorator with non-None category must be applied to a "
                        f"class or callable, not {arg!r}")
