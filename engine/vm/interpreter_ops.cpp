#include "vm/interpreter_ops.h"

#include <algorithm>
#include <set>

#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/interp.h"
#include "vm/native.h"
#include "vm/list.h"
#include "vm/protocol.h"
#include "vm/set.h"
#include "vm/set_ops.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

bool is_dict(const Value& v) { return v.is_obj() && v.as_obj()->type == types().dict; }
DictObject* as_dict(const Value& v) { return static_cast<DictObject*>(v.as_obj()); }
bool is_str(const Value& v) { return v.is_obj() && v.as_obj()->type->is_subtype_of(types().str); }

bool is_exception_class(const Value& v) {
    return v.is_obj() && v.as_obj()->type->is_subtype_of(types().type) &&
           static_cast<TypeObject*>(v.as_obj())->is_subtype_of(types().BaseException);
}

ExceptionObject* as_exc(const Value& v) { return static_cast<ExceptionObject*>(v.as_obj()); }

// Modules of CPython's standard library: a NameError for one of these suggests importing it.
const std::set<std::string>& stdlib_module_names() {
    static const std::set<std::string> names = {
        "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "builtins", "calendar",
        "cmath", "collections", "concurrent", "contextlib", "contextvars", "copy", "csv", "ctypes",
        "dataclasses", "datetime", "decimal", "difflib", "dis", "enum", "errno", "fractions",
        "functools", "gc", "glob", "hashlib", "heapq", "html", "http", "inspect", "io", "itertools",
        "json", "keyword", "logging", "marshal", "math", "multiprocessing", "numbers", "operator",
        "os", "pathlib", "pickle", "platform", "pprint", "queue", "random", "re", "secrets",
        "select", "shutil", "signal", "socket", "sqlite3", "ssl", "statistics", "string", "struct",
        "subprocess", "sys", "tempfile", "textwrap", "threading", "time", "timeit", "tokenize",
        "traceback", "types", "typing", "unicodedata", "unittest", "urllib", "uuid", "warnings",
        "weakref", "zipfile", "zlib"};
    return names;
}

void collect_keys(DictObject* d, std::vector<std::string>& out) {
    if (!d) return;
    for (const DictEntry& e : d->entries) {
        if (!e.key.empty() && is_str(e.key)) out.push_back(static_cast<StrObject*>(e.key.as_obj())->utf8());
    }
}

}  // namespace

// ---- variables ----

void raise_unbound_local(const CodeObject& code, size_t slot) {
    raise(types().UnboundLocalError, "cannot access local variable '" + code.varnames[slot]->utf8() +
                                         "' where it is not associated with a value");
}

void raise_unbound_cell(const CodeObject& code, size_t cell) {
    const std::string& name = code.localsplus_name(code.nlocals() + cell)->utf8();
    if (cell < code.cellvars.size()) {
        raise(types().UnboundLocalError,
              "cannot access local variable '" + name + "' where it is not associated with a value");
    }
    raise(types().NameError, "cannot access free variable '" + name +
                                 "' where it is not associated with a value in enclosing scope");
}

void raise_name_error(Frame* frame, StrObject* name) {
    Ref<ExceptionObject> exc = new_exception(types().NameError, {make_str("name '" + name->utf8() + "' is not defined")});
    DictObject* d = exc->attribute_dict(true);
    d->set_str(interp().intern("name").get(), Value::borrowed(name));
    // The hint CPython's traceback printer appends (". Did you mean: 'x'?"), computed now
    // while the frame's namespaces are at hand.
    std::vector<std::string> candidates;
    Value locals = current_locals();
    if (is_dict(locals)) collect_keys(as_dict(locals), candidates);
    collect_keys(frame->globals, candidates);
    collect_keys(frame->builtins, candidates);
    std::string suggestion;
    if (is_dict(locals)) {
        if (Value* self = as_dict(locals)->find_str(interp().intern("self").get())) {
            try {
                if (!getattr_or_empty(*self, name).empty()) suggestion = "self." + name->utf8();
            } catch (const PyException&) {
            }
        }
    }
    if (suggestion.empty()) suggestion = best_suggestion(candidates, name->utf8());
    std::string hint;
    if (!suggestion.empty()) hint = ". Did you mean: '" + suggestion + "'?";
    if (stdlib_module_names().count(name->utf8())) {
        hint += suggestion.empty() ? ". Did you forget to import '" + name->utf8() + "'?"
                                   : " Or did you forget to import '" + name->utf8() + "'?";
    }
    if (!hint.empty()) d->set_str(interp().intern("_loopscope_hint").get(), make_str(hint));
    raise_value(Value(exc));
}

Value load_name(Frame* frame, StrObject* name) {
    const Value& locals = frame->locals;
    if (is_dict(locals)) {
        if (Value* v = as_dict(locals)->find_str(name)) return *v;
    } else if (!locals.empty()) {
        try {
            return getitem(locals, Value::borrowed(name));
        } catch (const PyException& e) {
            if (!exception_matches(e.exc, types().KeyError)) throw;
        }
    }
    if (Value* v = frame->globals->find_str(name)) return *v;
    if (Value* v = frame->builtins->find_str(name)) return *v;
    raise_name_error(frame, name);
}

void store_name(Frame* frame, StrObject* name, Value v) {
    const Value& locals = frame->locals;
    if (is_dict(locals)) as_dict(locals)->set_str(name, std::move(v));
    else setitem(locals, Value::borrowed(name), std::move(v));
}

void delete_name(Frame* frame, StrObject* name) {
    const Value& locals = frame->locals;
    if (is_dict(locals)) {
        if (!as_dict(locals)->erase(Value::borrowed(name))) raise_name_error(frame, name);
        return;
    }
    try {
        delitem(locals, Value::borrowed(name));
    } catch (const PyException& e) {
        if (!exception_matches(e.exc, types().KeyError)) throw;
        raise_name_error(frame, name);
    }
}

namespace {

int32_t entry_index(DictObject* d, const Value* v) {
    // `v` points at the value of one of d's entries: its index.
    auto* entry = reinterpret_cast<const DictEntry*>(reinterpret_cast<const char*>(v) - offsetof(DictEntry, value));
    return int32_t(entry - d->entries.data());
}

}  // namespace

Value load_global_slow(Frame* frame, GlobalSite& site, StrObject* name) {
    DictObject* g = frame->globals;
    DictObject* b = frame->builtins;
    if (Value* v = g->find_str(name)) {
        site.globals = g;
        site.globals_version = g->version;
        site.entry = entry_index(g, v);
        site.in_builtins = false;
        return *v;
    }
    if (Value* v = b->find_str(name)) {
        site.globals = g;
        site.globals_version = g->version;
        site.builtins = b;
        site.builtins_version = b->version;
        site.entry = entry_index(b, v);
        site.in_builtins = true;
        return *v;
    }
    raise_name_error(frame, name);
}

void delete_global(Frame* frame, StrObject* name) {
    if (!frame->globals->erase(Value::borrowed(name))) raise_name_error(frame, name);
}

Value load_classderef(Frame* frame, size_t cell) {
    const CodeObject& code = *frame->code;
    StrObject* name = code.localsplus_name(code.nlocals() + cell);
    if (is_dict(frame->locals)) {
        if (Value* v = as_dict(frame->locals)->find_str(name)) return *v;
    }
    Value& c = frame->localsplus()[code.nlocals() + cell];
    const Value& contents = static_cast<CellObject*>(c.as_obj())->contents;
    if (contents.empty()) raise_unbound_cell(code, cell);
    return contents;
}

// ---- attributes ----

namespace {

bool is_data_descriptor(const Value& attr) {
    if (!attr.is_obj()) return false;
    TypeObject* t = attr.as_obj()->type;
    Types& ty = types();
    if (t == ty.property || t == ty.getset) return true;
    if (t->is_builtin) return false;
    return t->lookup(names().__set__) || t->lookup(names().__delete__);
}

// Plain instances of a user class: InstanceObject layout, attribute lookup not customized.
bool plain_instance_type(const TypeObject* tp) {
    return tp->layout == Layout::Instance && !tp->is_builtin && !tp->has_getattribute_hook;
}

bool special_attr_name(StrObject* name) { return name == names().__class__ || name == names().__dict__; }

// What the MRO says about `name` for instances of `tp`: None when a data descriptor decides.
AttrKind classify(TypeObject* tp, StrObject* name, Value& attr) {
    Value* ca = tp->lookup(name);
    if (!ca) return AttrKind::InstanceOnly;
    if (is_data_descriptor(*ca)) return AttrKind::None;
    attr = *ca;
    return ca->is_obj() && ca->as_obj()->type == types().function ? AttrKind::Method : AttrKind::ClassAttr;
}

// Exact builtin types whose instances never carry an instance dict.
bool dictless_builtin_type(const TypeObject* tp) {
    if (!tp->is_builtin) return false;
    switch (tp->layout) {
    case Layout::Str:
    case Layout::Bytes:
    case Layout::List:
    case Layout::Tuple:
    case Layout::Dict:
    case Layout::Set:
    case Layout::Int:
    case Layout::Float: return true;
    default: return false;
    }
}

void fill_load_site(AttrSite& site, const Value& obj, StrObject* name) {
    if (!obj.is_obj() || special_attr_name(name)) return;
    TypeObject* tp = obj.as_obj()->type;
    if (dictless_builtin_type(tp)) {
        Value* ca = tp->lookup(name);
        if (!ca || is_data_descriptor(*ca)) return;
        bool method = ca->is_obj() && ca->as_obj()->type == types().builtin_function &&
                      static_cast<NativeFunctionObject*>(ca->as_obj())->kind == NativeKind::Method &&
                      static_cast<NativeFunctionObject*>(ca->as_obj())->self.empty();
        site.kind = method ? AttrKind::BuiltinMethod : AttrKind::BuiltinAttr;
        site.type = tp;
        site.epoch = interp().type_epoch;
        site.attr = *ca;
        return;
    }
    if (!plain_instance_type(tp)) return;
    Value attr;
    AttrKind kind = classify(tp, name, attr);
    if (kind == AttrKind::None) return;
    site.kind = kind;
    site.type = tp;
    site.epoch = interp().type_epoch;
    site.attr = std::move(attr);
}

}  // namespace

Value load_attr_slow(AttrSite& site, const Value& obj, StrObject* name) {
    Value r = getattr(obj, name);
    fill_load_site(site, obj, name);
    return r;
}

Value load_method_slow(AttrSite& site, const Value& obj, StrObject* name, Value& self) {
    Value r = load_method(obj, name, self);
    fill_load_site(site, obj, name);
    return r;
}

void store_attr_slow(AttrSite& site, const Value& obj, StrObject* name, Value value) {
    setattr(obj, name, std::move(value));
    if (!obj.is_obj() || special_attr_name(name)) return;
    TypeObject* tp = obj.as_obj()->type;
    if (!plain_instance_type(tp) || tp->has_setattr_hook) return;
    Value attr;
    AttrKind kind = classify(tp, name, attr);
    if (kind == AttrKind::None) return;
    site.kind = kind;
    site.type = tp;
    site.epoch = interp().type_epoch;
}

namespace {

struct InitCacheEntry {
    const TypeObject* type = nullptr;
    uint64_t epoch = 0;
    FunctionObject* init = nullptr;  // borrowed: the class dict holds it while the epoch holds
};
thread_local InitCacheEntry tls_init_cache[64];

}  // namespace

void reset_vm_caches() {
    for (InitCacheEntry& e : tls_init_cache) e = InitCacheEntry();
}

FunctionObject* fast_init_for(TypeObject* cls) {
    Interp& in = interp();
    InitCacheEntry& e = tls_init_cache[(reinterpret_cast<uintptr_t>(cls) >> 4) & 63];
    if (e.type == cls && e.epoch == in.type_epoch) return e.init;
    FunctionObject* init = nullptr;
    Types& t = in.types;
    if (cls->type == t.type && cls->layout == Layout::Instance && !cls->is_builtin && cls->alloc &&
        !cls->lookup(names().__abstractmethods__)) {
        Value* new_fn = cls->lookup(names().__new__);
        Value* object_new = t.object->dict->find_str(names().__new__);
        Value* init_fn = cls->lookup(names().__init__);
        if (new_fn && object_new && same(*new_fn, *object_new) && init_fn && init_fn->is_obj() &&
            init_fn->as_obj()->type == t.function &&
            !static_cast<FunctionObject*>(init_fn->as_obj())->code->is_generator_like()) {
            init = static_cast<FunctionObject*>(init_fn->as_obj());
        }
    }
    e = InitCacheEntry{cls, in.type_epoch, init};
    return init;
}

// ---- values ----

Value build_string(const Value* parts, size_t n) {
    size_t total = 0;
    for (size_t i = 0; i < n; ++i) total += static_cast<StrObject*>(parts[i].as_obj())->text.size();
    std::string s;
    s.reserve(total);
    for (size_t i = 0; i < n; ++i) s += static_cast<StrObject*>(parts[i].as_obj())->text;
    return make_str(std::move(s));
}

namespace {

// ascii(): repr with every non-ASCII character escaped.
Value ascii_of(const Value& v) {
    std::string r = repr_string(v);
    std::string out;
    size_t pos = 0;
    while (pos < r.size()) {
        unsigned char c = static_cast<unsigned char>(r[pos]);
        if (c < 0x80) {
            out.push_back(char(c));
            ++pos;
            continue;
        }
        char32_t cp = utf8_decode_at(r, pos);
        char buf[16];
        if (cp <= 0xff) std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(cp));
        else if (cp <= 0xffff) std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(cp));
        else std::snprintf(buf, sizeof buf, "\\U%08x", unsigned(cp));
        out += buf;
    }
    return make_str(std::move(out));
}

}  // namespace

Value format_value(const Value& v, uint32_t flags, const Value& spec) {
    Value converted;
    switch (flags & 3) {
    case 1: converted = Value(str(v)); break;
    case 2: converted = Value(repr(v)); break;
    case 3: converted = ascii_of(v); break;
    default: converted = v; break;
    }
    if (spec.empty() && converted.is_obj() && converted.as_obj()->type == types().str) return converted;
    return Value(format(converted, spec.empty() ? Value(interp().intern("")) : spec));
}

namespace {

[[noreturn]] void not_enough_values(size_t expected, size_t got, bool at_least) {
    raise_value_error(std::string("not enough values to unpack (expected ") + (at_least ? "at least " : "") +
                      std::to_string(expected) + ", got " + std::to_string(got) + ")");
}

Value iter_for_unpack(const Value& seq) {
    try {
        return get_iter(seq);
    } catch (const PyException& e) {
        if (!exception_matches(e.exc, types().TypeError)) throw;
        TypeObject* tp = type_of(seq);
        if (!tp->lookup(names().__iter__) && !tp->lookup(names().__getitem__)) {
            raise_type_error("cannot unpack non-iterable " + tp->name + " object");
        }
        throw;
    }
}

}  // namespace

void unpack_sequence(const Value& seq, size_t n, Value* out) {
    TypeObject* tp = type_of(seq);
    if (tp == types().tuple || tp == types().list) {
        const std::vector<Value>& items = tp == types().tuple ? static_cast<TupleObject*>(seq.as_obj())->items
                                                              : static_cast<ListObject*>(seq.as_obj())->items;
        if (items.size() == n) {
            for (size_t i = 0; i < n; ++i) out[n - 1 - i] = items[i];
            return;
        }
        if (items.size() < n) not_enough_values(n, items.size(), false);
        raise_value_error("too many values to unpack (expected " + std::to_string(n) + ")");
    }
    Value it = iter_for_unpack(seq);
    Value x;
    for (size_t i = 0; i < n; ++i) {
        if (!next(it, x)) not_enough_values(n, i, false);
        out[n - 1 - i] = std::move(x);
    }
    if (next(it, x)) raise_value_error("too many values to unpack (expected " + std::to_string(n) + ")");
}

void unpack_ex(const Value& seq, size_t before, size_t after, Value* out) {
    Value it = iter_for_unpack(seq);
    std::vector<Value> items;
    Value x;
    while (next(it, x)) items.push_back(std::move(x));
    if (items.size() < before + after) not_enough_values(before + after, items.size(), true);
    size_t total = before + 1 + after;
    // out[total-1] is the first target's value (top of the stack).
    for (size_t i = 0; i < before; ++i) out[total - 1 - i] = items[i];
    std::vector<Value> middle(items.begin() + long(before), items.end() - long(after));
    out[after] = Value(make_list(std::move(middle)));
    for (size_t j = 0; j < after; ++j) out[after - 1 - j] = items[items.size() - after + j];
}

void list_extend(ListObject* list, const Value& iterable) {
    TypeObject* tp = type_of(iterable);
    if (tp == types().list || tp == types().tuple) {
        const std::vector<Value>& items = tp == types().list ? static_cast<ListObject*>(iterable.as_obj())->items
                                                             : static_cast<TupleObject*>(iterable.as_obj())->items;
        std::vector<Value> copy = items;  // extending a list by itself
        list->items.insert(list->items.end(), copy.begin(), copy.end());
        return;
    }
    Value it;
    try {
        it = get_iter(iterable);
    } catch (const PyException& e) {
        if (exception_matches(e.exc, types().TypeError) && !tp->lookup(names().__iter__) &&
            !tp->lookup(names().__getitem__)) {
            raise_type_error("Value after * must be an iterable, not " + tp->name);
        }
        throw;
    }
    Value x;
    while (next(it, x)) list->items.push_back(std::move(x));
}

// SET_UPDATE ({*a, *b}) is set.update: a set or dict argument merges table to table, which
// fixes the iteration order of the result exactly as CPython's set_merge does.
void set_update(Object* set, const Value& iterable) {
    set_update_from(static_cast<SetObject*>(set), iterable);
}

namespace {

// Calls f(key, value) for each item of a mapping: dicts directly, others via keys() + [].
template <class F>
void for_each_item(const Value& mapping, F f) {
    if (is_dict(mapping)) {
        DictObject* d = as_dict(mapping);
        std::vector<DictEntry> snapshot;
        for (const DictEntry& e : d->entries) {
            if (!e.key.empty()) snapshot.push_back(e);
        }
        for (const DictEntry& e : snapshot) f(e.key, e.value);
        return;
    }
    Value keys = call_method(mapping, names().keys, {});
    Value it = get_iter(keys);
    Value k;
    while (next(it, k)) f(k, getitem(mapping, k));
}

}  // namespace

void dict_update(DictObject* dict, const Value& mapping) {
    if (!is_dict(mapping) && getattr_or_empty(mapping, names().keys).empty()) {
        raise_type_error("'" + type_name(mapping) + "' object is not a mapping");
    }
    for_each_item(mapping, [&](const Value& k, const Value& v) { dict->set(k, v); });
}

void dict_merge(DictObject* dict, const Value& mapping, const Value& callee) {
    if (!is_dict(mapping) && getattr_or_empty(mapping, names().keys).empty()) {
        raise_type_error(function_str(callee) + " argument after ** must be a mapping, not " + type_name(mapping));
    }
    for_each_item(mapping, [&](const Value& k, const Value& v) {
        if (dict->find(k)) {
            if (!is_str(k)) raise_type_error(function_str(callee) + " keywords must be strings");
            raise_type_error(function_str(callee) + " got multiple values for keyword argument '" +
                             static_cast<StrObject*>(k.as_obj())->utf8() + "'");
        }
        dict->set(k, v);
    });
}

Value make_function_from_stack(Value* operands, uint32_t flags, DictObject* globals) {
    // operands: [defaults?, kwdefaults?, annotations?, closure?, code] in that order.
    size_t i = 0;
    Value defaults, kwdefaults, annotations, closure;
    if (flags & kHasDefaults) defaults = operands[i++];
    if (flags & kHasKwDefaults) kwdefaults = operands[i++];
    if (flags & kHasAnnotations) annotations = operands[i++];
    if (flags & kHasClosure) closure = operands[i++];
    Ref<CodeObject> code(static_cast<CodeObject*>(operands[i].as_obj()));
    Ref<FunctionObject> f = make_function(code, Ref<DictObject>(globals));
    if (!defaults.empty()) f->defaults = Ref<TupleObject>(static_cast<TupleObject*>(defaults.as_obj()));
    if (!kwdefaults.empty()) f->kwdefaults = Ref<DictObject>(as_dict(kwdefaults));
    if (!annotations.empty()) f->annotations = Ref<DictObject>(as_dict(annotations));
    if (!closure.empty()) f->closure = Ref<TupleObject>(static_cast<TupleObject*>(closure.as_obj()));
    return Value(f);
}

Value list_to_tuple(const Value& list) {
    return Value(make_tuple(static_cast<ListObject*>(list.as_obj())->items));
}

// ---- calls ----

std::string function_str(const Value& callable) {
    Value qualname = getattr_or_empty(callable, names().__qualname__);
    if (qualname.empty()) return str_string(callable);
    Value module = getattr_or_empty(callable, names().__module__);
    if (!module.empty() && !module.is_none() && is_str(module) &&
        static_cast<StrObject*>(module.as_obj())->utf8() != "builtins") {
        return str_string(module) + "." + str_string(qualname) + "()";
    }
    return str_string(qualname) + "()";
}

Value call_function_ex(const Value& callable, const Value& args, const Value& kwargs) {
    Value tuple = args;
    if (!(args.is_obj() && args.as_obj()->type == types().tuple)) {
        TypeObject* tp = type_of(args);
        if (!tp->lookup(names().__iter__) && !tp->lookup(names().__getitem__)) {
            raise_type_error(function_str(callable) + " argument after * must be an iterable, not " + tp->name);
        }
        tuple = Value(make_tuple(to_vector(args)));
    }
    const std::vector<Value>& pos = static_cast<TupleObject*>(tuple.as_obj())->items;
    if (kwargs.empty() || as_dict(kwargs)->size() == 0) {
        return call(callable, CallArgs{pos.data(), pos.size()});
    }
    std::vector<Value> kwnames, kwvalues;
    for (const DictEntry& e : as_dict(kwargs)->entries) {
        if (e.key.empty()) continue;
        if (!is_str(e.key)) raise_type_error("keywords must be strings");
        kwnames.push_back(Value(interp().intern(static_cast<StrObject*>(e.key.as_obj())->view())));
        kwvalues.push_back(e.value);
    }
    return call(callable, CallArgs{pos.data(), pos.size(), kwnames.data(), kwvalues.data(), kwnames.size()});
}

// ---- exceptions ----

Value exception_to_raise(const Value& exc_in, const Value& cause_in) {
    Value exc = exc_in;
    if (is_exception_class(exc)) exc = call(exc, {});
    if (!is_exception_instance(exc)) raise_type_error("exceptions must derive from BaseException");
    if (!cause_in.empty()) {
        Value cause = cause_in;
        if (is_exception_class(cause)) {
            cause = call(cause, {});
        } else if (!cause.is_none() && !is_exception_instance(cause)) {
            raise_type_error("exception causes must derive from BaseException");
        }
        as_exc(exc)->cause = cause.is_none() ? Value() : cause;
        as_exc(exc)->suppress_context = true;
    }
    attach_context(as_exc(exc));
    return exc;
}

Value reraise_current() {
    auto& handled = interp().handled_exceptions;
    for (size_t i = handled.size(); i-- > 0;) {
        if (!handled[i].empty() && !handled[i].is_none()) return handled[i];
    }
    raise(types().RuntimeError, "No active exception to reraise");
}

namespace {

void check_except_type(const Value& type, bool star) {
    auto check_one = [&](const Value& t) {
        if (!is_exception_class(t)) {
            raise_type_error(star ? "catching classes that do not inherit from BaseException is not allowed"
                                  : "catching classes that do not inherit from BaseException is not allowed");
        }
        if (star && static_cast<TypeObject*>(t.as_obj())->is_subtype_of(types().BaseExceptionGroup)) {
            raise_type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    };
    if (type.is_obj() && type.as_obj()->type == types().tuple) {
        for (const Value& t : static_cast<TupleObject*>(type.as_obj())->items) check_one(t);
    } else {
        check_one(type);
    }
}

bool matches(const Value& exc, const Value& type) {
    if (type.is_obj() && type.as_obj()->type == types().tuple) {
        for (const Value& t : static_cast<TupleObject*>(type.as_obj())->items) {
            if (exception_matches(exc, static_cast<TypeObject*>(t.as_obj()))) return true;
        }
        return false;
    }
    return exception_matches(exc, static_cast<TypeObject*>(type.as_obj()));
}

bool is_group(const Value& exc) {
    return exc.is_obj() && exception_matches(exc, types().BaseExceptionGroup);
}

}  // namespace

bool check_exc_match(const Value& exc, const Value& type) {
    check_except_type(type, false);
    return matches(exc, type);
}

void check_eg_match(const Value& exc, const Value& type, Value& rest, Value& match) {
    check_except_type(type, true);
    if (exc.is_none()) {
        match = Value::none();
        rest = Value::none();
        return;
    }
    if (matches(exc, type)) {
        if (is_group(exc)) {
            match = exc;
        } else {
            // A naked exception is wrapped in a group for the except* clause.
            Value group = call(Value::borrowed(types().BaseExceptionGroup),
                               {Value(interp().intern("")), Value(make_tuple({exc}))});
            as_exc(group)->traceback = as_exc(exc)->traceback;
            match = group;
        }
        rest = Value::none();
    } else if (is_group(exc)) {
        Value pair = call_method(exc, interp().intern("split").get(), {type});
        const auto& items = static_cast<TupleObject*>(pair.as_obj())->items;
        match = items[0];
        rest = items[1];
    } else {
        match = Value::none();
        rest = exc;
    }
    if (!match.is_none()) {
        auto& handled = interp().handled_exceptions;
        if (!handled.empty()) handled.back() = match;
    }
}

namespace {

bool same_metadata(const Value& a, const Value& b) {
    ExceptionObject* x = as_exc(a);
    ExceptionObject* y = as_exc(b);
    auto same_v = [](const Value& p, const Value& q) {
        bool pe = p.empty() || p.is_none(), qe = q.empty() || q.is_none();
        return (pe && qe) || (!pe && !qe && same(p, q));
    };
    Value notes_a, notes_b;
    if (x->dict) {
        if (Value* n = x->dict->find_str(names().__notes__)) notes_a = *n;
    }
    if (y->dict) {
        if (Value* n = y->dict->find_str(names().__notes__)) notes_b = *n;
    }
    return same_v(notes_a, notes_b) && same_v(x->cause, y->cause) && same_v(x->context, y->context) &&
           x->traceback.size() == y->traceback.size();
}

void collect_leaves(const Value& exc, std::set<const Object*>& leaves) {
    if (exc.is_none()) return;
    if (is_group(exc) && as_exc(exc)->eg_exceptions) {
        for (const Value& e : as_exc(exc)->eg_exceptions->items) collect_leaves(e, leaves);
    } else {
        leaves.insert(exc.as_obj());
    }
}

// The part of group `eg` whose leaves are in `keep`, as a group derived from eg (CPython's
// exception_group_projection); None when nothing is kept.
Value project(const Value& eg, const std::set<const Object*>& keep) {
    if (!is_group(eg) || !as_exc(eg)->eg_exceptions) return keep.count(eg.as_obj()) ? eg : Value::none();
    std::vector<Value> parts;
    for (const Value& e : as_exc(eg)->eg_exceptions->items) {
        Value p = project(e, keep);
        if (!p.is_none()) parts.push_back(p);
    }
    if (parts.empty()) return Value::none();
    Value derived = call_method(eg, interp().intern("derive").get(), {Value(make_list(std::move(parts)))});
    ExceptionObject* d = as_exc(derived);
    ExceptionObject* o = as_exc(eg);
    d->traceback = o->traceback;
    d->cause = o->cause;
    d->context = o->context;
    if (o->dict) {
        if (Value* n = o->dict->find_str(names().__notes__)) d->attribute_dict(true)->set_str(names().__notes__, *n);
    }
    return derived;
}

}  // namespace

Value prep_reraise_star(const Value& orig, const Value& raised_list) {
    const std::vector<Value>& excs = static_cast<ListObject*>(raised_list.as_obj())->items;
    if (excs.empty()) return Value::none();
    if (!is_group(orig)) {
        // A naked exception was caught and wrapped: at most one clause ran.
        for (const Value& e : excs) {
            if (!e.is_none()) return e;
        }
        return Value::none();
    }
    std::vector<Value> raised, reraised;
    for (const Value& e : excs) {
        if (e.is_none()) continue;
        (same_metadata(e, orig) ? reraised : raised).push_back(e);
    }
    std::set<const Object*> keep;
    for (const Value& e : reraised) collect_leaves(e, keep);
    Value reraised_eg = project(orig, keep);
    if (raised.empty()) return reraised_eg;
    if (!reraised_eg.is_none()) raised.push_back(reraised_eg);
    if (raised.size() == 1) return raised[0];
    return call(Value::borrowed(types().BaseExceptionGroup),
                {Value(interp().intern("")), Value(make_list(std::move(raised)))});
}

void note_first_frame(const Value& exc, Frame* frame) {
    if (!exception_matches(exc, types().AttributeError)) return;
    ExceptionObject* e = as_exc(exc);
    if (!e->dict) return;
    Value* obj = e->dict->find_str(interp().intern("obj").get());
    if (!obj) return;
    const CodeObject& co = *frame->code;
    Value self;
    for (size_t i = 0; i < co.nlocals(); ++i) {
        if (co.varnames[i]->utf8() == "self") self = frame->localsplus()[i];
    }
    for (size_t c = 0; c < co.cellvars.size(); ++c) {
        if (co.cellvars[c]->utf8() == "self") {
            self = static_cast<CellObject*>(frame->localsplus()[co.nlocals() + c].as_obj())->contents;
        }
    }
    if (!self.empty() && same(self, *obj)) {
        e->dict->set_str(interp().intern("_loopscope_self_is_obj").get(), Value::boolean(true));
    }
}

TracebackEntry traceback_entry(Frame* frame) {
    const CodeObject& code = *frame->code;
    TracebackEntry entry;
    entry.filename = code.filename;
    entry.function = code.name;
    if (code.flags & kCoInlinedComprehension) {
        // CPython 3.12+ runs these inline: the entry names the enclosing function.
        for (Frame* f = frame->previous; f; f = f->previous) {
            if (!(f->code->flags & kCoInlinedComprehension)) {
                entry.function = f->code->name;
                break;
            }
        }
    }
    if (frame->ip() == 0) {
        entry.lineno = code.firstlineno;
    } else {
        const Position& p = code.positions[frame->ip() - 1];
        entry.lineno = p.lineno;
        entry.end_lineno = p.end_lineno;
        entry.col = p.col;
        entry.end_col = p.end_col;
    }
    return entry;
}

// ---- with ----

Value before_with(const Value& mgr, Value& exit_out, bool async) {
    TypeObject* tp = type_of(mgr);
    StrObject* enter_name = async ? names().__aenter__ : names().__enter__;
    StrObject* exit_name = async ? names().__aexit__ : names().__exit__;
    const char* protocol = async ? "asynchronous context manager protocol" : "context manager protocol";
    Value* enter = tp->lookup(enter_name);
    if (!enter) raise_type_error("'" + tp->name + "' object does not support the " + protocol);
    Value* exit = tp->lookup(exit_name);
    if (!exit) {
        raise_type_error("'" + tp->name + "' object does not support the " + protocol + " (missed " +
                         exit_name->utf8() + " method)");
    }
    Value bound_enter = bind_descriptor(*enter, mgr, tp);
    exit_out = bind_descriptor(*exit, mgr, tp);
    return call(bound_enter, {});
}

Value with_except_start(const Value& exit, const Value& exc) {
    Value tb = getattr_or_empty(exc, names().__traceback__);
    if (tb.empty()) tb = Value::none();
    return call(exit, {Value::borrowed(type_of(exc)), exc, tb});
}

// ---- async ----

Value get_awaitable(const Value& obj, int where) {
    TypeObject* tp = type_of(obj);
    if (tp == types().coroutine) {
        auto* coro = static_cast<GeneratorObject*>(obj.as_obj());
        if (!coro->delegate().empty()) raise(types().RuntimeError, "coroutine is being awaited already");
        return obj;
    }
    Value* await = tp->lookup(names().__await__);
    if (!await) {
        if (where == 1) {
            raise_type_error("'async with' received an object from __aenter__ that does not implement __await__: " +
                             tp->name);
        }
        if (where == 2) {
            raise_type_error("'async with' received an object from __aexit__ that does not implement __await__: " +
                             tp->name);
        }
        raise_type_error("object " + tp->name + " can't be used in 'await' expression");
    }
    Value it = call(bind_descriptor(*await, obj, tp), {});
    TypeObject* it_type = type_of(it);
    if (it_type == types().coroutine) raise_type_error("__await__() returned a coroutine");
    if (!it_type->iternext && !it_type->lookup(names().__next__)) {
        raise_type_error("__await__() returned non-iterator of type '" + it_type->name + "'");
    }
    return it;
}

Value get_aiter(const Value& obj) {
    TypeObject* tp = type_of(obj);
    Value* aiter = tp->lookup(names().__aiter__);
    if (!aiter) raise_type_error("'async for' requires an object with __aiter__ method, got " + tp->name);
    Value it = call(bind_descriptor(*aiter, obj, tp), {});
    if (!type_of(it)->lookup(names().__anext__)) {
        raise_type_error("'async for' received an object from __aiter__ that does not implement __anext__: " +
                         type_name(it));
    }
    return it;
}

Value get_anext(const Value& aiter) {
    TypeObject* tp = type_of(aiter);
    Value* anext = tp->lookup(names().__anext__);
    if (!anext) {
        raise_type_error("'async for' requires an iterator with __anext__ method, got " + tp->name);
    }
    Value awaitable = call(bind_descriptor(*anext, aiter, tp), {});
    try {
        return get_awaitable(awaitable, 0);
    } catch (const PyException& e) {
        if (!exception_matches(e.exc, types().TypeError)) throw;
        raise_type_error("'async for' received an invalid object from __anext__: " + type_name(awaitable));
    }
}

Value get_yield_from_iter(const Value& obj, const CodeObject& code) {
    TypeObject* tp = type_of(obj);
    if (tp == types().coroutine) {
        if (!(code.flags & (kCoCoroutine | kCoIterableCoroutine))) {
            raise_type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        return obj;
    }
    if (tp == types().generator) return obj;
    return get_iter(obj);
}

bool send_generic(const Value& iter, const Value& v, Value& out) {
    try {
        if (v.is_none()) {
            TypeObject* tp = type_of(iter);
            if (tp->iternext || tp->lookup(names().__next__)) {
                Value ret = Value::none();
                if (next(iter, out, &ret)) return true;
                out = ret.empty() ? Value::none() : ret;
                return false;
            }
        }
        out = call_method(iter, names().send, {v});
        return true;
    } catch (const PyException& e) {
        if (!exception_matches(e.exc, types().StopIteration)) throw;
        out = as_exc(e.exc)->value;
        if (out.empty()) out = Value::none();
        return false;
    }
}

Value cleanup_throw_value(const Value& exc) {
    if (!exception_matches(exc, types().StopIteration)) return Value();
    Value v = as_exc(exc)->value;
    return v.empty() ? Value::none() : v;
}

// ---- annotations ----

void setup_annotations(Frame* frame) {
    StrObject* key = names().__annotations__;
    if (is_dict(frame->locals)) {
        if (!as_dict(frame->locals)->find_str(key)) as_dict(frame->locals)->set_str(key, Value(make_dict()));
        return;
    }
    try {
        getitem(frame->locals, Value::borrowed(key));
    } catch (const PyException& e) {
        if (!exception_matches(e.exc, types().KeyError)) throw;
        setitem(frame->locals, Value::borrowed(key), Value(make_dict()));
    }
}

}  // namespace loopscope::vm
