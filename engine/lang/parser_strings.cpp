// String literals: escape decoding, implicit concatenation, f-strings (PEP 701 token stream).
#include <cstdio>
#include <string>

#include "lang/parser_internal.h"

namespace loopscope::lang {

using namespace ast;

namespace {

struct Prefix {
    bool raw = false;
    bool bytes = false;
    bool fstring = false;
    bool u = false;
    size_t length = 0;  // prefix letters
};

Prefix prefix_of(std::string_view text) {
    Prefix p;
    while (p.length < text.size() && text[p.length] != '\'' && text[p.length] != '"') {
        char c = static_cast<char>(text[p.length] | 0x20);
        if (c == 'r') p.raw = true;
        if (c == 'b') p.bytes = true;
        if (c == 'f') p.fstring = true;
        if (c == 'u') p.u = true;
        ++p.length;
    }
    return p;
}

// The text between the quotes of a complete STRING token.
std::string_view string_body(std::string_view text, size_t prefix_len) {
    std::string_view rest = text.substr(prefix_len);
    size_t q = (rest.size() >= 6 && rest[0] == rest[1] && rest[1] == rest[2]) ? 3 : 1;
    return rest.substr(q, rest.size() - 2 * q);
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {  // lone surrogates included (WTF-8)
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = static_cast<char>(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// Result of decoding one literal body.
struct Decoded {
    std::string text;
    std::string error;                 // CPython's message, empty when fine
    std::vector<std::string> warnings;  // "invalid escape sequence '\d'"
};

// Decodes escapes the way CPython's unicode_escape / bytes decoders do. `bytes` keeps each escape
// as one byte; str escapes become UTF-8.
Decoded decode_escapes(std::string_view body, bool bytes) {
    Decoded d;
    std::string& out = d.text;
    const char* codec = bytes ? nullptr : "unicodeescape";
    for (size_t i = 0; i < body.size(); ++i) {
        char c = body[i];
        if (c == '\r') {  // universal newlines
            out += '\n';
            if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
            continue;
        }
        if (c != '\\' || i + 1 >= body.size()) { out += c; continue; }
        size_t at = i;
        char e = body[++i];
        switch (e) {
        case '\n': break;
        case '\r': if (i + 1 < body.size() && body[i + 1] == '\n') ++i; break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = static_cast<unsigned>(e - '0');
            int n = 1;
            while (n < 3 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7') {
                v = v * 8 + static_cast<unsigned>(body[++i] - '0');
                ++n;
            }
            if (v > 0377) d.warnings.push_back("invalid octal escape sequence '\\" + std::string(body.substr(at + 1, n)) + "'");
            if (bytes) out += static_cast<char>(v & 0xFF);
            else append_utf8(out, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            if (bytes && e != 'x') {
                d.warnings.push_back(std::string("invalid escape sequence '\\") + e + "'");
                out += '\\';
                out += e;
                break;
            }
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            char32_t v = 0;
            int got = 0;
            while (got < digits && i + 1 < body.size() && hex_value(body[i + 1]) >= 0) {
                v = v * 16 + static_cast<char32_t>(hex_value(body[++i]));
                ++got;
            }
            if (got < digits) {
                char buf[160];
                if (bytes) {
                    std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %zu", at);
                } else {
                    const char* what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                                                                     : "truncated \\UXXXXXXXX escape";
                    std::snprintf(buf, sizeof buf, "(unicode error) '%s' codec can't decode bytes in position %zu-%zu: %s",
                                  codec, at, i, what);
                }
                d.error = buf;
                return d;
            }
            if (v > 0x10FFFF) {
                char buf[160];
                std::snprintf(buf, sizeof buf, "(unicode error) '%s' codec can't decode bytes in position %zu-%zu: illegal Unicode character",
                              codec, at, i);
                d.error = buf;
                return d;
            }
            if (bytes) out += static_cast<char>(v);
            else append_utf8(out, v);
            break;
        }
        case 'N':
            if (!bytes) {
                // The Unicode name database is not bundled; CPython's message for an unknown name.
                size_t close = body.find('}', i);
                size_t end = close == std::string_view::npos ? body.size() - 1 : close;
                char buf[160];
                std::snprintf(buf, sizeof buf, "(unicode error) '%s' codec can't decode bytes in position %zu-%zu: %s",
                              codec, at, end, close == std::string_view::npos || i + 1 >= body.size() || body[i + 1] != '{'
                                                  ? "malformed \\N character escape" : "unknown Unicode character name");
                d.error = buf;
                return d;
            }
            [[fallthrough]];
        default:
            d.warnings.push_back(std::string("invalid escape sequence '\\") + e + "'");
            out += '\\';
            out += e;
            break;
        }
    }
    return d;
}

std::string normalize_newlines(std::string_view body) {
    std::string out;
    for (size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '\r') {
            out += '\n';
            if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
        } else {
            out += body[i];
        }
    }
    return out;
}

// f-string literal text: `{{` and `}}` stand for single braces.
std::string undouble_braces(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        if ((text[i] == '{' || text[i] == '}') && i + 1 < text.size() && text[i + 1] == text[i]) ++i;
    }
    return out;
}

}  // namespace

std::string Parser::decode_literal(const Token& t, std::string_view body, bool raw, bool bytes) {
    if (bytes) {
        for (char c : body)
            if (static_cast<unsigned char>(c) >= 0x80)
                fail_at_token(t, "bytes can only contain ASCII literal characters");
    }
    if (raw) return normalize_newlines(body);
    Decoded d = decode_escapes(body, bytes);
    if (!d.error.empty()) fail_at_token(t, d.error);
    for (auto& w : d.warnings) warnings_.push_back(SyntaxWarning{w, t.lineno, t.col_offset});
    return d.text;
}

// One or more adjacent string literals: a str or bytes Constant, or a JoinedStr when any of them
// is an f-string.
expr* Parser::strings() {
    Pos s = start();
    const Token& first = tok();
    // CPython sets kind='u' only for a lowercase u prefix on the first literal.
    bool u_first = first.kind == TokenKind::String && first.text[0] == 'u';
    bool any_bytes = false, any_text = false, any_fstring = false;
    std::vector<expr*> parts;
    PendingText pending;
    while (at(TokenKind::String) || at(TokenKind::FStringStart)) {
        if (at(TokenKind::FStringStart)) {
            any_text = any_fstring = true;
            fstring(parts, pending);
            continue;
        }
        const Token& t = advance();
        Prefix p = prefix_of(t.text);
        (p.bytes ? any_bytes : any_text) = true;
        if (pending.text.empty()) pending.start = Pos{t.lineno, t.col_offset};
        pending.end = Pos{t.end_lineno, t.end_col_offset};
        pending.text += decode_literal(t, string_body(t.text, p.length), p.raw, p.bytes);
    }
    if (any_bytes && any_text) fail_last_token("cannot mix bytes and nonbytes literals");
    if (!any_fstring) {
        auto* c = make<Constant>(s);
        c->value.kind = any_bytes ? ConstantKind::Bytes : ConstantKind::Str;
        c->value.s = std::move(pending.text);
        c->u_prefix = u_first;
        return c;
    }
    flush_text(parts, pending);
    auto* j = make<JoinedStr>(s);
    j->values = std::move(parts);
    return j;
}

void Parser::flush_text(std::vector<expr*>& parts, PendingText& pending) {
    if (pending.text.empty()) return;
    auto* c = arena_.make<Constant>();
    c->lineno = pending.start.lineno;
    c->col_offset = pending.start.col_offset;
    c->end_lineno = pending.end.lineno;
    c->end_col_offset = pending.end.col_offset;
    c->value.kind = ConstantKind::Str;
    c->value.s = std::move(pending.text);
    pending.text.clear();
    parts.push_back(c);
}

void Parser::fstring(std::vector<expr*>& parts, PendingText& pending) {
    const Token& start_tok = advance();
    bool raw = prefix_of(start_tok.text).raw;
    while (true) {
        if (at(TokenKind::FStringMiddle)) {
            const Token& t = advance();
            if (pending.text.empty()) pending.start = Pos{t.lineno, t.col_offset};
            pending.end = Pos{t.end_lineno, t.end_col_offset};
            pending.text += undouble_braces(decode_literal(t, t.text, raw, false));
        } else if (at(TokenKind::LBrace)) {
            const Token& lbrace = tok();
            expr* field = fstring_replacement_field();
            // The `=` form's text ("x=") joins the literal text before it.
            if (!debug_text_.empty()) {
                if (pending.text.empty()) pending.start = Pos{lbrace.lineno, lbrace.end_col_offset};
                pending.end = debug_end_;
                pending.text += debug_text_;
                debug_text_.clear();
            }
            flush_text(parts, pending);
            parts.push_back(field);
        } else if (at(TokenKind::FStringEnd)) {
            advance();
            return;
        } else {
            fail_invalid_syntax();
        }
    }
}

expr* Parser::fstring_replacement_field() {
    auto guard = nest();
    const Token& lbrace = advance();
    if (at(TokenKind::RBrace) || at(TokenKind::Exclamation) || at(TokenKind::Colon) || at(TokenKind::Equal))
        fail_at_token(tok(), "f-string: valid expression required before '" + std::string(tok().text.substr(0, 1)) + "'");
    if (!in_speculation_ && !at(TokenKind::KwYield) && !at(TokenKind::KwLambda)) {
        // CPython's second pass: '{' not followed by an expression.
        size_t saved = pos_, saved_furthest = furthest_;
        expr* probe = nullptr;
        bool ok = try_parse(&Parser::star_expressions, probe);
        pos_ = saved;
        furthest_ = saved_furthest;
        if (!ok) fail_at_token(tok(), "f-string: expecting a valid expression after '{'");
    }
    if (at(TokenKind::KwLambda) && (peek_quietly().kind == TokenKind::RBrace || peek_quietly().kind == TokenKind::FStringEnd))
        fail_at_token(tok(), "f-string: expecting a valid expression after '{'");
    expr* value = at(TokenKind::KwYield) ? yield_expr() : star_expressions();
    std::string debug;
    if (at(TokenKind::Equal)) {
        advance();
        debug = normalize_newlines(source_.substr(lbrace.end, tok().start - lbrace.end));
        debug_end_ = Pos{tok().lineno, tok().col_offset};
    }
    int conversion = -1;
    if (at(TokenKind::Exclamation)) {
        advance();
        if (at(TokenKind::RBrace) || at(TokenKind::Colon) || at(TokenKind::FStringEnd))
            fail_at_token(tok(), "f-string: missing conversion character");
        if (!at(TokenKind::Name) && !is_keyword(kind())) fail_at_token(tok(), "f-string: invalid conversion character");
        const Token& conv = advance();
        if (conv.text != "s" && conv.text != "r" && conv.text != "a")
            fail_at_token(conv, "f-string: invalid conversion character '" + std::string(conv.text) +
                                    "': expected 's', 'r', or 'a'");
        conversion = conv.text[0];
    }
    expr* spec = nullptr;
    if (at(TokenKind::Colon)) spec = fstring_format_spec(advance());
    if (!at(TokenKind::RBrace)) {
        if (at(TokenKind::FStringEnd)) fail_at_token(tok(), "f-string: expecting '}', or format specs");
        if (conversion != -1) fail_at_token(tok(), "f-string: expecting ':' or '}'");
        if (!debug.empty()) fail_at_token(tok(), "f-string: expecting '!', or ':', or '}'");
        fail_at_token(tok(), "f-string: expecting '=', or '!', or ':', or '}'");
    }
    advance();
    auto* fv = arena_.make<FormattedValue>();
    fv->value = value;
    fv->conversion = (!debug.empty() && conversion == -1 && !spec) ? 'r' : conversion;
    fv->format_spec = spec;
    set_span_from(fv, lbrace);
    debug_text_ = std::move(debug);
    return fv;
}

// The format spec after ':' up to the field's '}': a JoinedStr that starts at the ':'.
expr* Parser::fstring_format_spec(const Token& colon) {
    std::vector<expr*> parts;
    PendingText pending;
    while (true) {
        if (at(TokenKind::FStringMiddle)) {
            const Token& t = advance();
            if (pending.text.empty()) pending.start = Pos{t.lineno, t.col_offset};
            pending.end = Pos{t.end_lineno, t.end_col_offset};
            pending.text += decode_literal(t, t.text, false, false);
        } else if (at(TokenKind::LBrace)) {
            const Token& lbrace = tok();
            flush_text(parts, pending);
            expr* field = fstring_replacement_field();
            if (!debug_text_.empty()) {  // a debug field inside a spec contributes its text too
                pending.start = Pos{lbrace.lineno, lbrace.end_col_offset};
                pending.end = debug_end_;
                pending.text = std::move(debug_text_);
                debug_text_.clear();
                flush_text(parts, pending);
            }
            parts.push_back(field);
        } else if (at(TokenKind::RBrace) || at(TokenKind::FStringEnd)) {
            flush_text(parts, pending);
            break;
        } else {
            fail_invalid_syntax();
        }
    }
    auto* j = arena_.make<JoinedStr>();
    j->values = std::move(parts);
    set_span_from(j, colon);
    return j;
}

}  // namespace loopscope::lang
