#include "api/run.h"

#include <pthread.h>

#include <exception>
#include <optional>

#include "aio/aio_state.h"
#include "aio/diagnostics.h"
#include "aio/trace_hooks.h"
#include "lang/parser.h"
#include "trace/recorder.h"
#include "vm/compile.h"
#include "vm/exception.h"
#include "vm/heap.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/interpreter.h"
#include "vm/module.h"
#include "vm/protocol.h"

namespace loopscope {

namespace {

// Where the program's output goes: the caller's sinks (streaming) and the result (collected).
struct Output {
    RunResult& result;
    const RunOptions& options;
    void out(std::string_view s) {
        result.stdout_text += s;
        if (options.on_stdout) options.on_stdout(s);
    }
    void err(std::string_view s) {
        result.stderr_text += s;
        if (options.on_stderr) options.on_stderr(s);
    }
    // stderr text the run itself writes (tracebacks, syntax errors, budget messages): also a
    // Stderr event when tracing, so the trace holds every stderr byte (docs/trace-format.md).
    void err_recorded(std::string_view s) {
        aio::record_stderr(s);
        err(s);
    }
};

// The last event of a traced run: the final clock and the exit status.
void record_program_end(uint64_t virtual_ns, int exit_code) {
    trace::Recorder* r = trace::active_recorder();
    if (!r) return;
    trace::Event e;
    e.kind = trace::EventKind::ProgramEnd;
    e.t_ns = virtual_ns;
    e.count = uint64_t(uint32_t(exit_code));
    r->record(std::move(e));
}

// SystemExit's code as python3 turns it into an exit status: None -> 0, an int -> itself,
// anything else is printed to stderr and gives 1.
int exit_status_of(const vm::Value& exc, Output& output) {
    auto* e = static_cast<vm::ExceptionObject*>(exc.as_obj());
    vm::Value code = e->value;
    if (code.empty() && e->args && !e->args->items.empty()) {
        code = e->args->items.size() == 1 ? e->args->items[0] : vm::Value(e->args);
    }
    if (code.empty() || code.is_none()) return 0;
    int64_t status;
    if (vm::to_int64(code, status)) return int(status & 0xff);
    output.err_recorded(vm::str_string(code) + "\n");
    return 1;
}

void report_uncaught(const vm::Value& exc, Output& output, RunResult& result) {
    if (vm::exception_matches(exc, vm::types().SystemExit)) {
        result.exit_code = exit_status_of(exc, output);
        return;
    }
    output.err_recorded(vm::format_exception(exc));
    result.exit_code = 1;
}

void run_in_interp(std::string_view source, const RunOptions& options, vm::Interp& in, Output& output,
                   RunResult& result) {
    lang::ParseResult parsed = lang::parse(source);
    if (!parsed.ok()) {
        output.err_recorded(lang::format_syntax_error(*parsed.error, options.filename, source));
        result.exit_code = 1;
        return;
    }
    for (const lang::SyntaxWarning& w : parsed.warnings) {
        output.err_recorded(lang::format_syntax_warning(w, options.filename, source));
    }
    vm::CompileResult compiled = vm::compile_module(*parsed.module, options.filename);
    for (const lang::SyntaxWarning& w : compiled.warnings) {
        output.err_recorded(lang::format_syntax_warning(w, options.filename, source));
    }
    if (!compiled.code) {
        output.err_recorded(lang::format_syntax_error(*compiled.error, options.filename, source));
        result.exit_code = 1;
        return;
    }
    vm::Ref<vm::ModuleObject> main = vm::make_main_module(options.filename);
    try {
        vm::run_module_code(compiled.code.get(), main.get());
    } catch (const vm::PyException& e) {
        report_uncaught(e.exc, output, result);
    }
    // Interpreter shutdown: globals die in CPython's order (never-awaited coroutines warn).
    vm::finalize_module(main.get());
    aio::report_leftover_tasks();
    (void)in;
}

}  // namespace

// Runs on the calling thread: binds a fresh Heap and Interp to it for the run's duration.
static RunResult run_on_this_thread(std::string_view source, const RunOptions& options) {
    RunResult result;
    Output output{result, options};
    vm::Heap heap(options.limits.max_memory_bytes);
    vm::HeapScope heap_scope(heap);
    try {
        vm::Limits limits;
        limits.max_steps = options.limits.max_steps;
        limits.recursion_limit = options.limits.recursion_limit;
        limits.cancel = options.cancel;
        limits.progress_steps = options.progress_steps;
        vm::Interp in(heap, limits);
        vm::InterpScope interp_scope(in);
        aio::install_aio(in);
        trace::Recorder recorder;
        std::optional<trace::RecorderScope> recording;
        if (options.record_trace) {
            recording.emplace(&recorder);
            recorder.add_source(options.filename, std::string(source));
        }
        in.on_stdout = [&](std::string_view s) {
            if (options.record_trace) aio::record_print(s);
            output.out(s);
        };
        in.on_stderr = [&](std::string_view s) {
            if (options.record_trace) aio::record_stderr(s);
            output.err(s);
        };
        in.stdin_text = options.stdin_text;
        in.argv = options.argv.empty() ? std::vector<std::string>{options.filename} : options.argv;
        in.sources[options.filename] = std::string(source);
        try {
            run_in_interp(source, options, in, output, result);
        } catch (const vm::RunAborted& aborted) {
            output.err_recorded(aborted.message + "\n");
            result.exit_code = 1;
        }
        record_program_end(in.virtual_ns, result.exit_code);
        result.steps = in.steps;
        if (options.progress_steps != nullptr) options.progress_steps->store(in.steps);
        result.virtual_ns = in.virtual_ns;
        if (options.record_trace) result.trace = recorder.take();
    } catch (const vm::RunAborted& aborted) {
        output.err(aborted.message + "\n");
        result.exit_code = 1;
    } catch (const vm::PyException& e) {
        // An exception escaping interpreter start-up or teardown: an engine bug, reported plainly.
        output.err("loopscope: internal error: an exception escaped the interpreter\n");
        result.exit_code = 1;
    } catch (const std::exception& e) {
        output.err(std::string("loopscope: internal error: ") + e.what() + "\n");
        result.exit_code = 1;
    }
    return result;
}

namespace {

// Python-to-Python calls recurse natively (bounded by the recursion limit), so a run gets a
// thread of its own with a stack large enough for any depth the limit allows. The thread also
// gives each run its own thread-local Heap and Interp bindings.
constexpr size_t kEngineStackBytes = size_t(512) << 20;

struct ThreadCall {
    std::string_view source;
    const RunOptions* options;
    RunResult result;
};

void* thread_main(void* arg) {
    auto* call = static_cast<ThreadCall*>(arg);
    call->result = run_on_this_thread(call->source, *call->options);
    return nullptr;
}

}  // namespace

RunResult run_program(std::string_view source, const RunOptions& options) {
    ThreadCall call{source, &options, {}};
    pthread_attr_t attr;
    pthread_t thread;
    bool started = pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, kEngineStackBytes) == 0
                   && pthread_create(&thread, &attr, thread_main, &call) == 0;
    pthread_attr_destroy(&attr);
    if (!started) {
        RunResult r;
        r.stderr_text = "loopscope: could not start the interpreter thread (out of memory?)\n";
        r.exit_code = 1;
        if (options.on_stderr) options.on_stderr(r.stderr_text);
        return r;
    }
    pthread_join(thread, nullptr);
    return std::move(call.result);
}

}  // namespace loopscope
