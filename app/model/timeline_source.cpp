// Kept apart from timeline_frame.cpp: the only timeline file that calls into TraceModel, so the
// layout/fold/hit tests link without it.
#include "model/timeline_frame.h"

namespace loopscope::app {

TimelineSource timeline_source(const trace::TraceModel& model) {
    TimelineSource source;
    source.tasks = model.tasks();
    source.segments = [&model](uint32_t task) {
        return std::span<const trace::Segment>(model.segments(task));
    };
    source.loop_spans = model.loop_spans();
    source.markers = model.markers();
    source.arrows = model.arrows();
    source.end_ns = model.end_ns();
    return source;
}

}  // namespace loopscope::app
