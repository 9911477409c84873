// Lessons on disk: finding the lessons folder and loading every lesson in it. Reading one
// lesson.json is lesson_load.cpp; parameters and narration have files of their own.
#include "model/lesson.h"

#include <algorithm>
#include <cstdlib>
#include <system_error>

namespace loopscope::app {

namespace fs = std::filesystem;

const std::string& Text::in(Lang lang) const {
    const std::string& wanted = lang == Lang::Zh ? zh : en;
    const std::string& other = lang == Lang::Zh ? en : zh;
    return wanted.empty() ? other : wanted;
}

std::string to_string(const LessonError& error) {
    std::string out = error.file;
    if (error.line > 0) {
        out += ':' + std::to_string(error.line);
        if (error.column > 0) out += ':' + std::to_string(error.column);
    }
    return out + ": " + error.message;
}

const LessonVariant* find_variant(const Lesson& lesson, const std::string& id) {
    for (const LessonVariant& v : lesson.variants)
        if (v.id == id) return &v;
    return nullptr;
}

std::vector<Lesson> load_lessons(const fs::path& dir, std::vector<LessonError>* errors) {
    std::vector<Lesson> lessons;
    auto report = [&](LessonError e) {
        if (errors) errors->push_back(std::move(e));
    };
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        report({dir.string(), 0, 0,
                "the lessons folder does not exist (set LOOPSCOPE_LESSONS to the folder "
                "holding your lessons)."});
        return lessons;
    }
    std::vector<fs::path> folders;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
        std::string name = entry.path().filename().string();
        if (entry.is_directory(ec) && !name.empty() && name[0] != '.')
            folders.push_back(entry.path());
    }
    std::sort(folders.begin(), folders.end());
    for (const fs::path& folder : folders) {
        fs::path json = folder / "lesson.json";
        if (!fs::exists(json, ec)) {
            report({folder.string(), 0, 0,
                    "this folder holds no lesson.json, so it is not a lesson "
                    "(see docs/lesson-format.md)."});
            continue;
        }
        LessonLoad load = load_lesson(json);
        if (load.ok)
            lessons.push_back(std::move(load.lesson));
        else
            report(std::move(load.error));
    }
    return lessons;
}

fs::path default_lessons_dir() {
    if (const char* env = std::getenv("LOOPSCOPE_LESSONS"); env && *env) return fs::path(env);
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        // build/loopscope in a source tree → lessons/; an installed bin/loopscope → share/.
        for (fs::path candidate :
             {exe.parent_path().parent_path() / "lessons",
              exe.parent_path().parent_path() / "share" / "loopscope" / "lessons"}) {
            if (fs::is_directory(candidate, ec)) return candidate;
        }
    }
    return fs::path(LOOPSCOPE_SOURCE_DIR) / "lessons";
}

}  // namespace loopscope::app
