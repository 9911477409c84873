// Shared by the trace model / Chrome export tests: the asyncio corpus (tests/aio/programs)
// run with tracing, as the fidelity suite runs it.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "api/run.h"

namespace loopscope::trace_test {

inline std::filesystem::path aio_programs_dir() {
    return std::filesystem::path(LOOPSCOPE_SOURCE_DIR) / "tests" / "aio" / "programs";
}

// Program names (no .py), sorted.
inline std::vector<std::string> corpus_programs() {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(aio_programs_dir())) {
        if (e.path().extension() == ".py") names.push_back(e.path().stem().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline RunResult run_traced(const std::string& source, const std::string& filename = "prog.py") {
    RunOptions options;
    options.filename = filename;
    options.argv = {filename};
    options.record_trace = true;
    return run_program(source, options);
}

inline RunResult run_corpus_program(const std::string& name) {
    return run_traced(read_text(aio_programs_dir() / (name + ".py")), "programs/" + name + ".py");
}

}  // namespace loopscope::trace_test
