// The code view: line numbers, highlighted source, the running task's line, lines where
// other tasks are suspended (with their names), the error marker; clicking a line moves the
// cursor to that line's next event. In Edit mode, a text editor whose text F5 runs.
#pragma once

#include "fonts.h"
#include "model/app_state.h"
#include "ui/ui_state.h"

namespace loopscope::app {

void draw_code_panel(AppState& app, UiState& ui, const FontSet& fonts);

}  // namespace loopscope::app
