// Native callables: registration helpers and CPython-worded argument checking.
#include "vm/native.h"

#include <cstring>
#include <string>

#include "vm/exception.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

std::string count_word(size_t n) {
    return std::to_string(n) + " argument" + plural(n);
}

size_t positional_after(const CallArgs& call, size_t skip) {
    return call.nargs >= skip ? call.nargs - skip : 0;
}

const char* kwname_text(const CallArgs& call, size_t i) {
    return as<StrObject>(call.kwnames[i])->utf8().c_str();
}

}  // namespace

void add_method(TypeObject* type, const char* name, NativeFn fn, NativeKind kind) {
    Ref<NativeFunctionObject> f = make_native_function(name, fn, kind);
    f->owner = type->name;
    f->owner_type = type;
    type->dict->set_str(intern(name).get(), Value(f));
    ++type->version;
}

void add_getset(TypeObject* type, const char* name, GetSetObject::Getter get, GetSetObject::Setter set) {
    Ref<GetSetObject> gs = make<GetSetObject>(types().getset, std::string(name), get, set);
    type->dict->set_str(intern(name).get(), Value(gs));
    ++type->version;
}

Ref<NativeFunctionObject> make_native_function(const char* name, NativeFn fn, NativeKind kind) {
    Ref<NativeFunctionObject> f = make<NativeFunctionObject>(types().builtin_function, std::string(name), fn, kind);
    f->owner = "builtins";
    return f;
}

void check_no_kwargs(const char* fname, const CallArgs& call) {
    if (call.nkw) raise_type_error(std::string(fname) + "() takes no keyword arguments");
}

void check_arg_count(const char* fname, const CallArgs& call, size_t min, size_t max) {
    unpack_args(fname, call, min, max, 0);
}

const Value* find_kwarg(const CallArgs& call, const char* name) {
    for (size_t i = 0; i < call.nkw; ++i) {
        if (std::strcmp(kwname_text(call, i), name) == 0) return &call.kwvalues[i];
    }
    return nullptr;
}

void check_kwargs_allowed(const char* fname, const CallArgs& call, const char* const* allowed) {
    for (size_t i = 0; i < call.nkw; ++i) {
        const char* given = kwname_text(call, i);
        bool ok = false;
        for (const char* const* a = allowed; a && *a; ++a) ok = ok || std::strcmp(*a, given) == 0;
        if (!ok) {
            raise_type_error(std::string(fname) + "() got an unexpected keyword argument '" + given + "'");
        }
    }
}

void check_receiver(const NativeFunctionObject& f, const CallArgs& call) {
    if (f.kind != NativeKind::Method || !f.owner_type) return;
    if (call.nargs == 0) {
        raise_type_error("unbound method " + f.owner + "." + f.name + "() needs an argument");
    }
    TypeObject* t = type_of(call.args[0]);
    if (t == f.owner_type || t->is_subtype_of(f.owner_type)) return;
    if (f.name.size() > 4 && f.name.compare(0, 2, "__") == 0) {  // slot wrappers word it differently
        raise_type_error("descriptor '" + f.name + "' requires a '" + f.owner + "' object but received a '" +
                         t->name + "'");
    }
    raise_type_error("descriptor '" + f.name + "' for '" + f.owner + "' objects doesn't apply to a '" + t->name +
                     "' object");
}

// ---- native_args.h ----

void exact_one_arg(const char* display, const CallArgs& call, size_t skip) {
    no_kwargs(display, call);
    size_t n = positional_after(call, skip);
    if (n != 1) {
        raise_type_error(std::string(display) + "() takes exactly one argument (" + std::to_string(n) + " given)");
    }
}

void no_args(const char* display, const CallArgs& call, size_t skip) {
    no_kwargs(display, call);
    size_t n = positional_after(call, skip);
    if (n != 0) {
        raise_type_error(std::string(display) + "() takes no arguments (" + std::to_string(n) + " given)");
    }
}

void unpack_args(const char* name, const CallArgs& call, size_t min, size_t max, size_t skip) {
    no_kwargs(name, call);
    size_t n = positional_after(call, skip);
    if (n >= min && n <= max) return;
    // Slot wrappers (int.__add__) name nothing: "expected 1 argument, got 0".
    std::string msg = *name ? std::string(name) + " " : std::string();
    if (min == max) {
        msg += "expected " + count_word(min) + ", got " + std::to_string(n);
    } else if (n < min) {
        msg += "expected at least " + count_word(min) + ", got " + std::to_string(n);
    } else {
        msg += "expected at most " + count_word(max) + ", got " + std::to_string(n);
    }
    raise_type_error(msg);
}

void no_kwargs(const char* display, const CallArgs& call) {
    if (call.nkw) raise_type_error(std::string(display) + "() takes no keyword arguments");
}

void bind_args(const ParamSpec& spec, const CallArgs& call, Value* out, size_t skip) {
    const size_t nparams = spec.names.size();
    const size_t npos = positional_after(call, skip);
    const size_t max_pos = std::min(nparams, spec.max_positional);
    const std::string f = spec.fname;
    for (size_t i = 0; i < nparams; ++i) out[i] = Value();
    if (npos > max_pos) {
        if (max_pos == 0) raise_type_error(f + "() takes no positional arguments");
        std::string quant = (spec.min == max_pos && !call.nkw) ? "exactly" : "at most";
        raise_type_error(f + "() takes " + quant + " " + count_word(max_pos) + " (" +
                         std::to_string(npos) + " given)");
    }
    for (size_t i = 0; i < npos; ++i) out[i] = call.args[skip + i];
    for (size_t k = 0; k < call.nkw; ++k) {
        const char* given = kwname_text(call, k);
        size_t slot = nparams;
        size_t idx = 0;
        for (const char* name : spec.names) {
            if (idx >= spec.posonly && std::strcmp(name, given) == 0) slot = idx;
            ++idx;
        }
        if (slot == nparams) {
            raise_type_error(f + "() got an unexpected keyword argument '" + given + "'");
        }
        if (slot < npos) {
            raise_type_error("argument for " + f + "() given by name ('" + given + "') and position (" +
                             std::to_string(slot + 1) + ")");
        }
        out[slot] = call.kwvalues[k];
    }
    size_t idx = 0;
    for (const char* name : spec.names) {
        if (idx < spec.min && out[idx].empty()) {
            raise_type_error(f + "() missing required argument '" + name + "' (pos " +
                             std::to_string(idx + 1) + ")");
        }
        ++idx;
    }
}

int64_t arg_index(const Value& v) { return index_value(v); }

int64_t count_arg(const Value& v) {
    int64_t small;
    if (is_int(v) && !to_int64(v, small)) raise_overflow("cannot fit 'int' into an index-sized integer");
    return index_value(v);
}

int64_t arg_index_or(const Value& v, int64_t dflt) {
    if (v.empty() || v.is_none()) return dflt;
    return index_value(v);
}

StrObject* arg_str(const Value& v, const char* fname, int pos) {
    if (type_of(v)->is_subtype_of(types().str)) return as<StrObject>(v);
    raise_type_error(std::string(fname) + "() argument " + std::to_string(pos) + " must be str, not " +
                     type_name(v));
}

}  // namespace loopscope::vm
