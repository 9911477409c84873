// Generators, coroutines and async generators (CPython's genobject.c), plus the helper
// objects `await` and `async for` need: coroutine_wrapper (coro.__await__()), the
// asend/athrow awaitables of async generators and the wrapper marking values an async
// generator yields.
#include "vm/generator.h"

#include <set>

#include "vm/exception.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/interp.h"
#include "vm/interpreter.h"
#include "vm/list.h"
#include "vm/native.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

// Types the VM creates itself (per Interp; refreshed by install_generator_types).
struct GeneratorTypes {
    TypeObject* coroutine_wrapper = nullptr;
    TypeObject* asend = nullptr;
    TypeObject* athrow = nullptr;
    TypeObject* wrapped_value = nullptr;
};
thread_local GeneratorTypes tls_types;

// The warnings "default" action shows a warning once per (category, text, location).
thread_local std::set<std::string> tls_warned;

// Called when an async generator object dies (the asyncio runtime's bookkeeping).
thread_local AsyncGenDyingHook tls_agen_dying_hook = nullptr;

GeneratorObject* as_gen(const Value& v) { return static_cast<GeneratorObject*>(v.as_obj()); }
ExceptionObject* as_exc(const Value& v) { return static_cast<ExceptionObject*>(v.as_obj()); }

const char* kind_word(GenKind k) {
    switch (k) {
    case GenKind::Coroutine: return "coroutine";
    case GenKind::AsyncGenerator: return "async generator";
    default: return "generator";
    }
}

Value new_exc(TypeObject* type, const std::string& message) {
    Ref<ExceptionObject> e = new_exception(type, {make_str(message)});
    attach_context(e.get());
    return Value(e);
}

// Wraps each value an async generator yields, so asend() can tell a real `yield` (which
// ends the asend awaitable with StopIteration(value)) from an `await` deeper down (whose
// value passes through to the event loop).
struct WrappedValueObject : Object {
    void clear_references() override { value = Value(); }
    Value value;
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// GeneratorObject

GeneratorObject::~GeneratorObject() {
    if (frame) release_frame(frame);
}

void GeneratorObject::clear_references() {
    if (frame) {
        release_frame(frame);
        frame = nullptr;
    }
    name.reset();
    qualname.reset();
    rare.reset();
}

void GeneratorObject::stash_handled_slow(std::vector<Value>& handled, size_t base) {
    std::vector<Value>& saved = rare_state().saved_handled;
    for (size_t i = base; i < handled.size(); ++i) saved.push_back(std::move(handled[i]));
    handled.resize(base);
}

void GeneratorObject::restore_handled_slow(std::vector<Value>& handled) {
    for (Value& v : rare->saved_handled) handled.push_back(std::move(v));
    rare->saved_handled.clear();
}

Value GeneratorObject::delegate() const {
    if (state != GenState::Suspended || !frame) return Value();
    uint32_t at = frame->ip();
    if (at == 0) return Value();
    uint32_t word = frame->code->code[at - 1];
    if (op_of(word) != Op::YIELD_VALUE || arg_of(word) != 1) return Value();
    return frame->sp[-1];
}

int GeneratorObject::suspended_line() const {
    if (!frame) return 0;
    return frame->ip() == 0 ? frame->code->firstlineno : frame->current_line();
}

Value make_generator(Frame* frame, FunctionObject* func) {
    Types& t = types();
    uint32_t flags = frame->code->flags;
    GenKind kind = (flags & kCoAsyncGenerator) ? GenKind::AsyncGenerator
                   : (flags & kCoCoroutine)    ? GenKind::Coroutine
                                               : GenKind::Generator;
    TypeObject* type = kind == GenKind::AsyncGenerator ? t.async_generator
                       : kind == GenKind::Coroutine    ? t.coroutine
                                                       : t.generator;
    // The room allocate_frame left in front of the frame (see frame.h).
    auto* object = new (reinterpret_cast<char*>(frame) - kGeneratorRoom) GeneratorObject;
    object->type = type;
    heap_register(object, sizeof(GeneratorObject));
    Ref<GeneratorObject> gen(object);
    gen->frame = frame;
    gen->kind = kind;
    gen->name = Ref<Object>(func->name.as_obj());
    gen->qualname = Ref<Object>(func->qualname.as_obj());
    frame->generator = gen.get();
    return Value(gen);
}

bool is_generator_object(const Value& v) {
    if (!v.is_obj()) return false;
    TypeObject* tp = v.as_obj()->type;
    Types& t = types();
    return tp == t.generator || tp == t.coroutine || tp == t.async_generator;
}

// ---------------------------------------------------------------------------------------------
// Resumption

namespace {

void release_generator_frame(GeneratorObject* gen) {
    if (gen->frame) {
        release_frame(gen->frame);
        gen->frame = nullptr;
    }
}

}  // namespace

Value convert_stop_iteration(GeneratorObject* gen, const Value& exc) {
    const char* msg = nullptr;
    if (exception_matches(exc, types().StopIteration)) {
        msg = gen->kind == GenKind::AsyncGenerator ? "async generator raised StopIteration"
              : gen->kind == GenKind::Coroutine    ? "coroutine raised StopIteration"
                                                   : "generator raised StopIteration";
    } else if (gen->kind == GenKind::AsyncGenerator && exception_matches(exc, types().StopAsyncIteration)) {
        msg = "async generator raised StopAsyncIteration";
    }
    if (!msg) return exc;
    Ref<ExceptionObject> error = new_exception(types().RuntimeError, {make_str(msg)});
    error->cause = exc;
    error->context = exc;
    return Value(error);
}

namespace {

// Runs the generator's frame: sends `sent` (ignored when `pending` is set: then the
// exception is raised at the suspension point). `closing`: called from close(), which never
// complains about finished coroutines.
ResumeResult resume_impl(GeneratorObject* gen, Value sent, Value pending, Value* out, bool closing) {
    if (gen->state == GenState::Created && pending.empty() && !sent.is_none()) {
        *out = new_exc(types().TypeError,
                       std::string("can't send non-None value to a just-started ") + kind_word(gen->kind));
        return ResumeResult::Raised;
    }
    if (gen->state == GenState::Running) {
        *out = new_exc(types().ValueError, std::string(kind_word(gen->kind)) + " already executing");
        return ResumeResult::Raised;
    }
    if (gen->state == GenState::Completed) {
        if (gen->kind == GenKind::Coroutine && !closing) {
            *out = new_exc(types().RuntimeError, "cannot reuse already awaited coroutine");
            return ResumeResult::Raised;
        }
        if (!pending.empty()) {
            *out = pending;
            return ResumeResult::Raised;
        }
        *out = Value::none();
        return ResumeResult::Returned;
    }
    bool was_started = gen->state == GenState::Suspended;
    Frame* frame = gen->frame;
    if (was_started) *frame->sp++ = pending.empty() ? std::move(sent) : Value::none();
    gen->state = GenState::Running;

    Interp& in = interp();
    size_t base = in.handled_exceptions.size();
    gen->restore_handled(in.handled_exceptions);
    Ref<GeneratorObject> keep_alive(gen);
    try {
        FrameExit how;
        Value r = run_frame(frame, how, std::move(pending));
        if (how == FrameExit::Yielded) {
            gen->state = GenState::Suspended;
            gen->stash_handled(in.handled_exceptions, base);
            *out = std::move(r);
            return ResumeResult::Yielded;
        }
        gen->state = GenState::Completed;
        in.handled_exceptions.resize(base);
        release_generator_frame(gen);
        *out = std::move(r);
        return ResumeResult::Returned;
    } catch (PyException& e) {
        // An exception thrown into a generator that never started is not PEP 479's business.
        bool ran = was_started || frame->ip() != 0;
        gen->state = GenState::Completed;
        in.handled_exceptions.resize(std::min(base, in.handled_exceptions.size()));
        release_generator_frame(gen);
        *out = ran ? convert_stop_iteration(gen, e.exc) : e.exc;
        return ResumeResult::Raised;
    } catch (...) {
        gen->state = GenState::Completed;
        in.handled_exceptions.resize(std::min(base, in.handled_exceptions.size()));
        release_generator_frame(gen);
        throw;
    }
}

// The iterator's close(): generators and coroutines directly, anything else by its close().
void close_iter(const Value& it) {
    if (is_generator_object(it) && it.as_obj()->type != types().async_generator) {
        close_generator(as_gen(it));
        return;
    }
    Value close = getattr_or_empty(it, names().close);
    if (!close.empty()) call(close, {});
}

Value stop_iteration_with(const Value& v) {
    Ref<ExceptionObject> e = new_exception(types().StopIteration, {v});
    e->value = v;
    return Value(e);
}

// CPython's _gen_throw: a suspended `yield from` / `await` passes the exception to the
// iterator it delegates to first.
ResumeResult throw_impl(GeneratorObject* gen, Value exc, bool close_on_genexit, Value* out) {
    Value yf = gen->delegate();
    if (!yf.empty()) {
        if (close_on_genexit && exception_matches(exc, types().GeneratorExit)) {
            gen->state = GenState::Running;
            Value failure;
            try {
                close_iter(yf);
            } catch (PyException& e) {
                failure = e.exc;
            }
            gen->state = GenState::Suspended;
            if (!failure.empty()) return resume_impl(gen, Value::none(), failure, out, false);
            return resume_impl(gen, Value::none(), exc, out, false);
        }
        Value ret;
        ResumeResult r;
        gen->state = GenState::Running;
        if (is_generator_object(yf) && yf.as_obj()->type != types().async_generator) {
            r = throw_impl(as_gen(yf), exc, close_on_genexit, &ret);
        } else {
            Value meth;
            try {
                meth = getattr_or_empty(yf, names().throw_);
            } catch (PyException& e) {
                gen->state = GenState::Suspended;
                return resume_impl(gen, Value::none(), e.exc, out, false);
            }
            if (meth.empty()) {
                gen->state = GenState::Suspended;
                return resume_impl(gen, Value::none(), exc, out, false);
            }
            try {
                ret = call(meth, {exc});
                r = ResumeResult::Yielded;
            } catch (PyException& e) {
                ret = e.exc;
                r = ResumeResult::Raised;
            }
        }
        gen->state = GenState::Suspended;
        if (r == ResumeResult::Yielded) {
            *out = std::move(ret);
            return ResumeResult::Yielded;
        }
        // The delegate finished: its return (as StopIteration) or its exception continues in
        // this frame at the suspension point.
        Value raised = r == ResumeResult::Returned ? stop_iteration_with(ret) : ret;
        return resume_impl(gen, Value::none(), raised, out, false);
    }
    return resume_impl(gen, Value::none(), std::move(exc), out, false);
}

}  // namespace

ResumeResult resume(GeneratorObject* gen, Value sent, Value* out) {
    return resume_impl(gen, std::move(sent), Value(), out, false);
}

ResumeResult throw_into(GeneratorObject* gen, Value exc, Value* out) {
    return throw_impl(gen, std::move(exc), true, out);
}

// Returns the generator's return value (3.13: close() returns it), or None.
static Value close_impl(GeneratorObject* gen) {
    if (gen->state == GenState::Created) {
        gen->state = GenState::Completed;
        release_generator_frame(gen);
        return Value::none();
    }
    if (gen->state == GenState::Completed) return Value::none();
    Value failure;
    Value yf = gen->delegate();
    if (!yf.empty()) {
        gen->state = GenState::Running;
        try {
            close_iter(yf);
        } catch (PyException& e) {
            failure = e.exc;
        }
        gen->state = GenState::Suspended;
    }
    Value exc = failure.empty() ? Value(new_exception(types().GeneratorExit, {})) : failure;
    Value out;
    ResumeResult r = resume_impl(gen, Value::none(), exc, &out, true);
    if (r == ResumeResult::Yielded) {
        const char* msg = gen->kind == GenKind::Coroutine        ? "coroutine ignored GeneratorExit"
                          : gen->kind == GenKind::AsyncGenerator ? "async generator ignored GeneratorExit"
                                                                 : "generator ignored GeneratorExit";
        raise(types().RuntimeError, msg);
    }
    if (r == ResumeResult::Returned) return out;
    if (exception_matches(out, types().StopIteration) || exception_matches(out, types().GeneratorExit)) {
        return Value::none();
    }
    throw PyException{out};
}

void close_generator(GeneratorObject* gen) { close_impl(gen); }

// ---------------------------------------------------------------------------------------------
// Warnings and unraisable exceptions

void warn(TypeObject* category, const std::string& message) {
    std::string filename;
    int lineno = 0;
    bool located = current_location(filename, lineno);
    std::string key = category->name + "\n" + message + "\n" + filename + ":" + std::to_string(lineno);
    if (!tls_warned.insert(key).second) return;
    Interp& in = interp();
    if (!located) {
        in.write_stderr("<sys>:0: " + category->name + ": " + message + "\n");
        return;
    }
    std::string text = filename + ":" + std::to_string(lineno) + ": " + category->name + ": " + message + "\n";
    std::string line = in.source_line(filename, lineno);
    size_t start = line.find_first_not_of(" \t\f");
    if (start != std::string::npos) {
        size_t end = line.find_last_not_of(" \t\f\r");
        text += "  " + line.substr(start, end - start + 1) + "\n";
    }
    in.write_stderr(text);
}

namespace {

// "coroutine 'f' was never awaited", as warnings._warn_unawaited_coroutine words it.
void warn_never_awaited(const std::string& what) {
    std::string filename;
    int lineno;
    warn(types().RuntimeWarning, what + " was never awaited");
    if (current_location(filename, lineno)) {
        // warnings.py adds this line for warnings with a source object (tracemalloc is off).
        std::string key = "tracemalloc\n" + what + "\n" + filename + ":" + std::to_string(lineno);
        if (tls_warned.insert(key).second) {
            interp().write_stderr("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        }
    }
}

void write_unraisable(const Value& exc, const Value& obj) {
    std::string where;
    try {
        where = repr_string(obj);
    } catch (const PyException&) {
        where = "<object repr() failed>";
    }
    interp().write_stderr("Exception ignored in: " + where + "\n" + format_exception(exc));
}

}  // namespace

void GeneratorObject::finalize() {
    if (kind == GenKind::AsyncGenerator && tls_agen_dying_hook) tls_agen_dying_hook(this);
    if (state == GenState::Completed) return;
    Value self = Value::borrowed(this);
    if (kind == GenKind::AsyncGenerator && rare && rare->finalizer && !closed) {
        try {
            call(Value(rare->finalizer), {self});
        } catch (PyException& e) {
            write_unraisable(e.exc, self);
        }
        return;
    }
    if (kind == GenKind::Coroutine && state == GenState::Created && frame &&
        (frame->code->flags & kCoCoroutine)) {
        warn_never_awaited("coroutine '" + str_string(qualname) + "'");
        return;
    }
    try {
        close_impl(this);
    } catch (PyException& e) {
        write_unraisable(e.exc, self);
    }
}

// ---------------------------------------------------------------------------------------------
// Python-level methods of generators and coroutines

namespace {

// The Python-facing outcome of a resumption: the yielded value, StopIteration for a return,
// or the exception.
Value finish(ResumeResult r, Value out) {
    if (r == ResumeResult::Yielded) return out;
    if (r == ResumeResult::Returned) raise_stop_iteration(out);
    throw PyException{std::move(out)};
}

// gen.throw(value) / gen.throw(type[, value[, tb]]) normalized to an exception instance.
Value exception_from_throw_args(const CallArgs& a, size_t first) {
    size_t n = a.nargs - first;
    if (n < 1 || n > 3) raise_type_error("throw expected at least 1 argument, got 0");
    const Value& typ = a[first];
    Value val = n >= 2 ? a[first + 1] : Value();
    if (n >= 3 && !a[first + 2].is_none() && a[first + 2].is_obj() &&
        a[first + 2].as_obj()->type->name != "traceback") {
        raise_type_error("throw() third argument must be a traceback object");
    }
    if (typ.is_obj() && typ.as_obj()->type->is_subtype_of(types().type) &&
        static_cast<TypeObject*>(typ.as_obj())->is_subtype_of(types().BaseException)) {
        if (!val.empty() && !val.is_none() && isinstance(val, static_cast<TypeObject*>(typ.as_obj()))) return val;
        if (val.empty() || val.is_none()) return call(typ, {});
        if (val.is_obj() && val.as_obj()->type == types().tuple) {
            const auto& items = static_cast<TupleObject*>(val.as_obj())->items;
            return call(typ, CallArgs{items.data(), items.size()});
        }
        return call(typ, {val});
    }
    if (is_exception_instance(typ)) {
        if (!val.empty() && !val.is_none()) raise_type_error("instance exception may not have a separate value");
        return typ;
    }
    raise_type_error("exceptions must be classes or instances deriving from BaseException, not " + type_name(typ));
}

Value gen_send(const CallArgs& a) {
    exact_one_arg("send", a, 1);
    Value out;
    ResumeResult r = resume(as_gen(a[0]), a[1], &out);
    return finish(r, std::move(out));
}

Value gen_next(const CallArgs& a) {
    Value out;
    ResumeResult r = resume(as_gen(a[0]), Value::none(), &out);
    return finish(r, std::move(out));
}

Value gen_throw(const CallArgs& a) {
    Value exc = exception_from_throw_args(a, 1);
    Value out;
    ResumeResult r = throw_into(as_gen(a[0]), exc, &out);
    return finish(r, std::move(out));
}

Value gen_close(const CallArgs& a) {
    no_args("close", a, 1);
    return close_impl(as_gen(a[0]));
}

// Exhaustion is `false`, except that a return value other than None travels as
// StopIteration(value) (protocol's next() catches it for the builtin next()).
bool gen_iternext(Object* self, Value& out) {
    Value v;
    ResumeResult r = resume(static_cast<GeneratorObject*>(self), Value::none(), &v);
    if (r == ResumeResult::Yielded) {
        out = std::move(v);
        return true;
    }
    if (r == ResumeResult::Returned) {
        if (v.is_none()) return false;
        raise_stop_iteration(v);
    }
    throw PyException{std::move(v)};
}

std::string address_of(const Value& v) {
    std::string r = object_default_repr(v);
    size_t at = r.rfind(" at ");
    return r.substr(at + 4, r.size() - at - 5);
}

Value gen_repr(const CallArgs& a) {
    GeneratorObject* g = as_gen(a[0]);
    const char* word = g->kind == GenKind::Coroutine        ? "coroutine"
                       : g->kind == GenKind::AsyncGenerator ? "async_generator"
                                                            : "generator";
    return make_str(std::string("<") + word + " object " + str_string(g->qualname) + " at " + address_of(a[0]) + ">");
}

Value gen_code(const Value& self) {
    GeneratorObject* g = as_gen(self);
    return g->frame ? Value::borrowed(g->frame->code) : Value::none();
}

// ---- coroutine_wrapper: what coro.__await__() returns ----

struct CoroutineWrapperObject : Object {
    void clear_references() override { coro = Value(); }
    Value coro;
};

GeneratorObject* wrapped_coro(const Value& self) {
    return as_gen(static_cast<CoroutineWrapperObject*>(self.as_obj())->coro);
}

Value coro_await(const CallArgs& a) {
    no_args("__await__", a, 1);
    Ref<CoroutineWrapperObject> w = make<CoroutineWrapperObject>(tls_types.coroutine_wrapper);
    w->coro = a[0];
    return Value(w);
}

Value wrapper_next(const CallArgs& a) {
    Value out;
    ResumeResult r = resume(wrapped_coro(a[0]), Value::none(), &out);
    return finish(r, std::move(out));
}

Value wrapper_send(const CallArgs& a) {
    exact_one_arg("send", a, 1);
    Value out;
    ResumeResult r = resume(wrapped_coro(a[0]), a[1], &out);
    return finish(r, std::move(out));
}

Value wrapper_throw(const CallArgs& a) {
    Value exc = exception_from_throw_args(a, 1);
    Value out;
    ResumeResult r = throw_into(wrapped_coro(a[0]), exc, &out);
    return finish(r, std::move(out));
}

Value wrapper_close(const CallArgs& a) { return close_impl(wrapped_coro(a[0])); }

bool wrapper_iternext(Object* self, Value& out) {
    return gen_iternext(as_gen(static_cast<CoroutineWrapperObject*>(self)->coro), out);
}

// ---- async generators ----

enum class AwaitableState : uint8_t { Init, Iter, Closed };

struct ASendObject : Object {
    void clear_references() override { gen = Value(); sendval = Value(); }
    void finalize() override;
    Value gen;
    Value sendval;  // Empty: __anext__() (send None)
    AwaitableState state = AwaitableState::Init;
};

struct AThrowObject : Object {
    void clear_references() override { gen = Value(); exc = Value(); }
    void finalize() override;
    Value gen;
    Value exc;      // Empty: aclose()
    bool is_aclose = false;
    AwaitableState state = AwaitableState::Init;
};

void ASendObject::finalize() {
    if (state == AwaitableState::Init && !gen.empty()) {
        warn_never_awaited("coroutine method 'asend' of '" + str_string(as_gen(gen)->qualname) + "'");
    }
}

void AThrowObject::finalize() {
    if (state == AwaitableState::Init && !gen.empty()) {
        warn_never_awaited(std::string("coroutine method '") + (is_aclose ? "aclose" : "athrow") + "' of '" +
                           str_string(as_gen(gen)->qualname) + "'");
    }
}

// Calls the loop's firstiter hook the first time an async generator is iterated.
void init_hooks(GeneratorObject* g) {
    if (g->hooks_initialized) return;
    g->hooks_initialized = true;
    Interp& in = interp();
    if (in.asyncgen_finalizer.is_obj()) g->rare_state().finalizer = Ref<Object>(in.asyncgen_finalizer.as_obj());
    if (!in.asyncgen_firstiter.empty() && !in.asyncgen_firstiter.is_none()) {
        Value hook = in.asyncgen_firstiter;
        call(hook, {Value::borrowed(g)});
    }
}

// CPython's async_gen_unwrap_value: a wrapped yield finishes the awaitable with
// StopIteration(value); a return becomes StopAsyncIteration.
Value unwrap(GeneratorObject* g, ResumeResult r, Value out) {
    if (r == ResumeResult::Raised) {
        if (exception_matches(out, types().StopAsyncIteration) || exception_matches(out, types().GeneratorExit)) {
            g->closed = true;
        }
        g->running_async = false;
        throw PyException{std::move(out)};
    }
    if (r == ResumeResult::Returned) {
        g->closed = true;
        g->running_async = false;
        raise_no_args(types().StopAsyncIteration);
    }
    if (out.is_obj() && out.as_obj()->type == tls_types.wrapped_value) {
        Value v = static_cast<WrappedValueObject*>(out.as_obj())->value;
        g->running_async = false;
        raise_stop_iteration(v);
    }
    return out;
}

ASendObject* as_asend(const Value& v) { return static_cast<ASendObject*>(v.as_obj()); }
AThrowObject* as_athrow(const Value& v) { return static_cast<AThrowObject*>(v.as_obj()); }

Value asend_send_impl(ASendObject* o, const Value& arg) {
    GeneratorObject* g = as_gen(o->gen);
    if (o->state == AwaitableState::Closed) raise(types().RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    Value send = arg;
    if (o->state == AwaitableState::Init) {
        if (g->running_async) {
            o->state = AwaitableState::Closed;
            raise(types().RuntimeError, "anext(): asynchronous generator is already running");
        }
        if (send.empty() || send.is_none()) send = o->sendval.empty() ? Value::none() : o->sendval;
        o->state = AwaitableState::Iter;
    }
    g->running_async = true;
    Value out;
    ResumeResult r = resume(g, send.empty() ? Value::none() : send, &out);
    try {
        return unwrap(g, r, std::move(out));
    } catch (PyException&) {
        o->state = AwaitableState::Closed;
        throw;
    }
}

Value asend_send(const CallArgs& a) {
    exact_one_arg("send", a, 1);
    return asend_send_impl(as_asend(a[0]), a[1]);
}

// The awaitables finish by raising StopIteration(value): their iternext lets it propagate
// (SEND needs the value), unlike iterators that end silently.
bool asend_iternext(Object* self, Value& out) {
    out = asend_send_impl(static_cast<ASendObject*>(self), Value());
    return true;
}

Value asend_next(const CallArgs& a) { return asend_send_impl(as_asend(a[0]), Value()); }

Value asend_throw_impl(ASendObject* o, const Value& exc) {
    GeneratorObject* g = as_gen(o->gen);
    if (o->state == AwaitableState::Closed) raise(types().RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (o->state == AwaitableState::Init) {
        if (g->running_async) {
            o->state = AwaitableState::Closed;
            raise(types().RuntimeError, "anext(): asynchronous generator is already running");
        }
        o->state = AwaitableState::Iter;
        g->running_async = true;
    }
    Value out;
    ResumeResult r = throw_into(g, exc, &out);
    try {
        return unwrap(g, r, std::move(out));
    } catch (PyException&) {
        g->running_async = false;
        o->state = AwaitableState::Closed;
        throw;
    }
}

Value asend_throw(const CallArgs& a) { return asend_throw_impl(as_asend(a[0]), exception_from_throw_args(a, 1)); }

Value asend_close(const CallArgs& a) {
    ASendObject* o = as_asend(a[0]);
    if (o->state == AwaitableState::Closed) return Value::none();
    try {
        asend_throw_impl(o, Value(new_exception(types().GeneratorExit, {})));
    } catch (PyException& e) {
        if (exception_matches(e.exc, types().StopIteration) || exception_matches(e.exc, types().StopAsyncIteration) ||
            exception_matches(e.exc, types().GeneratorExit)) {
            return Value::none();
        }
        throw;
    }
    raise(types().RuntimeError, "coroutine ignored GeneratorExit");
}

[[noreturn]] void athrow_check_error(AThrowObject* o, const Value& exc) {
    GeneratorObject* g = as_gen(o->gen);
    g->running_async = false;
    o->state = AwaitableState::Closed;
    if (o->is_aclose &&
        (exception_matches(exc, types().StopAsyncIteration) || exception_matches(exc, types().GeneratorExit))) {
        raise_no_args(types().StopIteration);
    }
    throw PyException{exc};
}

[[noreturn]] void athrow_yield_close(AThrowObject* o) {
    as_gen(o->gen)->running_async = false;
    o->state = AwaitableState::Closed;
    raise(types().RuntimeError, "async generator ignored GeneratorExit");
}

bool is_wrapped(const Value& v) { return v.is_obj() && v.as_obj()->type == tls_types.wrapped_value; }

Value athrow_send_impl(AThrowObject* o, const Value& arg) {
    GeneratorObject* g = as_gen(o->gen);
    if (o->state == AwaitableState::Closed) raise(types().RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    if (g->state == GenState::Completed) {
        o->state = AwaitableState::Closed;
        raise_no_args(types().StopIteration);
    }
    Value out;
    ResumeResult r;
    if (o->state == AwaitableState::Init) {
        if (g->running_async) {
            o->state = AwaitableState::Closed;
            raise(types().RuntimeError, o->is_aclose ? "aclose(): asynchronous generator is already running"
                                                     : "athrow(): asynchronous generator is already running");
        }
        if (g->closed) {
            o->state = AwaitableState::Closed;
            raise_no_args(types().StopAsyncIteration);
        }
        if (!arg.empty() && !arg.is_none()) raise(types().RuntimeError, "can't send non-None value to a just-started coroutine");
        o->state = AwaitableState::Iter;
        g->running_async = true;
        if (o->is_aclose) {
            g->closed = true;
            r = throw_impl(g, Value(new_exception(types().GeneratorExit, {})), false, &out);
            if (r == ResumeResult::Yielded && is_wrapped(out)) athrow_yield_close(o);
        } else {
            Value exc = o->exc;
            o->exc = Value();
            r = throw_impl(g, exc, false, &out);
            try {
                return unwrap(g, r, std::move(out));
            } catch (PyException& e) {
                athrow_check_error(o, e.exc);
            }
        }
        if (r != ResumeResult::Yielded) {
            Value exc = r == ResumeResult::Raised ? out : Value(new_exception(types().StopAsyncIteration, {}));
            athrow_check_error(o, exc);
        }
        return out;
    }
    r = resume(g, arg.empty() ? Value::none() : arg, &out);
    if (!o->is_aclose) {
        try {
            return unwrap(g, r, std::move(out));
        } catch (PyException& e) {
            athrow_check_error(o, e.exc);
        }
    }
    if (r == ResumeResult::Yielded) {
        if (is_wrapped(out)) athrow_yield_close(o);
        return out;
    }
    Value exc = r == ResumeResult::Raised ? out : Value(new_exception(types().StopAsyncIteration, {}));
    athrow_check_error(o, exc);
}

Value athrow_send(const CallArgs& a) {
    exact_one_arg("send", a, 1);
    return athrow_send_impl(as_athrow(a[0]), a[1]);
}

Value athrow_next(const CallArgs& a) { return athrow_send_impl(as_athrow(a[0]), Value::none()); }

bool athrow_iternext(Object* self, Value& out) {
    out = athrow_send_impl(static_cast<AThrowObject*>(self), Value::none());
    return true;
}

Value athrow_throw(const CallArgs& a) {
    AThrowObject* o = as_athrow(a[0]);
    GeneratorObject* g = as_gen(o->gen);
    if (o->state == AwaitableState::Closed) raise(types().RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    Value exc = exception_from_throw_args(a, 1);
    Value out;
    ResumeResult r = throw_into(g, exc, &out);
    if (!o->is_aclose) {
        try {
            return unwrap(g, r, std::move(out));
        } catch (PyException& e) {
            athrow_check_error(o, e.exc);
        }
    }
    if (r == ResumeResult::Yielded) {
        if (is_wrapped(out)) athrow_yield_close(o);
        return out;
    }
    Value raised = r == ResumeResult::Raised ? out : Value(new_exception(types().StopAsyncIteration, {}));
    athrow_check_error(o, raised);
}

Value athrow_close(const CallArgs& a) {
    as_athrow(a[0])->state = AwaitableState::Closed;
    return Value::none();
}

Value agen_asend_object(const Value& gen, Value sendval) {
    init_hooks(as_gen(gen));
    Ref<ASendObject> o = make<ASendObject>(tls_types.asend);
    o->gen = gen;
    o->sendval = std::move(sendval);
    return Value(o);
}

Value agen_anext(const CallArgs& a) {
    no_args("__anext__", a, 1);
    return agen_asend_object(a[0], Value());
}

Value agen_asend(const CallArgs& a) {
    exact_one_arg("asend", a, 1);
    return agen_asend_object(a[0], a[1]);
}

Value agen_athrow(const CallArgs& a) {
    init_hooks(as_gen(a[0]));
    Ref<AThrowObject> o = make<AThrowObject>(tls_types.athrow);
    o->gen = a[0];
    o->exc = exception_from_throw_args(a, 1);
    return Value(o);
}

Value agen_aclose(const CallArgs& a) {
    no_args("aclose", a, 1);
    init_hooks(as_gen(a[0]));
    Ref<AThrowObject> o = make<AThrowObject>(tls_types.athrow);
    o->gen = a[0];
    o->is_aclose = true;
    return Value(o);
}

Value iter_self(const CallArgs& a) { return a[0]; }

TypeObject* new_type(const char* name) {
    return make_builtin_type(name, types().object, Layout::Native, false).get();
}

void add_name_getsets(TypeObject* t) {
    add_getset(
        t, "__name__", [](const Value& s) { return Value(as_gen(s)->name); },
        [](const Value& s, const Value& v) {
            if (!isinstance(v, types().str)) raise_type_error("__name__ must be set to a string object");
            as_gen(s)->name = Ref<Object>(v.as_obj());
        });
    add_getset(
        t, "__qualname__", [](const Value& s) { return Value(as_gen(s)->qualname); },
        [](const Value& s, const Value& v) {
            if (!isinstance(v, types().str)) raise_type_error("__qualname__ must be set to a string object");
            as_gen(s)->qualname = Ref<Object>(v.as_obj());
        });
}

}  // namespace

Value async_gen_wrap(const Value& v) {
    Ref<WrappedValueObject> w = make<WrappedValueObject>(tls_types.wrapped_value);
    w->value = v;
    return Value(w);
}

void set_async_generator_dying_hook(AsyncGenDyingHook hook) { tls_agen_dying_hook = hook; }

void set_asyncgen_hooks(Value firstiter, Value finalizer) {
    interp().asyncgen_firstiter = std::move(firstiter);
    interp().asyncgen_finalizer = std::move(finalizer);
}

void get_asyncgen_hooks(Value& firstiter, Value& finalizer) {
    firstiter = interp().asyncgen_firstiter.empty() ? Value::none() : interp().asyncgen_firstiter;
    finalizer = interp().asyncgen_finalizer.empty() ? Value::none() : interp().asyncgen_finalizer;
}

void install_generator_types() {
    Types& t = types();
    tls_warned.clear();

    TypeObject* gen = t.generator;
    gen->iternext = gen_iternext;
    add_method(gen, "__iter__", iter_self);
    add_method(gen, "__next__", gen_next);
    add_method(gen, "send", gen_send);
    add_method(gen, "throw", gen_throw);
    add_method(gen, "close", gen_close);
    add_method(gen, "__repr__", gen_repr);
    add_name_getsets(gen);
    add_getset(gen, "gi_running", [](const Value& s) { return Value::boolean(as_gen(s)->state == GenState::Running); });
    add_getset(gen, "gi_suspended", [](const Value& s) { return Value::boolean(as_gen(s)->state == GenState::Suspended); });
    add_getset(gen, "gi_yieldfrom", [](const Value& s) {
        Value d = as_gen(s)->delegate();
        return d.empty() ? Value::none() : d;
    });
    add_getset(gen, "gi_code", gen_code);
    add_getset(gen, "gi_frame", [](const Value& s) { return as_gen(s)->frame ? Value::boolean(true) : Value::none(); });

    TypeObject* coro = t.coroutine;
    add_method(coro, "send", gen_send);
    add_method(coro, "throw", gen_throw);
    add_method(coro, "close", gen_close);
    add_method(coro, "__await__", coro_await);
    add_method(coro, "__repr__", gen_repr);
    add_name_getsets(coro);
    add_getset(coro, "cr_running", [](const Value& s) { return Value::boolean(as_gen(s)->state == GenState::Running); });
    add_getset(coro, "cr_suspended", [](const Value& s) { return Value::boolean(as_gen(s)->state == GenState::Suspended); });
    add_getset(coro, "cr_await", [](const Value& s) {
        Value d = as_gen(s)->delegate();
        return d.empty() ? Value::none() : d;
    });
    add_getset(coro, "cr_code", gen_code);
    add_getset(coro, "cr_frame", [](const Value& s) { return as_gen(s)->frame ? Value::boolean(true) : Value::none(); });
    add_getset(coro, "cr_origin", [](const Value&) { return Value::none(); });

    TypeObject* agen = t.async_generator;
    add_method(agen, "__aiter__", iter_self);
    add_method(agen, "__anext__", agen_anext);
    add_method(agen, "asend", agen_asend);
    add_method(agen, "athrow", agen_athrow);
    add_method(agen, "aclose", agen_aclose);
    add_method(agen, "__repr__", gen_repr);
    add_name_getsets(agen);
    add_getset(agen, "ag_running", [](const Value& s) { return Value::boolean(as_gen(s)->running_async); });
    add_getset(agen, "ag_await", [](const Value& s) {
        Value d = as_gen(s)->delegate();
        return d.empty() ? Value::none() : d;
    });
    add_getset(agen, "ag_code", gen_code);
    add_getset(agen, "ag_frame", [](const Value& s) { return as_gen(s)->frame ? Value::boolean(true) : Value::none(); });

    tls_types.coroutine_wrapper = new_type("coroutine_wrapper");
    tls_types.coroutine_wrapper->iternext = wrapper_iternext;
    add_method(tls_types.coroutine_wrapper, "__iter__", iter_self);
    add_method(tls_types.coroutine_wrapper, "__next__", wrapper_next);
    add_method(tls_types.coroutine_wrapper, "send", wrapper_send);
    add_method(tls_types.coroutine_wrapper, "throw", wrapper_throw);
    add_method(tls_types.coroutine_wrapper, "close", wrapper_close);

    tls_types.asend = new_type("async_generator_asend");
    tls_types.asend->iternext = asend_iternext;
    add_method(tls_types.asend, "__await__", iter_self);
    add_method(tls_types.asend, "__iter__", iter_self);
    add_method(tls_types.asend, "__next__", asend_next);
    add_method(tls_types.asend, "send", asend_send);
    add_method(tls_types.asend, "throw", asend_throw);
    add_method(tls_types.asend, "close", asend_close);

    tls_types.athrow = new_type("async_generator_athrow");
    tls_types.athrow->iternext = athrow_iternext;
    add_method(tls_types.athrow, "__await__", iter_self);
    add_method(tls_types.athrow, "__iter__", iter_self);
    add_method(tls_types.athrow, "__next__", athrow_next);
    add_method(tls_types.athrow, "send", athrow_send);
    add_method(tls_types.athrow, "throw", athrow_throw);
    add_method(tls_types.athrow, "close", athrow_close);

    tls_types.wrapped_value = new_type("async_generator_wrapped_value");
}

}  // namespace loopscope::vm
