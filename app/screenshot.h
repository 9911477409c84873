// Screenshots: the current OpenGL framebuffer saved as a PNG (stb_image_write).
#pragma once

#include <string>

namespace loopscope::app {

// Reads the `width` x `height` framebuffer of the current GL context (call after rendering,
// before swapping buffers) and writes it to `path` as an RGB PNG, top row first.
// Returns an error message, or an empty string on success.
std::string save_framebuffer_png(const std::string& path, int width, int height);

}  // namespace loopscope::app
