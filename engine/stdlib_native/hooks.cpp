// `_loopscope`: engine services for the modules written in Python (engine/stdlib), which
// cannot reach the engine otherwise — the virtual clock (time.py), C's strftime (time.py,
// datetime.py), and CPython's traceback printer that the engine already implements
// (traceback.py). Not part of any public API: student programs have no reason to import it.
#include <cmath>
#include <ctime>

#include "aio/clock.h"

#include "stdlib_native/stdlib_native.h"
#include "vm/code.h"
#include "vm/exception.h"
#include "vm/frame.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

// The virtual clock and blocking sleeps belong to engine/aio/clock.h: time.sleep on the event
// loop's thread is recorded there as "loop blocked".
uint64_t now_ns() { return aio::now_ns(); }

void block_for(double seconds) { aio::block_current_thread(seconds); }

// Nanoseconds of virtual time since the run started.
Value hook_clock_ns(const CallArgs& a) {
    no_args("clock_ns", a);
    return make_int(mpz_class(std::to_string(now_ns())));
}

// Blocks the current thread for `seconds` of virtual time (time.sleep). The caller validated
// the argument.
Value hook_sleep(const CallArgs& a) {
    exact_one_arg("sleep", a);
    block_for(to_double(a[0]));
    return Value::none();
}

// strftime(format, fields, zone, gmtoff): C's strftime over the nine struct_time fields (in
// Python's conventions: month 1-12, weekday Monday=0, yearday 1-366) — the directives then
// behave exactly as CPython's, which calls the same function.
Value hook_strftime(const CallArgs& a) {
    unpack_args("strftime", a, 4, 4);
    std::string format = arg_str(a[0], "strftime", 1)->utf8();
    std::vector<Value> fields = to_vector(a[1]);
    if (fields.size() != 9) raise_type_error("strftime() needs 9 fields");
    std::tm tm{};
    int64_t f[9];
    for (int i = 0; i < 9; ++i) f[i] = arg_index(fields[i]);
    tm.tm_year = int(f[0] - 1900);
    tm.tm_mon = int(f[1] - 1);
    tm.tm_mday = int(f[2]);
    tm.tm_hour = int(f[3]);
    tm.tm_min = int(f[4]);
    tm.tm_sec = int(f[5]);
    tm.tm_wday = int((f[6] + 1) % 7);
    tm.tm_yday = int(f[7] - 1);
    tm.tm_isdst = int(f[8]);
    std::string zone = a[2].is_none() ? std::string() : str_string(a[2]);
    tm.tm_zone = zone.c_str();
    tm.tm_gmtoff = long(a[3].is_none() ? 0 : arg_index(a[3]));
    if (format.empty()) return make_str("");
    // strftime reports "buffer too small" and "empty result" the same way: grow until it fits
    // or the buffer is far larger than any sensible result.
    for (size_t size = 256 + format.size() * 4; size < 1 << 20; size *= 4) {
        std::string out(size, '\0');
        size_t n = std::strftime(out.data(), out.size(), format.c_str(), &tm);
        if (n > 0) {
            out.resize(n);
            return make_str(std::move(out));
        }
    }
    return make_str("");
}

Value exception_arg(const CallArgs& a, const char* fname) {
    exact_one_arg(fname, a);
    if (!is_exception_instance(a[0])) raise_type_error(std::string(fname) + "() needs an exception instance");
    return a[0];
}

// The report CPython prints for an uncaught exception (chained exceptions, notes, groups).
Value hook_format_exception(const CallArgs& a) {
    return make_str(format_exception(exception_arg(a, "format_exception")));
}

// "ValueError: message" (no newline).
Value hook_format_exception_only(const CallArgs& a) {
    return make_str(format_exception_only(exception_arg(a, "format_exception_only")));
}

// The traceback of an exception as (filename, lineno, name, source line) tuples, outermost
// first: what traceback.extract_tb gives.
Value hook_traceback_entries(const CallArgs& a) {
    Value exc = exception_arg(a, "traceback_entries");
    std::vector<Value> out;
    for (const TracebackEntry& e : static_cast<ExceptionObject*>(exc.as_obj())->traceback) {
        std::string line = interp().source_line(e.filename, e.lineno);
        size_t start = line.find_first_not_of(" \t");
        size_t end = line.find_last_not_of(" \t\r\n");
        line = start == std::string::npos ? "" : line.substr(start, end - start + 1);
        out.push_back(Value(make_tuple({make_str(e.filename), Value::small_int(e.lineno),
                                        make_str(e.function), make_str(line)})));
    }
    return Value(make_list(std::move(out)));
}

// caller_info(depth): (filename, lineno, module __name__, function name) of the Python frame
// `depth` levels up from the function calling this hook (0: that function itself), or None
// past the bottom of the stack. What sys._getframe(depth) would tell warnings, logging and
// namedtuple (which names the module that created the class).
Value hook_caller_info(const CallArgs& a) {
    exact_one_arg("caller_info", a);
    int64_t depth = arg_index(a[0]);
    Frame* f = current_frame();
    for (; f && depth > 0; --depth) f = f->previous;
    if (!f) return Value::none();
    Value module_name = Value::none();
    if (f->globals) {
        if (Value* n = f->globals->find_str(names().__name__)) module_name = *n;
    }
    return Value(make_tuple({make_str(f->code->filename), Value::small_int(f->current_line()), module_name,
                             make_str(f->code->name)}));
}

// source_line(filename, lineno): that line of a program or embedded module ("" if unknown),
// without its line break (what linecache.getline gives, minus the newline).
Value hook_source_line(const CallArgs& a) {
    unpack_args("source_line", a, 2, 2);
    return make_str(interp().source_line(arg_str(a[0], "source_line", 1)->utf8(), int(arg_index(a[1]))));
}

}  // namespace

Value create_hooks_module(Interp&) {
    Ref<ModuleObject> m = make_module("_loopscope");
    DictObject* d = m->dict.get();
    module_def(d, "_loopscope", "clock_ns", hook_clock_ns);
    module_def(d, "_loopscope", "sleep", hook_sleep);
    module_def(d, "_loopscope", "strftime", hook_strftime);
    module_def(d, "_loopscope", "format_exception", hook_format_exception);
    module_def(d, "_loopscope", "format_exception_only", hook_format_exception_only);
    module_def(d, "_loopscope", "traceback_entries", hook_traceback_entries);
    module_def(d, "_loopscope", "caller_info", hook_caller_info);
    module_def(d, "_loopscope", "source_line", hook_source_line);
    return Value(m);
}

}  // namespace loopscope::vm
