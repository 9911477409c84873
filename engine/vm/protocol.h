// The abstract object protocol: what the VM and every builtin use to operate on Values
// without knowing their types — attribute access, calls, operators, comparison, iteration,
// hashing, conversion to text. Builtin types get fast paths here; everything else dispatches
// to dunder methods found on the type's MRO, exactly as CPython's abstract.c/typeobject.c do.
// Every function may raise (throw PyException).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vm/native.h"
#include "vm/object.h"

namespace loopscope::vm {

struct StrObject;
struct TypeObject;

TypeObject* type_of(const Value& v);
const std::string& type_name(const Value& v);  // "int", "Foo"
bool isinstance(const Value& v, const TypeObject* t);

// ---- attributes ----
Value getattr(const Value& obj, StrObject* name);
// Like getattr but returns Empty instead of raising AttributeError (other errors propagate).
Value getattr_or_empty(const Value& obj, StrObject* name);
void setattr(const Value& obj, StrObject* name, Value value);
void delattr(const Value& obj, StrObject* name);
// obj.name for a method call without allocating a bound method: returns the function and
// sets `self_out` to the receiver to pass as first argument, or leaves it Empty when the
// attribute is not an unbound method (then call the returned value as is).
Value load_method(const Value& obj, StrObject* name, Value& self_out);
// MRO lookup of a special method on type(obj) (never the instance dict). Empty when absent.
Value lookup_special(const Value& obj, StrObject* name);
// Applies the descriptor protocol to a class attribute found for `obj` (functions bind, etc).
Value bind_descriptor(const Value& attr, const Value& obj, TypeObject* owner);

// ---- calls ----
Value call(const Value& callable, const CallArgs& args);
Value call(const Value& callable, std::initializer_list<Value> positional);
Value call_method(const Value& obj, StrObject* name, std::initializer_list<Value> positional);
// Implemented by the VM: runs a Python function (FunctionObject) with arguments bound as
// CPython binds them ("f() missing 1 required positional argument: 'x'", ...).
Value call_python_function(Object* function, const CallArgs& args);
// type(...) called: __new__ then __init__ (or type(x) with one argument).
Value call_type(TypeObject* type, const CallArgs& args);

// ---- operators ----
enum class BinOp : uint8_t {
    Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
};
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
enum class UnaryOp : uint8_t { Neg, Pos, Invert };

const char* binop_symbol(BinOp op);  // "+", "**", ...
Value binary_op(BinOp op, const Value& a, const Value& b);
Value inplace_op(BinOp op, const Value& a, const Value& b);  // a += b: __iadd__ first
Value unary_op(UnaryOp op, const Value& a);
Value compare(CmpOp op, const Value& a, const Value& b);  // rich comparison result
bool compare_bool(CmpOp op, const Value& a, const Value& b);
bool equal(const Value& a, const Value& b);             // a == b as bool (identity first)
bool truthy(const Value& v);
bool contains(const Value& container, const Value& item);  // `item in container`

// ---- containers ----
Value getitem(const Value& obj, const Value& key);
void setitem(const Value& obj, const Value& key, Value value);
void delitem(const Value& obj, const Value& key);
int64_t length(const Value& v);  // len(); TypeError "object of type 'X' has no len()"

// ---- iteration ----
Value get_iter(const Value& v);  // iter(v)
// next(iter): returns false on exhaustion (StopIteration swallowed; its value in *ret_value).
bool next(const Value& iterator, Value& out, Value* ret_value = nullptr);
// Collects an iterable into a vector (list(x) semantics).
std::vector<Value> to_vector(const Value& iterable);

// ---- hashing, text ----
int64_t hash(const Value& v);  // TypeError "unhashable type: 'list'"
Ref<StrObject> repr(const Value& v);
Ref<StrObject> str(const Value& v);
std::string repr_string(const Value& v);
std::string str_string(const Value& v);
// Shortest repr of a double, as CPython prints floats: 0.1, 1e+16, inf, nan, -0.0.
std::string float_repr(double d);
// format(value, spec)
Ref<StrObject> format(const Value& v, const Value& spec);

// ---- numbers ----
// Index conversion for subscripts and counts: int, bool, or __index__. TypeError otherwise.
int64_t index_value(const Value& v, const char* what = nullptr);
double to_double(const Value& v);  // float(x) for int/float/bool; TypeError otherwise

// ---- object's own behaviour (what object.__getattribute__ etc. do, bypassing class hooks) ----
Value object_generic_getattr(const Value& obj, StrObject* name);
void object_generic_setattr(const Value& obj, StrObject* name, Value value, bool is_delete);
std::string object_default_repr(const Value& v);  // "<__main__.Foo object at 0x7f...>"
uint32_t object_serial(Object* o);                 // deterministic identity (see Object::serial)
// Iterator over an object with __getitem__ but no __iter__ (iterators.cpp).
Value make_sequence_iterator(const Value& seq);

// Guard against runaway native recursion (repr of deeply nested lists, __eq__ chains):
// counts towards the recursion limit like a Python call. Raises RecursionError.
class RecursionGuard {
public:
    explicit RecursionGuard(const char* where = "");
    ~RecursionGuard();
};

}  // namespace loopscope::vm
