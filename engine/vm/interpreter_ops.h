// The interpreter's out-of-line operations: the slow paths and rarely executed instructions,
// kept out of the dispatch loop so it stays small. Each raises (throws PyException) with
// CPython's wording.
#pragma once

#include <string>

#include "vm/code.h"
#include "vm/exception.h"
#include "vm/object.h"

namespace loopscope::vm {

struct Frame;
struct DictObject;
struct ListObject;
struct StrObject;
struct GlobalSite;
struct AttrSite;
struct TypeObject;

// ---- variables ----
[[noreturn]] void raise_unbound_local(const CodeObject& code, size_t slot);
[[noreturn]] void raise_unbound_cell(const CodeObject& code, size_t cell);
// NameError "name 'x' is not defined", with CPython's suggestion attached for the printer.
[[noreturn]] void raise_name_error(Frame* frame, StrObject* name);
Value load_name(Frame* frame, StrObject* name);
void store_name(Frame* frame, StrObject* name, Value v);
void delete_name(Frame* frame, StrObject* name);
// LOAD_GLOBAL's lookup when its cache misses; refills the cache.
Value load_global_slow(Frame* frame, GlobalSite& site, StrObject* name);
void delete_global(Frame* frame, StrObject* name);
Value load_classderef(Frame* frame, size_t cell);

// ---- attributes ----
// The slow paths of the attribute sites; they fill the site's cache when the object's class
// allows it.
Value load_attr_slow(AttrSite& site, const Value& obj, StrObject* name);
// LOAD_METHOD: returns the callable and sets `self` (Empty when not a method call).
Value load_method_slow(AttrSite& site, const Value& obj, StrObject* name, Value& self);
void store_attr_slow(AttrSite& site, const Value& obj, StrObject* name, Value value);
// The Python __init__ a call of `cls` can run directly (object.__new__ + __init__), or null.
struct FunctionObject* fast_init_for(TypeObject* cls);
// Forgets per-thread caches keyed by object addresses (a new Interp may reuse addresses).
void reset_vm_caches();

// ---- values ----
Value build_string(const Value* parts, size_t n);
// f-string field: conversion (flags & 3) then format with `spec` (Empty: none).
Value format_value(const Value& v, uint32_t flags, const Value& spec);
// Stores n items of `seq` into out[0..n) with out[n-1] the first item (stack order).
void unpack_sequence(const Value& seq, size_t n, Value* out);
// Starred unpacking: writes before + 1 + after values in stack order; returns nothing.
void unpack_ex(const Value& seq, size_t before, size_t after, Value* out);
void list_extend(ListObject* list, const Value& iterable);
void set_update(Object* set, const Value& iterable);
void dict_update(DictObject* dict, const Value& mapping);
// f(**m) merging: duplicate keys and non-mappings raise TypeErrors naming the callee.
void dict_merge(DictObject* dict, const Value& mapping, const Value& callee);
Value make_function_from_stack(Value* operands, uint32_t flags, DictObject* globals);
Value list_to_tuple(const Value& list);

// ---- calls ----
Value call_function_ex(const Value& callable, const Value& args, const Value& kwargs);
// "__main__.f()" as CPython's _PyObject_FunctionStr names a callee in messages.
std::string function_str(const Value& callable);

// ---- exceptions ----
// The exception `raise exc from cause` raises (instantiating classes; Empty cause: no from).
Value exception_to_raise(const Value& exc, const Value& cause);
Value reraise_current();  // bare `raise`: the exception being handled
bool check_exc_match(const Value& exc, const Value& type);
void check_eg_match(const Value& exc, const Value& type, Value& rest, Value& match);
Value prep_reraise_star(const Value& orig, const Value& raised);
// Called when an exception reaches its first Python frame: an AttributeError on that
// frame's `self` lets the traceback suggest private names (`_loopscope_self_is_obj`).
void note_first_frame(const Value& exc, Frame* frame);
// The traceback entry of `frame` at its current instruction.
TracebackEntry traceback_entry(Frame* frame);

// ---- with ----
// [mgr] → sets `exit_out` to the bound __exit__ (__aexit__) and returns __enter__()'s result
// (the awaitable of __aenter__()).
Value before_with(const Value& mgr, Value& exit_out, bool async);
Value with_except_start(const Value& exit, const Value& exc);

// ---- async ----
// The iterator `await obj` drives; `where` words the error (1 after __aenter__, 2 __aexit__).
Value get_awaitable(const Value& obj, int where);
Value get_aiter(const Value& obj);
Value get_anext(const Value& aiter);
Value get_yield_from_iter(const Value& obj, const CodeObject& code);
// One step of SEND on a non-generator iterator: true with the next value, or false with the
// return value (StopIteration) in `out`.
bool send_generic(const Value& iter, const Value& v, Value& out);
Value cleanup_throw_value(const Value& exc);  // StopIteration's value, or Empty to re-raise

// ---- imports, annotations ----
void setup_annotations(Frame* frame);

}  // namespace loopscope::vm
