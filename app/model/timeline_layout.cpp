#include "model/timeline_layout.h"

#include <algorithm>

namespace loopscope::app {
namespace {

// The valid parent id of task `id`, or 0 (a root): only an earlier task can be a parent.
uint32_t parent_of(const trace::TaskInfo& info, uint32_t id) {
    return info.parent != 0 && info.parent < id ? info.parent : 0;
}

// Children lists in compressed form: children of node p (0 = the roots) are
// child_ids[first[p] .. first[p + 1]), in creation order.
struct ChildTable {
    std::vector<uint32_t> first;
    std::vector<uint32_t> child_ids;
};

ChildTable child_table(std::span<const trace::TaskInfo> tasks) {
    const size_t n = tasks.size();
    ChildTable table;
    table.first.assign(n + 2, 0);
    for (size_t i = 0; i < n; ++i) ++table.first[parent_of(tasks[i], uint32_t(i + 1)) + 1];
    for (size_t p = 1; p < table.first.size(); ++p) table.first[p] += table.first[p - 1];
    table.child_ids.resize(n);
    std::vector<uint32_t> fill(table.first.begin(), table.first.end() - 1);
    for (size_t i = 0; i < n; ++i) {  // ids ascend, so each list is in creation order
        table.child_ids[fill[parent_of(tasks[i], uint32_t(i + 1))]++] = uint32_t(i + 1);
    }
    return table;
}

}  // namespace

std::vector<Lane> layout_lanes(std::span<const trace::TaskInfo> tasks,
                               std::span<const uint32_t> collapsed, float lane_height) {
    std::vector<Lane> lanes;
    lanes.reserve(tasks.size() + 1);
    lanes.push_back(Lane{0, 0, false, false, 0, lane_height});
    const ChildTable table = child_table(tasks);
    auto children = [&](uint32_t p) {
        return std::span<const uint32_t>(table.child_ids.data() + table.first[p],
                                         table.first[p + 1] - table.first[p]);
    };
    // Iterative depth-first walk (a chain of 100k tasks must not overflow the stack). The stack
    // holds (id, depth), pushed in reverse so the earliest child is visited first.
    std::vector<std::pair<uint32_t, uint32_t>> stack;
    auto push_children = [&](uint32_t p, uint32_t depth) {
        auto kids = children(p);
        for (size_t k = kids.size(); k-- > 0;) stack.emplace_back(kids[k], depth);
    };
    push_children(0, 0);
    while (!stack.empty()) {
        const auto [id, depth] = stack.back();
        stack.pop_back();
        Lane lane;
        lane.task = id;
        lane.depth = depth;
        lane.has_children = !children(id).empty();
        lane.collapsed = std::binary_search(collapsed.begin(), collapsed.end(), id);
        lane.y = lanes.back().y + lanes.back().height;
        lane.height = lane_height;
        lanes.push_back(lane);
        if (!lane.collapsed) push_children(id, depth + 1);
    }
    return lanes;
}

int lane_at_y(std::span<const Lane> lanes, float y) {
    auto it = std::upper_bound(lanes.begin(), lanes.end(), y,
                               [](float v, const Lane& lane) { return v < lane.y; });
    if (it == lanes.begin()) return -1;
    --it;
    return y < it->y + it->height ? static_cast<int>(it - lanes.begin()) : -1;
}

std::vector<int32_t> lane_index_by_task(std::span<const Lane> lanes, size_t task_count) {
    std::vector<int32_t> index(task_count + 1, -1);
    for (size_t i = 0; i < lanes.size(); ++i) {
        if (lanes[i].task <= task_count) index[lanes[i].task] = static_cast<int32_t>(i);
    }
    return index;
}

float lanes_height(std::span<const Lane> lanes) {
    return lanes.empty() ? 0 : lanes.back().y + lanes.back().height;
}

std::string lane_title(const trace::TaskInfo& task) {
    std::string_view coro = task.coro;
    if (size_t dot = coro.rfind('.'); dot != std::string_view::npos) coro.remove_prefix(dot + 1);
    if (coro.empty() || coro == task.name) return task.name;
    return task.name + " \u00b7 " + std::string(coro);
}

}  // namespace loopscope::app
