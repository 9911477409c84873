// The recent-files list (most recent first, no duplicates, bounded).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace loopscope::app {

inline constexpr size_t kMaxRecentFiles = 10;

// Moves (or inserts) `path` to the front; drops the oldest beyond `max`.
void add_recent_file(std::vector<std::string>& recent, const std::string& path,
                     size_t max = kMaxRecentFiles);

}  // namespace loopscope::app
