// Methods of BaseException and its special subclasses (KeyError's str, StopIteration.value,
// SystemExit.code, OSError's errno attributes and subclass selection, BaseExceptionGroup's
// construction rules and split/subgroup/derive), following CPython's exceptions.c.
#include <cerrno>

#include "vm/builtin_types.h"
#include "vm/bytes_ops.h"
#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/str_ops.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

ExceptionObject* exc_of(const Value& v) { return static_cast<ExceptionObject*>(v.as_obj()); }
ExceptionObject* self_exc(const CallArgs& c) { return exc_of(c.args[0]); }

std::vector<Value> positional(const CallArgs& c) { return std::vector<Value>(c.args + 1, c.args + c.nargs); }

// ---- traceback objects (e.__traceback__): a view of the exception's recorded entries ----

struct TracebackObject : Object {
    void clear_references() override { exc.reset(); }
    Ref<ExceptionObject> exc;
    size_t index = 0;  // entry shown by this object; tb_next is index + 1
};

Value make_traceback(ExceptionObject* e, size_t index) {
    if (index >= e->traceback.size()) return Value::none();
    Ref<TracebackObject> tb = make<TracebackObject>(extra_types().traceback);
    tb->exc = Ref<ExceptionObject>(e);
    tb->index = index;
    return tb;
}

TracebackObject* as_tb(const Value& v) { return static_cast<TracebackObject*>(v.as_obj()); }
Value tb_lineno(const Value& self) {
    return Value::small_int(as_tb(self)->exc->traceback[as_tb(self)->index].lineno);
}
Value tb_next(const Value& self) { return make_traceback(as_tb(self)->exc.get(), as_tb(self)->index + 1); }
Value tb_frame(const Value&) { return Value::none(); }

void set_traceback(ExceptionObject* e, const Value& tb) {
    if (tb.is_none()) {
        e->traceback.clear();
        return;
    }
    if (!tb.is_obj() || tb.as_obj()->type != extra_types().traceback) {
        raise_type_error("__traceback__ must be a traceback or None");
    }
    TracebackObject* t = as_tb(tb);
    e->traceback.assign(t->exc->traceback.begin() + long(t->index), t->exc->traceback.end());
}

// ---- BaseException ----

Value base_new(const CallArgs& c) {
    TypeObject* cls = static_cast<TypeObject*>(c.args[0].as_obj());
    if (!cls->is_subtype_of(types().BaseException)) {
        raise_type_error("BaseException.__new__(" + cls->name + "): " + cls->name +
                         " is not a subtype of BaseException");
    }
    Value v = cls->alloc(cls);
    exc_of(v)->args = make_tuple(positional(c));
    return v;
}

Value base_init(const CallArgs& c) {
    if (c.nkw) raise_type_error(self_exc(c)->type->name + "() takes no keyword arguments");
    self_exc(c)->args = make_tuple(positional(c));
    return Value::none();
}

std::string args_str(const ExceptionObject* e) {
    const auto& a = e->args->items;
    if (a.empty()) return "";
    if (a.size() == 1) return str_string(a[0]);
    return repr_string(Value(e->args));
}

Value base_str(const CallArgs& c) {
    slot_args(c, 0);
    return make_str(args_str(self_exc(c)));
}

Value base_repr(const CallArgs& c) {
    slot_args(c, 0);
    ExceptionObject* e = self_exc(c);
    const auto& a = e->args->items;
    std::string name = e->type->name;
    if (a.size() == 1) return make_str(name + "(" + repr_string(a[0]) + ")");
    if (a.empty()) return make_str(name + "()");
    return make_str(name + repr_string(Value(e->args)));
}

Value base_with_traceback(const CallArgs& c) {
    exact_one_arg("BaseException.with_traceback", c, 1);
    set_traceback(self_exc(c), c.args[1]);
    return c.args[0];
}

Value base_add_note(const CallArgs& c) {
    exact_one_arg("BaseException.add_note", c, 1);
    if (!is_str(c.args[1])) raise_type_error("note must be a str, not '" + type_name(c.args[1]) + "'");
    DictObject* d = self_exc(c)->attribute_dict(true);
    Value* notes = d->find_str(names().__notes__);
    if (!notes) {
        d->set_str(names().__notes__, make_list());
        notes = d->find_str(names().__notes__);
    }
    if (!isinstance(*notes, types().list)) raise_type_error("Cannot add note: __notes__ is not a list");
    as<ListObject>(*notes)->items.push_back(c.args[1]);
    return Value::none();
}

Value get_args(const Value& self) { return exc_of(self)->args; }
void set_args(const Value& self, const Value& v) { exc_of(self)->args = make_tuple(to_vector(v)); }

Value get_cause(const Value& self) { return exc_of(self)->cause.empty() ? Value::none() : exc_of(self)->cause; }
void set_cause(const Value& self, const Value& v) {
    if (!v.is_none() && !is_exception_instance(v)) {
        raise_type_error("exception cause must be None or derive from BaseException");
    }
    exc_of(self)->cause = v;
    exc_of(self)->suppress_context = true;
}
Value get_context(const Value& self) {
    return exc_of(self)->context.empty() ? Value::none() : exc_of(self)->context;
}
void set_context(const Value& self, const Value& v) {
    if (!v.is_none() && !is_exception_instance(v)) {
        raise_type_error("exception context must be None or derive from BaseException");
    }
    exc_of(self)->context = v;
}
Value get_suppress(const Value& self) { return Value::boolean(exc_of(self)->suppress_context); }
void set_suppress(const Value& self, const Value& v) { exc_of(self)->suppress_context = truthy(v); }
Value get_traceback(const Value& self) { return make_traceback(exc_of(self), 0); }
void set_traceback_attr(const Value& self, const Value& v) { set_traceback(exc_of(self), v); }

// ---- KeyError, StopIteration, SystemExit ----

Value key_error_str(const CallArgs& c) {
    slot_args(c, 0);
    ExceptionObject* e = self_exc(c);
    if (e->args->items.size() == 1) return repr(e->args->items[0]);
    return make_str(args_str(e));
}

Value stop_iteration_init(const CallArgs& c) {
    base_init(c);
    self_exc(c)->value = c.nargs > 1 ? c.args[1] : Value::none();
    return Value::none();
}

Value get_value(const Value& self) { return exc_of(self)->value.empty() ? Value::none() : exc_of(self)->value; }
void set_value(const Value& self, const Value& v) { exc_of(self)->value = v; }

Value system_exit_init(const CallArgs& c) {
    base_init(c);
    ExceptionObject* e = self_exc(c);
    size_t n = c.nargs - 1;
    e->value = n == 0 ? Value::none() : n == 1 ? c.args[1] : Value(e->args);
    return Value::none();
}

// ---- OSError ----

Value attr_or_none(const Value& self, const char* name) {
    DictObject* d = exc_of(self)->attribute_dict(false);
    Value* v = d ? d->find_str(intern(name).get()) : nullptr;
    return v ? *v : Value::none();
}
void set_attr(const Value& self, const char* name, const Value& v) {
    exc_of(self)->attribute_dict(true)->set_str(intern(name).get(), v);
}

Value os_errno(const Value& self) { return attr_or_none(self, "errno"); }
void os_set_errno(const Value& self, const Value& v) { set_attr(self, "errno", v); }
Value os_strerror(const Value& self) { return attr_or_none(self, "strerror"); }
void os_set_strerror(const Value& self, const Value& v) { set_attr(self, "strerror", v); }
Value os_filename(const Value& self) { return attr_or_none(self, "filename"); }
void os_set_filename(const Value& self, const Value& v) { set_attr(self, "filename", v); }
Value os_filename2(const Value& self) { return attr_or_none(self, "filename2"); }
void os_set_filename2(const Value& self, const Value& v) { set_attr(self, "filename2", v); }

// OSError(errno, ...) picks the subclass for well-known errno values, as CPython does.
TypeObject* os_subclass_for(int64_t err) {
    Types& t = types();
    switch (err) {
        case ENOENT: return t.FileNotFoundError;
        case EEXIST: return t.FileExistsError;
        case EACCES:
        case EPERM: return t.PermissionError;
        case EISDIR: return t.IsADirectoryError;
        case ENOTDIR: return t.NotADirectoryError;
        case ECONNREFUSED: return t.ConnectionRefusedError;
        case ECONNRESET: return t.ConnectionResetError;
        case EPIPE:
        case ESHUTDOWN: return t.BrokenPipeError;
        case ETIMEDOUT: return t.TimeoutError;
        case EINTR: return t.InterruptedError;
        case ECHILD: return t.ChildProcessError;
        case ESRCH: return t.ProcessLookupError;
        case EAGAIN:
        case EALREADY:
        case EINPROGRESS: return t.BlockingIOError;
        default: return nullptr;
    }
}

Value os_new(const CallArgs& c) {
    TypeObject* cls = static_cast<TypeObject*>(c.args[0].as_obj());
    size_t n = c.nargs - 1;
    if (cls == types().OSError && n >= 2 && c.args[1].is_small_int()) {
        if (TypeObject* sub = os_subclass_for(c.args[1].as_int())) cls = sub;
    }
    Value v = cls->alloc(cls);
    exc_of(v)->args = make_tuple(positional(c));
    return v;
}

Value os_init(const CallArgs& c) {
    if (c.nkw) raise_type_error(self_exc(c)->type->name + "() takes no keyword arguments");
    ExceptionObject* e = self_exc(c);
    std::vector<Value> args = positional(c);
    e->args = make_tuple(args);
    if (args.size() >= 2 && args.size() <= 5) {
        set_attr(c.args[0], "errno", args[0]);
        set_attr(c.args[0], "strerror", args[1]);
        if (args.size() >= 3) {
            set_attr(c.args[0], "filename", args[2]);
            if (args.size() == 5) set_attr(c.args[0], "filename2", args[4]);
            e->args = make_tuple({args[0], args[1]});  // CPython keeps only (errno, strerror)
        }
    }
    return Value::none();
}

Value os_str(const CallArgs& c) {
    slot_args(c, 0);
    const Value& self = c.args[0];
    Value filename = attr_or_none(self, "filename");
    Value filename2 = attr_or_none(self, "filename2");
    Value err = attr_or_none(self, "errno");
    Value strerror = attr_or_none(self, "strerror");
    if (!filename.is_none()) {
        std::string s = "[Errno " + str_string(err) + "] " + str_string(strerror) + ": " + repr_string(filename);
        if (!filename2.is_none()) s += " -> " + repr_string(filename2);
        return make_str(s);
    }
    if (!err.is_none() && !strerror.is_none()) {
        return make_str("[Errno " + str_string(err) + "] " + str_string(strerror));
    }
    return make_str(args_str(self_exc(c)));
}

// ---- AttributeError / NameError / ImportError keyword attributes ----

Value init_with_keywords(const CallArgs& c, std::initializer_list<const char*> allowed) {
    ExceptionObject* e = self_exc(c);
    e->args = make_tuple(positional(c));
    for (const char* name : allowed) set_attr(c.args[0], name, Value::none());
    for (size_t i = 0; i < c.nkw; ++i) {
        std::string_view k = as<StrObject>(c.kwnames[i])->view();
        bool ok = false;
        for (const char* name : allowed) ok = ok || k == name;
        if (!ok) {
            raise_type_error(e->type->name + "() got an unexpected keyword argument '" + std::string(k) + "'");
        }
        set_attr(c.args[0], std::string(k).c_str(), c.kwvalues[i]);
    }
    return Value::none();
}

Value attribute_error_init(const CallArgs& c) { return init_with_keywords(c, {"name", "obj"}); }
Value name_error_init(const CallArgs& c) { return init_with_keywords(c, {"name"}); }
Value import_error_init(const CallArgs& c) { return init_with_keywords(c, {"name", "path"}); }

Value import_error_str(const CallArgs& c) {
    slot_args(c, 0);
    ExceptionObject* e = self_exc(c);
    DictObject* d = e->attribute_dict(false);
    Value* msg = d ? d->find_str(intern("msg").get()) : nullptr;
    if (msg && !msg->is_none()) return str(*msg);
    return make_str(args_str(e));
}

// ---- UnicodeDecodeError / UnicodeEncodeError(encoding, object, start, end, reason) ----

Value unicode_error_init(const CallArgs& c) {
    base_init(c);
    if (c.nargs == 6) {
        const char* fields[] = {"encoding", "object", "start", "end", "reason"};
        for (size_t i = 0; i < 5; ++i) set_attr(c.args[0], fields[i], c.args[i + 1]);
    }
    return Value::none();
}

Value unicode_error_str(const CallArgs& c) {
    slot_args(c, 0);
    const Value& self = c.args[0];
    ExceptionObject* e = self_exc(c);
    if (e->args->items.size() != 5 || !e->args->items[2].is_small_int() || !e->args->items[3].is_small_int()) {
        return make_str(args_str(e));
    }
    std::string codec = str_string(attr_or_none(self, "encoding"));
    int64_t start = attr_or_none(self, "start").as_int(), end = attr_or_none(self, "end").as_int();
    std::string reason = str_string(attr_or_none(self, "reason"));
    Value object = attr_or_none(self, "object");
    bool decode = e->type->is_subtype_of(types().UnicodeDecodeError);
    char buf[64];
    std::string what;
    if (end == start + 1) {
        if (decode && is_bytes_like(object) && start >= 0 && size_t(start) < bytes_view(object).size()) {
            std::snprintf(buf, sizeof buf, "byte 0x%02x", unsigned(static_cast<unsigned char>(bytes_view(object)[size_t(start)])));
            what = buf;
        } else if (!decode && is_str(object) && start >= 0 && size_t(start) < as<StrObject>(object)->length()) {
            char32_t cp = as<StrObject>(object)->at(size_t(start));
            if (cp < 0x100) std::snprintf(buf, sizeof buf, "'\\x%02x'", unsigned(cp));
            else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "'\\u%04x'", unsigned(cp));
            else std::snprintf(buf, sizeof buf, "'\\U%08x'", unsigned(cp));
            std::string quoted = buf;
            what = "character " + quoted;
        }
        if (!what.empty()) {
            return make_str("'" + codec + "' codec can't " + (decode ? "decode " : "encode ") + what + " in position " +
                            std::to_string(start) + ": " + reason);
        }
    }
    return make_str("'" + codec + "' codec can't " + (decode ? "decode bytes" : "encode characters") +
                    " in position " + std::to_string(start) + "-" + std::to_string(end - 1) + ": " + reason);
}

}  // namespace

void install_exception_group_methods(Interp& in);  // exception_group.cpp

void install_exception_methods(Interp& in) {
    Types& t = in.types;
    TypeObject* b = t.BaseException;
    add_method(b, "__new__", base_new, NativeKind::StaticMethod);
    add_method(b, "__init__", base_init);
    add_method(b, "__str__", base_str);
    add_method(b, "__repr__", base_repr);
    add_method(b, "with_traceback", base_with_traceback);
    add_method(b, "add_note", base_add_note);
    add_getset(b, "args", get_args, set_args);
    add_getset(b, "__cause__", get_cause, set_cause);
    add_getset(b, "__context__", get_context, set_context);
    add_getset(b, "__suppress_context__", get_suppress, set_suppress);
    add_getset(b, "__traceback__", get_traceback, set_traceback_attr);

    add_method(t.KeyError, "__str__", key_error_str);
    add_method(t.StopIteration, "__init__", stop_iteration_init);
    add_getset(t.StopIteration, "value", get_value, set_value);
    add_method(t.SystemExit, "__init__", system_exit_init);
    add_getset(t.SystemExit, "code", get_value, set_value);

    TypeObject* os = t.OSError;
    add_method(os, "__new__", os_new, NativeKind::StaticMethod);
    add_method(os, "__init__", os_init);
    add_method(os, "__str__", os_str);
    add_getset(os, "errno", os_errno, os_set_errno);
    add_getset(os, "strerror", os_strerror, os_set_strerror);
    add_getset(os, "filename", os_filename, os_set_filename);
    add_getset(os, "filename2", os_filename2, os_set_filename2);

    add_method(t.AttributeError, "__init__", attribute_error_init);
    add_method(t.NameError, "__init__", name_error_init);
    add_method(t.ImportError, "__init__", import_error_init);
    add_method(t.ImportError, "__str__", import_error_str);
    for (TypeObject* u : {t.UnicodeDecodeError, t.UnicodeEncodeError}) {
        add_method(u, "__init__", unicode_error_init);
        add_method(u, "__str__", unicode_error_str);
    }

    TypeObject* tb = make_builtin_type("traceback", t.object, Layout::Native, false).get();
    extra_types().traceback = tb;
    add_getset(tb, "tb_lineno", tb_lineno);
    add_getset(tb, "tb_next", tb_next);
    add_getset(tb, "tb_frame", tb_frame);

    install_exception_group_methods(in);
}

}  // namespace loopscope::vm
