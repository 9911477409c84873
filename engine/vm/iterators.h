// Iterator objects: the index-based iterators of builtin sequences (list, tuple, str, bytes),
// the sequence-protocol iterator for classes with only __getitem__, iter(callable, sentinel),
// and the builtin iterator types enumerate, zip, map, filter and reversed.
//
// Every type here sets TypeObject::iternext so for-loops over them never build StopIteration.
#pragma once

#include <cstdint>
#include <vector>

#include "vm/native.h"
#include "vm/object.h"

namespace loopscope::vm {

class Interp;
struct TypeObject;

// list_iterator, tuple_iterator, str_ascii_iterator, bytes_iterator, list_reverseiterator,
// and `iterator` (sequence protocol). `seq` becomes Empty once exhausted, as CPython drops
// its reference, so an exhausted iterator stays exhausted even if the list grows.
struct IndexIteratorObject : Object {
    IndexIteratorObject(Value s, size_t i) : seq(std::move(s)), index(i) {}
    void clear_references() override { seq = Value(); }
    Value seq;
    size_t index;  // next position; for reverse iterators, one past the next position
};

struct CallableIteratorObject : Object {
    CallableIteratorObject(Value c, Value s) : callable(std::move(c)), sentinel(std::move(s)) {}
    void clear_references() override { callable = Value(); sentinel = Value(); }
    Value callable, sentinel;  // callable Empty once exhausted
};

struct EnumerateObject : Object {
    void clear_references() override { iter = Value(); count = Value(); }
    Value iter;
    Value count;  // an int (may grow past int64)
};

struct ZipObject : Object {
    void clear_references() override { iters.clear(); }
    std::vector<Value> iters;
    bool strict = false;
};

struct MapObject : Object {
    void clear_references() override { func = Value(); iters.clear(); }
    Value func;
    std::vector<Value> iters;
};

struct FilterObject : Object {
    void clear_references() override { func = Value(); iter = Value(); }
    Value func;  // None: keep truthy items
    Value iter;
};

// reversed(seq) through __len__ / __getitem__.
struct ReversedObject : Object {
    void clear_references() override { seq = Value(); }
    Value seq;
    int64_t index = -1;  // next index to fetch; -1 when exhausted
};

// An index iterator of `type` over `seq` starting at `index`.
Value make_index_iterator(TypeObject* type, const Value& seq, size_t index = 0);
// iter(obj) for objects with __getitem__ but no __iter__ (declared for protocol.cpp).
Value make_sequence_iterator(const Value& seq);
Value make_callable_iterator(const Value& callable, const Value& sentinel);
// reversed(x): __reversed__, or the sequence protocol; TypeError "'int' object is not reversible".
Value make_reversed(const Value& x);

// The generic __next__ of a type with iternext: next item or StopIteration.
Value iternext_method(const CallArgs& call);
// __iter__ returning self.
Value iter_self_method(const CallArgs& call);

void install_iterator_types(Interp& in);

}  // namespace loopscope::vm
