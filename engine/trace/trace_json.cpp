#include "trace/trace_json.h"

#include <nlohmann/json.hpp>

namespace loopscope::trace {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kFormatName = "loopscope-trace";

// Every field that differs from a default-constructed Event, in a fixed order.
Json event_to_json(const Event& e) {
    const Event none;
    Json j;
    j["seq"] = e.seq;
    j["t"] = e.t_ns;
    j["kind"] = std::string(event_kind_name(e.kind));
    if (e.actor != none.actor) j["actor"] = e.actor;
    if (e.file != none.file) j["file"] = e.file;
    if (e.line != none.line) j["line"] = e.line;
    if (e.task != none.task) j["task"] = e.task;
    if (e.handle != none.handle) j["handle"] = e.handle;
    if (e.future != none.future) j["future"] = e.future;
    if (e.when != none.when) j["when"] = e.when;
    if (e.count != none.count) j["count"] = e.count;
    if (e.name != none.name) j["name"] = e.name;
    if (e.what != none.what) j["what"] = e.what;
    if (e.detail != none.detail) j["detail"] = e.detail;
    return j;
}

template <class T>
T field(const Json& j, const char* key, T fallback) {
    auto it = j.find(key);
    if (it == j.end()) return fallback;
    try {
        return it->get<T>();
    } catch (const Json::exception&) {
        throw TraceFormatError(std::string("event field '") + key + "' has the wrong type");
    }
}

Event event_from_json(const Json& j, size_t index) {
    if (!j.is_object()) throw TraceFormatError("event " + std::to_string(index) + " is not an object");
    Event e;
    e.seq = field<uint64_t>(j, "seq", 0);
    e.t_ns = field<uint64_t>(j, "t", 0);
    std::string kind = field<std::string>(j, "kind", "");
    if (!event_kind_from_name(kind, e.kind)) {
        throw TraceFormatError("event " + std::to_string(index) + " has an unknown kind '" + kind + "'");
    }
    e.actor = field<uint32_t>(j, "actor", 0);
    e.file = field<int32_t>(j, "file", -1);
    e.line = field<int32_t>(j, "line", 0);
    e.task = field<uint32_t>(j, "task", 0);
    e.handle = field<uint64_t>(j, "handle", 0);
    e.future = field<uint64_t>(j, "future", 0);
    e.when = field<double>(j, "when", 0.0);
    e.count = field<uint64_t>(j, "count", 0);
    e.name = field<std::string>(j, "name", "");
    e.what = field<std::string>(j, "what", "");
    e.detail = field<std::string>(j, "detail", "");
    return e;
}

}  // namespace

std::string to_json(const Trace& trace) {
    Json head;
    head["format"] = kFormatName;
    head["version"] = Trace::kVersion;
    head["files"] = trace.files;
    Json sources = Json::array();
    for (const auto& [file, text] : trace.sources) sources.push_back(Json{{"file", file}, {"text", text}});
    head["sources"] = sources;
    // The header as one line, then one event per line (diff-friendly, still plain JSON).
    std::string out = head.dump();
    out.pop_back();  // the closing brace: the events array follows
    out += ",\n\"events\":[";
    for (size_t i = 0; i < trace.events.size(); ++i) {
        out += i ? ",\n" : "\n";
        out += event_to_json(trace.events[i]).dump();
    }
    out += "\n]}\n";
    return out;
}

Trace from_json(std::string_view text) {
    Json doc;
    try {
        doc = Json::parse(text);
    } catch (const Json::parse_error& e) {
        throw TraceFormatError(std::string("not JSON: ") + e.what());
    }
    if (!doc.is_object() || field<std::string>(doc, "format", "") != kFormatName) {
        throw TraceFormatError("not a loopscope trace (\"format\" is not \"loopscope-trace\")");
    }
    int version = field<int>(doc, "version", 0);
    if (version < 1 || version > Trace::kVersion) {
        throw TraceFormatError("unsupported trace version " + std::to_string(version) + " (this loopscope reads up to " +
                               std::to_string(Trace::kVersion) + ")");
    }
    Trace trace;
    trace.files = field<std::vector<std::string>>(doc, "files", {});
    for (const Json& s : field<Json>(doc, "sources", Json::array())) {
        trace.sources.emplace_back(field<std::string>(s, "file", ""), field<std::string>(s, "text", ""));
    }
    const Json events = field<Json>(doc, "events", Json::array());
    if (!events.is_array()) throw TraceFormatError("\"events\" is not an array");
    trace.events.reserve(events.size());
    for (size_t i = 0; i < events.size(); ++i) trace.events.push_back(event_from_json(events[i], i));
    return trace;
}

}  // namespace loopscope::trace
