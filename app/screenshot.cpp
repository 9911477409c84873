#include "screenshot.h"

#include <glad/gl.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <vector>

namespace loopscope::app {

std::string save_framebuffer_png(const std::string& path, int width, int height) {
    return save_framebuffer_region_png(path, 0, 0, width, height, width, height);
}

std::string save_framebuffer_region_png(const std::string& path, int x, int y, int width, int height,
                                        int framebuffer_width, int framebuffer_height) {
    x = std::clamp(x, 0, std::max(0, framebuffer_width));
    y = std::clamp(y, 0, std::max(0, framebuffer_height));
    width = std::min(width, framebuffer_width - x);
    height = std::min(height, framebuffer_height - y);
    if (width <= 0 || height <= 0) return "the framebuffer is empty";
    constexpr int kChannels = 3;
    const size_t row_bytes = static_cast<size_t>(width) * kChannels;
    std::vector<unsigned char> pixels(row_bytes * static_cast<size_t>(height));

    while (glGetError() != GL_NO_ERROR) {
    }  // report only this function's errors
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(x, framebuffer_height - y - height, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    if (const GLenum error = glGetError(); error != GL_NO_ERROR) {
        return "glReadPixels failed with GL error " + std::to_string(error);
    }

    // OpenGL's first row is the bottom one; PNG's is the top one.
    std::vector<unsigned char> row(row_bytes);
    for (int top = 0, bottom = height - 1; top < bottom; ++top, --bottom) {
        unsigned char* a = pixels.data() + static_cast<size_t>(top) * row_bytes;
        unsigned char* b = pixels.data() + static_cast<size_t>(bottom) * row_bytes;
        std::memcpy(row.data(), a, row_bytes);
        std::memcpy(a, b, row_bytes);
        std::memcpy(b, row.data(), row_bytes);
    }

    if (stbi_write_png(path.c_str(), width, height, kChannels, pixels.data(),
                       static_cast<int>(row_bytes)) == 0) {
        return "cannot write " + path;
    }
    return {};
}

}  // namespace loopscope::app
