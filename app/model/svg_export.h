// The timeline as an SVG document: the same layout, folding and colours as the panel
// (build_timeline_frame), rendered as text — lanes with their labels, segment rectangles with
// labels and <title> tooltips, markers, arrows, the time axis, a legend and a title. No GL, so
// it works headless: `loopscope run prog.py --svg out.svg`, and the app's export.
//
// Structure (tests rely on it): one <text class="lane-label"> per lane shown; one
// <rect class="segment"> per single-segment draw record and <rect class="folded"> per folded
// block; <text class="tick"> per axis tick; <line class="arrow ..."> per arrow.
#pragma once

#include <cstdint>
#include <string>

#include "model/timeline_frame.h"
#include "model/timeline_view.h"
#include "trace/trace_model.h"

namespace loopscope::app {

struct SvgOptions {
    int width = 1600;               // px
    int height = 0;                 // px; 0: tall enough for every lane
    bool light = true;              // light theme (prints and projects well); false: dark
    std::string title;              // shown above the timeline; empty: none
    uint64_t cursor_seq = trace::kNoSeq;  // playhead at this event's time; kNoSeq: none
    uint64_t cursor_ns = 0;         // its time (the source has no events to look it up)
    uint32_t selected_task = 0;     // its arrows drawn strong
};

std::string timeline_svg(const TimelineSource& source, const TimelineView& view,
                         const SvgOptions& options);
std::string timeline_svg(const trace::TraceModel& model, const TimelineView& view,
                         const SvgOptions& options);

// The whole run, fitted, written to `path`. False with `error` set when the file cannot be
// written.
bool write_timeline_svg(const trace::TraceModel& model, const std::string& path,
                        const SvgOptions& options, std::string& error);

// "&amp;" etc.: text safe inside an XML element or attribute.
std::string xml_escape(const std::string& text);

}  // namespace loopscope::app
