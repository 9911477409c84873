// The trace as a versioned JSON document (docs/trace-format.md) and back. Writing is
// deterministic: the same Trace gives the same bytes.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "trace/event.h"

namespace loopscope::trace {

struct TraceFormatError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// {"format": "loopscope-trace", "version": 2, "files": [...], "sources": [...],
//  "events": [...]} with one event per line (trace_json.cpp).
std::string to_json(const Trace& trace);
// Reads a trace document (any version up to Trace::kVersion; any valid JSON of the format:
// key order, whitespace, unknown keys skipped) without building a JSON tree
// (trace_json_reader.cpp). Throws TraceFormatError naming where — event index, line and
// column — and what is wrong; never crashes, whatever the bytes.
Trace from_json(std::string_view text);

}  // namespace loopscope::trace
