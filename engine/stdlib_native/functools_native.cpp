// `_functools`: the wrapper object behind functools.lru_cache and functools.cache. Written in
// C++ for the same reason CPython writes it in C: a memoized recursive function must cost one
// Python frame per level (fib(900) with @cache works under the default recursion limit), and a
// traceback through it shows no wrapper frame.
//
// Keys follow CPython's _make_key: a lone int or str argument is its own key; otherwise the
// positional arguments, then a marker and the keyword items, then (typed=True) their types.
// A bounded cache is least-recently-used: a hit moves the key to the end of the dict's order,
// eviction removes the first key.
#include "stdlib_native/stdlib_native.h"
#include "vm/builtins_module.h"
#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

struct LruCacheObject : Object {
    void clear_references() override {
        func = Value();
        cache_info_type = Value();
        kwd_mark = Value();
        cache.reset();
        dict.reset();
    }
    DictObject* attribute_dict(bool create) override {
        if (!dict && create) dict = make_dict();
        return dict.get();
    }

    Value func;
    Value cache_info_type;  // functools._CacheInfo, the namedtuple cache_info() returns
    Value kwd_mark;         // separates positional from keyword arguments in keys
    int64_t maxsize = -1;   // -1: unbounded
    bool typed = false;
    Ref<DictObject> cache;
    int64_t hits = 0, misses = 0;
    Ref<DictObject> dict;   // __wrapped__, __name__, __doc__, ... (functools.update_wrapper)
};

LruCacheObject* as_lru(const Value& v) { return static_cast<LruCacheObject*>(v.as_obj()); }

Value make_key(LruCacheObject* self, const CallArgs& a) {
    // a.args[0] is self; the call's own arguments follow.
    size_t n = a.nargs - 1;
    const Value* args = a.args + 1;
    if (!self->typed && a.nkw == 0) {
        if (n == 1) {
            TypeObject* t = type_of(args[0]);
            if (t == types().str || t == types().int_) return args[0];
        }
        return Value(make_tuple(std::vector<Value>(args, args + n)));
    }
    std::vector<Value> key(args, args + n);
    if (a.nkw) {
        key.push_back(self->kwd_mark);
        for (size_t i = 0; i < a.nkw; ++i) {
            key.push_back(a.kwnames[i]);
            key.push_back(a.kwvalues[i]);
        }
    }
    if (self->typed) {
        for (size_t i = 0; i < n; ++i) key.push_back(Value::borrowed(type_of(args[i])));
        for (size_t i = 0; i < a.nkw; ++i) key.push_back(Value::borrowed(type_of(a.kwvalues[i])));
    }
    return Value(make_tuple(std::move(key)));
}

Value call_wrapped(LruCacheObject* self, const CallArgs& a) {
    CallArgs inner{a.args + 1, a.nargs - 1, a.kwnames, a.kwvalues, a.nkw};
    return call(self->func, inner);
}

void evict_oldest(DictObject* cache) {
    for (const DictEntry& e : cache->entries) {
        if (e.key.empty()) continue;
        Value key = e.key;
        cache->erase(key, e.hash);
        return;
    }
}

Value lru_call(const CallArgs& a) {
    Ref<LruCacheObject> self(as_lru(a[0]));  // the cache may be cleared during the call
    if (self->maxsize == 0) {
        ++self->misses;
        return call_wrapped(self.get(), a);
    }
    Value key = make_key(self.get(), a);
    int64_t h = hash(key);
    DictObject* cache = self->cache.get();
    if (Value* found = cache->find(key, h)) {
        ++self->hits;
        Value result = *found;
        if (self->maxsize > 0) {  // most recently used: move to the end
            cache->erase(key, h);
            cache->set(key, h, result);
        }
        return result;
    }
    ++self->misses;
    Value result = call_wrapped(self.get(), a);
    cache = self->cache.get();
    if (self->maxsize > 0) {
        if (cache->find(key, h)) return result;  // a recursive call already cached it
        if (int64_t(cache->size()) >= self->maxsize) evict_oldest(cache);
    }
    cache->set(key, h, result);
    return result;
}

Value lru_cache_info(const CallArgs& a) {
    no_args("cache_info", a, 1);
    LruCacheObject* self = as_lru(a[0]);
    Value maxsize = self->maxsize < 0 ? Value::none() : Value::small_int(self->maxsize);
    return call(self->cache_info_type, {Value::small_int(self->hits), Value::small_int(self->misses), maxsize,
                                        Value::small_int(int64_t(self->cache->size()))});
}

Value lru_cache_clear(const CallArgs& a) {
    no_args("cache_clear", a, 1);
    LruCacheObject* self = as_lru(a[0]);
    self->cache->clear();
    self->hits = self->misses = 0;
    return Value::none();
}

// A cached function stored in a class behaves as a method: instance.f binds the instance.
Value lru_get(const CallArgs& a) {
    unpack_args("__get__", a, 1, 2, 1);
    if (a[1].is_none()) return a[0];
    return Value(make<BoundMethodObject>(types().method, a[0], a[1]));
}

Value lru_copy(const CallArgs& a) { return a[0]; }

Value lru_repr(const CallArgs& a) {
    return make_str("<functools._lru_cache_wrapper object at 0x" + std::to_string(object_serial(a[0].as_obj())) + ">");
}

// _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)
Value lru_new(const CallArgs& a) {
    unpack_args("_lru_cache_wrapper", a, 5, 5);
    if (!is_callable(a[1])) raise_type_error("the first argument must be callable");
    auto self = make<LruCacheObject>(static_cast<TypeObject*>(a[0].as_obj()));
    self->func = a[1];
    if (a[2].is_none()) {
        self->maxsize = -1;
    } else {
        int64_t n = arg_index(a[2]);
        self->maxsize = n < 0 ? 0 : n;
    }
    self->typed = truthy(a[3]);
    self->cache_info_type = a[4];
    self->kwd_mark = Value(make<Object>(types().object));
    self->cache = make_dict();
    return Value(self);
}

}  // namespace

Value create_functools_native_module(Interp&) {
    Ref<ModuleObject> m = make_module("_functools");
    Ref<TypeObject> t = make_builtin_type("_lru_cache_wrapper", nullptr, Layout::Native, false);
    t->module = "functools";
    // bind_descriptor consults __get__ only on non-builtin types: clearing the flag lets a
    // cached function stored in a class bind as a method, as CPython's wrapper does.
    t->is_builtin = false;
    module_set(t->dict.get(), "__module__", make_str("functools"));
    add_method(t.get(), "__new__", lru_new, NativeKind::StaticMethod);
    add_method(t.get(), "__call__", lru_call);
    add_method(t.get(), "cache_info", lru_cache_info);
    add_method(t.get(), "cache_clear", lru_cache_clear);
    add_method(t.get(), "__get__", lru_get);
    add_method(t.get(), "__copy__", lru_copy);
    add_method(t.get(), "__deepcopy__", lru_copy);
    add_method(t.get(), "__repr__", lru_repr);
    module_set(m->dict.get(), "_lru_cache_wrapper", Value(t));
    return Value(m);
}

}  // namespace loopscope::vm
