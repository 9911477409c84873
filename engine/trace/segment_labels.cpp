#include "trace/segment_labels.h"

namespace loopscope::trace {

namespace {

// "sleep(1.0) until t=1.000" -> "1.0"; "" when the text does not start with `call(`.
std::string_view argument_of(std::string_view detail, std::string_view call) {
    if (detail.substr(0, call.size()) != call || detail.size() <= call.size() || detail[call.size()] != '(') return {};
    size_t open = call.size() + 1;
    size_t close = detail.find(')', open);
    if (close == std::string_view::npos) return {};
    return detail.substr(open, close - open);
}

// "gather of 3" -> "3"; "wait of 2 awaitables" -> "2".
std::string_view count_after_of(std::string_view detail) {
    size_t at = detail.find(" of ");
    if (at == std::string_view::npos) return {};
    std::string_view rest = detail.substr(at + 4);
    size_t n = 0;
    while (n < rest.size() && rest[n] >= '0' && rest[n] <= '9') ++n;
    return rest.substr(0, n);
}

std::string with_count(std::string_view word, std::string_view count) {
    std::string out(word);
    if (!count.empty()) out += " (" + std::string(count) + ")";
    return out;
}

std::string words_of(std::string_view keyword) {
    std::string out(keyword);
    for (char& c : out) {
        if (c == '_') c = ' ';
    }
    return out;
}

}  // namespace

std::string suspend_label(std::string_view what, std::string_view detail, std::string_view awaited_task_name) {
    if (!awaited_task_name.empty()) return "await " + std::string(awaited_task_name);
    if (what == "sleep" || what == "yield") {
        std::string_view seconds = argument_of(detail, "sleep");
        if (!seconds.empty()) return "sleep " + std::string(seconds);
        return what == "yield" ? "yield" : "sleep";
    }
    if (what == "task") {
        if (detail.substr(0, 5) == "task ") return "await " + std::string(detail.substr(5));
        return "await task";
    }
    if (what == "gather") return with_count("gather", count_after_of(detail));
    if (what == "wait") return with_count("wait", count_after_of(detail));
    if (what == "taskgroup") return "TaskGroup";
    if (what == "queue_get") return "queue get";
    if (what == "queue_put") return "queue put";
    if (what == "cancel_and_wait") return "cancelling";
    if (what == "error") return "bad yield";
    if (what.empty()) return "waiting";
    return words_of(what);  // lock, event, condition, semaphore, shield, future, as completed
}

std::string done_label(std::string_view outcome) {
    if (outcome == "cancelled") return "cancelled";
    if (outcome == "exception") return "failed";
    return "done";
}

}  // namespace loopscope::trace
