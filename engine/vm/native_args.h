// Argument binding and checking for native functions, with the exact TypeError wording of
// each of CPython's calling styles (they differ: METH_O, METH_NOARGS, PyArg_UnpackTuple and
// Argument Clinic all word "wrong number of arguments" their own way).
//
// For methods of builtin types args[0] is self; the `method_*` helpers count only what follows.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>

#include "vm/native.h"

namespace loopscope::vm {

// METH_O: "len() takes exactly one argument (2 given)" / "list.append() takes exactly one
// argument (0 given)". `display` is the name as CPython prints it ("len", "list.append").
void exact_one_arg(const char* display, const CallArgs& call, size_t skip = 0);
// METH_NOARGS: "list.clear() takes no arguments (1 given)".
void no_args(const char* display, const CallArgs& call, size_t skip = 0);
// PyArg_UnpackTuple / clinic positional-only: "pop expected at most 1 argument, got 2",
// "insert expected 2 arguments, got 1", "index expected at least 1 argument, got 0".
void unpack_args(const char* name, const CallArgs& call, size_t min, size_t max, size_t skip = 0);
// Slot wrappers of methods (int.__add__, list.__len__): "expected 1 argument, got 0".
inline void slot_args(const CallArgs& call, size_t n) { unpack_args("", call, n, n, 1); }
// "len() takes no keyword arguments" unless call has none.
void no_kwargs(const char* display, const CallArgs& call);

// Raises the TypeError CPython gives when an unbound method of a builtin type is called with
// a receiver of the wrong type (str.upper(1)) or none. The caller of a NativeFunctionObject
// (protocol.cpp's call) must run it for NativeKind::Method before calling `fn`.
void check_receiver(const NativeFunctionObject& f, const CallArgs& call);

// Argument Clinic binding of positional-or-keyword parameters. `names` lists every parameter
// (after self); the first `min` are required; parameters before `posonly` cannot be passed by
// keyword. Fills out[i] (Empty when not given). Messages:
//   "split() takes at most 2 arguments (3 given)"
//   "split() got an unexpected keyword argument 'x'"
//   "argument for split() given by name ('sep') and position (1)"
//   "round() missing required argument 'number' (pos 1)"
struct ParamSpec {
    const char* fname;                       // "split"
    std::initializer_list<const char*> names;
    size_t min = 0;
    size_t posonly = 0;
    bool kwonly_after_positional = false;   // parameters past `max_positional` only by keyword
    size_t max_positional = SIZE_MAX;
};
void bind_args(const ParamSpec& spec, const CallArgs& call, Value* out, size_t skip = 0);

// Convenience: argument i of a method call (after self), or Empty.
inline const Value& method_arg(const CallArgs& call, size_t i) { return call.args[i + 1]; }

// "'str' object cannot be interpreted as an integer" unless v is an int or has __index__.
int64_t arg_index(const Value& v);
// A repeat count or size (seq * n): OverflowError "cannot fit 'int' into an index-sized
// integer" for ints past int64, as CPython's PyNumber_AsSsize_t(v, OverflowError).
int64_t count_arg(const Value& v);
// Optional int argument: None/Empty -> dflt.
int64_t arg_index_or(const Value& v, int64_t dflt);
// A str argument: TypeError "{fname}() argument {pos} must be str, not int".
struct StrObject* arg_str(const Value& v, const char* fname, int pos);

// "s" for plural counts in messages.
inline const char* plural(size_t n) { return n == 1 ? "" : "s"; }

}  // namespace loopscope::vm
