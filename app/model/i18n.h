// UI strings in English and 中文. The tables live in assets/i18n/<lang>.json (flat
// {"key": "text"} objects, one file per language) and are embedded at build time
// (app/embed_i18n.cmake), so the app finds them wherever it is started from.
//
// Invariant (tested): both tables have exactly the same keys, and every key used in app/
// exists. A missing key shows as the key itself, never as an empty label.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace loopscope::app {

enum class Lang { En, Zh };

// The current language; switched live (the next frame draws in it).
Lang language();
void set_language(Lang lang);
// "en" / "zh" <-> Lang; false for anything else.
bool parse_lang(std::string_view text, Lang& out);
const char* lang_code(Lang lang);

// The text for `key` in the current language (a stable C string: safe to keep for a frame).
const char* tr(std::string_view key);
// The text for `key` in `lang`.
const char* tr(Lang lang, std::string_view key);

// The keys of `lang`'s table, sorted (for the tables-agree test).
std::vector<std::string> i18n_keys(Lang lang);

}  // namespace loopscope::app
