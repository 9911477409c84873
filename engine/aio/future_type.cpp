// The Python face of Future: asyncio.Future's methods and attributes, and FutureIter, the
// iterator `await fut` drives (CPython's C FutureIter: yield the future once, then return its
// result or raise its exception).
#include "aio/aio_state.h"
#include "aio/event_loop.h"
#include "aio/future.h"
#include "aio/reprs.h"
#include "aio/task.h"
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/native.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::aio {

namespace {

FutureObject* self_future(const vm::CallArgs& a) { return static_cast<FutureObject*>(a[0].as_obj()); }
FutureObject* getter_future(const Value& v) { return static_cast<FutureObject*>(v.as_obj()); }

// Methods on a future whose __init__ never ran (a subclass forgetting super().__init__()).
FutureObject* alive(FutureObject* f) {
    if (f->loop.empty()) vm::raise(vm::types().RuntimeError, "Future object is not initialized.");
    return f;
}

Value alloc_future(vm::TypeObject* cls) { return Value(vm::make<FutureObject>(cls)); }

Value future_init_method(const vm::CallArgs& a) {
    Value v[1];
    vm::bind_args({"Future", {"loop"}, 0, 0, true, 0}, a, v, 1);
    future_init(self_future(a), v[0]);
    return Value::none();
}

Value m_result(const vm::CallArgs& a) {
    vm::no_args("result", a, 1);
    return future_result(alive(self_future(a)));
}

Value m_exception(const vm::CallArgs& a) {
    vm::no_args("exception", a, 1);
    return future_exception(alive(self_future(a)));
}

Value m_set_result(const vm::CallArgs& a) {
    vm::exact_one_arg("set_result", a, 1);
    future_set_result(alive(self_future(a)), a[1]);
    return Value::none();
}

Value m_set_exception(const vm::CallArgs& a) {
    vm::exact_one_arg("set_exception", a, 1);
    future_set_exception(alive(self_future(a)), a[1]);
    return Value::none();
}

Value m_cancel(const vm::CallArgs& a) {
    Value v[1];
    vm::bind_args({"cancel", {"msg"}, 0}, a, v, 1);
    return Value::boolean(future_cancel(alive(self_future(a)), v[0].empty() ? Value::none() : v[0]));
}

Value m_cancelled(const vm::CallArgs& a) {
    vm::no_args("cancelled", a, 1);
    return Value::boolean(self_future(a)->state == FutureState::Cancelled);
}

Value m_done(const vm::CallArgs& a) {
    vm::no_args("done", a, 1);
    return Value::boolean(self_future(a)->done());
}

Value m_add_done_callback(const vm::CallArgs& a) {
    Value v[2];
    vm::bind_args({"add_done_callback", {"fn", "context"}, 1, 0, true, 1}, a, v, 1);
    future_add_done_callback(alive(self_future(a)), v[0], v[1].empty() ? Value::none() : v[1]);
    return Value::none();
}

Value m_remove_done_callback(const vm::CallArgs& a) {
    vm::exact_one_arg("remove_done_callback", a, 1);
    return Value::small_int(int64_t(future_remove_done_callback(alive(self_future(a)), a[1])));
}

Value m_get_loop(const vm::CallArgs& a) {
    vm::no_args("get_loop", a, 1);
    return alive(self_future(a))->loop;
}

Value m_make_cancelled_error(const vm::CallArgs& a) { return future_make_cancelled_error(self_future(a)); }

Value m_repr(const vm::CallArgs& a) { return vm::make_str(future_repr(self_future(a))); }

Value m_class_getitem(const vm::CallArgs& a) { return a[0]; }

// ---- FutureIter ----

struct FutureIterObject : vm::Object {
    void clear_references() override { future = Value(); }
    Value future;  // Empty once finished
};

FutureIterObject* as_iter(const Value& v) { return static_cast<FutureIterObject*>(v.as_obj()); }

Value m_await(const vm::CallArgs& a) {
    Ref<FutureIterObject> it = vm::make<FutureIterObject>(state().types.future_iter);
    it->future = a[0];
    return Value(it);
}

// One resumption: true with the value to yield, or false with the result in `out` (an
// exception propagates).
bool iter_send(FutureIterObject* it, Value& out) {
    if (it->future.empty()) vm::raise_no_args(vm::types().StopIteration);
    FutureObject* f = as_future(it->future);
    if (f->state == FutureState::Pending) {
        if (!f->blocking) {
            f->blocking = true;
            out = it->future;
            return true;
        }
        vm::raise(vm::types().RuntimeError, "await wasn't used with future");
    }
    Value fut = std::move(it->future);
    it->future = Value();
    out = future_result(f);
    return false;
}

bool iter_iternext(vm::Object* self, Value& out) {
    if (iter_send(static_cast<FutureIterObject*>(self), out)) return true;
    if (out.is_none()) return false;
    vm::raise_stop_iteration(out);
}

Value iter_next(const vm::CallArgs& a) {
    Value out;
    if (iter_send(as_iter(a[0]), out)) return out;
    vm::raise_stop_iteration(out);
}

Value iter_send_method(const vm::CallArgs& a) {
    vm::exact_one_arg("send", a, 1);
    return iter_next(a);
}

Value iter_throw(const vm::CallArgs& a) {
    vm::unpack_args("throw", a, 1, 3, 1);
    const Value& typ = a[1];
    Value val = a.nargs > 2 && !a[2].is_none() ? a[2] : Value();
    Value exc;
    if (typ.is_obj() && typ.as_obj()->type->is_subtype_of(vm::types().type) &&
        static_cast<vm::TypeObject*>(typ.as_obj())->is_subtype_of(vm::types().BaseException)) {
        exc = !val.empty() && vm::isinstance(val, static_cast<vm::TypeObject*>(typ.as_obj()))
                  ? val
                  : (val.empty() ? vm::call(typ, {}) : vm::call(typ, {val}));
    } else if (vm::is_exception_instance(typ)) {
        if (!val.empty()) vm::raise_type_error("instance exception may not have a separate value");
        exc = typ;
    } else {
        vm::raise_type_error("exceptions must be classes deriving BaseException or instances of such a class");
    }
    as_iter(a[0])->future = Value();
    throw vm::PyException{exc};
}

Value iter_close(const vm::CallArgs& a) {
    as_iter(a[0])->future = Value();
    return Value::none();
}

Value iter_self(const vm::CallArgs& a) { return a[0]; }

void install_future_attributes(vm::TypeObject* t) {
    vm::add_getset(t, "_state", [](const Value& s) { return Value(vm::make_str(future_state_name(getter_future(s)->state))); });
    vm::add_getset(t, "_loop", [](const Value& s) {
        FutureObject* f = getter_future(s);
        return f->loop.empty() ? Value::none() : f->loop;
    });
    vm::add_getset(t, "_result", [](const Value& s) {
        FutureObject* f = getter_future(s);
        return f->result.empty() ? Value::none() : f->result;
    });
    vm::add_getset(t, "_exception", [](const Value& s) {
        FutureObject* f = getter_future(s);
        return f->exception.empty() ? Value::none() : f->exception;
    });
    vm::add_getset(t, "_callbacks", [](const Value& s) {
        FutureObject* f = getter_future(s);
        if (f->callbacks.empty()) return Value::none();
        std::vector<Value> items;
        for (const DoneCallback& cb : f->callbacks) items.push_back(Value(vm::make_tuple({cb.fn, cb.context})));
        return Value(vm::make_list(std::move(items)));
    });
    vm::add_getset(
        t, "_cancel_message",
        [](const Value& s) {
            FutureObject* f = getter_future(s);
            return f->cancel_message().empty() ? Value::none() : f->cancel_message();
        },
        [](const Value& s, const Value& v) { getter_future(s)->set_cancel_message(v.is_none() ? Value() : v); });
    vm::add_getset(
        t, "_asyncio_future_blocking", [](const Value& s) { return Value::boolean(getter_future(s)->blocking); },
        [](const Value& s, const Value& v) { getter_future(s)->blocking = vm::truthy(v); });
    vm::add_getset(
        t, "_log_traceback", [](const Value& s) { return Value::boolean(getter_future(s)->log_traceback); },
        [](const Value& s, const Value& v) {
            if (vm::truthy(v)) vm::raise_value_error("_log_traceback can only be set to False");
            getter_future(s)->log_traceback = false;
        });
    vm::add_getset(t, "_source_traceback", [](const Value&) { return Value::none(); });
}

}  // namespace

void install_future_type() {
    AioTypes& types = state().types;
    Ref<vm::TypeObject> fut = vm::make_builtin_type("Future", vm::types().object, vm::Layout::Native, true);
    fut->module = "_asyncio";
    fut->alloc = alloc_future;
    vm::TypeObject* t = fut.get();
    vm::add_method(t, "__init__", future_init_method);
    vm::add_method(t, "result", m_result);
    vm::add_method(t, "exception", m_exception);
    vm::add_method(t, "set_result", m_set_result);
    vm::add_method(t, "set_exception", m_set_exception);
    vm::add_method(t, "cancel", m_cancel);
    vm::add_method(t, "cancelled", m_cancelled);
    vm::add_method(t, "done", m_done);
    vm::add_method(t, "add_done_callback", m_add_done_callback);
    vm::add_method(t, "remove_done_callback", m_remove_done_callback);
    vm::add_method(t, "get_loop", m_get_loop);
    vm::add_method(t, "_make_cancelled_error", m_make_cancelled_error);
    vm::add_method(t, "__repr__", m_repr);
    vm::add_method(t, "__await__", m_await);
    vm::add_method(t, "__iter__", m_await);
    vm::add_method(t, "__class_getitem__", m_class_getitem, vm::NativeKind::ClassMethod);
    install_future_attributes(t);
    types.future = t;

    Ref<vm::TypeObject> iter = vm::make_builtin_type("FutureIter", vm::types().object, vm::Layout::Native, false);
    iter->module = "_asyncio";
    iter->iternext = iter_iternext;
    vm::add_method(iter.get(), "__iter__", iter_self);
    vm::add_method(iter.get(), "__next__", iter_next);
    vm::add_method(iter.get(), "send", iter_send_method);
    vm::add_method(iter.get(), "throw", iter_throw);
    vm::add_method(iter.get(), "close", iter_close);
    types.future_iter = iter.get();
}

}  // namespace loopscope::aio
