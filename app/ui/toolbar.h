// The toolbar: file (open, recent, save), run (F5, cancel, progress), view (main/compare,
// edit), export, language, presenter, zoom; and a second row with the playback controls,
// speed, the scrub slider over events and "jump to time".
#pragma once

#include "model/app_state.h"
#include "ui/ui_state.h"

namespace loopscope::app {

// Height the toolbar needs at the current style and font.
float toolbar_height();
void draw_toolbar(AppState& app, UiState& ui);

}  // namespace loopscope::app
