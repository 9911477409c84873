#include "trace/chrome_trace.h"

#include <algorithm>
#include <string_view>
#include <nlohmann/json.hpp>

namespace loopscope::trace {

namespace {

using Json = nlohmann::ordered_json;

constexpr int kPid = 1;
constexpr uint32_t kLoopTid = 0;

// Microseconds, exact to the ns: a correctly rounded division prints as the decimal itself.
double micros(uint64_t ns) { return double(ns) / 1000.0; }

class ChromeWriter {
public:
    explicit ChromeWriter(const TraceModel& model) : model_(model) {}

    std::string write() {
        metadata();
        loop_lane();
        for (const TaskInfo& t : model_.tasks()) {
            if (model_.task(t.id)) task_slices(t);
        }
        instants();
        flows();
        std::string out = "{\"displayTimeUnit\":\"ns\",\"traceEvents\":[";
        for (size_t i = 0; i < lines_.size(); ++i) {
            out += i ? ",\n" : "\n";
            out += lines_[i];
        }
        out += "\n]}\n";
        return out;
    }

private:
    // Invalid UTF-8 (a task named with a lone surrogate) becomes U+FFFD instead of throwing.
    void emit(Json j) { lines_.push_back(j.dump(-1, ' ', false, Json::error_handler_t::replace)); }

    Json base(const char* ph, const std::string& name, uint32_t tid, uint64_t ns) {
        Json j;
        j["name"] = name;
        j["ph"] = ph;
        j["ts"] = micros(ns);
        j["pid"] = kPid;
        j["tid"] = tid;
        return j;
    }

    std::string file_name(int32_t file) const {
        const auto& files = model_.trace().files;
        return file >= 0 && size_t(file) < files.size() ? files[size_t(file)] : std::string();
    }

    Json where(int32_t file, int32_t line, const std::string& detail) const {
        Json args = Json::object();
        if (!detail.empty()) args["detail"] = detail;
        if (line > 0) {
            args["file"] = file_name(file);
            args["line"] = line;
        }
        return args;
    }

    void meta(const char* name, uint32_t tid, Json args) {
        Json j;
        j["name"] = name;
        j["ph"] = "M";
        j["ts"] = 0;
        j["pid"] = kPid;
        j["tid"] = tid;
        j["args"] = std::move(args);
        emit(std::move(j));
    }

    // Tasks in tree order (each right after its parent, siblings in creation order), so the
    // viewer stacks a program's structure the way it was written.
    std::vector<uint32_t> tree_order() const {
        const auto& tasks = model_.tasks();
        std::vector<std::vector<uint32_t>> children(tasks.size() + 1);
        for (const TaskInfo& t : tasks) {
            if (!model_.task(t.id)) continue;
            uint32_t parent = model_.task(t.parent) && t.parent < t.id ? t.parent : 0;
            children[parent].push_back(t.id);
        }
        std::vector<uint32_t> order;
        std::vector<uint32_t> stack(children[0].rbegin(), children[0].rend());
        while (!stack.empty()) {
            uint32_t id = stack.back();
            stack.pop_back();
            order.push_back(id);
            stack.insert(stack.end(), children[id].rbegin(), children[id].rend());
        }
        return order;
    }

    void metadata() {
        std::string program = model_.trace().sources.empty() ? std::string("program") : model_.trace().sources[0].first;
        meta("process_name", kLoopTid, Json{{"name", "loopscope: " + program}});
        std::vector<uint32_t> order = tree_order();
        for (size_t i = 0; i < order.size(); ++i) {
            const TaskInfo& t = *model_.task(order[i]);
            std::string name = t.name + (t.coro.empty() ? "" : " (" + t.coro + ")");
            meta("thread_name", t.id, Json{{"name", name}});
            meta("thread_sort_index", t.id, Json{{"sort_index", int64_t(i) + 1}});
        }
        meta("thread_name", kLoopTid, Json{{"name", "event loop"}});
        meta("thread_sort_index", kLoopTid, Json{{"sort_index", int64_t(order.size()) + 1}});
    }

    void slice(const std::string& name, const char* cat, uint32_t tid, uint64_t begin_ns, uint64_t end_ns, Json args) {
        Json j = base("X", name, tid, begin_ns);
        j["cat"] = cat;
        j["dur"] = end_ns >= begin_ns ? micros(end_ns - begin_ns) : 0.0;
        j["args"] = std::move(args);
        emit(std::move(j));
    }

    // tid 0: one slice for the whole run (so a flow from the main program has a slice to
    // start in), with callbacks and loop-blocking sleeps nested inside it.
    void loop_lane() {
        slice("program", "program", kLoopTid, 0, model_.end_ns(), Json::object());
        for (const LoopSpan& s : model_.loop_spans()) {
            bool blocked = s.kind == LoopSpan::Kind::Blocked;
            uint64_t end = std::min(s.end_ns, model_.end_ns());
            slice(s.label.empty() ? std::string("callback") : s.label, blocked ? "loop_blocked" : "callback", kLoopTid,
                  std::min(s.begin_ns, end), end, Json::object());
        }
    }

    void task_slices(const TaskInfo& t) {
        for (const Segment& s : model_.segments(t.id)) {
            const char* cat = nullptr;
            switch (s.state) {
            case TaskState::Running: cat = "running"; break;
            case TaskState::Suspended: cat = "await"; break;
            case TaskState::Ready: cat = "ready"; break;
            default: cat = "done"; break;
            }
            Json args = where(s.file, s.line, s.detail);
            if (s.awaited_task) args["awaits_task"] = s.awaited_task;
            // A finished task's lane ends with a zero-length slice at its task_done (named by
            // the outcome): what its done callbacks start from is bound to it.
            uint64_t end = std::string_view(cat) == "done" ? s.begin_ns : s.end_ns;
            slice(s.label.empty() ? std::string(cat) : s.label, cat, t.id, s.begin_ns, end, std::move(args));
        }
    }

    // The lane of `task` covers `ns` (from its creation to its task_done, ends included);
    // otherwise the point is drawn on the loop lane, whose "program" slice covers the run.
    uint32_t lane_at(uint32_t task, uint64_t ns) const {
        const TaskInfo* t = model_.task(task);
        if (!t) return kLoopTid;
        const auto& segs = model_.segments(task);
        if (segs.empty() || ns < segs.front().begin_ns) return kLoopTid;
        uint64_t last = t->end_seq != kNoSeq ? t->end_ns : model_.end_ns();
        return ns <= last ? task : kLoopTid;
    }

    void instant(const std::string& name, const char* cat, uint32_t task, uint64_t ns, Json args) {
        Json j = base("i", name, lane_at(task, ns), ns);
        j["cat"] = cat;
        j["s"] = "t";
        j["args"] = std::move(args);
        emit(std::move(j));
    }

    void instants() {
        const auto& events = model_.trace().events;
        for (const Event& e : events) {
            switch (e.kind) {
            case EventKind::Print: instant("print", "print", e.actor, e.t_ns, where(e.file, e.line, e.detail)); break;
            case EventKind::Stderr: instant("stderr", "stderr", e.actor, e.t_ns, where(e.file, e.line, e.detail)); break;
            default: break;
            }
        }
        for (const Marker& m : model_.markers()) {
            const Event& e = events[m.seq];
            switch (m.kind) {
            case Marker::Kind::CancelRequested:
                instant("cancel requested", "cancel", m.task, m.t_ns, where(e.file, e.line, m.text));
                break;
            case Marker::Kind::CancelDelivered:
                instant("cancel delivered", "cancel", m.task, m.t_ns, where(e.file, e.line, m.text));
                break;
            case Marker::Kind::Exception:
                instant("exception", "exception", m.task, m.t_ns, where(e.file, e.line, m.text));
                break;
            case Marker::Kind::Warning:
                instant("warning: " + e.what, "warning", m.task, m.t_ns, where(e.file, e.line, m.text));
                break;
            case Marker::Kind::Created: break;  // the create flow shows it
            }
        }
    }

    void flows() {
        uint64_t id = 0;
        for (const Arrow& a : model_.arrows()) {
            if (a.kind == ArrowKind::Await) continue;
            const char* name = a.kind == ArrowKind::Create ? "create" : "wake";
            ++id;
            Json s = base("s", name, lane_at(a.from_task, a.from_ns), a.from_ns);
            s["cat"] = name;
            s["id"] = id;
            emit(std::move(s));
            Json f = base("f", name, lane_at(a.to_task, a.to_ns), a.to_ns);
            f["cat"] = name;
            f["id"] = id;
            f["bp"] = "e";
            emit(std::move(f));
        }
    }

    const TraceModel& model_;
    std::vector<std::string> lines_;
};

}  // namespace

std::string to_chrome_trace(const TraceModel& model) { return ChromeWriter(model).write(); }

}  // namespace loopscope::trace
