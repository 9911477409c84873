// asyncio fidelity: every tests/aio/programs/*.py runs under loopscope (in process) and under
// CPython on a virtual clock (tests/aio/virtual_clock_runner.py), and must print the same
// stdout and exit with the same status. CPython is the newest the machine has (pyenv's 3.13
// where present; LOOPSCOPE_CPYTHON overrides); without one the comparison is skipped.
//
//   AioFidelity.MatchesCPython/<program>   stdout + exit status equal CPython's
//   AioDeterminism.TraceIsByteIdentical/<program>   two traced runs give the same JSON bytes
//
// Programs print times the way a student would (f"{t:.2f}"): loopscope's clock also counts
// the virtual CPU time of the code, CPython's virtual clock does not (docs/aio.md).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "api/run.h"
#include "trace/trace_json.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;

const fs::path kAioDir = fs::path(LOOPSCOPE_SOURCE_DIR) / "tests" / "aio";

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> program_names() {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(kAioDir / "programs")) {
        if (e.path().extension() == ".py") names.push_back(e.path().stem().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

// "3.13.0" -> {3, 13, 0} for numeric ordering.
std::vector<int> version_key(const std::string& v) {
    std::vector<int> key;
    std::istringstream in(v);
    std::string part;
    while (std::getline(in, part, '.')) key.push_back(std::atoi(part.c_str()));
    return key;
}

std::optional<fs::path> newest_cpython() {
    if (const char* forced = std::getenv("LOOPSCOPE_CPYTHON"); forced && *forced) return fs::path(forced);
    std::vector<fs::path> roots;
    if (const char* r = std::getenv("PYENV_ROOT"); r && *r) roots.emplace_back(r);
    if (const char* h = std::getenv("HOME"); h && *h) roots.push_back(fs::path(h) / ".pyenv");
    std::optional<fs::path> best;
    std::vector<int> best_key;
    for (const auto& root : roots) {
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(root / "versions", ec)) {
            fs::path exe = e.path() / "bin" / "python3";
            std::vector<int> key = version_key(e.path().filename().string());
            if (key.size() < 2 || key[0] != 3 || key[1] < 11 || ::access(exe.c_str(), X_OK) != 0) continue;
            if (!best || key > best_key) {
                best = exe;
                best_key = key;
            }
        }
    }
    if (best) return best;
    for (const char* candidate : {"/usr/bin/python3.13", "/usr/bin/python3"}) {
        if (::access(candidate, X_OK) == 0) return fs::path(candidate);
    }
    return std::nullopt;
}

struct Outcome {
    std::string out, err;
    int exit_code = -1;
};

std::string slurp(FILE* f) {
    std::string s;
    std::rewind(f);
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) s.append(buf, n);
    return s;
}

// Runs the program under CPython's virtual-clock runner, from tests/aio (so the program's
// path, which tasks' reprs show, is "programs/NAME.py" as under loopscope).
Outcome run_cpython(const fs::path& python, const std::string& name) {
    Outcome o;
    FILE* out = std::tmpfile();
    FILE* err = std::tmpfile();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, fileno(out), 1);
    posix_spawn_file_actions_adddup2(&actions, fileno(err), 2);
    posix_spawn_file_actions_addchdir_np(&actions, kAioDir.c_str());
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        std::string entry = *e;
        if (entry.rfind("PYTHON", 0) != 0) env.push_back(entry);
    }
    env.push_back("PYTHONHASHSEED=0");
    env.push_back("PYTHONIOENCODING=utf-8");
    env.push_back("PYTHONDONTWRITEBYTECODE=1");
    std::vector<char*> envp;
    for (auto& s : env) envp.push_back(s.data());
    envp.push_back(nullptr);
    std::vector<std::string> argv = {python.string(), "virtual_clock_runner.py", "programs/" + name + ".py"};
    std::vector<char*> args;
    for (auto& s : argv) args.push_back(s.data());
    args.push_back(nullptr);
    pid_t pid;
    if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), envp.data()) == 0) {
        int status = 0;
        waitpid(pid, &status, 0);
        o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    posix_spawn_file_actions_destroy(&actions);
    o.out = slurp(out);
    o.err = slurp(err);
    std::fclose(out);
    std::fclose(err);
    return o;
}

loopscope::RunResult run_loopscope(const std::string& name, bool trace) {
    loopscope::RunOptions options;
    options.filename = "programs/" + name + ".py";
    options.argv = {options.filename};
    options.limits.max_steps = 50'000'000;
    options.record_trace = trace;
    return loopscope::run_program(read_file(kAioDir / "programs" / (name + ".py")), options);
}

std::string first_difference(const std::string& want, const std::string& got) {
    std::istringstream a(want), b(got);
    std::string la, lb;
    for (int line = 1;; ++line) {
        bool ha = static_cast<bool>(std::getline(a, la)), hb = static_cast<bool>(std::getline(b, lb));
        if (!ha && !hb) return "";
        if (!ha || !hb || la != lb) {
            return "line " + std::to_string(line) + ":\n  CPython:   " + (ha ? la : "<end>") +
                   "\n  loopscope: " + (hb ? lb : "<end>");
        }
    }
}

class AioFidelity : public ::testing::TestWithParam<std::string> {};

TEST_P(AioFidelity, MatchesCPython) {
    static const std::optional<fs::path> python = newest_cpython();
    if (!python) GTEST_SKIP() << "no CPython 3.11+ on this machine";
    const std::string& name = GetParam();
    Outcome want = run_cpython(*python, name);
    loopscope::RunResult got = run_loopscope(name, false);
    EXPECT_EQ(want.out, got.stdout_text) << first_difference(want.out, got.stdout_text)
                                         << "\n--- CPython stderr:\n" << want.err
                                         << "--- loopscope stderr:\n" << got.stderr_text;
    EXPECT_EQ(want.exit_code, got.exit_code) << "--- CPython stderr:\n" << want.err
                                             << "--- loopscope stderr:\n" << got.stderr_text;
}

class AioDeterminism : public ::testing::TestWithParam<std::string> {};

TEST_P(AioDeterminism, TraceIsByteIdentical) {
    const std::string& name = GetParam();
    loopscope::RunResult a = run_loopscope(name, true);
    loopscope::RunResult b = run_loopscope(name, true);
    ASSERT_FALSE(a.trace.events.empty());
    std::string ja = loopscope::trace::to_json(a.trace);
    std::string jb = loopscope::trace::to_json(b.trace);
    EXPECT_EQ(ja, jb);
    EXPECT_EQ(a.stdout_text, b.stdout_text);
    EXPECT_EQ(a.stderr_text, b.stderr_text);
    // Tracing observes; it must not change what the program does.
    loopscope::RunResult plain = run_loopscope(name, false);
    EXPECT_EQ(plain.stdout_text, a.stdout_text);
    EXPECT_EQ(plain.virtual_ns, a.virtual_ns);
}

std::string param_name(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

INSTANTIATE_TEST_SUITE_P(Programs, AioFidelity, ::testing::ValuesIn(program_names()), param_name);
INSTANTIATE_TEST_SUITE_P(Programs, AioDeterminism, ::testing::ValuesIn(program_names()), param_name);

}  // namespace
