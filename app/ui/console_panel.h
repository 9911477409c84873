// The console: what the program wrote to stdout and stderr up to the cursor; warnings
// (never-awaited coroutine, unretrieved exception, slow step) highlighted, and a click on one
// moves the cursor to its event.
#pragma once

#include "model/app_state.h"
#include "ui/ui_state.h"

namespace loopscope::app {

void draw_console_panel(AppState& app, UiState& ui);

}  // namespace loopscope::app
