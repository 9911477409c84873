// The module the language core needs: `sys` (argv, stdout/stderr/stdin streams, exit,
// recursion limit, version). The standard library (math included) is in engine/stdlib_native
// and engine/stdlib, registered the same way: interp().builtin_modules maps an import name to
// the function creating the module.
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
}

}  // namespace loopscope::vm
