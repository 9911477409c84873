// Unicode character properties and case mappings, generated from CPython 3.13's own str
// methods (tools/gen_unicode_tables.py), so 'é'.isalpha(), '中'.isprintable() and
// 'ß'.upper() == 'SS' agree with CPython. ASCII takes a fast path everywhere.
#pragma once

#include <string>

namespace loopscope::vm::unicode {

bool is_printable(char32_t c);
bool is_alpha(char32_t c);
bool is_decimal(char32_t c);
bool is_digit(char32_t c);
bool is_numeric(char32_t c);
bool is_space(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_title(char32_t c);       // titlecase letters (Lt): 'ǅ'
bool is_cased(char32_t c);
bool is_id_start(char32_t c);    // may start an identifier (letters, '_')
bool is_id_continue(char32_t c);
bool is_linebreak(char32_t c);   // what str.splitlines() splits on
bool is_case_ignorable(char32_t c);  // for the final-sigma rule of lower()

// Full case mappings (may produce several characters), appended as UTF-8.
void append_upper(std::string& out, char32_t c);
void append_lower(std::string& out, char32_t c);
void append_title(std::string& out, char32_t c);
void append_casefold(std::string& out, char32_t c);

// Decimal digit value of c (0-9) or -1: int('٣') == 3.
int decimal_value(char32_t c);

// What int() and float() parse: Unicode decimal digits become ASCII digits and Unicode
// whitespace a space (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII). Returns false
// (leaving `out` empty) when `text` is already ASCII.
bool ascii_number_text(std::string_view text, std::string& out);

}  // namespace loopscope::vm::unicode
