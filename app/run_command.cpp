#include "run_command.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "api/run.h"
#include "model/svg_export.h"
#include "trace/chrome_trace.h"
#include "trace/trace_json.h"
#include "trace/trace_model.h"

namespace loopscope::app {
namespace {

// Reads a whole file as bytes. On failure returns false and sets `error_number` (errno).
bool read_file(const std::string& path, std::string& bytes, int& error_number) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error_number = errno;
        return false;
    }
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            error_number = errno;
            ::close(fd);
            return false;
        }
        bytes.append(buffer, static_cast<size_t>(n));
    }
    ::close(fd);
    return true;
}

// The engine takes stdin up front (RunOptions::stdin_text), while python3 reads it lazily. To
// avoid blocking on a terminal or on a pipe nobody closes, stdin is read only when it is not a
// terminal and the program could read it at all.
std::string read_stdin_for(std::string_view source) {
    std::string text;
    const bool may_read = source.find("input") != std::string_view::npos ||
                          source.find("stdin") != std::string_view::npos;
    if (!may_read || ::isatty(STDIN_FILENO)) return text;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n == 0 || (n < 0 && errno != EINTR)) break;
        if (n > 0) text.append(buffer, static_cast<size_t>(n));
    }
    return text;
}

void write_to(FILE* stream, std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), stream);
}

// Writes a trace file; false (after saying why on stderr) when it cannot.
bool write_trace_file(const std::string& path, const std::string& json) {
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) {
        std::fprintf(stderr, "loopscope: can't write trace '%s': %s\n", path.c_str(), std::strerror(errno));
        return false;
    }
    const bool ok = std::fwrite(json.data(), 1, json.size(), f) == json.size();
    return std::fclose(f) == 0 && ok;
}

// --svg: the whole run's timeline, fitted, titled with the program's name.
bool write_svg(const RunCommandOptions& options, const trace::TraceModel& model) {
    SvgOptions svg;
    svg.title = options.code ? std::string("-c") : options.program;
    std::string error;
    if (write_timeline_svg(model, options.svg_path, svg, error)) return true;
    std::fprintf(stderr, "loopscope: %s\n", error.c_str());
    return false;
}

// --trace (loopscope's own format), --chrome (Chrome Trace Event Format) and --svg (the
// timeline picture), the last two built on the TraceModel; false when any could not be written.
bool write_traces(const RunCommandOptions& options, trace::Trace trace) {
    bool ok = true;
    if (!options.trace_path.empty()) ok = write_trace_file(options.trace_path, trace::to_json(trace)) && ok;
    if (!options.chrome_path.empty() || !options.svg_path.empty()) {
        const trace::TraceModel model(std::move(trace));
        if (!options.chrome_path.empty()) {
            ok = write_trace_file(options.chrome_path, trace::to_chrome_trace(model)) && ok;
        }
        if (!options.svg_path.empty()) ok = write_svg(options, model) && ok;
    }
    return ok;
}


}  // namespace

int run_command(const RunCommandOptions& options) {
    RunOptions run_options;
    std::string source;
    if (options.code) {
        source = *options.code;
        run_options.filename = "<string>";
        run_options.argv.push_back("-c");
    } else {
        int error_number = 0;
        if (!read_file(options.program, source, error_number)) {
            std::fprintf(stderr, "loopscope: can't open file '%s': [Errno %d] %s\n",
                         options.program.c_str(), error_number, std::strerror(error_number));
            return 2;
        }
        run_options.filename = options.program;
        run_options.argv.push_back(options.program);
    }
    run_options.argv.insert(run_options.argv.end(), options.args.begin(), options.args.end());
    run_options.stdin_text = read_stdin_for(source);
    if (options.max_steps) run_options.limits.max_steps = *options.max_steps;
    run_options.record_trace =
        !options.trace_path.empty() || !options.chrome_path.empty() || !options.svg_path.empty();
    // stdio buffering matches python3's: line-buffered on a terminal, block-buffered into a
    // pipe, stderr unbuffered.
    run_options.on_stdout = [](std::string_view text) { write_to(stdout, text); };
    run_options.on_stderr = [](std::string_view text) { write_to(stderr, text); };

    RunResult result;
    result = run_program(source, run_options);  // runs on a large-stack thread of its own
    std::fflush(stdout);
    std::fflush(stderr);
    if (run_options.record_trace && !write_traces(options, std::move(result.trace))) return 1;
    return result.exit_code;
}

}  // namespace loopscope::app
