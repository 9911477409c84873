#include "model/timeline_fold.h"

#include <algorithm>
#include <array>

namespace loopscope::app {
namespace {

// Folds items [range.first, range.last) of any ordered span list. `Item` has begin_ns/end_ns;
// `paint(item)` gives its fill.
template <typename Item, typename PaintFn>
void fold_items(std::span<const Item> items, IndexRange range, const FoldContext& ctx,
                PaintFn paint, std::vector<DrawRecord>& out) {
    const double t0 = ctx.t0_ns, t1 = ctx.t1_ns;
    const double nspp = ctx.ns_per_px();
    const double min_ns = ctx.min_px * nspp;
    auto clamped_begin = [&](size_t i) { return std::max(double(items[i].begin_ns), t0); };
    auto clamped_end = [&](size_t i) { return std::min(double(items[i].end_ns), t1); };
    auto narrow = [&](size_t i) { return clamped_end(i) - clamped_begin(i) < min_ns; };
    auto to_x = [&](double t) { return static_cast<float>((t - t0) / nspp); };
    auto emit = [&](size_t first, size_t count, Paint fill) {
        DrawRecord r;
        r.x0 = to_x(clamped_begin(first));
        r.x1 = std::max(r.x0, to_x(clamped_end(first + count - 1)));
        r.first = static_cast<uint32_t>(first);
        r.count = static_cast<uint32_t>(count);
        r.paint = fill;
        out.push_back(r);
    };
    // The fill of a folded block: the paint covering most of its time. Long blocks are sampled
    // (at most kSamples items, evenly spaced), so each record costs O(1) beyond the search.
    constexpr size_t kSamples = 64;
    auto dominant = [&](size_t first, size_t last) {
        std::array<double, kPaintCount> weight{};
        const size_t n = last - first;
        const size_t stride = n <= kSamples ? 1 : n / kSamples;
        for (size_t i = first; i < last; i += stride) {
            // +1 ns: zero-length items still count, so an all-instant block has a colour.
            weight[static_cast<size_t>(paint(items[i]))] += clamped_end(i) - clamped_begin(i) + 1;
        }
        return static_cast<Paint>(std::max_element(weight.begin(), weight.end()) - weight.begin());
    };

    size_t i = range.first;
    while (i < range.last) {
        if (!narrow(i)) {
            emit(i, 1, paint(items[i]));
            ++i;
            continue;
        }
        // Fold from i: every item ending before `stop` lies inside the first min_px of the block,
        // so it is narrow too; one binary search skips them all at once.
        const double stop = clamped_begin(i) + min_ns;
        auto end_before = [](const Item& item, double t) { return double(item.end_ns) < t; };
        size_t j = std::lower_bound(items.begin() + i + 1, items.begin() + range.last, stop,
                                    end_before) - items.begin();
        // Item j (if any) reaches `stop`: a narrow one that starts inside the block completes
        // it; a wide one, or one after a gap (loop spans have gaps), starts the next record.
        if (j < range.last && narrow(j) && clamped_begin(j) < stop) ++j;
        if (j - i == 1) {
            emit(i, 1, paint(items[i]));
        } else {
            emit(i, j - i, dominant(i, j));
        }
        i = j;
    }
}

template <typename Item>
IndexRange visible_range(std::span<const Item> items, double t0, double t1) {
    auto first = std::lower_bound(items.begin(), items.end(), t0,
                                  [](const Item& item, double t) { return double(item.end_ns) < t; });
    auto last = std::upper_bound(first, items.end(), t1,
                                 [](double t, const Item& item) { return t < double(item.begin_ns); });
    return {size_t(first - items.begin()), size_t(last - items.begin())};
}

}  // namespace

Paint paint_of(const trace::LoopSpan& span) {
    return span.kind == trace::LoopSpan::Kind::Blocked ? Paint::LoopBlocked : Paint::LoopCallback;
}

IndexRange visible_segments(std::span<const trace::Segment> segments, double t0_ns, double t1_ns) {
    return visible_range(segments, t0_ns, t1_ns);
}

IndexRange visible_spans(std::span<const trace::LoopSpan> spans, double t0_ns, double t1_ns) {
    return visible_range(spans, t0_ns, t1_ns);
}

void fold_segments(std::span<const trace::Segment> segments, const FoldContext& ctx,
                   std::vector<DrawRecord>& out) {
    fold_items(segments, visible_segments(segments, ctx.t0_ns, ctx.t1_ns), ctx,
               [](const trace::Segment& s) { return paint_of(s.state); }, out);
}

void fold_loop_spans(std::span<const trace::LoopSpan> spans, const FoldContext& ctx,
                     std::vector<DrawRecord>& out) {
    fold_items(spans, visible_spans(spans, ctx.t0_ns, ctx.t1_ns), ctx,
               [](const trace::LoopSpan& s) { return paint_of(s); }, out);
}

}  // namespace loopscope::app
