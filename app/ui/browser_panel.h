// The lesson/program browser: the built-in lessons with their variants (bilingual titles,
// descriptions as tooltips), lesson problems, and the recent files.
#pragma once

#include "model/app_state.h"

namespace loopscope::app {

void draw_browser_panel(AppState& app);

}  // namespace loopscope::app
