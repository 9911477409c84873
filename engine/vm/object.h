// Object: the header every heap-allocated Python object shares, and Ref<T>, an owning
// pointer to one. Objects are created with `make<T>(...)`, which registers them with the
// current run's Heap (memory accounting, teardown of cycles).
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

#include "vm/value.h"

namespace loopscope::vm {

struct TypeObject;
struct DictObject;
class Heap;

struct Object {
    // Invariant: refcount == number of Values/Refs pointing here. 0 -> destroyed at once.
    uint32_t refcount = 0;
    // Deterministic identity for id(), object.__hash__ and default reprs: assigned from a
    // per-run counter on first use (0 = not yet). Addresses would differ between runs.
    uint32_t serial = 0;
    // Set while the Heap tears down: decref no longer frees (the Heap frees everything).
    bool tearing_down = false;
    bool finalized = false;  // finalize() has run (it runs at most once)
    TypeObject* type = nullptr;  // borrowed: types outlive their instances (Heap teardown order)
    // Intrusive list of all live objects of the Heap: teardown frees cycles refcounting missed.
    Object* heap_prev = nullptr;
    Object* heap_next = nullptr;

    Object() = default;
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;
    virtual ~Object();

    // Drops every reference this object holds to others (lists empty, dicts clear...).
    // Called on all objects before teardown frees them, so no destructor touches freed memory.
    virtual void clear_references() {}
    // Runs when the last reference dies, before the object is freed (generators close
    // themselves, coroutines warn "was never awaited"). May run Python code; an object that
    // gains a new reference here (resurrection) is not freed. The refcount is 1 during the call.
    virtual void finalize() {}
    // The object's __dict__ (instances of user classes, functions, modules, exceptions,
    // instances of user subclasses of builtins), created on demand when `create` is set.
    // nullptr: the object has no __dict__ (ints, strs, plain builtin instances).
    virtual DictObject* attribute_dict(bool create) { (void)create; return nullptr; }
    // Approximate bytes owned, for the memory budget.
    virtual size_t footprint() const { return sizeof(Object); }
};

inline void incref(Object* o) noexcept { ++o->refcount; }
void destroy(Object* o) noexcept;
inline void decref(Object* o) noexcept {
    if (--o->refcount == 0 && !o->tearing_down) destroy(o);
}

// Owning pointer to an Object subtype. Converts to Value.
template <class T>
class Ref {
public:
    Ref() noexcept = default;
    Ref(std::nullptr_t) noexcept {}
    explicit Ref(T* p) noexcept : p_(p) { if (p_) incref(p_); }
    Ref(const Ref& r) noexcept : p_(r.p_) { if (p_) incref(p_); }
    Ref(Ref&& r) noexcept : p_(r.p_) { r.p_ = nullptr; }
    template <class U>
    Ref(const Ref<U>& r) noexcept : p_(r.get()) { if (p_) incref(p_); }
    ~Ref() { if (p_) decref(p_); }
    Ref& operator=(Ref r) noexcept { std::swap(p_, r.p_); return *this; }

    T* get() const noexcept { return p_; }
    T* operator->() const noexcept { return p_; }
    T& operator*() const noexcept { return *p_; }
    explicit operator bool() const noexcept { return p_ != nullptr; }
    operator Value() const noexcept { return p_ ? Value::borrowed(p_) : Value::none(); }
    void reset() noexcept { Ref().swap(*this); }
    void swap(Ref& r) noexcept { std::swap(p_, r.p_); }

private:
    T* p_ = nullptr;
};

// The Heap of the run on this thread. Each run executes on its own thread, so several
// interpreters can live in one process (tests) without sharing anything.
Heap& current_heap();
void heap_register(Object* o, size_t bytes);  // links into the heap, charges the budget

template <class T, class... Args>
Ref<T> make(TypeObject* type, Args&&... args) {
    T* o = new T(std::forward<Args>(args)...);
    o->type = type;
    heap_register(o, sizeof(T));
    return Ref<T>(o);
}

// Downcast helpers; callers check the type first.
template <class T>
T* as(const Value& v) noexcept { return static_cast<T*>(v.as_obj()); }

}  // namespace loopscope::vm
