// The modules the language core needs: `sys` (argv, stdout/stderr/stdin streams, exit,
// recursion limit, version) and `math`. Broader library modules are registered the same way:
// interp().builtin_modules maps an import name to the function creating the module.
#include <cmath>
#include <numeric>

#include "vm/exception.h"
#include "vm/float_ops.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/native.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

// ---------------------------------------------------------------- sys

enum class StreamKind : uint8_t { Stdout, Stderr, Stdin };

// sys.stdout / sys.stderr / sys.stdin: writes go to the run's output sinks.
struct StreamObject : Object {
    StreamKind kind = StreamKind::Stdout;
};

StreamObject* as_stream(const Value& v) { return static_cast<StreamObject*>(v.as_obj()); }

TypeObject* stream_type() {
    return static_cast<TypeObject*>(interp().builtins->find_str(interp().intern("__loopscope_stream__").get())->as_obj());
}

Value stream_write(const CallArgs& a) {
    exact_one_arg("write", a, 1);
    if (!isinstance(a[1], types().str)) {
        raise_type_error("write() argument must be str, not " + type_name(a[1]));
    }
    StrObject* s = static_cast<StrObject*>(a[1].as_obj());
    StreamObject* st = as_stream(a[0]);
    if (st->kind == StreamKind::Stdin) raise(types().OSError, "not writable");
    if (st->kind == StreamKind::Stdout) interp().write_stdout(s->view());
    else interp().write_stderr(s->view());
    return Value::small_int(int64_t(s->length()));
}

Value stream_flush(const CallArgs&) { return Value::none(); }

Value stream_readline(const CallArgs& a) {
    Interp& in = interp();
    if (as_stream(a[0])->kind != StreamKind::Stdin) raise(types().OSError, "not readable");
    if (in.stdin_pos >= in.stdin_text.size()) return make_str("");
    size_t nl = in.stdin_text.find('\n', in.stdin_pos);
    size_t end = nl == std::string::npos ? in.stdin_text.size() : nl + 1;
    std::string line = in.stdin_text.substr(in.stdin_pos, end - in.stdin_pos);
    in.stdin_pos = end;
    return make_str(std::move(line));
}

Value stream_read(const CallArgs& a) {
    Interp& in = interp();
    if (as_stream(a[0])->kind != StreamKind::Stdin) raise(types().OSError, "not readable");
    std::string rest = in.stdin_pos < in.stdin_text.size() ? in.stdin_text.substr(in.stdin_pos) : "";
    in.stdin_pos = in.stdin_text.size();
    return make_str(std::move(rest));
}

Value stream_repr(const CallArgs& a) {
    StreamKind k = as_stream(a[0])->kind;
    const char* name = k == StreamKind::Stdout ? "<stdout>" : k == StreamKind::Stderr ? "<stderr>" : "<stdin>";
    const char* mode = k == StreamKind::Stdin ? "r" : "w";
    return make_str(std::string("<_io.TextIOWrapper name='") + name + "' mode='" + mode + "' encoding='utf-8'>");
}

Value stream_isatty(const CallArgs&) { return Value::boolean(false); }

Value make_stream(StreamKind kind) {
    auto s = make<StreamObject>(stream_type());
    s->kind = kind;
    return s;
}

Value sys_exit(const CallArgs& a) {
    unpack_args("exit", a, 0, 1);
    std::vector<Value> args;
    if (a.nargs == 1) args.push_back(a[0]);
    auto exc = new_exception(types().SystemExit, args);
    exc->value = a.nargs == 1 ? a[0] : Value::none();
    raise_value(exc);
}

Value sys_getrecursionlimit(const CallArgs& a) {
    no_args("getrecursionlimit", a);
    return Value::small_int(interp().limits.recursion_limit);
}

Value sys_setrecursionlimit(const CallArgs& a) {
    exact_one_arg("setrecursionlimit", a);
    int64_t n = arg_index(a[0]);
    if (n < 1) raise_value_error("recursion limit must be greater or equal than 1");
    // Past ~200k frames even a 512 MiB native stack is at risk: cap silently, as the
    // RecursionError then still arrives long before any crash.
    interp().limits.recursion_limit = int(std::min<int64_t>(n, 200000));
    return Value::none();
}

Value sys_exception(const CallArgs&) {
    auto& h = interp().handled_exceptions;
    return h.empty() || h.back().empty() ? Value::none() : h.back();
}

Value sys_exc_info(const CallArgs&) {
    auto& h = interp().handled_exceptions;
    if (h.empty() || h.back().empty() || h.back().is_none()) {
        return make_tuple({Value::none(), Value::none(), Value::none()});
    }
    return make_tuple({Value::borrowed(type_of(h.back())), h.back(), Value::none()});
}

Value sys_intern(const CallArgs& a) {
    exact_one_arg("intern", a);
    StrObject* s = arg_str(a[0], "intern", 1);
    return interp().intern(s->view());
}

Value sys_getsizeof(const CallArgs& a) {
    unpack_args("getsizeof", a, 1, 2);
    return Value::small_int(a[0].is_obj() ? int64_t(a[0].as_obj()->footprint()) : 28);
}

double g_switch_interval = 0.005;

Value sys_getswitchinterval(const CallArgs&) { return Value::real(g_switch_interval); }
Value sys_setswitchinterval(const CallArgs& a) {
    exact_one_arg("setswitchinterval", a);
    double d = to_double(a[0]);
    if (d <= 0) raise_value_error("switch interval must be strictly positive");
    g_switch_interval = d;
    return Value::none();
}

void set(DictObject* d, const char* name, Value v) { d->set_str(interp().intern(name).get(), std::move(v)); }
void def(DictObject* d, const char* name, NativeFn fn) {
    auto f = make_native_function(name, fn);
    f->owner = "sys";
    set(d, name, f);
}

Value create_sys(Interp& in) {
    Ref<ModuleObject> m = make_module("sys");
    DictObject* d = m->dict.get();
    std::vector<Value> argv;
    for (const std::string& s : in.argv) argv.push_back(make_str(s));
    if (argv.empty()) argv.push_back(make_str(""));
    set(d, "argv", make_list(std::move(argv)));
    set(d, "stdout", make_stream(StreamKind::Stdout));
    set(d, "stderr", make_stream(StreamKind::Stderr));
    set(d, "stdin", make_stream(StreamKind::Stdin));
    set(d, "__stdout__", *d->find_str(in.intern("stdout").get()));
    set(d, "__stderr__", *d->find_str(in.intern("stderr").get()));
    set(d, "modules", Value(in.modules));
    set(d, "path", make_list());
    set(d, "maxsize", Value::small_int(INT64_MAX));
    set(d, "platform", make_str("linux"));
    set(d, "byteorder", make_str("little"));
    set(d, "executable", make_str("/usr/bin/python3"));
    set(d, "version", make_str("3.13.0 (loopscope)"));
    set(d, "version_info", make_tuple({Value::small_int(3), Value::small_int(13), Value::small_int(0),
                                       make_str("final"), Value::small_int(0)}));
    set(d, "hexversion", Value::small_int(0x030D00F0));
    set(d, "builtin_module_names", make_tuple({make_str("builtins"), make_str("sys")}));
    def(d, "exit", sys_exit);
    def(d, "getrecursionlimit", sys_getrecursionlimit);
    def(d, "setrecursionlimit", sys_setrecursionlimit);
    def(d, "exception", sys_exception);
    def(d, "exc_info", sys_exc_info);
    def(d, "intern", sys_intern);
    def(d, "getsizeof", sys_getsizeof);
    def(d, "getswitchinterval", sys_getswitchinterval);
    def(d, "setswitchinterval", sys_setswitchinterval);
    return m;
}

// ---------------------------------------------------------------- math

double arg_float(const Value& v) { return to_double(v); }

[[noreturn]] void math_domain_error() { raise_value_error("math domain error"); }

double checked(double r, double x) {
    if (std::isnan(r) && !std::isnan(x)) math_domain_error();
    if (std::isinf(r) && std::isfinite(x)) raise_overflow("math range error");
    return r;
}

#define LS_MATH_UNARY(NAME, EXPR)                                  \
    Value math_##NAME(const CallArgs& a) {                         \
        exact_one_arg(#NAME, a);                                   \
        double x = arg_float(a[0]);                                \
        return Value::real(checked(EXPR, x));                      \
    }
LS_MATH_UNARY(exp, std::exp(x))
LS_MATH_UNARY(sin, std::isinf(x) ? (math_domain_error(), 0.0) : std::sin(x))
LS_MATH_UNARY(cos, std::isinf(x) ? (math_domain_error(), 0.0) : std::cos(x))
LS_MATH_UNARY(tan, std::isinf(x) ? (math_domain_error(), 0.0) : std::tan(x))
LS_MATH_UNARY(asin, (x < -1 || x > 1) ? (math_domain_error(), 0.0) : std::asin(x))
LS_MATH_UNARY(acos, (x < -1 || x > 1) ? (math_domain_error(), 0.0) : std::acos(x))
LS_MATH_UNARY(atan, std::atan(x))
LS_MATH_UNARY(fabs, std::fabs(x))
LS_MATH_UNARY(log2, x <= 0 ? (math_domain_error(), 0.0) : std::log2(x))
LS_MATH_UNARY(log10, x <= 0 ? (math_domain_error(), 0.0) : std::log10(x))
LS_MATH_UNARY(sinh, std::sinh(x))
LS_MATH_UNARY(cosh, std::cosh(x))
LS_MATH_UNARY(tanh, std::tanh(x))
LS_MATH_UNARY(degrees, x * (180.0 / M_PI))
LS_MATH_UNARY(radians, x * (M_PI / 180.0))
#undef LS_MATH_UNARY

Value math_sqrt(const CallArgs& a) {
    exact_one_arg("sqrt", a);
    double x = arg_float(a[0]);
    if (x < 0) math_domain_error();
    return Value::real(std::sqrt(x));
}

Value math_log(const CallArgs& a) {
    unpack_args("log", a, 1, 2);
    auto ln = [](const Value& v) {
        if (is_exact_int(v) && !v.is_small_int()) {
            // Big ints: log of the mantissa plus the exponent, so huge values work.
            mpz_class z = to_mpz(v);
            if (z <= 0) math_domain_error();
            long exp;
            double mant = mpz_get_d_2exp(&exp, z.get_mpz_t());
            return std::log(mant) + double(exp) * std::log(2.0);
        }
        double x = arg_float(v);
        if (x <= 0) math_domain_error();
        return std::log(x);
    };
    double r = ln(a[0]);
    if (a.nargs == 2) {
        double b = ln(a[1]);
        if (b == 0) raise_zero_division("division by zero");
        r /= b;
    }
    return Value::real(r);
}

Value math_pow(const CallArgs& a) {
    unpack_args("pow", a, 2, 2);
    double x = arg_float(a[0]), y = arg_float(a[1]);
    if (x == 0 && y < 0) math_domain_error();
    if (x < 0 && std::isfinite(y) && y != std::floor(y)) math_domain_error();
    double r = std::pow(x, y);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) raise_overflow("math range error");
    return Value::real(r);
}

Value math_atan2(const CallArgs& a) {
    unpack_args("atan2", a, 2, 2);
    return Value::real(std::atan2(arg_float(a[0]), arg_float(a[1])));
}

Value math_hypot(const CallArgs& a) {
    double acc = 0;
    std::vector<double> xs;
    for (size_t i = 0; i < a.nargs; ++i) xs.push_back(std::fabs(arg_float(a[i])));
    if (xs.size() == 2) return Value::real(std::hypot(xs[0], xs[1]));
    for (double x : xs) acc += x * x;
    return Value::real(std::sqrt(acc));
}

// floor/ceil/trunc: ints pass through; floats convert exactly (big results become big ints).
Value integral(const Value& x, double (*round_fn)(double), StrObject* dunder) {
    if (is_int(x)) return x.is_bool() ? Value::small_int(x.as_int()) : x;
    if (!x.is_float()) {
        if (Value* m = type_of(x)->lookup(dunder)) return call(bind_descriptor(*m, x, type_of(x)), {});
    }
    return float_to_int(round_fn(arg_float(x)));
}

Value math_floor(const CallArgs& a) {
    exact_one_arg("floor", a);
    return integral(a[0], std::floor, names().__floor__);
}
Value math_ceil(const CallArgs& a) {
    exact_one_arg("ceil", a);
    return integral(a[0], std::ceil, names().__ceil__);
}
Value math_trunc(const CallArgs& a) {
    exact_one_arg("trunc", a);
    return integral(a[0], std::trunc, names().__trunc__);
}

Value math_isnan(const CallArgs& a) { exact_one_arg("isnan", a); return Value::boolean(std::isnan(arg_float(a[0]))); }
Value math_isinf(const CallArgs& a) { exact_one_arg("isinf", a); return Value::boolean(std::isinf(arg_float(a[0]))); }
Value math_isfinite(const CallArgs& a) {
    exact_one_arg("isfinite", a);
    return Value::boolean(std::isfinite(arg_float(a[0])));
}

mpz_class arg_int(const Value& v) {
    if (is_int(v)) return to_mpz(v);
    return mpz_class(static_cast<long>(arg_index(v)));
}

Value math_gcd(const CallArgs& a) {
    mpz_class g = 0;
    for (size_t i = 0; i < a.nargs; ++i) {
        mpz_class x = arg_int(a[i]);
        mpz_gcd(g.get_mpz_t(), g.get_mpz_t(), x.get_mpz_t());
    }
    return make_int(g);
}

Value math_lcm(const CallArgs& a) {
    mpz_class l = 1;
    for (size_t i = 0; i < a.nargs; ++i) {
        mpz_class x = arg_int(a[i]);
        mpz_lcm(l.get_mpz_t(), l.get_mpz_t(), x.get_mpz_t());
    }
    return make_int(l);
}

Value math_factorial(const CallArgs& a) {
    exact_one_arg("factorial", a);
    if (a[0].is_float()) raise_type_error("'float' object cannot be interpreted as an integer");
    mpz_class n = arg_int(a[0]);
    if (n < 0) raise_value_error("factorial() not defined for negative values");
    if (n > 100000) raise_overflow("factorial() argument should not exceed 100000 in loopscope");
    mpz_class r;
    mpz_fac_ui(r.get_mpz_t(), n.get_ui());
    return make_int(r);
}

Value math_comb(const CallArgs& a) {
    unpack_args("comb", a, 2, 2);
    mpz_class n = arg_int(a[0]), k = arg_int(a[1]);
    if (n < 0) raise_value_error("n must be a non-negative integer");
    if (k < 0) raise_value_error("k must be a non-negative integer");
    if (k > n) return Value::small_int(0);
    mpz_class r;
    mpz_bin_ui(r.get_mpz_t(), n.get_mpz_t(), k.get_ui());
    return make_int(r);
}

Value math_perm(const CallArgs& a) {
    unpack_args("perm", a, 1, 2);
    mpz_class n = arg_int(a[0]);
    mpz_class k = a.nargs == 2 && !a[1].is_none() ? arg_int(a[1]) : n;
    if (n < 0) raise_value_error("n must be a non-negative integer");
    if (k < 0) raise_value_error("k must be a non-negative integer");
    if (k > n) return Value::small_int(0);
    mpz_class r = 1;
    for (mpz_class i = n - k + 1; i <= n; ++i) r *= i;
    return make_int(r);
}

Value math_isqrt(const CallArgs& a) {
    exact_one_arg("isqrt", a);
    mpz_class n = arg_int(a[0]);
    if (n < 0) raise_value_error("isqrt() argument must be nonnegative");
    mpz_class r;
    mpz_sqrt(r.get_mpz_t(), n.get_mpz_t());
    return make_int(r);
}

Value math_isclose(const CallArgs& a) {
    Value args[4];
    bind_args({"isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 2, true, 2}, a, args);
    double x = arg_float(args[0]), y = arg_float(args[1]);
    double rel = args[2].empty() ? 1e-9 : arg_float(args[2]);
    double abs_tol = args[3].empty() ? 0.0 : arg_float(args[3]);
    if (rel < 0 || abs_tol < 0) raise_value_error("tolerances must be non-negative");
    if (x == y) return Value::boolean(true);
    if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
    double diff = std::fabs(y - x);
    return Value::boolean(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}

Value math_copysign(const CallArgs& a) {
    unpack_args("copysign", a, 2, 2);
    return Value::real(std::copysign(arg_float(a[0]), arg_float(a[1])));
}

Value math_fmod(const CallArgs& a) {
    unpack_args("fmod", a, 2, 2);
    double x = arg_float(a[0]), y = arg_float(a[1]);
    if (y == 0 || std::isinf(x)) math_domain_error();
    return Value::real(std::fmod(x, y));
}

Value math_prod(const CallArgs& a) {
    unpack_args("prod", a, 1, 1);
    Value acc = Value::small_int(1);
    if (const Value* start = find_kwarg(a, "start")) acc = *start;
    for (const Value& v : to_vector(a[0])) acc = binary_op(BinOp::Mul, acc, v);
    return acc;
}

Value math_fsum(const CallArgs& a) {
    exact_one_arg("fsum", a);
    // Shewchuk's exact partial sums, rounded once at the end (what CPython does).
    std::vector<double> partials;
    for (const Value& v : to_vector(a[0])) {
        double x = arg_float(v);
        size_t i = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) partials[i++] = lo;
            x = hi;
        }
        partials.resize(i);
        partials.push_back(x);
    }
    double hi = 0.0;
    if (!partials.empty()) {
        size_t n = partials.size();
        hi = partials[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
            double y = lo * 2;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return Value::real(hi);
}

Value math_dist(const CallArgs& a) {
    unpack_args("dist", a, 2, 2);
    auto p = to_vector(a[0]);
    auto q = to_vector(a[1]);
    if (p.size() != q.size()) raise_value_error("both points must have the same number of dimensions");
    double acc = 0;
    for (size_t i = 0; i < p.size(); ++i) {
        double d = arg_float(p[i]) - arg_float(q[i]);
        acc += d * d;
    }
    return Value::real(std::sqrt(acc));
}

void mdef(DictObject* d, const char* name, NativeFn fn) {
    auto f = make_native_function(name, fn);
    f->owner = "math";
    set(d, name, f);
}

Value create_math(Interp&) {
    Ref<ModuleObject> m = make_module("math");
    DictObject* d = m->dict.get();
    set(d, "pi", Value::real(M_PI));
    set(d, "e", Value::real(M_E));
    set(d, "tau", Value::real(2 * M_PI));
    set(d, "inf", Value::real(INFINITY));
    set(d, "nan", Value::real(NAN));
    struct { const char* name; NativeFn fn; } fns[] = {
        {"sqrt", math_sqrt}, {"exp", math_exp}, {"log", math_log}, {"log2", math_log2},
        {"log10", math_log10}, {"sin", math_sin}, {"cos", math_cos}, {"tan", math_tan},
        {"asin", math_asin}, {"acos", math_acos}, {"atan", math_atan}, {"atan2", math_atan2},
        {"sinh", math_sinh}, {"cosh", math_cosh}, {"tanh", math_tanh}, {"fabs", math_fabs},
        {"degrees", math_degrees}, {"radians", math_radians}, {"pow", math_pow}, {"hypot", math_hypot},
        {"floor", math_floor}, {"ceil", math_ceil}, {"trunc", math_trunc}, {"isnan", math_isnan},
        {"isinf", math_isinf}, {"isfinite", math_isfinite}, {"gcd", math_gcd}, {"lcm", math_lcm},
        {"factorial", math_factorial}, {"comb", math_comb}, {"perm", math_perm}, {"isqrt", math_isqrt},
        {"isclose", math_isclose}, {"copysign", math_copysign}, {"fmod", math_fmod}, {"prod", math_prod},
        {"fsum", math_fsum}, {"dist", math_dist},
    };
    for (const auto& f : fns) mdef(d, f.name, f.fn);
    return m;
}

}  // namespace

void install_core_modules(Interp& in) {
    Ref<TypeObject> stream = make_builtin_type("TextIOWrapper", in.types.object, Layout::Native, false);
    stream->module = "_io";
    add_method(stream.get(), "write", stream_write);
    add_method(stream.get(), "flush", stream_flush);
    add_method(stream.get(), "readline", stream_readline);
    add_method(stream.get(), "read", stream_read);
    add_method(stream.get(), "isatty", stream_isatty);
    add_method(stream.get(), "__repr__", stream_repr);
    in.builtins->set_str(in.intern("__loopscope_stream__").get(), Value(stream));
    in.builtin_modules["sys"] = create_sys;
    in.builtin_modules["math"] = create_math;
}

}  // namespace loopscope::vm
