// SVG export: a well-formed document with one lane label per lane, one rect per draw record,
// axis ticks, arrows, escaped text; and the software PNG raster paints segments in their
// state colours.
#include "model/svg_export.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "api/run.h"
#include "model/timeline_palette.h"
#include "model/timeline_raster.h"
#include "timeline_test_data.h"

namespace loopscope::app {
namespace {

using testing::task_info;
using testing::Tables;
using testing::uniform_segments;

size_t count_of(const std::string& text, const std::string& needle) {
    size_t n = 0;
    for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

// A tiny XML checker: every tag closes in order, attributes are quoted, no stray '<' or '&'.
// Returns "" when well-formed, else what is wrong.
std::string xml_problem(const std::string& doc) {
    std::vector<std::string> open;
    size_t i = 0;
    if (doc.compare(0, 5, "<?xml") == 0) i = doc.find("?>") + 2;
    while (i < doc.size()) {
        if (doc[i] == '&') {
            const size_t semi = doc.find(';', i);
            if (semi == std::string::npos || semi - i > 6) return "bare & at " + std::to_string(i);
            i = semi + 1;
            continue;
        }
        if (doc[i] != '<') {
            ++i;
            continue;
        }
        const size_t end = doc.find('>', i);
        if (end == std::string::npos) return "unclosed tag at " + std::to_string(i);
        std::string tag = doc.substr(i + 1, end - i - 1);
        if (count_of(tag, "\"") % 2 != 0) return "odd quotes in <" + tag + ">";
        if (tag.find('<') != std::string::npos) return "'<' inside a tag at " + std::to_string(i);
        if (tag[0] == '/') {
            const std::string name = tag.substr(1);
            if (open.empty() || open.back() != name) return "</" + name + "> closes nothing open";
            open.pop_back();
        } else if (tag.back() != '/') {
            open.push_back(tag.substr(0, tag.find_first_of(" \n")));
        }
        i = end + 1;
    }
    return open.empty() ? "" : "<" + open.back() + "> never closed";
}

Tables sample() {
    Tables t;
    t.tasks = {task_info(1, 0, "main"), task_info(2, 1, "fetch <A&B>"), task_info(3, 1, "fetch B")};
    t.segs = {uniform_segments(1, 3, 1'000'000'000), uniform_segments(2, 2, 1'000'000'000),
              uniform_segments(3, 2'000, 1'000'000, 1'000'000'000)};  // task 3: 2000 tiny ones
    t.segs[0][1].label = "sleep 1.0";
    trace::LoopSpan blocked;
    blocked.kind = trace::LoopSpan::Kind::Blocked;
    blocked.begin_ns = 0;
    blocked.end_ns = 500'000'000;
    blocked.label = "time.sleep(0.5)";
    t.loop = {blocked};
    trace::Arrow a;
    a.kind = trace::ArrowKind::Create;
    a.from_task = 1;
    a.to_task = 2;
    a.to_ns = 1'000;
    t.arrows = {a};
    t.end_ns = 3'000'000'000;
    return t;
}

TEST(SvgExport, WellFormedWithOneLabelPerLaneAndARectPerRecord) {
    const Tables t = sample();
    TimelineView view;
    fit(view, t.end_ns);
    SvgOptions options;
    options.title = "gather vs sequential";
    const std::string svg = timeline_svg(t.source(), view, options);
    EXPECT_EQ(xml_problem(svg), "") << svg.substr(0, 2000);
    EXPECT_EQ(count_of(svg, "<svg "), 1u);
    EXPECT_EQ(count_of(svg, "class=\"lane-label\""), 4u);  // loop + 3 tasks
    EXPECT_NE(svg.find(">main</text>"), std::string::npos);
    EXPECT_NE(svg.find("fetch &lt;A&amp;B&gt;"), std::string::npos);  // escaped
    EXPECT_NE(svg.find("gather vs sequential"), std::string::npos);

    // The same frame the panel would draw: a rect per single record, one per folded block.
    const size_t singles = count_of(svg, "<rect class=\"segment\"");
    const size_t folded = count_of(svg, "<rect class=\"folded\"");
    EXPECT_EQ(singles, 1u + 3u + 2u);  // loop span + task 1 + task 2
    EXPECT_GE(folded, 1u);             // task 3's 2000 one-ms segments fold
    EXPECT_LT(folded, 2000u);
    EXPECT_NE(svg.find("data-state=\"loop-blocked\""), std::string::npos);
    EXPECT_NE(svg.find(">sleep 1.0</text>"), std::string::npos);  // label inside a wide bar
    EXPECT_GE(count_of(svg, "class=\"tick\""), 3u);
    EXPECT_NE(svg.find(">1.0 s</text>"), std::string::npos);
    EXPECT_EQ(count_of(svg, "<line class=\"arrow create"), 1u);
}

TEST(SvgExport, FoldedCountsAddUpToTheSegments) {
    const Tables t = sample();
    TimelineView view;
    fit(view, t.end_ns);
    const std::string svg = timeline_svg(t.source(), view, SvgOptions{});
    size_t total = 0;
    for (size_t at = svg.find("data-count=\""); at != std::string::npos;
         at = svg.find("data-count=\"", at + 1)) {
        total += std::stoul(svg.substr(at + 12));
    }
    const size_t folded_singles_of_task3 =
        count_of(svg, "<rect class=\"segment\"") - (1u + 3u + 2u);
    EXPECT_EQ(total + folded_singles_of_task3, 2000u);
}

TEST(SvgExport, EmptyTraceStillAValidDocument) {
    Tables t;
    TimelineView view;
    fit(view, 0);
    const std::string svg = timeline_svg(t.source(), view, SvgOptions{});
    EXPECT_EQ(xml_problem(svg), "");
    EXPECT_EQ(count_of(svg, "class=\"lane-label\""), 1u);  // the loop lane
}

TEST(SvgExport, ControlCharactersAreDropped) {
    EXPECT_EQ(xml_escape(std::string("a\x01<b>\"'&")), "a &lt;b&gt;&quot;&apos;&amp;");
}

TEST(SvgExport, FromARealRun) {
    RunOptions options;
    options.record_trace = true;
    const RunResult run = run_program(
        "import asyncio\n"
        "async def work(n):\n"
        "    await asyncio.sleep(n)\n"
        "async def main():\n"
        "    await asyncio.gather(work(1), work(2))\n"
        "asyncio.run(main())\n",
        options);
    ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
    const trace::TraceModel model(run.trace);
    TimelineView view;
    fit(view, model.end_ns());
    const std::string svg = timeline_svg(model, view, SvgOptions{});
    EXPECT_EQ(xml_problem(svg), "");
    EXPECT_EQ(count_of(svg, "class=\"lane-label\""), 1 + model.tasks().size());
    EXPECT_GE(model.tasks().size(), 3u);
    EXPECT_NE(svg.find(">2.0 s</text>"), std::string::npos);  // the run lasts 2 virtual seconds
}

TEST(TimelineRaster, SegmentsArePaintedInTheirStateColours) {
    Tables t;
    t.tasks = {task_info(1, 0, "main")};
    t.segs = {uniform_segments(1, 3, 1000)};  // Running, Suspended, Ready
    t.end_ns = 3000;
    TimelineView view;
    view.t0_ns = 0;
    view.t1_ns = 3000;
    view.lane_height = 20;
    const int width = 60 + 300, height = 20 + 40;  // header 60 px (clamped), axis 20
    const RgbaImage img = render_timeline_rgba(t.source(), view, width, height, true);
    ASSERT_EQ(img.pixels.size(), size_t(width * height * 4));
    auto pixel = [&](int x, int y) {
        const uint8_t* p = img.pixels.data() + (size_t(y) * size_t(width) + size_t(x)) * 4;
        return Rgba{p[0], p[1], p[2], p[3]};
    };
    const int lane_mid = 20 + 20 + 10;  // axis + loop lane + half a lane
    EXPECT_EQ(pixel(60 + 50, lane_mid), paint_color(Paint::Running, true));
    EXPECT_EQ(pixel(60 + 150, lane_mid), paint_color(Paint::Suspended, true));
    EXPECT_EQ(pixel(60 + 250, lane_mid), paint_color(Paint::Ready, true));
}

TEST(TimelineRaster, ExportsAPngOfARealRun) {
    RunOptions options;
    options.record_trace = true;
    const RunResult run = run_program(
        "import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\n", options);
    ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
    const trace::TraceModel model(run.trace);
    TimelineView view;
    fit(view, model.end_ns());
    const auto path = std::filesystem::temp_directory_path() / "loopscope_timeline_raster_test.png";
    ASSERT_TRUE(export_timeline_png(model, view, path.string(), 640, 200));
    std::ifstream in(path, std::ios::binary);
    char signature[8] = {};
    in.read(signature, 8);
    EXPECT_EQ(std::string(signature, 8), "\x89PNG\r\n\x1a\n");
    std::filesystem::remove(path);
    EXPECT_FALSE(export_timeline_png(model, view, "/no/such/dir/x.png", 640, 200));
}

}  // namespace
}  // namespace loopscope::app
