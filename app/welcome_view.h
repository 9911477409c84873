// The placeholder welcome panel shown until the real UI (code, timeline, loop internals) lands.
#pragma once

#include <span>
#include <string>

namespace loopscope::app {

// Every string the panel draws, so the font loader can include their glyphs.
std::span<const char* const> welcome_view_text();

// Draws the panel centred in the main viewport. `font_path` is shown as a status line (empty
// means ImGui's default font, which cannot draw Chinese).
void draw_welcome_view(const std::string& font_path);

}  // namespace loopscope::app
