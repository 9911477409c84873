// Event-loop internals at the cursor, as CPython's loop would hold them: the loop turn and
// time, the running task or callback, the ready queue in order, the timer heap in pop order
// (deadline, what it wakes, cancelled).
#pragma once

#include "model/app_state.h"

namespace loopscope::app {

void draw_loop_panel(AppState& app);

}  // namespace loopscope::app
