// The trace reader (trace_json_reader.cpp): any valid JSON document of the format reads, and
// every malformed one is a TraceFormatError that says where and what — never a crash.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "api/run.h"
#include "trace/chrome_trace.h"
#include "trace/loop_replay.h"
#include "trace/trace_json.h"
#include "trace/trace_model.h"

namespace loopscope {
namespace {

using trace::Event;
using trace::EventKind;
using trace::Trace;
using trace::TraceFormatError;

const std::string kHeader = R"({"format":"loopscope-trace","version":2,"files":[],"sources":[],)";

// A document with the given events array body.
std::string with_events(const std::string& events) { return kHeader + "\"events\":[" + events + "]}"; }

// The TraceFormatError message from_json gives, or "" when it reads.
std::string error_of(const std::string& text) {
    try {
        trace::from_json(text);
    } catch (const TraceFormatError& e) {
        return e.what();
    }
    return "";
}

#define EXPECT_ERROR_HAS(text, part) EXPECT_NE(error_of(text).find(part), std::string::npos) << error_of(text)

Trace recorded_trace() {
    RunOptions options;
    options.filename = "prog.py";
    options.record_trace = true;
    RunResult r = run_program(R"(import asyncio
async def worker(i):
    await asyncio.sleep(i / 10)
    print("done", i, "é")
    return i
async def main():
    await asyncio.gather(*(worker(i) for i in range(3)))
asyncio.run(main())
)",
                              options);
    EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
    return r.trace;
}

TEST(TraceJsonReader, AcceptsAnyKeyOrderWhitespaceAndUnknownKeys) {
    // Header last (the body is read after it is checked), pretty-printed, keys shuffled,
    // unknown keys with nested values at both levels.
    std::string text = R"(
  {
    "events" : [
      { "name" : "Task-1", "kind" : "task_created", "x" : {"a": [1, 2.5e3, null, true]},
        "task" : 1, "t" : 5, "seq" : 0 },
      {"kind":"print","detail":"hi\n","seq":1}
    ] ,
    "sources" : [ { "text" : "print(1)\n", "extra": false, "file" : "a.py" } ],
    "files" : [ "a.py" ],
    "future_key" : { "deep" : [[[[]]]] },
    "version" : 1,
    "format" : "loopscope-trace"
  }
)";
    Trace t = trace::from_json(text);
    ASSERT_EQ(t.events.size(), 2u);
    EXPECT_EQ(t.events[0].kind, EventKind::TaskCreated);
    EXPECT_EQ(t.events[0].name, "Task-1");
    EXPECT_EQ(t.events[0].task, 1u);
    EXPECT_EQ(t.events[0].t_ns, 5u);
    EXPECT_EQ(t.events[1].detail, "hi\n");
    EXPECT_EQ(t.files, std::vector<std::string>{"a.py"});
    ASSERT_EQ(t.sources.size(), 1u);
    EXPECT_EQ(t.sources[0], (std::pair<std::string, std::string>{"a.py", "print(1)\n"}));
}

TEST(TraceJsonReader, DecodesEscapesAndIntegralFloats) {
    Trace t = trace::from_json(with_events(
        R"({"kind":"print","detail":"\u00e9\ud83d\ude00\"\\\/\b\f\n\r\t","line":7.0,"seq":1e2,"file":-1})"));
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(t.events[0].detail, "é😀\"\\/\b\f\n\r\t");
    EXPECT_EQ(t.events[0].line, 7);
    EXPECT_EQ(t.events[0].seq, 100u);
}

TEST(TraceJsonReader, RecordedTraceRoundTripsThroughTheReader) {
    Trace t = recorded_trace();
    std::string json = trace::to_json(t);
    Trace back = trace::from_json(json);
    EXPECT_EQ(back, t);
    EXPECT_EQ(trace::to_json(back), json);
}

// The writer escapes exactly as nlohmann's dump() does, so files written before it was
// hand-written still write back byte for byte.
TEST(TraceJsonWriter, EscapesStringsAsNlohmannDoes) {
    std::string every_control;
    for (char c = 0; c < 0x20; ++c) every_control += c;
    for (const std::string& text : {every_control, std::string("quote \" backslash \\ slash / del \x7f"),
                                    std::string("caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80")}) {
        Trace t;
        t.files = {text};
        t.sources = {{text, text}};
        Event e;
        e.kind = EventKind::Print;
        e.name = e.what = e.detail = text;
        e.when = 0.1 + 0.2;
        t.events.push_back(e);
        std::string json = trace::to_json(t);
        std::string expected = nlohmann::json(text).dump();
        EXPECT_NE(json.find("\"detail\":" + expected + "}"), std::string::npos) << json;
        EXPECT_NE(json.find("\"when\":0.30000000000000004,"), std::string::npos) << json;
        EXPECT_EQ(trace::from_json(json), t);
    }
}

TEST(TraceJsonWriter, InvalidUtf8IsWrittenAsReplacementCharacters) {
    // A task named "\udc80x" reaches the trace as the bytes ED B2 80 'x', which are not UTF-8.
    Trace t;
    Event e;
    e.kind = EventKind::TaskCreated;
    e.name = "\xed\xb2\x80x";
    e.detail = "ok\xff";
    t.events.push_back(e);
    Trace back = trace::from_json(trace::to_json(t));
    EXPECT_EQ(back.events[0].name, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdx");
    EXPECT_EQ(back.events[0].detail, "ok\xef\xbf\xbd");
}

TEST(TraceJsonWriter, ProgramWithALoneSurrogateTaskNameWritesBothFormats) {
    RunOptions options;
    options.record_trace = true;
    RunResult r = run_program(R"(import asyncio
async def main():
    await asyncio.create_task(asyncio.sleep(0), name="\udc80x")
asyncio.run(main())
)",
                              options);
    ASSERT_EQ(r.exit_code, 0) << r.stderr_text;
    Trace back = trace::from_json(trace::to_json(r.trace));  // threw nlohmann's type_error 316
    EXPECT_EQ(back.events.size(), r.trace.events.size());
    std::string chrome = trace::to_chrome_trace(trace::TraceModel(std::move(back)));
    EXPECT_NE(chrome.find("\xef\xbf\xbdx"), std::string::npos);
}

TEST(TraceJsonReader, NonFiniteDeadlinesRoundTrip) {
    // asyncio.sleep(float("inf")) schedules a timer at inf; JSON has no number for it.
    Trace t;
    for (double when : {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                        std::numeric_limits<double>::quiet_NaN()}) {
        Event e;
        e.seq = t.events.size();
        e.kind = EventKind::TimerScheduled;
        e.handle = e.seq + 1;
        e.when = when;
        t.events.push_back(e);
    }
    std::string json = trace::to_json(t);
    EXPECT_NE(json.find(R"("when":"inf")"), std::string::npos) << json;
    Trace back = trace::from_json(json);
    ASSERT_EQ(back.events.size(), 3u);
    EXPECT_EQ(back.events[0].when, std::numeric_limits<double>::infinity());
    EXPECT_EQ(back.events[1].when, -std::numeric_limits<double>::infinity());
    EXPECT_TRUE(std::isnan(back.events[2].when));
    EXPECT_EQ(trace::to_json(back), json);
    // Writers before this wrote null for all three: it reads as inf.
    EXPECT_EQ(trace::from_json(with_events(R"({"kind":"timer_scheduled","when":null})")).events[0].when,
              std::numeric_limits<double>::infinity());
}

TEST(TraceJsonReader, SleepForeverTraceOpens) {
    RunOptions options;
    options.record_trace = true;
    RunResult r = run_program(R"(import asyncio
async def main():
    t = asyncio.create_task(asyncio.sleep(float("inf")))
    await asyncio.sleep(0.1)
    t.cancel()
asyncio.run(main())
)",
                              options);
    Trace back = trace::from_json(trace::to_json(r.trace));
    EXPECT_EQ(back, r.trace);
    auto forever = std::find_if(back.events.begin(), back.events.end(), [](const Event& e) {
        return e.kind == EventKind::TimerScheduled && std::isinf(e.when);
    });
    ASSERT_NE(forever, back.events.end());
    uint64_t seq = forever->seq;
    trace::TraceModel model(std::move(back));
    std::vector<trace::TimerItem> timers = model.loop_state_at(seq).timers;
    ASSERT_FALSE(timers.empty());
    EXPECT_TRUE(std::isinf(timers.back().when));
}

// A NaN deadline (asyncio.sleep(float("nan"))) has no place in a (when, handle) order: it
// sorts as +inf, in handle order, in the model and in the reference replay alike.
TEST(TraceJsonReader, NanDeadlinesOrderAsInfinity) {
    Trace t;
    const double kNan = std::numeric_limits<double>::quiet_NaN();
    const double kInf = std::numeric_limits<double>::infinity();
    for (double when : {kNan, 1.0, kInf, kNan, 0.5, kNan, 2.0, kInf}) {
        Event e;
        e.seq = t.events.size();
        e.kind = EventKind::TimerScheduled;
        e.handle = e.seq + 1;
        e.when = when;
        t.events.push_back(e);
    }
    t = trace::from_json(trace::to_json(t));
    trace::TraceModel model(std::move(t));
    trace::LoopReplay replay;
    for (const Event& e : model.trace().events) replay.apply(e);
    auto handles = [](const std::vector<trace::TimerItem>& timers) {
        std::vector<uint64_t> out;
        for (const auto& timer : timers) out.push_back(timer.handle);
        return out;
    };
    std::vector<uint64_t> expected = {5, 2, 7, 1, 3, 4, 6, 8};
    EXPECT_EQ(handles(model.loop_state_at(7).timers), expected);
    EXPECT_EQ(handles(replay.state(model.trace().events).timers), expected);
}

TEST(TraceJsonReader, EveryTruncationIsAnErrorNamingWhere) {
    std::string json = trace::to_json(recorded_trace());
    for (size_t length = 0; length + 1 < json.size(); ++length) {
        // (Cutting only the final "\n" leaves a whole document.)
        std::string message = error_of(json.substr(0, length));
        ASSERT_FALSE(message.empty()) << "a truncation at " << length << " read";
    }
    size_t middle_line = json.find("\n{\"seq\":10,");
    ASSERT_NE(middle_line, std::string::npos);
    std::string message = error_of(json.substr(0, middle_line + 20));
    EXPECT_NE(message.find("not JSON at event 10 (line 13, column"), std::string::npos) << message;
    EXPECT_NE(message.find("truncated"), std::string::npos) << message;
    EXPECT_ERROR_HAS(json.substr(0, middle_line), "not JSON at event 10 (line 12");
    EXPECT_ERROR_HAS(json.substr(0, middle_line - 1), "not JSON after event 9 (line 12");
}

TEST(TraceJsonReader, WrongTypesNameTheEventAndTheField) {
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn"},{"kind":"turn","seq":"1"})"),
                     "event 1 (line 1, column");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn"},{"kind":"turn","seq":"1"})"),
                     R"("seq" must be an integer, found a string)");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","name":5})"), R"("name" must be a string, found a number)");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","line":1.5})"), R"("line" must be an integer, found 1.5)");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","when":[]})"), R"("when" must be a number, found an array)");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","when":"soon"})"), R"("when" must be a number)");
    EXPECT_ERROR_HAS(with_events(R"({"kind":7})"), R"("kind" must be a string, found a number)");
    EXPECT_ERROR_HAS(with_events(R"([1])"), "event 0 (line 1, column");
    EXPECT_ERROR_HAS(with_events(R"("x")"), "expected an event (an object), found a string");
    EXPECT_ERROR_HAS(with_events(R"({"seq":0})"), "the event has no \"kind\"");
    EXPECT_ERROR_HAS(kHeader + R"("events":{}})", R"("events" must be an array, found an object)");
    EXPECT_ERROR_HAS(R"({"format":"loopscope-trace","version":2,"files":[1]})", R"("files[0]" must be a string)");
    EXPECT_ERROR_HAS(R"({"format":"loopscope-trace","version":2,"sources":[[]]})", "must be an object");
    EXPECT_ERROR_HAS(R"({"format":"loopscope-trace","version":"2"})", R"("version" must be an integer)");
}

TEST(TraceJsonReader, UnknownKindAndBadHeaderAreNamed) {
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn"},{"kind":"bogus"})"), R"(event 1 (line 1, column)");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"bogus"})"), R"(unknown kind "bogus")");
    EXPECT_ERROR_HAS(R"({"format":"loopscope-trace","version":3,"events":[{"kind":"new_kind"}]})",
                     "unsupported trace version 3 (this loopscope reads up to 2)");
    // The version is checked before the events even when it comes after them.
    EXPECT_ERROR_HAS(R"({"events":[{"kind":"new_kind"}],"format":"loopscope-trace","version":3})",
                     "unsupported trace version 3");
    EXPECT_ERROR_HAS(R"({"format":"loopscope-trace","version":0})", "unsupported trace version 0");
    EXPECT_ERROR_HAS(R"({"format":"loopscope-trace"})", R"(no "version")");
    EXPECT_ERROR_HAS(R"({"format":"other","version":2})", R"(not a loopscope trace ("format" is "other")");
    EXPECT_ERROR_HAS(R"({"version":2,"events":[]})", "not a loopscope trace");
    EXPECT_ERROR_HAS("not json", "not JSON at line 1, column 1: invalid literal");
    EXPECT_ERROR_HAS("{not json", "not JSON at line 1, column 2: expected a key (a string), found 'n'");
    EXPECT_ERROR_HAS("\"a string\"", "line 1, column 1: not a loopscope trace: expected a JSON object, found a string");
    EXPECT_ERROR_HAS("", "found the end of the file");
    EXPECT_ERROR_HAS("[]", "expected a JSON object, found an array");
    EXPECT_ERROR_HAS(with_events("") + " x", "unexpected text after the end of the trace document");
}

TEST(TraceJsonReader, HugeNumbersAreOutOfRangeNotWrapped) {
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","seq":18446744073709551616})"),
                     R"("seq" is out of range: 18446744073709551616)");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","line":2147483648})"), R"("line" is out of range)");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","task":-1})"), R"("task" is out of range: -1)");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","count":1e400})"), R"("count" must be an integer, found 1e400)");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","count":1e30})"), R"("count" is out of range)");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","when":1e999})"), R"("when" is out of range: 1e999)");
    EXPECT_ERROR_HAS(R"({"format":"loopscope-trace","version":99999999999999999999})", R"("version" is out of range)");
    std::string digits(100000, '9');
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","seq":)" + digits + "}"), R"("seq" is out of range)");
    EXPECT_LT(error_of(with_events(R"({"kind":"turn","seq":)" + digits + "}")).size(), 200u);  // quoted cut short
    EXPECT_LT(error_of(with_events(R"({"kind":")" + std::string(100000, 'x') + "\"}")).size(), 200u);
    // The largest values fit exactly.
    Trace t = trace::from_json(
        with_events(R"({"kind":"turn","seq":18446744073709551615,"line":-2147483648,"task":4294967295})"));
    EXPECT_EQ(t.events[0].seq, std::numeric_limits<uint64_t>::max());
    EXPECT_EQ(t.events[0].line, std::numeric_limits<int32_t>::min());
    EXPECT_EQ(t.events[0].task, std::numeric_limits<uint32_t>::max());
}

TEST(TraceJsonReader, DeepNestingIsAnErrorNotAStackOverflow) {
    std::string deep = std::string(1'000'000, '[') + std::string(1'000'000, ']');
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","x":)" + deep + "}"), "nested more than 256 levels deep");
    EXPECT_ERROR_HAS(R"({"x":)" + deep + "}", "nested more than 256 levels deep");
    // Nesting within the limit is skipped like any unknown value.
    std::string fine = std::string(200, '[') + std::string(200, ']');
    EXPECT_EQ(trace::from_json(with_events(R"({"kind":"turn","x":)" + fine + "}")).events.size(), 1u);
}

TEST(TraceJsonReader, TextMustBeUtf8) {
    EXPECT_ERROR_HAS(with_events("{\"kind\":\"print\",\"detail\":\"a\xff\"}"), "invalid UTF-8 in a string (byte 0xff)");
    EXPECT_ERROR_HAS(with_events("{\"kind\":\"print\",\"detail\":\"\xc3\"}"), "invalid UTF-8");   // cut sequence
    EXPECT_ERROR_HAS(with_events("{\"kind\":\"print\",\"detail\":\"\xc0\xaf\"}"), "invalid UTF-8");  // overlong
    EXPECT_ERROR_HAS(with_events("{\"kind\":\"print\",\"detail\":\"\xed\xa0\x80\"}"), "invalid UTF-8");  // surrogate
    EXPECT_ERROR_HAS(with_events("{\"kind\":\"print\",\"detail\":\"\\n\xff\"}"), "invalid UTF-8");  // after an escape
    EXPECT_ERROR_HAS(with_events(R"({"kind":"print","detail":"\ud800"})"), "high surrogate without its low half");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"print","detail":"\udc00"})"), "lone low surrogate");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"print","detail":"\u12"})"), "four hex digits");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"print","detail":"\q"})"), "invalid escape");
    EXPECT_ERROR_HAS(with_events("{\"kind\":\"print\",\"detail\":\"a\nb\"}"), "raw control character (byte 0x0a)");
    EXPECT_ERROR_HAS(std::string("{\"format\":\"loopscope-trace\"\0}", 29), "found byte 0x00");
    // Valid multi-byte text reads as it is.
    EXPECT_EQ(trace::from_json(with_events("{\"kind\":\"print\",\"detail\":\"\xe4\xb8\xad\xf0\x9f\x98\x80\"}"))
                  .events[0]
                  .detail,
              "中😀");
}

TEST(TraceJsonReader, BadJsonSyntaxIsNamed) {
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn",})"), R"(expected a key (a string), found '}')");
    EXPECT_ERROR_HAS(with_events(R"({"kind" "turn"})"), "expected ':' after a key");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn"} {"kind":"turn"})"), "not JSON after event 0");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","seq":01})"), "expected ',' or '}' in an event, found '1'");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","seq":-})"), "invalid number");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","seq":1.})"), "digits must follow '.'");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","x":tru})"), "invalid literal (expected true)");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","x":+1})"), "expected a value, found '+'");
    EXPECT_ERROR_HAS(with_events(R"({"kind":"turn","seq":nul})"), "not JSON at event 0 (line 1, column");
}

}  // namespace
}  // namespace loopscope
