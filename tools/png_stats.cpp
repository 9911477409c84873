// png_stats: tells whether a screenshot shows something. Prints
//   width=W height=H colors=N background=#RRGGBB non_background=F
// where `colors` counts distinct RGB colours, `background` is the most common colour and
// `non_background` the fraction of pixels of any other colour.
//
//   png_stats FILE.png [--min-colors N] [--min-non-background F]
// exits 1 if a threshold is not met (the GUI tests use this), 2 on usage or read errors.
#include <stb_image.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>

namespace {

struct Stats {
    int width = 0;
    int height = 0;
    size_t colors = 0;
    uint32_t background = 0;
    double non_background = 0.0;
};

bool compute_stats(const char* path, Stats& stats) {
    int channels = 0;
    unsigned char* pixels = stbi_load(path, &stats.width, &stats.height, &channels, 3);
    if (pixels == nullptr) {
        std::fprintf(stderr, "png_stats: cannot read %s: %s\n", path, stbi_failure_reason());
        return false;
    }
    const size_t count = static_cast<size_t>(stats.width) * static_cast<size_t>(stats.height);
    std::unordered_map<uint32_t, size_t> histogram;
    for (size_t i = 0; i < count; ++i) {
        const unsigned char* p = pixels + 3 * i;
        ++histogram[(uint32_t(p[0]) << 16) | (uint32_t(p[1]) << 8) | uint32_t(p[2])];
    }
    stbi_image_free(pixels);

    size_t background_count = 0;
    for (const auto& [color, n] : histogram) {
        // Ties go to the smaller colour so the output never depends on hash order.
        if (n > background_count || (n == background_count && color < stats.background)) {
            stats.background = color;
            background_count = n;
        }
    }
    stats.colors = histogram.size();
    stats.non_background = count == 0 ? 0.0 : 1.0 - double(background_count) / double(count);
    return true;
}

int usage() {
    std::fprintf(stderr, "usage: png_stats FILE.png [--min-colors N] [--min-non-background F]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage();
    size_t min_colors = 0;
    double min_non_background = 0.0;
    for (int i = 2; i < argc; i += 2) {
        const std::string flag = argv[i];
        if (i + 1 >= argc) return usage();
        if (flag == "--min-colors") {
            min_colors = std::strtoull(argv[i + 1], nullptr, 10);
        } else if (flag == "--min-non-background") {
            min_non_background = std::strtod(argv[i + 1], nullptr);
        } else {
            return usage();
        }
    }

    Stats stats;
    if (!compute_stats(argv[1], stats)) return 2;
    std::printf("width=%d height=%d colors=%zu background=#%06X non_background=%.4f\n", stats.width,
                stats.height, stats.colors, static_cast<unsigned>(stats.background),
                stats.non_background);

    bool ok = true;
    if (stats.colors < min_colors) {
        std::fprintf(stderr, "png_stats: only %zu distinct colours (want >= %zu)\n", stats.colors,
                     min_colors);
        ok = false;
    }
    if (stats.non_background < min_non_background) {
        std::fprintf(stderr,
                     "png_stats: only %.4f of the pixels differ from the background "
                     "(want >= %.4f)\n",
                     stats.non_background, min_non_background);
        ok = false;
    }
    return ok ? 0 : 1;
}
