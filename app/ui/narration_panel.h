// The narration: the lesson's step in force at the cursor, in the current language, and
// predict-then-reveal questions before the steps they guard.
#pragma once

#include "model/app_state.h"

namespace loopscope::app {

void draw_narration_panel(AppState& app);

}  // namespace loopscope::app
