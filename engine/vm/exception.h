// Python exceptions: the ExceptionObject instances, the C++ exception that carries one up the
// native stack, and helpers that raise with CPython's wording.
//
// Convention: engine code raises a Python exception by throwing PyException (see raise*).
// The VM catches it at the frame boundary, finds a handler in the frame or records a
// traceback entry and rethrows to the caller frame. RunAborted (budget exhausted) is not a
// Python exception: no `except` can catch it.
#pragma once

#include <string>
#include <vector>

#include "vm/list.h"
#include "vm/dict.h"
#include "vm/object.h"

namespace loopscope::vm {

struct TypeObject;
struct DictObject;

struct TracebackEntry {
    std::string filename;
    std::string function;  // co_name
    int lineno = 0;
    // Column span of the failing expression (0-based UTF-8 byte offsets; -1 when unknown).
    int col = -1, end_col = -1, end_lineno = -1;
};

struct ExceptionObject : Object {
    void clear_references() override;
    size_t footprint() const override { return sizeof(ExceptionObject); }
    DictObject* attribute_dict(bool create) override;

    Ref<TupleObject> args;
    Value cause;     // __cause__ (Empty = None)
    Value context;   // __context__ (Empty = None)
    bool suppress_context = false;
    std::vector<TracebackEntry> traceback;  // outermost call first, as printed
    Ref<DictObject> dict;                   // attributes of user subclasses, __notes__
    // StopIteration / StopAsyncIteration: .value; SystemExit: .code
    Value value;
    // BaseExceptionGroup: message and the nested exceptions
    Value eg_message;
    Ref<TupleObject> eg_exceptions;
};

struct PyException {
    Value exc;  // an ExceptionObject
};

struct RunAborted {
    std::string message;  // shown to the student, e.g. the step budget message
};

// Instantiates `type` with a single str argument (or no args when message is empty and
// `no_args` is set) and throws it.
[[noreturn]] void raise(TypeObject* type, const std::string& message);
[[noreturn]] void raise_no_args(TypeObject* type);
[[noreturn]] void raise_value(Value exc);  // exc: an exception instance or class
[[noreturn]] void raise_type_error(const std::string& message);
[[noreturn]] void raise_value_error(const std::string& message);
[[noreturn]] void raise_index_error(const std::string& message);
[[noreturn]] void raise_key_error(const Value& key);
[[noreturn]] void raise_attribute_error(const Value& obj, const struct StrObject* name);
[[noreturn]] void raise_zero_division(const std::string& message);
[[noreturn]] void raise_overflow(const std::string& message);
[[noreturn]] void raise_stop_iteration(Value value);

// Sets exc.__context__ to the exception being handled (interp().handled_exceptions), if any,
// breaking a cycle the way CPython does. Called on every raise (native or `raise` statement).
void attach_context(ExceptionObject* exc);
// Creates an exception instance of `type` with positional args.
Ref<ExceptionObject> new_exception(TypeObject* type, std::vector<Value> args);
bool is_exception_instance(const Value& v);
// isinstance(exc, type) for an exception instance.
bool exception_matches(const Value& exc, const TypeObject* type);

// Defined in vm/traceback_format.cpp (CPython 3.13's traceback module, byte for byte).
// CPython's full report for an uncaught exception: what `traceback.print_exception(exc)` writes,
// chained causes/contexts, notes, exception groups and carets included. Uses interp().sources
// for the source lines and may call str()/repr() on Python objects.
std::string format_exception(const Value& exc);
// The exception's one-line summary: "ValueError: msg" / "ValueError" (str(exc) empty) /
// "KeyError: 'k'" / "mod.Error: msg" (no newline, no notes).
std::string format_exception_only(const Value& exc);

}  // namespace loopscope::vm
