#include "aio/reprs.h"

#include <algorithm>

#include "aio/future.h"
#include "aio/task.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/native.h"
#include "vm/protocol.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::aio {

namespace {

// reprlib.Repr() defaults.
constexpr int kMaxLevel = 6;
constexpr size_t kMaxString = 30, kMaxLong = 40, kMaxOther = 30, kMaxList = 6, kMaxDict = 4, kMaxSet = 6;

// s[:i] + "..." + s[-j:] keeping `limit` characters in all (reprlib's shortening).
std::string elide(const std::string& s, size_t limit) {
    if (s.size() <= limit) return s;
    size_t i = (limit - 3) / 2, j = limit - 3 - i;
    return s.substr(0, i) + "..." + s.substr(s.size() - j);
}

std::string repr1(const Value& v, int level);

std::string repr_items(const std::vector<Value>& items, int level, size_t max, const char* left, const char* right,
                       bool trail) {
    if (level <= 0 && !items.empty()) return std::string(left) + "..." + right;
    std::string out = left;
    for (size_t i = 0; i < items.size() && i < max; ++i) {
        if (i) out += ", ";
        out += repr1(items[i], level - 1);
    }
    if (items.size() > max) out += ", ...";
    if (items.size() == 1 && trail) out += ",";
    return out + right;
}

// reprlib's _possibly_sorted: sorted when the items compare, else as iterated.
std::vector<Value> possibly_sorted(std::vector<Value> items) {
    try {
        std::stable_sort(items.begin(), items.end(),
                         [](const Value& a, const Value& b) { return vm::compare_bool(vm::CmpOp::Lt, a, b); });
    } catch (const vm::PyException&) {
    }
    return items;
}

std::string repr_str(const Value& v) {
    auto* s = static_cast<vm::StrObject*>(v.as_obj());
    if (s->length() <= kMaxString) return vm::repr_string(v);
    const std::string& text = s->utf8();
    size_t i = (kMaxString - 3) / 2, j = kMaxString - 3 - i;
    std::string head = text.substr(0, s->byte_offset(i));
    std::string tail = text.substr(s->byte_offset(s->length() - j));
    std::string r = vm::repr_string(Value(vm::make_str(head + tail)));
    Ref<vm::StrObject> rs = vm::make_str(r);
    size_t n = rs->length();
    return r.substr(0, rs->byte_offset(i)) + "..." + r.substr(rs->byte_offset(n - j));
}

std::string repr1(const Value& v, int level) {
    vm::Types& t = vm::types();
    vm::TypeObject* tp = vm::type_of(v);
    if (tp == t.str) return repr_str(v);
    if (tp == t.int_) return elide(vm::repr_string(v), kMaxLong);
    if (tp == t.list) return repr_items(static_cast<vm::ListObject*>(v.as_obj())->items, level, kMaxList, "[", "]", false);
    if (tp == t.tuple) return repr_items(static_cast<vm::TupleObject*>(v.as_obj())->items, level, kMaxList, "(", ")", true);
    if (tp == t.set || tp == t.frozenset) {
        std::vector<Value> items = possibly_sorted(vm::to_vector(v));
        bool frozen = tp == t.frozenset;
        if (items.empty()) return frozen ? "frozenset()" : "set()";
        return repr_items(items, level, kMaxSet, frozen ? "frozenset({" : "{", frozen ? "})" : "}", false);
    }
    if (tp == t.dict) {
        auto* d = static_cast<vm::DictObject*>(v.as_obj());
        if (d->size() == 0) return "{}";
        if (level <= 0) return "{...}";
        std::vector<Value> keys = possibly_sorted(vm::to_vector(v));
        std::string out = "{";
        for (size_t i = 0; i < keys.size() && i < kMaxDict; ++i) {
            if (i) out += ", ";
            out += repr1(keys[i], level - 1) + ": " + repr1(*d->find(keys[i]), level - 1);
        }
        if (keys.size() > kMaxDict) out += ", ...";
        return out + "}";
    }
    return elide(vm::repr_string(v), kMaxOther);
}

vm::StrObject* name_of(const char* s) { return vm::interp().intern(s).get(); }

// inspect.unwrap + inspect.isfunction: the plain Python function behind `callback`, if any.
vm::FunctionObject* python_function(const Value& callback) {
    Value f = callback;
    for (int i = 0; i < 100 && f.is_obj(); ++i) {
        if (f.as_obj()->type == vm::types().function) return static_cast<vm::FunctionObject*>(f.as_obj());
        Value wrapped = vm::getattr_or_empty(f, vm::names().__wrapped__);
        if (wrapped.empty()) return nullptr;
        f = wrapped;
    }
    return nullptr;
}

std::string callback_name(const Value& callback) {
    for (const char* attr : {"__qualname__", "__name__"}) {
        Value n = vm::getattr_or_empty(callback, name_of(attr));
        if (!n.empty() && vm::truthy(n)) return vm::str_string(n);
    }
    return vm::repr_string(callback);
}

std::string format_callbacks(const std::vector<DoneCallback>& cbs) {
    auto one = [](const DoneCallback& cb) { return format_callback_source(cb.fn, {}, false); };
    std::string inner;
    if (cbs.size() == 1) inner = one(cbs[0]);
    else if (cbs.size() == 2) inner = one(cbs[0]) + ", " + one(cbs[1]);
    else inner = one(cbs[0]) + ", <" + std::to_string(cbs.size() - 2) + " more>, " + one(cbs.back());
    return "cb=[" + inner + "]";
}

std::vector<std::string> future_info(FutureObject* f) {
    std::vector<std::string> info;
    info.push_back(f->state == FutureState::Pending     ? "pending"
                   : f->state == FutureState::Cancelled ? "cancelled"
                                                        : "finished");
    if (f->state == FutureState::Finished) {
        if (!f->exception.empty()) info.push_back("exception=" + vm::repr_string(f->exception));
        else info.push_back("result=" + short_repr(f->result));
    }
    if (!f->callbacks.empty()) info.push_back(format_callbacks(f->callbacks));
    return info;
}

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : " ") + p;
    return out;
}

}  // namespace

std::string short_repr(const Value& v) { return repr1(v, kMaxLevel); }

std::string format_callback_source(const Value& callback, const std::vector<Value>& args, bool debug) {
    std::string out = callback_name(callback);
    if (debug) {
        out += "(";
        for (size_t i = 0; i < args.size(); ++i) out += (i ? ", " : "") + short_repr(args[i]);
        out += ")";
    } else {
        out += "()";
    }
    if (vm::FunctionObject* fn = python_function(callback)) {
        out += " at " + fn->code->filename + ":" + std::to_string(fn->code->firstlineno);
    }
    return out;
}

std::string format_coroutine(const Value& coro, const Value& code_hint) {
    if (!vm::is_generator_object(coro)) {
        std::string name = callback_name(coro) + "()";
        return name;
    }
    auto* g = static_cast<vm::GeneratorObject*>(coro.as_obj());
    std::string name = vm::str_string(g->qualname) + "()";
    if (g->frame) {
        int line = g->state == vm::GenState::Running ? g->frame->current_line() : g->suspended_line();
        return name + " running at " + g->frame->code->filename + ":" + std::to_string(line);
    }
    // The frame is gone (the engine frees it at completion): the task kept the code object,
    // so a finished coroutine reports where its function was defined.
    const Value& code = code_hint;
    if (code.is_obj() && code.as_obj()->type == vm::types().code) {
        auto* co = static_cast<vm::CodeObject*>(code.as_obj());
        return name + " done, defined at " + co->filename + ":" + std::to_string(co->firstlineno);
    }
    return name;
}

std::string future_repr(FutureObject* f) {
    vm::RecursionGuard guard(" while getting the repr of an object");
    return "<" + f->type->name + " " + join(future_info(f)) + ">";
}

std::string task_repr(TaskObject* t) {
    vm::RecursionGuard guard(" while getting the repr of an object");
    std::vector<std::string> info = future_info(t);
    if (t->num_cancels_requested > 0 && !t->done()) info[0] = "cancelling";
    info.insert(info.begin() + 1, "name=" + vm::repr_string(task_name(t)));
    if (!t->fut_waiter.empty() && !t->fut_waiter.is_none()) {
        info.insert(info.begin() + 2, "wait_for=" + vm::repr_string(t->fut_waiter));
    }
    if (!t->coro.empty() && !t->coro.is_none()) info.insert(info.begin() + 2, "coro=<" + format_coroutine(t->coro, t->coro_code ? Value::borrowed(t->coro_code.get()) : Value()) + ">");
    return "<" + t->type->name + " " + join(info) + ">";
}

}  // namespace loopscope::aio
