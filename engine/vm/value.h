// Value: what a Python variable holds. Small ints, floats, bools and None live inline
// (no allocation on arithmetic); everything else is a reference-counted Object.
//
// Ownership: a Value holding an Object owns one reference; copying increments, destruction
// decrements, moving transfers. Reference counting (rather than tracing GC) is chosen on
// purpose: CPython finalizes objects the moment their last reference dies, and asyncio's
// warnings ("Task was destroyed but it is pending!", "coroutine ... was never awaited") and
// async-generator finalization happen at exactly those moments. Cycles are reclaimed when the
// run's Heap is torn down.
#pragma once

#include <cstdint>
#include <utility>

namespace loopscope::vm {

struct Object;

enum class Tag : uint8_t {
    Empty,  // no value: unbound local, "no result" sentinel; never visible to Python code
    None,
    Bool,
    Int,    // small int: fits in int64_t; larger ints are BigInt objects
    Float,
    Obj,
};

void incref(Object* o) noexcept;
void decref(Object* o) noexcept;

class Value {
public:
    Value() noexcept : tag_(Tag::Empty), i_(0) {}
    ~Value() { if (tag_ == Tag::Obj) decref(o_); }

    Value(const Value& v) noexcept : tag_(v.tag_), i_(v.i_) { if (tag_ == Tag::Obj) incref(o_); }
    Value(Value&& v) noexcept : tag_(v.tag_), i_(v.i_) { v.tag_ = Tag::Empty; }
    Value& operator=(const Value& v) noexcept {
        if (v.tag_ == Tag::Obj) incref(v.o_);
        release();
        tag_ = v.tag_;
        i_ = v.i_;
        return *this;
    }
    Value& operator=(Value&& v) noexcept {
        if (this != &v) {
            release();
            tag_ = v.tag_;
            i_ = v.i_;
            v.tag_ = Tag::Empty;
        }
        return *this;
    }

    static Value none() noexcept { Value v; v.tag_ = Tag::None; return v; }
    static Value boolean(bool b) noexcept { Value v; v.tag_ = Tag::Bool; v.i_ = b; return v; }
    static Value small_int(int64_t i) noexcept { Value v; v.tag_ = Tag::Int; v.i_ = i; return v; }
    static Value real(double d) noexcept { Value v; v.tag_ = Tag::Float; v.f_ = d; return v; }
    // Shares `o`: increments its count.
    static Value borrowed(Object* o) noexcept { Value v; v.tag_ = Tag::Obj; v.o_ = o; incref(o); return v; }
    // Adopts a reference the caller already counted (or a fresh object with count 0 -> 1).
    static Value adopt_new(Object* o) noexcept { return borrowed(o); }

    Tag tag() const noexcept { return tag_; }
    bool empty() const noexcept { return tag_ == Tag::Empty; }
    bool is_none() const noexcept { return tag_ == Tag::None; }
    bool is_bool() const noexcept { return tag_ == Tag::Bool; }
    bool is_small_int() const noexcept { return tag_ == Tag::Int; }
    bool is_float() const noexcept { return tag_ == Tag::Float; }
    bool is_obj() const noexcept { return tag_ == Tag::Obj; }

    bool as_bool() const noexcept { return i_ != 0; }
    int64_t as_int() const noexcept { return i_; }
    double as_float() const noexcept { return f_; }
    Object* as_obj() const noexcept { return o_; }
    // Raw bits, for identity (`is`) comparison of inline values.
    uint64_t bits() const noexcept { return u_; }

    // Python `is`.
    friend bool same(const Value& a, const Value& b) noexcept {
        return a.tag_ == b.tag_ && (a.tag_ == Tag::None || a.tag_ == Tag::Empty || a.u_ == b.u_);
    }

private:
    void release() noexcept { if (tag_ == Tag::Obj) decref(o_); }

    Tag tag_;
    union {
        int64_t i_;
        double f_;
        Object* o_;
        uint64_t u_;
    };
};

}  // namespace loopscope::vm
