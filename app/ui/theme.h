// The ImGui style: the dark default, or presenter mode's light high-contrast theme, with all
// sizes scaled by the UI zoom (the fonts are rebuilt at the zoomed size separately, so text
// stays crisp).
#pragma once

namespace loopscope::app {

// Font size in pixels for a zoom and mode.
float ui_font_size(float zoom, bool presenter);
// Resets ImGui's style to the theme and scales its sizes by `zoom` (× 1.4 in presenter mode).
void apply_theme(float zoom, bool presenter);

}  // namespace loopscope::app
