#include "vm/function.h"

#include <algorithm>
#include <climits>

#include "vm/exception.h"
#include "vm/frame.h"
#include "vm/interp.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

// ---- cells and functions ----

Ref<CellObject> make_cell(Value contents) {
    Ref<CellObject> c = make<CellObject>(types().cell);
    c->contents = std::move(contents);
    return c;
}

void FunctionObject::clear_references() {
    code.reset();
    globals.reset();
    builtins.reset();
    name = qualname = doc = module = Value();
    defaults.reset();
    kwdefaults.reset();
    closure.reset();
    annotations.reset();
    dict.reset();
}

DictObject* FunctionObject::attribute_dict(bool create) {
    if (!dict && create) dict = make_dict();
    return dict.get();
}

namespace {

DictObject* builtins_for(DictObject* globals) {
    if (Value* b = globals->find_str(names().__builtins__)) {
        if (b->is_obj() && b->as_obj()->type == types().dict) return static_cast<DictObject*>(b->as_obj());
        if (DictObject* d = instance_dict(*b, false)) return d;  // a module
    }
    return interp().builtins.get();
}

}  // namespace

Ref<FunctionObject> make_function(Ref<CodeObject> code, Ref<DictObject> globals) {
    Ref<FunctionObject> f = make<FunctionObject>(types().function);
    f->name = Value(interp().intern(code->name));
    f->qualname = Value(make_str(code->qualname));
    const Value& first = code->consts.empty() ? interp().none_value : code->consts[0];
    f->doc = first.is_obj() && first.as_obj()->type == types().str ? first : Value::none();
    Value* modname = globals->find_str(names().__name__);
    f->module = modname ? *modname : Value::none();
    f->builtins = Ref<DictObject>(builtins_for(globals.get()));
    f->globals = std::move(globals);
    f->simple_positional = !(code->flags & (kCoVarargs | kCoVarKeywords)) && code->kwonlyargcount == 0;
    f->code = std::move(code);
    return f;
}

// ---- argument binding ----

namespace {

std::string qualname_of(FunctionObject* f) { return str_string(f->qualname); }

std::string quote(const StrObject* s) { return "'" + s->utf8() + "'"; }

[[noreturn]] void too_many_positional(FunctionObject* f, size_t given, const Value* fast) {
    const CodeObject& co = *f->code;
    size_t kwonly_given = 0;
    for (int i = co.argcount; i < co.argcount + co.kwonlyargcount; ++i) {
        if (!fast[i].empty()) ++kwonly_given;
    }
    size_t defcount = f->defaults ? f->defaults->items.size() : 0;
    std::string sig;
    bool plural;
    if (defcount) {
        plural = true;
        sig = "from " + std::to_string(co.argcount - int(defcount)) + " to " + std::to_string(co.argcount);
    } else {
        plural = co.argcount != 1;
        sig = std::to_string(co.argcount);
    }
    std::string kwonly_sig;
    if (kwonly_given) {
        kwonly_sig = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
                     std::to_string(kwonly_given) + " keyword-only argument" + (kwonly_given != 1 ? "s" : "") + ")";
    }
    raise_type_error(qualname_of(f) + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but " +
                     std::to_string(given) + kwonly_sig + " " + (given == 1 && !kwonly_given ? "was" : "were") +
                     " given");
}

// "f() missing 2 required positional arguments: 'a' and 'b'"
[[noreturn]] void missing_arguments(FunctionObject* f, bool positional, int start, int end, const Value* fast) {
    const CodeObject& co = *f->code;
    std::vector<std::string> missing;
    for (int i = start; i < end; ++i) {
        if (fast[i].empty()) missing.push_back(quote(co.varnames[size_t(i)].get()));
    }
    size_t n = missing.size();
    std::string names_text;
    if (n == 1) {
        names_text = missing[0];
    } else if (n == 2) {
        names_text = missing[0] + " and " + missing[1];
    } else {
        for (size_t i = 0; i + 2 < n; ++i) names_text += (i ? ", " : "") + missing[i];
        names_text += ", " + missing[n - 2] + ", and " + missing[n - 1];
    }
    raise_type_error(qualname_of(f) + "() missing " + std::to_string(n) + " required " +
                     (positional ? "positional" : "keyword-only") + " argument" + (n == 1 ? "" : "s") + ": " +
                     names_text);
}

[[noreturn]] void unexpected_keyword(FunctionObject* f, StrObject* keyword, const CallArgs& call) {
    const CodeObject& co = *f->code;
    // Positional-only parameters passed by keyword get their own message.
    std::vector<std::string> posonly;
    for (size_t k = 0; k < call.nkw; ++k) {
        StrObject* kw = as<StrObject>(call.kwnames[k]);
        for (int p = 0; p < co.posonlyargcount; ++p) {
            if (str_equal(kw, co.varnames[size_t(p)].get())) {
                posonly.push_back(kw->utf8());
                break;
            }
        }
    }
    if (!posonly.empty()) {
        std::string joined;
        for (size_t i = 0; i < posonly.size(); ++i) joined += (i ? ", " : "") + posonly[i];
        raise_type_error(qualname_of(f) + "() got some positional-only arguments passed as keyword arguments: '" +
                         joined + "'");
    }
    std::vector<std::string> candidates;
    for (int i = co.posonlyargcount; i < co.argcount + co.kwonlyargcount; ++i) {
        candidates.push_back(co.varnames[size_t(i)]->utf8());
    }
    std::string suggestion = best_suggestion(candidates, keyword->utf8());
    std::string msg = qualname_of(f) + "() got an unexpected keyword argument " + quote(keyword);
    if (!suggestion.empty()) msg += ". Did you mean '" + suggestion + "'?";
    raise_type_error(msg);
}

// The parameter slot named `keyword` (positional-or-keyword or keyword-only), or -1.
int parameter_slot(const CodeObject& co, StrObject* keyword) {
    int total = co.argcount + co.kwonlyargcount;
    for (int j = co.posonlyargcount; j < total; ++j) {
        if (co.varnames[size_t(j)].get() == keyword) return j;
    }
    for (int j = co.posonlyargcount; j < total; ++j) {
        if (str_equal(co.varnames[size_t(j)].get(), keyword)) return j;
    }
    return -1;
}

}  // namespace

void initialize_cells(Frame* frame, FunctionObject* func) {
    CodeObject& co = *frame->code;
    Value* fast = frame->localsplus();
    Value* cells = fast + co.nlocals();
    for (size_t i = 0; i < co.cellvars.size(); ++i) {
        int32_t arg = co.cell_from_arg[i];
        cells[i] = Value(make_cell(arg >= 0 ? std::move(fast[arg]) : Value()));
    }
    if (!co.freevars.empty()) {
        const auto& closure = func->closure->items;
        for (size_t j = 0; j < co.freevars.size(); ++j) cells[co.cellvars.size() + j] = closure[j];
    }
}

void bind_arguments(Frame* frame, FunctionObject* func, const CallArgs& call) {
    const CodeObject& co = *func->code;
    Value* fast = frame->localsplus();
    size_t argcount = call.nargs;
    int total_args = co.argcount + co.kwonlyargcount;

    Ref<DictObject> kwdict;
    if (co.flags & kCoVarKeywords) {
        kwdict = make_dict();
        fast[total_args + ((co.flags & kCoVarargs) ? 1 : 0)] = Value(kwdict);
    }
    size_t n = std::min(argcount, size_t(co.argcount));
    for (size_t j = 0; j < n; ++j) fast[j] = call.args[j];
    if (co.flags & kCoVarargs) {
        fast[total_args] = argcount == n ? Value(empty_tuple())
                                         : Value(make_tuple(std::vector<Value>(call.args + n, call.args + argcount)));
    }

    for (size_t i = 0; i < call.nkw; ++i) {
        const Value& name_v = call.kwnames[i];
        if (!isinstance(name_v, types().str)) raise_type_error(qualname_of(func) + "() keywords must be strings");
        StrObject* keyword = as<StrObject>(name_v);
        int slot = parameter_slot(co, keyword);
        if (slot < 0) {
            if (!kwdict) unexpected_keyword(func, keyword, call);
            kwdict->set(name_v, call.kwvalues[i]);
            continue;
        }
        if (!fast[slot].empty()) {
            raise_type_error(qualname_of(func) + "() got multiple values for argument " + quote(keyword));
        }
        fast[slot] = call.kwvalues[i];
    }

    if (argcount > size_t(co.argcount) && !(co.flags & kCoVarargs)) too_many_positional(func, argcount, fast);

    if (argcount < size_t(co.argcount)) {
        size_t defcount = func->defaults ? func->defaults->items.size() : 0;
        int m = co.argcount - int(defcount);
        for (int i = int(argcount); i < m; ++i) {
            if (fast[i].empty()) missing_arguments(func, true, 0, m, fast);
        }
        for (size_t i = size_t(std::max(0, int(n) - m)); i < defcount; ++i) {
            if (fast[m + int(i)].empty()) fast[m + int(i)] = func->defaults->items[i];
        }
    }

    if (co.kwonlyargcount > 0) {
        bool missing = false;
        for (int i = co.argcount; i < total_args; ++i) {
            if (!fast[i].empty()) continue;
            if (func->kwdefaults) {
                if (Value* d = func->kwdefaults->find_str(co.varnames[size_t(i)].get())) {
                    fast[i] = *d;
                    continue;
                }
            }
            missing = true;
        }
        if (missing) missing_arguments(func, false, co.argcount, total_args, fast);
    }
    if (co.ncells()) initialize_cells(frame, func);
}

// ---- suggestions ----

namespace {

constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;
constexpr size_t kMaxStringSize = 40;

size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return kMoveCost;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a = char(a + ('a' - 'A'));
    if ('A' <= b && b <= 'Z') b = char(b + ('a' - 'A'));
    return a == b ? kCaseCost : kMoveCost;
}

// CPython's Levenshtein distance (Python/suggestions.c): case flips cost half a move.
size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
    if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
    if (b.size() < a.size()) std::swap(a, b);
    if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
    size_t buffer[kMaxStringSize];
    size_t tmp = kMoveCost;
    for (size_t i = 0; i < a.size(); ++i) {
        buffer[i] = tmp;
        tmp += kMoveCost;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < b.size(); ++bi) {
        char code = b[bi];
        size_t distance = result = bi * kMoveCost;
        size_t minimum = SIZE_MAX;
        for (size_t index = 0; index < a.size(); ++index) {
            size_t substitute = distance + substitution_cost(code, a[index]);
            distance = buffer[index];
            size_t insert_delete = std::min(result, distance) + kMoveCost;
            result = std::min(insert_delete, substitute);
            buffer[index] = result;
            minimum = std::min(minimum, result);
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

}  // namespace

std::string best_suggestion(const std::vector<std::string>& candidates, const std::string& name) {
    if (candidates.size() >= 750) return {};
    size_t best_distance = SIZE_MAX;
    const std::string* best = nullptr;
    for (const std::string& item : candidates) {
        if (item == name) continue;
        size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
        if (best_distance != SIZE_MAX) max_distance = std::min(max_distance, best_distance - 1);
        size_t d = levenshtein(name, item, max_distance);
        if (d > max_distance) continue;
        if (!best || d < best_distance) {
            best = &item;
            best_distance = d;
        }
    }
    return best ? *best : std::string();
}

// ---- the `function` and `cell` types ----

namespace {

FunctionObject* as_func(const Value& v) { return static_cast<FunctionObject*>(v.as_obj()); }

std::string address_of(const Value& v) {
    std::string r = object_default_repr(v);
    size_t at = r.rfind(" at ");
    return r.substr(at + 4, r.size() - at - 5);
}

Value function_repr(const CallArgs& a) {
    return make_str("<function " + str_string(as_func(a[0])->qualname) + " at " + address_of(a[0]) + ">");
}

Value function_get(const CallArgs& a) {
    // function.__get__(obj, type=None): binds like attribute access does.
    if (a.nargs < 2) raise_type_error("expected at least 1 argument, got 0");
    if (a[1].is_none()) return a[0];
    return make<BoundMethodObject>(types().method, a[0], a[1]);
}

void set_str_attr(Value& slot, const Value& v, const char* what) {
    if (!isinstance(v, types().str)) raise_type_error(std::string(what) + " must be set to a string object");
    slot = v;
}

Value tuple_or_none(const Ref<TupleObject>& t) { return t ? Value(t) : Value::none(); }

Value cell_repr(const CallArgs& a) {
    auto* c = static_cast<CellObject*>(a[0].as_obj());
    std::string s = "<cell at " + address_of(a[0]) + ": ";
    if (c->contents.empty()) return make_str(s + "empty>");
    return make_str(s + type_name(c->contents) + " object at " +
                    (c->contents.is_obj() ? address_of(c->contents) : std::string("0x0")) + ">");
}

}  // namespace

void install_function_types() {
    TypeObject* t = types().function;
    add_method(t, "__repr__", function_repr);
    add_method(t, "__get__", function_get);
    add_getset(
        t, "__name__", [](const Value& s) { return as_func(s)->name; },
        [](const Value& s, const Value& v) { set_str_attr(as_func(s)->name, v, "__name__"); });
    add_getset(
        t, "__qualname__", [](const Value& s) { return as_func(s)->qualname; },
        [](const Value& s, const Value& v) { set_str_attr(as_func(s)->qualname, v, "__qualname__"); });
    add_getset(
        t, "__doc__", [](const Value& s) { return as_func(s)->doc; },
        [](const Value& s, const Value& v) { as_func(s)->doc = v; });
    add_getset(
        t, "__module__", [](const Value& s) { return as_func(s)->module; },
        [](const Value& s, const Value& v) { as_func(s)->module = v; });
    add_getset(
        t, "__defaults__", [](const Value& s) { return tuple_or_none(as_func(s)->defaults); },
        [](const Value& s, const Value& v) {
            if (v.is_none()) as_func(s)->defaults.reset();
            else if (isinstance(v, types().tuple)) as_func(s)->defaults = Ref<TupleObject>(as<TupleObject>(v));
            else raise_type_error("__defaults__ must be set to a tuple object");
        });
    add_getset(
        t, "__kwdefaults__",
        [](const Value& s) { return as_func(s)->kwdefaults ? Value(as_func(s)->kwdefaults) : Value::none(); },
        [](const Value& s, const Value& v) {
            if (v.is_none()) as_func(s)->kwdefaults.reset();
            else if (isinstance(v, types().dict)) as_func(s)->kwdefaults = Ref<DictObject>(as<DictObject>(v));
            else raise_type_error("__kwdefaults__ must be set to a dict object");
        });
    add_getset(t, "__code__", [](const Value& s) -> Value { return Value(as_func(s)->code); });
    add_getset(t, "__globals__", [](const Value& s) -> Value { return Value(as_func(s)->globals); });
    add_getset(t, "__builtins__", [](const Value& s) -> Value { return Value(as_func(s)->builtins); });
    add_getset(t, "__closure__", [](const Value& s) { return tuple_or_none(as_func(s)->closure); });
    add_getset(
        t, "__annotations__",
        [](const Value& s) -> Value {
            FunctionObject* f = as_func(s);
            if (!f->annotations) f->annotations = make_dict();
            return Value(f->annotations);
        },
        [](const Value& s, const Value& v) {
            if (!isinstance(v, types().dict)) raise_type_error("__annotations__ must be set to a dict object");
            as_func(s)->annotations = Ref<DictObject>(as<DictObject>(v));
        });

    TypeObject* c = types().cell;
    add_method(c, "__repr__", cell_repr);
    add_getset(
        c, "cell_contents",
        [](const Value& s) -> Value {
            auto* cell = static_cast<CellObject*>(s.as_obj());
            if (cell->contents.empty()) raise_value_error("Cell is empty");
            return cell->contents;
        },
        [](const Value& s, const Value& v) { static_cast<CellObject*>(s.as_obj())->contents = v; });
}

}  // namespace loopscope::vm
