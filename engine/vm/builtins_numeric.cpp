// builtins: numbers (abs, round, divmod, pow, chr, ord, bin/oct/hex) and aggregation over
// iterables (sum, min, max), with CPython 3.13's semantics and messages.
#include <cmath>

#include "vm/builtins_module.h"
#include "vm/bytes_ops.h"
#include "vm/exception.h"
#include "vm/float_ops.h"
#include "vm/int.h"
#include "vm/int_ops.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/str_ops.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

bool is_plain_int(const Value& v) { return v.is_small_int() || v.is_bool() || is_exact_int(v); }

// Calls a.name(b), then b.rname(a) (subclass first when it overrides), as binary operators do.
Value binary_special(const Value& a, const Value& b, StrObject* name, StrObject* rname, const char* label) {
    TypeObject* ta = type_of(a);
    TypeObject* tb = type_of(b);
    auto attempt = [](const Value& self, StrObject* method, const Value& other) -> Value {
        Value fn = lookup_special(self, method);
        if (fn.empty() || fn.is_none()) return Value();
        Value r = call(bind_descriptor(fn, self, type_of(self)), {other});
        return same(r, interp().not_implemented) ? Value() : r;
    };
    bool b_first = ta != tb && tb->is_subtype_of(ta);
    if (b_first) {
        Value r = attempt(b, rname, a);
        if (!r.empty()) return r;
    }
    Value r = attempt(a, name, b);
    if (!r.empty()) return r;
    if (!b_first && ta != tb) {
        r = attempt(b, rname, a);
        if (!r.empty()) return r;
    }
    raise_type_error(std::string("unsupported operand type(s) for ") + label + ": '" + ta->name + "' and '" +
                     tb->name + "'");
}

}  // namespace

Value divmod_values(const Value& a, const Value& b) {
    if (is_plain_int(a) && is_plain_int(b)) {
        if (sgn(to_mpz(b)) == 0) raise_zero_division("integer division or modulo by zero");
        return make_tuple({int_binary_op(BinOp::FloorDiv, a, b), int_binary_op(BinOp::Mod, a, b)});
    }
    return binary_special(a, b, intern("__divmod__").get(), intern("__rdivmod__").get(), "divmod()");
}

Value sum_values(const Value& iterable, const Value& start_arg) {
    Value result = start_arg.empty() ? Value::small_int(0) : start_arg;
    if (!start_arg.empty()) {
        if (is_str(result)) raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
        if (is_bytes(result)) raise_type_error("sum() can't sum bytes [use b''.join(seq) instead]");
        if (is_bytes_like(result)) raise_type_error("sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    Value it = get_iter(iterable);
    Value item;
    // Int fast path: an int64 accumulator while every item is an int that fits. The first
    // item that does not is added normally and the fast path is left for good (CPython).
    int64_t acc;
    bool exact_int = result.is_small_int() || (result.is_obj() && result.as_obj()->type == types().int_);
    if (exact_int && to_int64(result, acc)) {
        for (;;) {
            if (!next(it, item)) return Value::small_int(acc);
            int64_t x, next_acc;
            if ((item.is_small_int() || item.is_bool()) && to_int64(item, x) &&
                !__builtin_add_overflow(acc, x, &next_acc)) {
                acc = next_acc;  // (on overflow __builtin_add_overflow stores the wrapped sum)
                continue;
            }
            result = binary_op(BinOp::Add, Value::small_int(acc), item);
            break;
        }
    }
    // Float fast path: Neumaier compensated summation (CPython 3.12+).
    if (result.is_float()) {
        double f = result.as_float(), comp = 0.0;
        for (;;) {
            if (!next(it, item)) {
                if (comp != 0.0 && std::isfinite(comp)) f += comp;
                return Value::real(f);
            }
            if (item.is_float()) {
                double x = item.as_float();
                double t = f + x;
                if (std::fabs(f) >= std::fabs(x)) comp += (f - t) + x;
                else comp += (x - t) + f;
                f = t;
                continue;
            }
            int64_t x;
            if ((item.is_small_int() || item.is_bool()) && to_int64(item, x)) {
                f += double(x);  // CPython adds ints without compensation
                continue;
            }
            if (comp != 0.0 && std::isfinite(comp)) f += comp;
            result = binary_op(BinOp::Add, Value::real(f), item);
            break;
        }
    }
    while (next(it, item)) result = binary_op(BinOp::Add, result, item);
    return result;
}

namespace {

Value builtin_abs(const CallArgs& c) {
    exact_one_arg("abs", c);
    const Value& x = c.args[0];
    if (x.is_small_int() || x.is_bool()) {
        int64_t i = x.as_int();
        if (i != INT64_MIN) return Value::small_int(i < 0 ? -i : i);
    }
    if (x.is_float()) return Value::real(std::fabs(x.as_float()));
    Value hook = lookup_special(x, names().__abs__);
    if (hook.empty()) raise_type_error("bad operand type for abs(): '" + type_name(x) + "'");
    return call(bind_descriptor(hook, x, type_of(x)), {});
}

Value builtin_round(const CallArgs& c) {
    Value args[2];
    bind_args({"round", {"number", "ndigits"}, 1}, c, args, 0);
    const Value& x = args[0];
    if (x.is_float()) {
        if (args[1].empty() || args[1].is_none()) return float_round_to_int(x.as_float());
        return Value::real(float_round(x.as_float(), index_value(args[1])));
    }
    Value hook = lookup_special(x, names().__round__);
    if (hook.empty()) raise_type_error("type " + type_name(x) + " doesn't define __round__ method");
    Value bound = bind_descriptor(hook, x, type_of(x));
    if (args[1].empty()) return call(bound, {});
    return call(bound, {args[1]});
}

Value builtin_divmod(const CallArgs& c) {
    unpack_args("divmod", c, 2, 2);
    return divmod_values(c.args[0], c.args[1]);
}

Value builtin_pow(const CallArgs& c) {
    Value args[3];
    bind_args({"pow", {"base", "exp", "mod"}, 2}, c, args, 0);
    if (args[2].empty() || args[2].is_none()) return binary_op(BinOp::Pow, args[0], args[1]);
    if (is_int(args[0]) && is_int(args[1]) && is_int(args[2])) return int_pow_mod(args[0], args[1], args[2]);
    Value hook = lookup_special(args[0], names().__pow__);
    if (!hook.empty()) {
        Value r = call(bind_descriptor(hook, args[0], type_of(args[0])), {args[1], args[2]});
        if (!same(r, interp().not_implemented)) return r;
    }
    raise_type_error("unsupported operand type(s) for ** or pow(): '" + type_name(args[0]) + "', '" +
                     type_name(args[1]) + "', '" + type_name(args[2]) + "'");
}

// ---- min, max ----

Value min_max(const CallArgs& c, const char* name, CmpOp op) {
    Value key, dflt;
    for (size_t i = 0; i < c.nkw; ++i) {
        std::string_view k = as<StrObject>(c.kwnames[i])->view();
        if (k == "key") key = c.kwvalues[i];
        else if (k == "default") dflt = c.kwvalues[i];
        else raise_type_error(std::string(name) + "() got an unexpected keyword argument '" + std::string(k) + "'");
    }
    if (c.nargs == 0) raise_type_error(std::string(name) + " expected at least 1 argument, got 0");
    if (c.nargs > 1 && !dflt.empty()) {
        raise_type_error(std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
    }
    if (key.is_none()) key = Value();
    Value it = c.nargs == 1 ? get_iter(c.args[0]) : get_iter(Value(make_tuple(std::vector<Value>(c.args, c.args + c.nargs))));
    Value best, best_key, item;
    while (next(it, item)) {
        Value k = key.empty() ? item : call(key, {item});
        if (best.empty() || compare_bool(op, k, best_key)) {
            best = item;
            best_key = k;
        }
    }
    if (!best.empty()) return best;
    if (!dflt.empty()) return dflt;
    raise_value_error(std::string(name) + "() iterable argument is empty");
}

Value builtin_min(const CallArgs& c) { return min_max(c, "min", CmpOp::Lt); }
Value builtin_max(const CallArgs& c) { return min_max(c, "max", CmpOp::Gt); }

Value builtin_sum(const CallArgs& c) {
    Value args[2];
    bind_args({"sum", {"iterable", "start"}, 1, 1}, c, args, 0);
    return sum_values(args[0], args[1]);
}

// ---- characters, bases ----

Value builtin_chr(const CallArgs& c) {
    exact_one_arg("chr", c);
    const Value& v = c.args[0];
    int64_t small;
    if (is_int(v) && !to_int64(v, small)) raise_overflow("Python int too large to convert to C int");
    int64_t i = index_value(v);
    if (i < 0 || i > 0x10FFFF) raise_value_error("chr() arg not in range(0x110000)");
    return str_char(char32_t(i));
}

Value builtin_ord(const CallArgs& c) {
    exact_one_arg("ord", c);
    const Value& v = c.args[0];
    if (is_str(v)) {
        StrObject* s = as<StrObject>(v);
        if (s->length() != 1) {
            raise_type_error("ord() expected a character, but string of length " + std::to_string(s->length()) +
                             " found");
        }
        return Value::small_int(int64_t(s->at(0)));
    }
    if (is_bytes_like(v)) {
        std::string_view b = bytes_view(v);
        if (b.size() != 1) {
            raise_type_error("ord() expected a character, but string of length " + std::to_string(b.size()) + " found");
        }
        return Value::small_int(static_cast<unsigned char>(b[0]));
    }
    raise_type_error("ord() expected string of length 1, but " + type_name(v) + " found");
}

Value to_base(const CallArgs& c, const char* name, int base) {
    exact_one_arg(name, c);
    const Value& v = c.args[0];
    if (is_int(v)) return make_str(int_to_base(v, base));
    Value hook = lookup_special(v, names().__index__);
    if (hook.empty()) raise_type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
    Value i = call(bind_descriptor(hook, v, type_of(v)), {});
    if (!is_int(i)) raise_type_error("__index__ returned non-int (type " + type_name(i) + ")");
    return make_str(int_to_base(i, base));
}

Value builtin_bin(const CallArgs& c) { return to_base(c, "bin", 2); }
Value builtin_oct(const CallArgs& c) { return to_base(c, "oct", 8); }
Value builtin_hex(const CallArgs& c) { return to_base(c, "hex", 16); }

}  // namespace

void install_builtins_numeric(Interp& in) {
    struct Entry {
        const char* name;
        NativeFn fn;
    };
    const Entry functions[] = {
        {"abs", builtin_abs}, {"round", builtin_round}, {"divmod", builtin_divmod}, {"pow", builtin_pow},
        {"min", builtin_min}, {"max", builtin_max}, {"sum", builtin_sum}, {"chr", builtin_chr},
        {"ord", builtin_ord}, {"bin", builtin_bin}, {"oct", builtin_oct}, {"hex", builtin_hex},
    };
    for (const Entry& e : functions) {
        in.builtins->set_str(in.intern(e.name).get(), Value(make_native_function(e.name, e.fn)));
    }
}

}  // namespace loopscope::vm
