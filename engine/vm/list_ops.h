// list and tuple behaviour: methods, indexing and slicing (extended slices, slice
// assignment), concatenation, comparison, repr (with `[...]` for recursion), CPython's tuple
// hash, and list.sort (list_sort.cpp).
#pragma once

#include <cstdint>
#include <vector>

#include "vm/native.h"
#include "vm/object.h"
#include "vm/protocol.h"

namespace loopscope::vm {

class Interp;
struct ListObject;
struct TupleObject;

// Marks `o` as being repr'd on this thread (CPython's Py_ReprEnter): `recursive` is set when
// it already was, and the caller prints `[...]` / `{...}` instead of recursing.
class ReprEnter {
public:
    explicit ReprEnter(Object* o);
    ~ReprEnter();
    ReprEnter(const ReprEnter&) = delete;
    ReprEnter& operator=(const ReprEnter&) = delete;
    bool recursive() const { return recursive_; }

private:
    Object* o_;
    bool recursive_;
};

bool is_slice(const Value& v);
// "a, b, c" from the reprs of `items` (shared by list, tuple, set, deque reprs).
std::string join_reprs(const std::vector<Value>& items);

// CPython's xxHash-based tuple hash: hash((1, 2)) matches CPython.
int64_t tuple_hash(const std::vector<Value>& items);
// Lexicographic rich comparison of two sequences as list/tuple do it (first unequal pair
// decides with `op`, else lengths).
bool sequence_compare(CmpOp op, const std::vector<Value>& a, const std::vector<Value>& b);

// list.sort: stable, `key` (Empty/None = identity), `reverse`. Comparisons use `<` in the
// order CPython's timsort makes them for lists shorter than 64 (count_run + binary insertion);
// a comparison that raises leaves the items in the partial order reached, as CPython does.
void sort_values(std::vector<Value>& items, const Value& key, bool reverse);

// list(iterable) contents for the list/tuple constructors.
std::vector<Value> items_of(const Value& iterable);
Value make_tuple_instance(TypeObject* cls, std::vector<Value> items);

void install_list_methods(Interp& in);
void install_tuple_methods(Interp& in);

}  // namespace loopscope::vm
