// from_json: reads a trace document with JsonCursor, straight into Events — no JSON DOM (a
// 1.6M-event trace as an nlohmann DOM took ~13 s and 2.6 GB; this reads it in about a second
// into the Trace alone). Any valid JSON of the format is accepted: keys in any order,
// any whitespace, unknown keys skipped. Everything else is a TraceFormatError that says where
// (event index, line and column) and what is wrong.
#include <charconv>
#include <cmath>
#include <limits>
#include <string>
#include <type_traits>

#include "trace/json_cursor.h"
#include "trace/trace_json.h"

namespace loopscope::trace {

namespace {

constexpr std::string_view kFormatName = "loopscope-trace";

std::string quoted(std::string_view key) {
    std::string out(1, '"');
    out.append(key).push_back('"');
    return out;
}

// A value quoted in a message, cut to its first 40 bytes (on a UTF-8 boundary): a hostile
// file's 100 MB string or number does not become a 100 MB message.
std::string excerpt(std::string_view text) {
    constexpr size_t kMax = 40;
    if (text.size() <= kMax) return std::string(text);
    size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "...";
}

// Where the reader is, for the message prefix.
struct Place {
    enum class Kind : uint8_t { Document, InEvent, AfterEvent } kind = Kind::Document;
    size_t event = 0;
};

// The value at the cursor is not of the type wanted: "<expected>, found a string". A value that
// is not JSON at all (`nul`, a lone `-`) is reported as that instead.
[[noreturn]] void fail_wrong_type(const JsonCursor& json, const std::string& expected) {
    JsonCursor probe = json;
    JsonType type = probe.peek();
    size_t at = probe.offset();
    probe.skip_value();
    json.fail_at(at, expected + ", found " + json_type_name(type));
}

// An integer field of type Int, from an integral number token (or a float token with an
// integral value, which other writers may produce). Out of range is an error, not a wrap.
template <class Int>
Int read_integer(JsonCursor& json, std::string_view key) {
    if (json.peek() != JsonType::Number) fail_wrong_type(json, quoted(key) + " must be an integer");
    size_t at = json.offset();
    JsonCursor::Number number = json.read_number();
    const char* first = number.token.data();
    const char* last = first + number.token.size();
    auto out_of_range = [&]() {
        json.fail_at(at, quoted(key) + " is out of range: " + excerpt(number.token) + " (must be " +
                             std::to_string(std::numeric_limits<Int>::min()) + ".." +
                             std::to_string(std::numeric_limits<Int>::max()) + ")");
    };
    if (number.integral) {
        if (std::is_unsigned_v<Int> && number.negative) {
            if (number.token == "-0") return 0;
            out_of_range();
        }
        Int value = 0;
        auto [end, error] = std::from_chars(first, last, value);
        if (error != std::errc() || end != last) out_of_range();
        return value;
    }
    double value = 0;
    auto [end, error] = std::from_chars(first, last, value);
    if (error != std::errc() || end != last || value != std::floor(value)) {
        json.fail_at(at, quoted(key) + " must be an integer, found " + excerpt(number.token));
    }
    if (value < double(std::numeric_limits<Int>::min()) ||
        value >= std::ldexp(1.0, std::numeric_limits<Int>::digits)) {
        out_of_range();
    }
    return Int(value);
}

// A deadline: a number, or "inf" / "-inf" / "nan" for what JSON has no number for (the
// writer's spelling); null, which writers before that wrote for any of them, reads as inf.
double read_when(JsonCursor& json, std::string& scratch) {
    JsonType type = json.peek();
    if (type == JsonType::Null) {
        json.skip_value();
        return std::numeric_limits<double>::infinity();
    }
    if (type == JsonType::String) {
        size_t at = json.offset();
        std::string_view word = json.read_string(scratch);
        if (word == "inf") return std::numeric_limits<double>::infinity();
        if (word == "-inf") return -std::numeric_limits<double>::infinity();
        if (word == "nan") return std::numeric_limits<double>::quiet_NaN();
        json.fail_at(at, "\"when\" must be a number (or \"inf\", \"-inf\", \"nan\"), found \"" + excerpt(word) + "\"");
    }
    if (type != JsonType::Number) fail_wrong_type(json, "\"when\" must be a number");
    size_t at = json.offset();
    JsonCursor::Number number = json.read_number();
    double value = 0;
    const char* last = number.token.data() + number.token.size();
    auto [end, error] = std::from_chars(number.token.data(), last, value);
    if (error != std::errc() || end != last) {
        json.fail_at(at, "\"when\" is out of range: " + excerpt(number.token));
    }
    return value;
}

void read_string_field(JsonCursor& json, std::string_view key, std::string& out) {
    if (json.peek() != JsonType::String) fail_wrong_type(json, quoted(key) + " must be a string");
    json.read_string_into(out);
}

// How many events to reserve for: the writer puts each on its own line, so counting "\n{"
// is exact for our files; the cap (the shortest event is ~15 bytes) keeps a hostile file
// from reserving more than its size justifies.
size_t estimated_event_count(std::string_view rest) {
    size_t lines = 0;
    for (size_t at = rest.find("\n{"); at != std::string_view::npos; at = rest.find("\n{", at + 2)) ++lines;
    return std::min(lines, rest.size() / 15) + 1;
}

class TraceReader {
public:
    explicit TraceReader(std::string_view text) : text_(text) {}

    Trace read();
    std::string describe(const JsonError& error) const;

private:
    // A top-level value read only once the header is known to be good (see read()).
    struct Deferred {
        bool present = false;
        size_t offset = 0;
    };

    void read_key_value(JsonCursor& json, std::string_view key);
    void read_or_defer(JsonCursor& json, Deferred& deferred, void (TraceReader::*read)(JsonCursor&));
    void check_header(JsonCursor& json, bool document_read);
    void read_files(JsonCursor& json);
    void read_sources(JsonCursor& json);
    void read_events(JsonCursor& json);
    void read_event(JsonCursor& json, Event& e);
    void read_event_field(JsonCursor& json, std::string_view key, Event& e, bool& has_kind);

    std::string_view text_;
    Trace trace_;
    Place place_;
    std::string scratch_;
    bool has_format_ = false, has_version_ = false, header_ok_ = false;
    int version_ = 0;
    size_t version_offset_ = 0;
    Deferred files_, sources_, events_;
};

Trace TraceReader::read() {
    JsonCursor json(text_);
    if (json.peek() != JsonType::Object) fail_wrong_type(json, "not a loopscope trace: expected a JSON object");
    json.expect('{', "'{'");
    if (!json.consume('}')) {
        do {
            if (json.peek() != JsonType::String) json.expect('"', "a key (a string)");
            std::string key(json.read_string(scratch_));
            json.expect(':', "':' after a key");
            read_key_value(json, key);
        } while (json.consume(','));
        json.expect('}', "',' or '}'");
    }
    if (!json.at_end()) json.fail("unexpected text after the end of the trace document");
    check_header(json, true);
    // Files, sources and events that came before the header: read them now.
    for (auto [deferred, read] : {std::pair{&files_, &TraceReader::read_files},
                                  std::pair{&sources_, &TraceReader::read_sources},
                                  std::pair{&events_, &TraceReader::read_events}}) {
        if (!deferred->present) continue;
        JsonCursor at(text_, deferred->offset);
        (this->*read)(at);
    }
    return std::move(trace_);
}

void TraceReader::read_key_value(JsonCursor& json, std::string_view key) {
    size_t at = json.offset();
    if (key == "format") {
        std::string format;
        read_string_field(json, key, format);
        if (format != kFormatName) {
            json.fail_at(at, "not a loopscope trace (\"format\" is \"" + excerpt(format) + "\", not \"loopscope-trace\")");
        }
        has_format_ = true;
        check_header(json, false);
    } else if (key == "version") {
        version_offset_ = at;
        version_ = read_integer<int>(json, key);
        has_version_ = true;
        check_header(json, false);
    } else if (key == "files") {
        read_or_defer(json, files_, &TraceReader::read_files);
    } else if (key == "sources") {
        read_or_defer(json, sources_, &TraceReader::read_sources);
    } else if (key == "events") {
        read_or_defer(json, events_, &TraceReader::read_events);
    } else {
        json.skip_value();  // a key a newer writer added
    }
}

// The body of a trace from an unknown format or version would only give confusing messages,
// so it is read once the header has been checked; a writer that puts the header last (any
// key order is valid JSON) costs a second pass over the skipped part.
void TraceReader::read_or_defer(JsonCursor& json, Deferred& deferred, void (TraceReader::*read)(JsonCursor&)) {
    deferred.present = !header_ok_;
    if (header_ok_) {
        (this->*read)(json);
    } else {
        deferred.offset = json.offset();
        json.skip_value();
    }
}

// Called as header keys arrive and once the whole document has been
// read (when a missing key is an error). Sets header_ok_ once format and version are good.
void TraceReader::check_header(JsonCursor& json, bool document_read) {
    if (!has_format_ && !document_read) return;
    if (!has_format_) json.fail_at(0, "not a loopscope trace (no \"format\": \"loopscope-trace\")");
    if (!has_version_ && !document_read) return;
    if (!has_version_) json.fail_at(0, "the trace has no \"version\"");
    if (version_ < 1 || version_ > Trace::kVersion) {
        json.fail_at(version_offset_, "unsupported trace version " + std::to_string(version_) + " (this loopscope reads up to " +
                             std::to_string(Trace::kVersion) + ")");
    }
    header_ok_ = true;
}

void TraceReader::read_files(JsonCursor& json) {
    if (json.peek() != JsonType::Array) fail_wrong_type(json, "\"files\" must be an array");
    json.expect('[', "'['");
    trace_.files.clear();
    if (json.consume(']')) return;
    do {
        trace_.files.emplace_back();
        read_string_field(json, "files[" + std::to_string(trace_.files.size() - 1) + "]", trace_.files.back());
    } while (json.consume(','));
    json.expect(']', "',' or ']' in \"files\"");
}

void TraceReader::read_sources(JsonCursor& json) {
    if (json.peek() != JsonType::Array) fail_wrong_type(json, "\"sources\" must be an array");
    json.expect('[', "'['");
    trace_.sources.clear();
    if (json.consume(']')) return;
    do {
        if (json.peek() != JsonType::Object) fail_wrong_type(json, "each of \"sources\" must be an object");
        json.expect('{', "'{'");
        auto& [file, text] = trace_.sources.emplace_back();
        if (json.consume('}')) continue;
        do {
            if (json.peek() != JsonType::String) json.expect('"', "a key (a string)");
            std::string key(json.read_string(scratch_));
            json.expect(':', "':' after a key");
            if (key == "file") {
                read_string_field(json, "file", file);
            } else if (key == "text") {
                read_string_field(json, "text", text);
            } else {
                json.skip_value();
            }
        } while (json.consume(','));
        json.expect('}', "',' or '}' in a source");
    } while (json.consume(','));
    json.expect(']', "',' or ']' in \"sources\"");
}

void TraceReader::read_events(JsonCursor& json) {
    if (json.peek() != JsonType::Array) fail_wrong_type(json, "\"events\" must be an array");
    json.expect('[', "'['");
    std::vector<Event>& events = trace_.events;
    events.clear();
    events.reserve(estimated_event_count(text_.substr(json.offset())));
    if (json.consume(']')) return;
    do {
        place_ = {Place::Kind::InEvent, events.size()};
        read_event(json, events.emplace_back());
        place_.kind = Place::Kind::AfterEvent;
    } while (json.consume(','));
    json.expect(']', "',' between events or ']' after the last one");
    place_ = {};
}

void TraceReader::read_event(JsonCursor& json, Event& e) {
    if (json.peek() != JsonType::Object) fail_wrong_type(json, "expected an event (an object)");
    size_t start = json.offset();
    json.expect('{', "'{'");
    bool has_kind = false;
    if (!json.consume('}')) {
        do {
            if (json.peek() != JsonType::String) json.expect('"', "a key (a string)");
            // The key may live in scratch_ (when escaped): it is used before the next string.
            std::string_view key = json.read_string(scratch_);
            json.expect(':', "':' after a key");
            read_event_field(json, key, e, has_kind);
        } while (json.consume(','));
        json.expect('}', "',' or '}' in an event");
    }
    if (!has_kind) json.fail_at(start, "the event has no \"kind\"");
}

void TraceReader::read_event_field(JsonCursor& json, std::string_view key, Event& e, bool& has_kind) {
    if (key == "seq") {
        e.seq = read_integer<uint64_t>(json, key);
    } else if (key == "t") {
        e.t_ns = read_integer<uint64_t>(json, key);
    } else if (key == "kind") {
        if (json.peek() != JsonType::String) fail_wrong_type(json, "\"kind\" must be a string");
        size_t at = json.offset();
        std::string_view name = json.read_string(scratch_);
        if (!event_kind_from_name(name, e.kind)) json.fail_at(at, "unknown kind \"" + excerpt(name) + "\"");
        has_kind = true;
    } else if (key == "actor") {
        e.actor = read_integer<uint32_t>(json, key);
    } else if (key == "file") {
        e.file = read_integer<int32_t>(json, key);
    } else if (key == "line") {
        e.line = read_integer<int32_t>(json, key);
    } else if (key == "task") {
        e.task = read_integer<uint32_t>(json, key);
    } else if (key == "handle") {
        e.handle = read_integer<uint64_t>(json, key);
    } else if (key == "future") {
        e.future = read_integer<uint64_t>(json, key);
    } else if (key == "when") {
        e.when = read_when(json, scratch_);
    } else if (key == "count") {
        e.count = read_integer<uint64_t>(json, key);
    } else if (key == "name") {
        read_string_field(json, key, e.name);
    } else if (key == "what") {
        read_string_field(json, key, e.what);
    } else if (key == "detail") {
        read_string_field(json, key, e.detail);
    } else {
        json.skip_value();  // a field a newer writer added
    }
}

// "event 12 (line 15, column 40): <what>", or for text that is not JSON at all
// "not JSON at event 12 (line 15, column 40): <what>" / "not JSON after event 12 (...)".
std::string TraceReader::describe(const JsonError& error) const {
    TextPosition at = text_position(text_, error.offset);
    std::string where = "line " + std::to_string(at.line) + ", column " + std::to_string(at.column);
    switch (place_.kind) {
    case Place::Kind::Document: break;
    case Place::Kind::InEvent: where = "event " + std::to_string(place_.event) + " (" + where + ")"; break;
    case Place::Kind::AfterEvent: where = "after event " + std::to_string(place_.event) + " (" + where + ")"; break;
    }
    if (error.syntax) where = (place_.kind == Place::Kind::AfterEvent ? "not JSON " : "not JSON at ") + where;
    return where + ": " + error.what();
}

}  // namespace

Trace from_json(std::string_view text) {
    TraceReader reader(text);
    try {
        return reader.read();
    } catch (const JsonError& error) {
        throw TraceFormatError(reader.describe(error));
    }
}

}  // namespace loopscope::trace
