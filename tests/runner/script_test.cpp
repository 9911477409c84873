// Script tests: every tests/scripts/**/*.py is one test in each of two suites.
//
//   Scripts.Run/<area>_<name>_py       runs the script in process through loopscope::run_program
//                                      and checks it against the `# expect...` comments in it.
//   Differential.Run/<area>_<name>_py  runs it under CPython 3.13 as well and requires the same
//                                      stdout bytes, exit status and last stderr line.
//
// The comment grammar is documented in docs/testing.md and shared with tools/gen_expect.py,
// which writes the expectations from CPython's real output.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "api/run.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;

const fs::path kScriptsDir = fs::path(LOOPSCOPE_SOURCE_DIR) / "tests" / "scripts";
constexpr uint64_t kDefaultMaxSteps = 100'000'000;
constexpr auto kCPythonTimeout = std::chrono::seconds(120);

// ---------------------------------------------------------------------------------------------
// Expectations parsed from comments
// ---------------------------------------------------------------------------------------------

struct Expectations {
    std::vector<std::string> stdout_lines;      // `# expect: TEXT`, in file order
    std::optional<std::string> error;           // `# expect error: LAST_STDERR_LINE`
    std::optional<std::string> error_contains;  // `# expect error contains: TEXT`
    std::vector<std::string> stderr_lines;      // `# expect stderr: LINE`, in order
    std::optional<int> exit_code;               // `# expect exit: N`
    uint64_t max_steps = kDefaultMaxSteps;      // `# loopscope: max-steps=N`
    bool no_cpython = false;                    // `# loopscope: no-cpython`

    int expected_exit() const {
        if (exit_code) return *exit_code;
        return (error || error_contains) ? 1 : 0;
    }
};

// Text after `marker` on `line` (one optional space skipped), if the marker occurs.
std::optional<std::string> after_marker(std::string_view line, std::string_view marker) {
    const size_t at = line.find(marker);
    if (at == std::string_view::npos) return std::nullopt;
    std::string_view rest = line.substr(at + marker.size());
    if (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    return std::string(rest);
}

void parse_directives(const std::string& text, Expectations& exp) {
    std::istringstream words(text);
    std::string word;
    while (words >> word) {
        if (word == "no-cpython") {
            exp.no_cpython = true;
        } else if (word.rfind("max-steps=", 0) == 0) {
            exp.max_steps = std::stoull(word.substr(std::string_view("max-steps=").size()));
        }
    }
}

Expectations parse_expectations(const std::string& source) {
    Expectations exp;
    std::istringstream in(source);
    std::string line;
    while (std::getline(in, line)) {
        if (auto v = after_marker(line, "# expect error contains:")) {
            exp.error_contains = *v;
        } else if (auto v = after_marker(line, "# expect error:")) {
            exp.error = *v;
        } else if (auto v = after_marker(line, "# expect stderr:")) {
            exp.stderr_lines.push_back(*v);
        } else if (auto v = after_marker(line, "# expect exit:")) {
            exp.exit_code = std::stoi(*v);
        } else if (auto v = after_marker(line, "# expect:")) {
            exp.stdout_lines.push_back(*v);
        } else if (auto v = after_marker(line, "# loopscope:")) {
            parse_directives(*v, exp);
        }
    }
    return exp;
}

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < text.size()) {
        const size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) {
            lines.emplace_back(text.substr(start));
            break;
        }
        lines.emplace_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

std::string last_line(std::string_view text) {
    auto lines = split_lines(text);
    return lines.empty() ? std::string() : lines.back();
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

// A diff-like report of the first line where two outputs differ, or "" when they are equal.
std::string first_mismatch(const std::vector<std::string>& want,
                           const std::vector<std::string>& got, std::string_view want_name,
                           std::string_view got_name) {
    const size_t n = std::min(want.size(), got.size());
    size_t i = 0;
    while (i < n && want[i] == got[i]) ++i;
    if (i == n && want.size() == got.size()) return "";
    std::ostringstream out;
    out << "first difference at line " << (i + 1) << ":\n";
    for (size_t k = (i >= 2 ? i - 2 : 0); k < i; ++k) out << "    " << want[k] << "\n";
    out << "  - " << want_name << ": "
        << (i < want.size() ? quoted(want[i]) : std::string("<end of output>")) << "\n";
    out << "  + " << got_name << ": "
        << (i < got.size() ? quoted(got[i]) : std::string("<end of output>")) << "\n";
    out << "  (" << want_name << " has " << want.size() << " lines, " << got_name << " has "
        << got.size() << ")";
    return out.str();
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

// ---------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------

struct ScriptCase {
    std::string rel;   // path relative to tests/scripts, e.g. "errors/uncaught_in_function.py"
    std::string name;  // gtest-safe name, e.g. "errors_uncaught_in_function_py"
};

void PrintTo(const ScriptCase& c, std::ostream* os) { *os << c.rel; }

std::string test_name_for(const std::string& rel) {
    std::string name = rel;
    for (char& ch : name) {
        const bool ok =
            (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
        if (!ok) ch = '_';
    }
    return name;
}

std::vector<ScriptCase> collect_scripts() {
    std::vector<ScriptCase> cases;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(kScriptsDir, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file() && it->path().extension() == ".py") {
            const std::string rel = it->path().lexically_relative(kScriptsDir).generic_string();
            cases.push_back({rel, test_name_for(rel)});
        }
    }
    std::sort(cases.begin(), cases.end(),
              [](const ScriptCase& a, const ScriptCase& b) { return a.rel < b.rel; });
    std::set<std::string> used;  // keep names unique even if two paths sanitize alike
    for (auto& c : cases) {
        std::string name = c.name;
        for (int n = 2; !used.insert(name).second; ++n) name = c.name + "_" + std::to_string(n);
        c.name = name;
    }
    return cases;
}

std::string case_name(const ::testing::TestParamInfo<ScriptCase>& info) { return info.param.name; }

// ---------------------------------------------------------------------------------------------
// Running loopscope in process
// ---------------------------------------------------------------------------------------------

loopscope::RunResult run_loopscope(const ScriptCase& c, const std::string& source,
                                   const Expectations& exp) {
    loopscope::RunOptions options;
    options.filename = c.rel;
    options.argv = {c.rel};
    options.limits.max_steps = exp.max_steps;
    return loopscope::run_program(source, options);  // on a large-stack thread of its own
}

// ---------------------------------------------------------------------------------------------
// Running CPython
// ---------------------------------------------------------------------------------------------

struct ProcessResult {
    std::string stdout_text;
    std::string stderr_text;
    int exit_code = -1;
    bool timed_out = false;
    std::string spawn_error;
};

bool is_executable(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec) && ::access(p.c_str(), X_OK) == 0;
}

std::optional<fs::path> newest_313_under(const fs::path& pyenv_root) {
    std::error_code ec;
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(pyenv_root / "versions", ec)) {
        const std::string v = entry.path().filename().string();
        if (v.rfind("3.13", 0) == 0 && is_executable(entry.path() / "bin" / "python3"))
            found.push_back(entry.path() / "bin" / "python3");
    }
    if (found.empty()) return std::nullopt;
    std::sort(found.begin(), found.end());
    return found.back();
}

std::optional<fs::path> on_path(const std::string& name) {
    const char* path = std::getenv("PATH");
    if (!path) return std::nullopt;
    std::istringstream dirs(path);
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        if (!dir.empty() && is_executable(fs::path(dir) / name)) return fs::path(dir) / name;
    }
    return std::nullopt;
}

// LOOPSCOPE_CPYTHON, then pyenv's 3.13, then python3.13 on PATH, then python3.
std::optional<fs::path> find_cpython() {
    if (const char* forced = std::getenv("LOOPSCOPE_CPYTHON"); forced && *forced)
        return fs::path(forced);
    std::vector<fs::path> roots;
    if (const char* root = std::getenv("PYENV_ROOT"); root && *root) roots.emplace_back(root);
    if (const char* home = std::getenv("HOME"); home && *home)
        roots.push_back(fs::path(home) / ".pyenv");
    for (const auto& root : roots)
        if (auto p = newest_313_under(root)) return p;
    if (auto p = on_path("python3.13")) return p;
    return on_path("python3");
}

// The environment CPython runs in (tools/gen_expect.py sets the same variables).
std::vector<std::string> cpython_environment() {
    const std::set<std::string> dropped = {
        "PYTHONSTARTUP",  "PYTHONPATH",     "PYTHONHOME",
        "PYTHONWARNINGS", "FORCE_COLOR",    "PYTHONIOENCODING",
        "PYTHONUTF8",     "PYTHONHASHSEED", "PYTHONDONTWRITEBYTECODE",
        "PYTHON_COLORS",  "NO_COLOR"};
    std::vector<std::string> env;
    for (char** e = environ; e && *e; ++e) {
        const std::string entry = *e;
        if (!dropped.count(entry.substr(0, entry.find('=')))) env.push_back(entry);
    }
    for (const char* add : {"PYTHONIOENCODING=utf-8", "PYTHONUTF8=1", "PYTHONHASHSEED=0",
                            "PYTHONDONTWRITEBYTECODE=1", "PYTHON_COLORS=0", "NO_COLOR=1"})
        env.emplace_back(add);
    return env;
}

std::string slurp(FILE* f) {
    std::string out;
    std::rewind(f);
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    return out;
}

// Runs `argv` in `cwd` with stdin from /dev/null, killing it after `timeout`.
ProcessResult run_process(const std::vector<std::string>& argv, const fs::path& cwd,
                          std::chrono::seconds timeout) {
    ProcessResult result;
    FILE* out = std::tmpfile();
    FILE* err = std::tmpfile();
    if (!out || !err) {
        result.spawn_error = "tmpfile() failed";
        if (out) std::fclose(out);
        if (err) std::fclose(err);
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, fileno(out), 1);
    posix_spawn_file_actions_adddup2(&actions, fileno(err), 2);
    posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());

    std::vector<std::string> env_strings = cpython_environment();
    std::vector<char*> envp, args;
    for (auto& s : env_strings) envp.push_back(s.data());
    envp.push_back(nullptr);
    std::vector<std::string> argv_copy = argv;
    for (auto& s : argv_copy) args.push_back(s.data());
    args.push_back(nullptr);

    pid_t pid = 0;
    const int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        result.spawn_error = "posix_spawn(" + argv[0] + ") failed: " + std::strerror(rc);
    } else {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        int status = 0;
        for (;;) {
            const pid_t done = ::waitpid(pid, &status, WNOHANG);
            if (done == pid) break;
            if (done < 0 && errno != EINTR) break;
            if (std::chrono::steady_clock::now() > deadline) {
                ::kill(pid, SIGKILL);
                ::waitpid(pid, &status, 0);
                result.timed_out = true;
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        if (WIFEXITED(status))
            result.exit_code = WEXITSTATUS(status);
        else if (WIFSIGNALED(status))
            result.exit_code = 128 + WTERMSIG(status);
        result.stdout_text = slurp(out);
        result.stderr_text = slurp(err);
    }
    std::fclose(out);
    std::fclose(err);
    return result;
}

// CPython prints the script's absolute path in tracebacks (since 3.9); loopscope prints the
// path it was given. Strip the tests/scripts prefix so both read `File "errors/x.py"`.
std::string relativize(std::string text) {
    std::set<std::string> prefixes = {kScriptsDir.string() + "/"};
    std::error_code ec;
    const fs::path canonical = fs::canonical(kScriptsDir, ec);
    if (!ec) prefixes.insert(canonical.string() + "/");
    for (const auto& prefix : prefixes) {
        for (size_t at; (at = text.find(prefix)) != std::string::npos;)
            text.erase(at, prefix.size());
    }
    return text;
}

struct CPython {
    std::optional<fs::path> path;
    std::string version;
};

const CPython& cpython() {
    static const CPython info = [] {
        CPython c;
        c.path = find_cpython();
        if (c.path) {
            auto r =
                run_process({c.path->string(), "-c", "import sys; print(sys.version.split()[0])"},
                            kScriptsDir, std::chrono::seconds(30));
            c.version = r.exit_code == 0 ? last_line(r.stdout_text) : "unknown version";
            std::cout << "[differential] CPython " << c.version << " at " << c.path->string()
                      << (c.version.rfind("3.13", 0) == 0 ? "" : "  (WARNING: not 3.13)") << "\n";
        } else {
            std::cout << "[differential] no CPython found; Differential tests are skipped\n";
        }
        return c;
    }();
    return info;
}

// At most `limit` bytes of `text`, cut at a line end, with a note of what was left out.
std::string clipped(std::string_view text, size_t limit = 6000) {
    if (text.size() <= limit) return std::string(text);
    size_t cut = text.rfind('\n', limit);
    cut = (cut == std::string_view::npos) ? limit : cut + 1;
    return std::string(text.substr(0, cut)) + "... (" + std::to_string(text.size() - cut) +
           " more bytes)\n";
}

std::string show_run(std::string_view who, std::string_view full_out, std::string_view full_err,
                     int code) {
    const std::string out = clipped(full_out), err = clipped(full_err);
    std::ostringstream s;
    s << "---- " << who << " (exit " << code << ") stdout:\n"
      << out << (out.empty() || out.back() == '\n' ? "" : "\n") << "---- " << who << " stderr:\n"
      << err << (err.empty() || err.back() == '\n' ? "" : "\n");
    return s.str();
}

// ---------------------------------------------------------------------------------------------
// Suites
// ---------------------------------------------------------------------------------------------

class Scripts : public ::testing::TestWithParam<ScriptCase> {};
class Differential : public ::testing::TestWithParam<ScriptCase> {};

TEST_P(Scripts, Run) {
    const ScriptCase& c = GetParam();
    const std::string source = read_file(kScriptsDir / c.rel);
    const Expectations exp = parse_expectations(source);
    const loopscope::RunResult r = run_loopscope(c, source, exp);
    const std::string context = "script: tests/scripts/" + c.rel + "\n" +
                                show_run("loopscope", r.stdout_text, r.stderr_text, r.exit_code);

    const std::string diff =
        first_mismatch(exp.stdout_lines, split_lines(r.stdout_text), "expected", "loopscope");
    EXPECT_TRUE(diff.empty()) << "stdout differs from the # expect: lines, " << diff << "\n"
                              << context;
    EXPECT_EQ(r.exit_code, exp.expected_exit()) << context;
    if (exp.error) {
        EXPECT_EQ(last_line(r.stderr_text), *exp.error) << "last line of stderr\n" << context;
    }
    if (exp.error_contains) {
        EXPECT_NE(last_line(r.stderr_text).find(*exp.error_contains), std::string::npos)
            << "last line of stderr should contain " << quoted(*exp.error_contains) << "\n"
            << context;
    }
    const auto err_lines = split_lines(r.stderr_text);
    size_t pos = 0;
    for (const auto& want : exp.stderr_lines) {
        while (pos < err_lines.size() && err_lines[pos] != want) ++pos;
        if (pos == err_lines.size()) {
            ADD_FAILURE() << "stderr lacks the line (after the previous # expect stderr: line) "
                          << quoted(want) << "\n"
                          << context;
            break;
        }
        ++pos;
    }
}

TEST_P(Differential, Run) {
    const ScriptCase& c = GetParam();
    const std::string source = read_file(kScriptsDir / c.rel);
    const Expectations exp = parse_expectations(source);
    if (exp.no_cpython) GTEST_SKIP() << "marked # loopscope: no-cpython";
    const CPython& py = cpython();
    if (!py.path) GTEST_SKIP() << "no CPython found (set LOOPSCOPE_CPYTHON or install 3.13)";
    RecordProperty("cpython", py.path->string() + " " + py.version);

    ProcessResult ref = run_process({py.path->string(), c.rel}, kScriptsDir, kCPythonTimeout);
    ASSERT_TRUE(ref.spawn_error.empty()) << ref.spawn_error;
    ASSERT_FALSE(ref.timed_out) << "CPython timed out after " << kCPythonTimeout.count() << " s";
    ref.stderr_text = relativize(ref.stderr_text);

    const loopscope::RunResult r = run_loopscope(c, source, exp);
    const std::string context =
        "script: tests/scripts/" + c.rel + "\nCPython: " + py.path->string() + " " + py.version +
        "\n" + show_run("CPython", ref.stdout_text, ref.stderr_text, ref.exit_code) +
        show_run("loopscope", r.stdout_text, r.stderr_text, r.exit_code);

    if (r.stdout_text != ref.stdout_text) {
        std::string diff = first_mismatch(split_lines(ref.stdout_text), split_lines(r.stdout_text),
                                          "CPython", "loopscope");
        if (diff.empty()) diff = "(lines agree; the bytes differ in the final newline)";
        ADD_FAILURE() << "stdout is not byte-identical to CPython's, " << diff << "\n" << context;
    }
    EXPECT_EQ(r.exit_code, ref.exit_code) << "exit status differs from CPython's\n" << context;
    if (ref.exit_code != 0) {
        EXPECT_EQ(last_line(r.stderr_text), last_line(ref.stderr_text))
            << "last line of stderr differs from CPython's\n"
            << context;
    }
}

INSTANTIATE_TEST_SUITE_P(, Scripts, ::testing::ValuesIn(collect_scripts()), case_name);
INSTANTIATE_TEST_SUITE_P(, Differential, ::testing::ValuesIn(collect_scripts()), case_name);

}  // namespace
