// The Open dialog: a path field and the current directory's entries (directories, .py, .json,
// lessons). No external dialog library; drag-and-drop and --open are the other ways in.
#pragma once

#include "model/app_state.h"
#include "ui/ui_state.h"

namespace loopscope::app {

void draw_open_dialog(AppState& app, OpenDialogState& state);

}  // namespace loopscope::app
