#include "model/i18n.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <mutex>

#include <nlohmann/json.hpp>

namespace loopscope::app {

extern const char kI18n_en[];
extern const char kI18n_zh[];

namespace {

using Table = std::map<std::string, std::string, std::less<>>;

// Parsed once, on first use; never modified after, so the returned C strings stay valid.
Table parse_table(const char* json_text, const char* lang) {
    Table table;
    try {
        auto doc = nlohmann::json::parse(json_text);
        for (auto& [key, value] : doc.items()) table.emplace(key, value.get<std::string>());
    } catch (const nlohmann::json::exception& e) {
        std::fprintf(stderr, "loopscope: assets/i18n/%s.json is not valid: %s\n", lang, e.what());
    }
    return table;
}

const Table& table_for(Lang lang) {
    static const Table en = parse_table(kI18n_en, "en");
    static const Table zh = parse_table(kI18n_zh, "zh");
    return lang == Lang::Zh ? zh : en;
}

std::atomic<Lang> g_language{Lang::En};

}  // namespace

Lang language() { return g_language.load(std::memory_order_relaxed); }
void set_language(Lang lang) { g_language.store(lang, std::memory_order_relaxed); }

bool parse_lang(std::string_view text, Lang& out) {
    if (text == "en") { out = Lang::En; return true; }
    if (text == "zh") { out = Lang::Zh; return true; }
    return false;
}

const char* lang_code(Lang lang) { return lang == Lang::Zh ? "zh" : "en"; }

const char* tr(Lang lang, std::string_view key) {
    const Table& table = table_for(lang);
    auto it = table.find(key);
    if (it != table.end()) return it->second.c_str();
    // Missing: show the key itself. Keys are interned so the pointer outlives the call.
    static std::map<std::string, std::string, std::less<>> missing;
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    auto [m, inserted] = missing.emplace(std::string(key), std::string(key));
    return m->second.c_str();
}

const char* tr(std::string_view key) { return tr(language(), key); }

std::vector<std::string> i18n_keys(Lang lang) {
    std::vector<std::string> keys;
    for (const auto& [key, value] : table_for(lang)) keys.push_back(key);
    return keys;
}

}  // namespace loopscope::app
