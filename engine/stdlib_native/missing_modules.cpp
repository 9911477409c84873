// The message for `import x` when loopscope has no module x. Some CPython modules are left
// out on purpose: loopscope runs programs on a simulated machine with no real operating
// system, files, network or processes, so a student's program cannot touch the computer it
// runs on and every run is reproducible. Saying so is more useful than a bare "No module".
#include <string>
#include <string_view>

#include "stdlib_native/stdlib_native.h"

namespace loopscope::vm {

namespace {

struct LeftOut {
    const char* module;
    const char* reason;
};

// Top-level names only: `import os.path` reports os.
constexpr LeftOut kLeftOut[] = {
    {"os", "programs have no operating system to talk to"},
    {"subprocess", "programs cannot start other programs"},
    {"multiprocessing", "processes are not simulated yet"},
    {"concurrent", "thread and process pools are not simulated yet"},
    {"threading", "OS threads are not simulated yet"},
    {"_thread", "OS threads are not simulated yet"},
    {"socket", "programs have no real network"},
    {"ssl", "programs have no real network"},
    {"select", "programs have no real network"},
    {"selectors", "programs have no real network"},
    {"http", "programs have no real network"},
    {"urllib", "programs have no real network"},
    {"ftplib", "programs have no real network"},
    {"smtplib", "programs have no real network"},
    {"signal", "programs have no operating system to talk to"},
    {"shutil", "programs have no file system"},
    {"pathlib", "programs have no file system"},
    {"glob", "programs have no file system"},
    {"tempfile", "programs have no file system"},
    {"sqlite3", "programs have no file system"},
    {"pickle", "objects are not serialized to bytes"},
    {"ctypes", "native code cannot be loaded"},
    {"tkinter", "there is no GUI toolkit"},
    {"turtle", "there is no GUI toolkit"},
    {"platform", "programs have no operating system to talk to"},
    {"getpass", "programs have no terminal"},
    {"curses", "programs have no terminal"},
    {"webbrowser", "programs have no operating system to talk to"},
    {"gc", "memory is reference counted, with no collector to control"},
    {"inspect", "frame and source introspection is not provided"},
    {"importlib", "modules cannot be loaded from files"},
};

}  // namespace

std::string missing_module_hint(std::string_view name) {
    std::string_view top = name.substr(0, name.find('.'));
    for (const LeftOut& m : kLeftOut) {
        if (top == m.module || name == m.module) {
            return std::string(" (loopscope leaves out '") + m.module + "' on purpose: " + m.reason +
                   "; see docs/python-support.md)";
        }
    }
    return " (loopscope does not provide it; docs/python-support.md lists the modules it supports)";
}

}  // namespace loopscope::vm
