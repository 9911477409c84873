// Lane layout: loop lane first, main task next, children directly under their parent in
// creation order, collapse hides descendants only.
#include "model/timeline_layout.h"

#include <gtest/gtest.h>

#include "timeline_test_data.h"

namespace loopscope::app {
namespace {

using testing::task_info;

std::vector<uint32_t> order(const std::vector<Lane>& lanes) {
    std::vector<uint32_t> ids;
    for (const Lane& l : lanes) ids.push_back(l.task);
    return ids;
}

// 1 main; 2, 3 children of 1; 4 child of 2; 5 a root created by a callback; 6 child of 3.
std::vector<trace::TaskInfo> family() {
    return {task_info(1, 0, "main"), task_info(2, 1, "A"), task_info(3, 1, "B"),
            task_info(4, 2, "A1"),   task_info(5, 0, "cb"), task_info(6, 3, "B1")};
}

TEST(TimelineLayout, LoopLaneThenTasksDepthFirstByCreation) {
    auto tasks = family();
    auto lanes = layout_lanes(tasks, {}, 20);
    EXPECT_EQ(order(lanes), (std::vector<uint32_t>{0, 1, 2, 4, 3, 6, 5}));
    std::vector<uint32_t> depths;
    for (const Lane& l : lanes) depths.push_back(l.depth);
    EXPECT_EQ(depths, (std::vector<uint32_t>{0, 0, 1, 2, 1, 2, 0}));
    EXPECT_TRUE(lanes[1].has_children);
    EXPECT_FALSE(lanes[3].has_children);  // task 4
}

TEST(TimelineLayout, LanesAreStackedWithoutGaps) {
    auto tasks = family();
    auto lanes = layout_lanes(tasks, {}, 18);
    for (size_t i = 0; i < lanes.size(); ++i) {
        EXPECT_FLOAT_EQ(lanes[i].y, 18.0f * float(i));
        EXPECT_FLOAT_EQ(lanes[i].height, 18.0f);
    }
    EXPECT_FLOAT_EQ(lanes_height(lanes), 18.0f * 7);
}

TEST(TimelineLayout, CollapsedTaskKeepsItsLaneAndHidesDescendants) {
    auto tasks = family();
    const std::vector<uint32_t> collapsed = {2};
    auto lanes = layout_lanes(tasks, collapsed, 20);
    EXPECT_EQ(order(lanes), (std::vector<uint32_t>{0, 1, 2, 3, 6, 5}));
    EXPECT_TRUE(lanes[2].collapsed);
    const std::vector<uint32_t> main_collapsed = {1};
    EXPECT_EQ(order(layout_lanes(tasks, main_collapsed, 20)), (std::vector<uint32_t>{0, 1, 5}));
    auto index = lane_index_by_task(layout_lanes(tasks, main_collapsed, 20), tasks.size());
    EXPECT_EQ(index[2], -1);
    EXPECT_EQ(index[5], 2);
}

TEST(TimelineLayout, BadParentsCountAsRootsAndNeverLoop) {
    // A parent that is not an earlier task (itself, a later one, unknown) cannot make a cycle.
    std::vector<trace::TaskInfo> tasks = {task_info(1, 1, "self"), task_info(2, 3, "later"),
                                          task_info(3, 99, "unknown")};
    EXPECT_EQ(order(layout_lanes(tasks, {}, 20)), (std::vector<uint32_t>{0, 1, 2, 3}));
}

TEST(TimelineLayout, DeepChainDoesNotRecurse) {
    std::vector<trace::TaskInfo> tasks;
    for (uint32_t id = 1; id <= 100000; ++id) tasks.push_back(task_info(id, id - 1, "t"));
    auto lanes = layout_lanes(tasks, {}, 20);
    ASSERT_EQ(lanes.size(), 100001u);
    EXPECT_EQ(lanes.back().depth, 99999u);
}

TEST(TimelineLayout, LaneAtY) {
    auto tasks = family();
    auto lanes = layout_lanes(tasks, {}, 20);
    EXPECT_EQ(lane_at_y(lanes, -1), -1);
    EXPECT_EQ(lane_at_y(lanes, 0), 0);
    EXPECT_EQ(lane_at_y(lanes, 19.9f), 0);
    EXPECT_EQ(lane_at_y(lanes, 20), 1);
    EXPECT_EQ(lane_at_y(lanes, 139.9f), 6);
    EXPECT_EQ(lane_at_y(lanes, 140), -1);
}

}  // namespace
}  // namespace loopscope::app

namespace loopscope::app {
namespace {

TEST(LaneTitle, NamesTheCoroutineFunction) {
    trace::TaskInfo task;
    task.name = "Task-2";
    task.coro = "make";
    EXPECT_EQ(lane_title(task), "Task-2 \u00b7 make");
    task.name = "Task-5";
    task.coro = "BaseEventLoop.shutdown_asyncgens";
    EXPECT_EQ(lane_title(task), "Task-5 \u00b7 shutdown_asyncgens");
    task.coro = "";
    EXPECT_EQ(lane_title(task), "Task-5");
}

}  // namespace
}  // namespace loopscope::app
