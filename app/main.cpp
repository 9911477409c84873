// loopscope's entry point. `loopscope run ...` runs a program headless and never initialises
// GLFW. Otherwise the layout follows Dear ImGui's GLFW + OpenGL3 example: set up the window,
// the ImGui context, the backends and the fonts; run the frame loop (sleeping while
// minimized); shut down in reverse order.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>  // GL functions; GLFW_INCLUDE_NONE keeps GLFW from including GL headers
#include <imgui.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "cli.h"
#include "fonts.h"
#include "run_command.h"
#include "screenshot.h"
#include "welcome_view.h"

namespace {

constexpr int kWindowWidth = 1280;
constexpr int kWindowHeight = 720;
constexpr float kFontSize = 18.0f;
const ImVec4 kClearColor(0.13f, 0.14f, 0.17f, 1.00f);

void glfw_error_callback(int error, const char* description) {
    std::fprintf(stderr, "loopscope: GLFW error %d: %s\n", error, description);
}

}  // namespace

int main(int argc, char** argv) {
    using namespace loopscope::app;
    const CliParse cli =
        parse_cli(std::vector<std::string>(argv, argv + argc), std::cout, std::cerr);
    if (cli.command == Command::kExit) return cli.exit_code;
    if (cli.command == Command::kRun) return run_command(cli.run);
    const GuiOptions& options = cli.gui;
    const bool taking_screenshot = !options.screenshot_path.empty();

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
    GLFWwindow* window =
        glfwCreateWindow(kWindowWidth, kWindowHeight, "loopscope", nullptr, nullptr);
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

    // Setup Dear ImGui context
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no imgui.ini in the working directory
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;

    // Setup Dear ImGui style
    ImGui::StyleColorsDark();

    // Setup Platform/Renderer backends
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init(glsl_version);

    // Load fonts: a CJK font so that 中文 renders (ImGui's default font otherwise).
    FontSet fonts;
    load_fonts(io, fonts, kFontSize, welcome_view_text());

    // Main loop
    int frames_drawn = 0;
    int exit_code = 0;
    while (!glfwWindowShouldClose(window)) {
        glfwPollEvents();
        if (glfwGetWindowAttrib(window, GLFW_ICONIFIED) != 0) {  // minimized: sleep, don't draw
            glfwWaitEventsTimeout(0.1);
            continue;
        }

        // Start the Dear ImGui frame
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();

        draw_welcome_view(fonts.path);

        // Rendering
        ImGui::Render();
        int display_w = 0;
        int display_h = 0;
        glfwGetFramebufferSize(window, &display_w, &display_h);
        glViewport(0, 0, display_w, display_h);
        glClearColor(kClearColor.x, kClearColor.y, kClearColor.z, kClearColor.w);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

        if (taking_screenshot && ++frames_drawn == options.frames) {
            const std::string error =
                save_framebuffer_png(options.screenshot_path, display_w, display_h);
            if (!error.empty()) {
                std::fprintf(stderr, "loopscope: screenshot: %s\n", error.c_str());
                exit_code = 1;
            }
            glfwSetWindowShouldClose(window, GLFW_TRUE);
        }
        glfwSwapBuffers(window);
    }

    // Cleanup, in reverse order of setup
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();

    glfwDestroyWindow(window);
    glfwTerminate();
    return exit_code;
}
