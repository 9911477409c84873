// The main window: one full-viewport ImGui window (no docking) holding the toolbar and the
// split layout of app/model/layout.h — browser over code on the left, the timeline (or the
// compare view) in the centre, the loop internals on the right, console and narration below.
// Splitters are dragged with the mouse; their fractions are kept in the settings.
#pragma once

#include "fonts.h"
#include "model/app_state.h"
#include "ui/ui_state.h"

namespace loopscope::app {

// Non-drawing work of a frame: take a finished run, open dropped files, autosave, advance
// a playing cursor by `dt_s`.
void update_app(AppState& app, UiState& ui, double now_s, double dt_s);
// Draws the whole window for this frame.
void draw_main_window(AppState& app, UiState& ui, const FontSet& fonts);

}  // namespace loopscope::app
