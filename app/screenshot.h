// Screenshots: the current OpenGL framebuffer saved as a PNG (stb_image_write).
#pragma once

#include <string>

namespace loopscope::app {

// Reads the `width` x `height` framebuffer of the current GL context (call after rendering,
// before swapping buffers) and writes it to `path` as an RGB PNG, top row first.
// Returns an error message, or an empty string on success.
std::string save_framebuffer_png(const std::string& path, int width, int height);

// The same for the region (x, y, width, height) of a framebuffer `framebuffer_height` tall, in
// top-left-origin pixel coordinates (ImGui's), clamped to the framebuffer: the timeline export.
std::string save_framebuffer_region_png(const std::string& path, int x, int y, int width, int height,
                                        int framebuffer_width, int framebuffer_height);

}  // namespace loopscope::app
