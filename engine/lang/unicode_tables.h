// Unicode character classes the way CPython 3.13 sees them (tables generated from CPython).
#pragma once

namespace loopscope::lang {

bool is_xid_start(char32_t c);     // may start an identifier ('_' included)
bool is_xid_continue(char32_t c);  // may continue an identifier
bool is_printable(char32_t c);     // str.isprintable(): repr() shows it as is

}  // namespace loopscope::lang
