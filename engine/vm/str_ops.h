// str behaviour: the methods of `str` (searching, splitting, case, padding, predicates,
// encode, translate), indexing and slicing by code point, repr with CPython's quoting and
// escapes, str.format and %-formatting (str_format.cpp).
#pragma once

#include <string>
#include <string_view>

#include "vm/native.h"
#include "vm/object.h"

namespace loopscope::vm {

class Interp;
struct StrObject;

bool is_str(const Value& v);  // str or a subclass
// A one-character str (ASCII ones are interned: iterating a str allocates nothing).
Value str_char(char32_t cp);
// repr(s): quotes chosen as CPython does ('it\'s' -> "it's"), non-printable characters
// escaped (\n, \x00, \u200b), printable non-ASCII (中文, é, emoji) kept as is.
std::string str_repr_text(std::string_view utf8);
// ascii(x)-style escaping of every non-ASCII character of a repr.
std::string ascii_escape(std::string_view utf8);
// The str of `cls` (str or a user subclass) holding `text`.
Value make_str_instance(TypeObject* cls, std::string text);

// str.format(*args, **kwargs) on `format` (str_format.cpp).
std::string format_with(std::string_view format, const CallArgs& args, size_t first_arg,
                        const Value& mapping);
// format % values (str_format.cpp).
std::string percent_format(std::string_view format, const Value& values);

void install_str_methods(Interp& in);
void install_str_format_methods(Interp& in);  // str_format.cpp

}  // namespace loopscope::vm
