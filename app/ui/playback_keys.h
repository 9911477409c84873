// The keyboard: →/← one event, Shift+→/← the selected task's next/previous step, Ctrl+→/← next
// suspend or resume, Home/End, Space play/pause, F5 run, Ctrl+S save, Ctrl+O open, Ctrl +/−
// zoom, Ctrl+Q quit. Ignored while a text field has the keyboard.
#pragma once

#include "model/app_state.h"
#include "ui/ui_state.h"

namespace loopscope::app {

void handle_keys(AppState& app, UiState& ui);

}  // namespace loopscope::app
