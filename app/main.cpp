// loopscope's entry point. `loopscope run ...` runs a program headless and never initialises
// GLFW. Otherwise the layout follows Dear ImGui's GLFW + OpenGL3 example: set up the window,
// the ImGui context, the backends and the fonts; run the frame loop (sleeping while
// minimized); shut down in reverse order. Everything the app does lives in app/model (logic)
// and app/ui (panels); this file only wires them to the window.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>  // GL functions; GLFW_INCLUDE_NONE keeps GLFW from including GL headers
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "cli.h"
#include "fonts.h"
#include "model/app_state.h"
#include "model/autosave.h"
#include "model/i18n.h"
#include "model/settings.h"
#include "run_command.h"
#include "screenshot.h"
#include "ui/main_window.h"
#include "ui/theme.h"
#include "ui/ui_state.h"

namespace {

using namespace loopscope::app;

constexpr int kScreenshotWidth = 1280;  // screenshots have a fixed size (tests compare them)
constexpr int kScreenshotHeight = 720;

void glfw_error_callback(int error, const char* description) {
    std::fprintf(stderr, "loopscope: GLFW error %d: %s\n", error, description);
}

// Files dropped on the window are opened at the next frame.
void drop_callback(GLFWwindow* window, int count, const char** paths) {
    auto* ui = static_cast<UiState*>(glfwGetWindowUserPointer(window));
    for (int i = 0; i < count; ++i) ui->dropped_paths.emplace_back(paths[i]);
}

// Opens what the command line asked for; by default the built-in lessons.
void start_session(AppState& app, const GuiOptions& options) {
    if (options.presenter) app.settings.presenter = true;
    Lang lang;
    if (!options.lang.empty() && parse_lang(options.lang, lang)) {
        set_language(lang);
        app.settings.language = options.lang;
    }
    app.step_after_load = options.step;
    if (!options.compare_paths.empty()) {
        open_compare(app, options.compare_paths);
    } else if (!options.open_path.empty()) {
        open_path(app, options.open_path);
    } else if (int lesson = default_lesson(app); lesson >= 0) {
        open_lesson(app, lesson, 0);
    }
}

// True when `text` has a character the code font lacks (a newly opened file in 中文).
bool missing_glyphs(const FontSet& fonts, const std::string& text) {
    if (fonts.path.empty() || fonts.code == nullptr) return false;  // no CJK font: nothing to add
    ImVector<ImWchar> chars;
    ImFontGlyphRangesBuilder builder;  // decodes the UTF-8 for us
    builder.AddText(text.c_str());
    builder.BuildRanges(&chars);
    for (int i = 0; i + 1 < chars.Size; i += 2) {
        for (unsigned c = chars[i]; c <= chars[i + 1]; ++c) {
            if (c >= 0x80 && fonts.code->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr) return true;
        }
    }
    return false;
}

// Theme and fonts at the current zoom; the atlas texture is re-uploaded once the backend has
// made its device objects (it uploads the first atlas itself).
void rebuild_fonts(ImGuiIO& io, FontSet& fonts, const AppState& app, bool backend_ready) {
    apply_theme(app.settings.zoom, app.settings.presenter);
    const std::vector<std::string_view> texts = atlas_texts(app);
    load_fonts(io, fonts, ui_font_size(app.settings.zoom, app.settings.presenter), texts, texts);
    if (backend_ready) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
}

void export_timeline_png(UiState& ui, AppState& app, int fb_w, int fb_h) {
    const float sx = static_cast<float>(fb_w) / ImGui::GetIO().DisplaySize.x;
    const float sy = static_cast<float>(fb_h) / ImGui::GetIO().DisplaySize.y;
    const Rect& r = ui.timeline_rect;
    const std::string error = save_framebuffer_region_png(
        ui.export_png_path, static_cast<int>(r.x * sx), static_cast<int>(r.y * sy),
        static_cast<int>(r.w * sx), static_cast<int>(r.h * sy), fb_w, fb_h);
    app.status = error.empty() ? std::string(tr("status.exported")) + " " + ui.export_png_path : error;
    ui.export_png_path.clear();
}

void write_state(const AppState& app, const std::string& path) {
    if (path.empty()) return;
    std::ofstream out(path);
    out << dump_state_json(app);
    if (!out) std::fprintf(stderr, "loopscope: cannot write %s\n", path.c_str());
}

}  // namespace

int main(int argc, char** argv) {
    const CliParse cli =
        parse_cli(std::vector<std::string>(argv, argv + argc), std::cout, std::cerr);
    if (cli.command == Command::kExit) return cli.exit_code;
    if (cli.command == Command::kRun) return run_command(cli.run);
    const GuiOptions& options = cli.gui;
    const bool taking_screenshot = !options.screenshot_path.empty();

    AppState app;
    init_app(app, settings_path(), default_lessons_dir(), autosave_dir());
    const Settings settings_on_start = app.settings;

    // Setup window: OpenGL 3.3 core, loaded by glad.
    glfwSetErrorCallback(glfw_error_callback);
    if (!glfwInit()) {
        std::fprintf(stderr,
                     "loopscope: cannot open a window (no display?). Headless use: "
                     "loopscope run PROGRAM.py, or xvfb-run loopscope --screenshot.\n");
        return 1;
    }
    const char* glsl_version = "#version 330 core";
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);

    // Create window with graphics context
    const int width = taking_screenshot ? kScreenshotWidth : app.settings.window_width;
    const int height = taking_screenshot ? kScreenshotHeight : app.settings.window_height;
    GLFWwindow* window = glfwCreateWindow(width, height, "loopscope", nullptr, nullptr);
    if (window == nullptr) {
        std::fprintf(stderr, "loopscope: cannot create an OpenGL 3.3 core window\n");
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    if (gladLoadGL(glfwGetProcAddress) == 0) {
        std::fprintf(stderr, "loopscope: cannot load OpenGL 3.3 functions\n");
        glfwDestroyWindow(window);
        glfwTerminate();
        return 1;
    }
    glfwSwapInterval(1);  // vsync
    UiState ui;
    glfwSetWindowUserPointer(window, &ui);
    glfwSetDropCallback(window, drop_callback);

    // Setup Dear ImGui context. No keyboard navigation: the arrow keys move the cursor.
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the layout lives in settings.json, not imgui.ini

    // Setup Platform/Renderer backends
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init(glsl_version);

    start_session(app, options);
    if (taking_screenshot) wait_for_worker(app);  // the screenshot shows the finished run

    // Main loop
    FontSet fonts;
    bool backend_ready = false;
    std::string glyphs_checked_for;  // the document key whose text the atlas was checked for
    int frames_drawn = 0;
    std::string window_title_shown = "loopscope";
    int exit_code = 0;
    while (!glfwWindowShouldClose(window)) {
        glfwPollEvents();
        if (glfwGetWindowAttrib(window, GLFW_ICONIFIED) != 0) {  // minimized: sleep, don't draw
            glfwWaitEventsTimeout(0.1);
            continue;
        }
        update_app(app, ui, glfwGetTime(), io.DeltaTime);
        const std::string glyph_key = app.doc.key + "#" + std::to_string(app.doc.text.size());
        if (glyph_key != glyphs_checked_for) {
            glyphs_checked_for = glyph_key;
            ui.fonts_dirty |= missing_glyphs(fonts, app.doc.text);
        }
        if (ui.fonts_dirty) {
            rebuild_fonts(io, fonts, app, backend_ready);
            ui.fonts_dirty = false;
        }

        // Start the Dear ImGui frame
        const auto build_start = std::chrono::steady_clock::now();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        backend_ready = true;

        draw_main_window(app, ui, fonts);
        if (std::string title = window_title(app); title != window_title_shown) {
            glfwSetWindowTitle(window, title.c_str());
            window_title_shown = std::move(title);
        }

        // Rendering
        ImGui::Render();
        const double build_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - build_start).count();
        app.frame_ms_total += build_ms;
        app.frame_ms_max = std::max(app.frame_ms_max, build_ms);
        ++app.frames;
        int display_w = 0;
        int display_h = 0;
        glfwGetFramebufferSize(window, &display_w, &display_h);
        glViewport(0, 0, display_w, display_h);
        const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        glClearColor(clear.x, clear.y, clear.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

        if (!ui.export_png_path.empty()) export_timeline_png(ui, app, display_w, display_h);
        if (taking_screenshot && ++frames_drawn == options.frames) {
            const std::string error =
                save_framebuffer_png(options.screenshot_path, display_w, display_h);
            if (!error.empty()) {
                std::fprintf(stderr, "loopscope: screenshot: %s\n", error.c_str());
                exit_code = 1;
            }
            glfwSetWindowShouldClose(window, GLFW_TRUE);
        }
        if (ui.quit) glfwSetWindowShouldClose(window, GLFW_TRUE);
        glfwSwapBuffers(window);
    }

    // Never lose an edit: whatever is unsaved goes to the autosave directory now.
    flush_autosave(app);
    write_state(app, options.dump_state_path);
    if (!taking_screenshot) {
        // Command-line overrides (--presenter, --lang) are for this session only.
        if (options.presenter) app.settings.presenter = settings_on_start.presenter;
        if (!options.lang.empty() && app.settings.language == options.lang) {
            set_language(settings_on_start.language == "zh" ? Lang::Zh : Lang::En);
        }
        glfwGetWindowSize(window, &app.settings.window_width, &app.settings.window_height);
        save_app_settings(app);
    }

    // Cleanup, in reverse order of setup
    app.worker.cancel();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();

    glfwDestroyWindow(window);
    glfwTerminate();
    return exit_code;
}
