#include "model/recent_files.h"

#include <algorithm>

namespace loopscope::app {

void add_recent_file(std::vector<std::string>& recent, const std::string& path, size_t max) {
    if (path.empty()) return;
    recent.erase(std::remove(recent.begin(), recent.end(), path), recent.end());
    recent.insert(recent.begin(), path);
    if (recent.size() > max) recent.resize(max);
}

}  // namespace loopscope::app
