// The Chrome Trace Event Format export (engine/trace/chrome_trace.h), validated against the
// format's rules over corpus programs: what Perfetto and chrome://tracing need to load it.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "trace/chrome_trace.h"
#include "trace/trace_model.h"
#include "unit/trace_test_corpus.h"

namespace loopscope {
namespace {

using Json = nlohmann::json;

// Times in the file are microseconds with ns decimals; back to whole ns for exact checks.
int64_t ns_of(const Json& micros) { return std::llround(micros.get<double>() * 1000.0); }

struct Slice {
    int64_t begin, end;
    std::string name;
};

// Checks every rule the format sets (and the export promises); returns the parsed events.
Json validate(const std::string& text) {
    Json doc = Json::parse(text);  // throws on malformed JSON: the test fails
    EXPECT_TRUE(doc.is_object());
    EXPECT_TRUE(doc.contains("traceEvents"));
    const Json& events = doc["traceEvents"];
    EXPECT_TRUE(events.is_array());

    std::map<int64_t, std::vector<Slice>> slices;  // by tid
    std::map<uint64_t, const Json*> starts, finishes;
    std::set<int64_t> named_tids, sorted_tids, used_tids;
    for (const Json& e : events) {
        for (const char* key : {"name", "ph", "ts", "pid", "tid"}) EXPECT_TRUE(e.contains(key)) << key << " in " << e;
        EXPECT_TRUE(e["name"].is_string());
        EXPECT_TRUE(e["ts"].is_number());
        EXPECT_TRUE(e["pid"].is_number_integer());
        EXPECT_TRUE(e["tid"].is_number_integer());
        const std::string ph = e["ph"];
        int64_t tid = e["tid"];
        if (ph == "M") {
            EXPECT_TRUE(e["args"].contains(e["name"] == "thread_sort_index" ? "sort_index" : "name")) << e;
            if (e["name"] == "thread_name") named_tids.insert(tid);
            if (e["name"] == "thread_sort_index") sorted_tids.insert(tid);
            continue;
        }
        used_tids.insert(tid);
        EXPECT_GE(e["ts"].get<double>(), 0.0);
        if (ph == "X") {
            EXPECT_TRUE(e["dur"].is_number()) << e;
            EXPECT_GE(e["dur"].get<double>(), 0.0) << e;
            int64_t b = ns_of(e["ts"]);
            slices[tid].push_back(Slice{b, b + ns_of(e["dur"]), e["name"]});
        } else if (ph == "i") {
            EXPECT_EQ(e["s"], "t") << e;
        } else if (ph == "s" || ph == "f") {
            uint64_t id = e["id"];
            auto& table = ph == "s" ? starts : finishes;
            EXPECT_EQ(table.count(id), 0u) << "flow id " << id << " used twice";
            table[id] = &e;
            if (ph == "f") EXPECT_EQ(e["bp"], "e");
        } else {
            ADD_FAILURE() << "unexpected phase " << ph;
        }
    }
    // Every lane is named and sorted.
    for (int64_t tid : used_tids) {
        EXPECT_TRUE(named_tids.count(tid)) << "tid " << tid;
        EXPECT_TRUE(sorted_tids.count(tid)) << "tid " << tid;
    }
    // Slices of one thread nest: sorted by (begin, longest first), each one lies inside the
    // innermost open slice or after it.
    for (auto& [tid, list] : slices) {
        std::sort(list.begin(), list.end(), [](const Slice& a, const Slice& b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
        });
        std::vector<Slice> open;
        for (const Slice& s : list) {
            while (!open.empty() && open.back().end <= s.begin && !(open.back().begin == s.begin)) open.pop_back();
            if (!open.empty()) {
                EXPECT_LE(s.end, open.back().end)
                    << "tid " << tid << ": '" << s.name << "' [" << s.begin << "," << s.end << ") overlaps '"
                    << open.back().name << "' [" << open.back().begin << "," << open.back().end << ")";
            }
            open.push_back(s);
        }
    }
    // Flows pair up, go forward in time, and start/end inside a slice of their thread: one
    // open at ts (begin <= ts < end) or starting at ts, never only one that ends there.
    auto inside_a_slice = [&](const Json& e) {
        int64_t ts = ns_of(e["ts"]);
        for (const Slice& s : slices[e["tid"].get<int64_t>()]) {
            if (s.begin == ts || (s.begin <= ts && ts < s.end)) return true;
        }
        return false;
    };
    EXPECT_EQ(starts.size(), finishes.size());
    for (const auto& [id, s] : starts) {
        auto f = finishes.find(id);
        if (f == finishes.end()) {
            ADD_FAILURE() << "flow " << id << " has no end";
            continue;
        }
        EXPECT_EQ((*s)["cat"], (*f->second)["cat"]);
        EXPECT_GE(f->second->at("ts").get<double>(), s->at("ts").get<double>());
        EXPECT_TRUE(inside_a_slice(*s)) << *s;
        EXPECT_TRUE(inside_a_slice(*f->second)) << *f->second;
    }
    return events;
}

TEST(ChromeTrace, EveryCorpusProgramFollowsTheFormat) {
    size_t flows = 0, programs = 0;
    for (const std::string& name : trace_test::corpus_programs()) {
        SCOPED_TRACE(name);
        RunResult run = trace_test::run_corpus_program(name);
        trace::TraceModel model(run.trace);
        std::string text = trace::to_chrome_trace(model);
        Json events = validate(text);
        for (const Json& e : events) flows += e["ph"] == "s";
        ++programs;
        EXPECT_EQ(text, trace::to_chrome_trace(trace::TraceModel(run.trace))) << "not deterministic";
    }
    EXPECT_GT(programs, 100u);
    EXPECT_GT(flows, 1000u);
}

TEST(ChromeTrace, TasksAreLanesInTreeOrderWithSlicesInstantsAndFlows) {
    RunResult run = trace_test::run_traced(R"(import asyncio
async def leaf(n):
    await asyncio.sleep(n)
    print("leaf", n)
async def branch():
    await asyncio.gather(leaf(0.2), leaf(0.1))
async def main():
    a = asyncio.create_task(branch())
    b = asyncio.create_task(leaf(0.3))
    await a
    await b
asyncio.run(main())
)");
    ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
    trace::TraceModel model(run.trace);
    Json events = validate(trace::to_chrome_trace(model));
    std::map<int64_t, int64_t> sort_index;
    std::map<int64_t, std::string> names;
    std::set<std::string> slice_names, instant_names, flow_names;
    for (const Json& e : events) {
        if (e["name"] == "thread_sort_index") sort_index[e["tid"]] = e["args"]["sort_index"];
        if (e["name"] == "thread_name") names[e["tid"]] = e["args"]["name"];
        if (e["ph"] == "X") slice_names.insert(e["name"]);
        if (e["ph"] == "i") instant_names.insert(e["name"]);
        if (e["ph"] == "s") flow_names.insert(e["name"]);
        if (e["ph"] == "X" && e["name"] == "sleep 0.3") {
            EXPECT_EQ(e["tid"], 3);
            EXPECT_EQ(e["args"]["line"], 3);
            EXPECT_EQ(e["args"]["detail"], "sleep(0.3) until t=0.300");
            EXPECT_NEAR(e["dur"].get<double>(), 300000.0, 100.0);  // 0.3 s in µs
        }
    }
    EXPECT_EQ(names[0], "event loop");
    EXPECT_EQ(names[1], "Task-1 (main)");
    EXPECT_EQ(names[2], "Task-2 (branch)");
    // main (1), then branch (2) and its children (4, 5), then leaf (3).
    EXPECT_LT(sort_index[1], sort_index[2]);
    EXPECT_LT(sort_index[2], sort_index[4]);
    EXPECT_LT(sort_index[4], sort_index[5]);
    EXPECT_LT(sort_index[5], sort_index[3]);
    for (const char* n : {"main", "branch", "leaf", "sleep 0.3", "gather (2)", "await Task-2", "done"}) {
        EXPECT_TRUE(slice_names.count(n)) << n;
    }
    EXPECT_TRUE(instant_names.count("print"));
    EXPECT_TRUE(flow_names.count("create"));
    EXPECT_TRUE(flow_names.count("wake"));
}

TEST(ChromeTrace, EmptyAndSynchronousTracesAreValid) {
    validate(trace::to_chrome_trace(trace::TraceModel(trace::Trace{})));
    RunResult run = trace_test::run_traced("print('hi')\nimport sys\nsys.stderr.write('e')\n");
    Json events = validate(trace::to_chrome_trace(trace::TraceModel(run.trace)));
    int instants = 0;
    for (const Json& e : events) instants += e["ph"] == "i";
    EXPECT_EQ(instants, 2);  // the print and the stderr write, on the main program's lane
}

}  // namespace
}  // namespace loopscope
