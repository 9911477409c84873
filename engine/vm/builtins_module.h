// The functions of the `builtins` module (print, len, sorted, min, sum, isinstance, ...),
// split by theme: builtins_core.cpp (I/O, objects and attributes), builtins_numeric.cpp
// (numbers, aggregation over iterables). install_builtins_module (builtin_types.h) registers
// both halves in interp().builtins.
#pragma once

#include <cstdint>
#include <string>

#include "vm/native.h"
#include "vm/object.h"

namespace loopscope::vm {

class Interp;

// id(v): deterministic — objects get 0x7f0000000000 + 16 * serial (the address their default
// repr shows); inline values a number derived from their value.
int64_t object_id(const Value& v);
// callable(v): functions, builtins, bound methods, classes, objects whose type has __call__.
bool is_callable(const Value& v);
// isinstance(obj, classinfo) / issubclass(cls, classinfo) with tuples (nested) and
// __instancecheck__ / __subclasscheck__ of user metaclasses.
bool isinstance_check(const Value& obj, const Value& classinfo);
bool issubclass_check(const Value& cls, const Value& classinfo);
// divmod(a, b) for any operands: ints and floats directly, else __divmod__ / __rdivmod__.
Value divmod_values(const Value& a, const Value& b);
// sum(iterable, start) exactly as CPython 3.13 (int fast path, compensated float sum).
Value sum_values(const Value& iterable, const Value& start);

void install_builtins_core(Interp& in);
void install_builtins_numeric(Interp& in);

}  // namespace loopscope::vm
