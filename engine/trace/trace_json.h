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

// {"format": "loopscope-trace", "version": 1, "files": [...], "sources": [...],
//  "events": [...]} with one event per line.
std::string to_json(const Trace& trace);
// Reads a document written by to_json (any version up to Trace::kVersion). Throws
// TraceFormatError naming what is wrong.
Trace from_json(std::string_view text);

}  // namespace loopscope::trace
