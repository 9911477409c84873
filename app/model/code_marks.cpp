#include "model/code_marks.h"

#include <algorithm>

namespace loopscope::app {

int32_t file_index(const trace::TraceModel& model, const std::string& filename) {
    const auto& files = model.trace().files;
    if (files.empty()) return -1;
    for (size_t i = 0; i < files.size(); ++i) {
        if (files[i] == filename) return static_cast<int32_t>(i);
    }
    return 0;
}

uint32_t running_task_at(const trace::TraceModel& model, uint64_t seq) {
    if (model.event_count() == 0) return 0;
    return model.loop_state_at(seq, 0).running_task;
}

int running_line_at(const trace::TraceModel& model, uint64_t seq, int32_t file) {
    const auto& events = model.trace().events;
    if (events.empty()) return 0;
    seq = std::min<uint64_t>(seq, events.size() - 1);
    const trace::Event& here = events[seq];
    if (here.file == file && here.line > 0) return here.line;
    const uint32_t task = running_task_at(model, seq);
    if (task != 0) {
        if (const trace::Segment* s = model.segment_at(task, seq); s && s->file == file) return s->line;
    }
    return 0;
}

std::vector<LineMark> suspended_lines_at(const trace::TraceModel& model, uint64_t seq,
                                         int32_t file, size_t max_marks) {
    std::vector<LineMark> marks;
    for (const trace::TaskInfo& task : model.tasks()) {
        if (marks.size() >= max_marks) break;
        if (task.created_seq > seq || (task.end_seq != trace::kNoSeq && task.end_seq <= seq)) continue;
        const trace::Segment* s = model.segment_at(task.id, seq);
        if (s == nullptr || s->state != trace::TaskState::Suspended) continue;
        if (s->file != file || s->line <= 0) continue;
        marks.push_back({s->line, task.id});
    }
    std::sort(marks.begin(), marks.end(), [](const LineMark& a, const LineMark& b) {
        return a.line != b.line ? a.line < b.line : a.task < b.task;
    });
    return marks;
}

namespace {

// Where task `task` waits at `seq` in `file`: its state and line, or line 0 when nowhere there.
GutterMark waiting_place(const trace::TraceModel& model, const trace::TaskInfo& task,
                         uint64_t seq, int32_t file) {
    const trace::Segment* s = model.segment_at(task.id, seq);
    if (s == nullptr) return {};
    const trace::Segment* at = nullptr;  // the segment that names the line
    if (s->state == trace::TaskState::Suspended) {
        at = s;
    } else if (s->state == trace::TaskState::Ready) {
        // Woken: it resumes at the await it was suspended on, the segment before this one.
        const auto& segments = model.segments(task.id);
        const size_t index = static_cast<size_t>(s - segments.data());
        if (index > 0 && index < segments.size() &&
            segments[index - 1].state == trace::TaskState::Suspended) {
            at = &segments[index - 1];
        }
    }
    if (at == nullptr || at->file != file || at->line <= 0) return {};
    return GutterMark{at->line, s->state, 0, {}};
}

}  // namespace

std::vector<GutterMark> gutter_marks_at(const trace::TraceModel& model, uint64_t seq, int32_t file,
                                        uint32_t skip_task, size_t max_name_chars, size_t max_tasks) {
    std::vector<GutterMark> places;
    size_t looked = 0;
    for (const trace::TaskInfo& task : model.tasks()) {
        if (looked++ >= max_tasks) break;
        if (task.id == skip_task || task.created_seq > seq) continue;
        if (task.end_seq != trace::kNoSeq && task.end_seq <= seq) continue;
        GutterMark place = waiting_place(model, task, seq, file);
        if (place.line <= 0) continue;
        place.count = 1;
        place.names = task.name;
        places.push_back(std::move(place));
    }
    // Tasks are in id order; a stable sort keeps that order within a line and state.
    std::stable_sort(places.begin(), places.end(), [](const GutterMark& a, const GutterMark& b) {
        return a.line != b.line ? a.line < b.line : a.state < b.state;
    });
    std::vector<GutterMark> marks;
    for (GutterMark& place : places) {
        if (marks.empty() || marks.back().line != place.line || marks.back().state != place.state) {
            marks.push_back(std::move(place));
            continue;
        }
        GutterMark& mark = marks.back();
        ++mark.count;
        if (mark.names.size() >= max_name_chars) {
            if (!mark.names.ends_with("…")) mark.names += ", …";
            continue;
        }
        mark.names += ", " + place.names;
    }
    return marks;
}

uint64_t next_event_on_line(const trace::TraceModel& model, uint64_t seq, int32_t file, int line) {
    const auto& events = model.trace().events;
    const size_t n = events.size();
    if (n == 0) return trace::kNoSeq;
    for (size_t k = 1; k <= n; ++k) {
        const size_t i = (std::min<uint64_t>(seq, n - 1) + k) % n;
        if (events[i].file == file && events[i].line == line) return i;
    }
    return trace::kNoSeq;
}

}  // namespace loopscope::app
