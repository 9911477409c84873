#include "lang/token.h"

#include <array>

namespace loopscope::lang {

namespace {

constexpr std::array kSpellings = {
#define LOOPSCOPE_TOKEN_SPELLING(name, spelling) std::string_view(spelling),
    LOOPSCOPE_TOKENS(LOOPSCOPE_TOKEN_SPELLING)
#undef LOOPSCOPE_TOKEN_SPELLING
};

}  // namespace

std::string_view spelling(TokenKind kind) { return kSpellings[static_cast<size_t>(kind)]; }

bool is_keyword(TokenKind kind) {
    return kind >= TokenKind::KwFalse && kind <= TokenKind::KwYield;
}

TokenKind keyword_kind(std::string_view identifier) {
    // Keywords are short lowercase words (or False/None/True); a linear scan of 35 entries is
    // cheap and only runs for identifiers of keyword length.
    if (identifier.size() < 2 || identifier.size() > 8) return TokenKind::Name;
    for (auto k = static_cast<int>(TokenKind::KwFalse); k <= static_cast<int>(TokenKind::KwYield); ++k) {
        if (kSpellings[k] == identifier) return static_cast<TokenKind>(k);
    }
    return TokenKind::Name;
}

}  // namespace loopscope::lang
