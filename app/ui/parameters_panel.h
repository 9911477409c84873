// The open lesson's parameters as sliders ("Tea brewing time"): releasing one runs the lesson
// again with the new value (compare lessons: every variant), so a class can see which totals
// move.
#pragma once

#include "model/app_state.h"

namespace loopscope::app {

// Draws nothing when the open lesson has no parameters.
void draw_parameters(AppState& app);

}  // namespace loopscope::app
