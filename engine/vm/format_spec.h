// The format-spec mini-language of format(value, spec), str.format and f-strings, for int,
// float and str: [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type].
// Follows CPython's Python/formatter_unicode.c, error messages included.
#pragma once

#include <string>
#include <string_view>

#include "vm/object.h"

namespace loopscope::vm {

struct StrObject;

struct FormatSpec {
    char32_t fill = ' ';
    char align = '\0';      // '<', '>', '^', '=' or '\0' (type's default)
    char sign = '\0';       // '+', '-', ' ' or '\0'
    bool no_neg_zero = false;  // 'z'
    bool alternate = false;    // '#'
    bool fill_specified = false;
    bool align_specified = false;
    int64_t width = -1;
    char grouping = '\0';   // ',' or '_'
    int64_t precision = -1;
    char type = '\0';
};

// Parses `spec` for an object whose type is named `type_name` (used in error messages).
// `default_align` is '<' for strings, '>' for numbers; `default_type` is the presentation type
// when the spec names none ('s' for str, 'd' for int, none for float), as CPython parses it.
FormatSpec parse_format_spec(std::string_view spec, char default_align, const std::string& type_name,
                             char default_type = '\0');

// format(v, spec) for int, bool, float and str values (and instances of their subclasses).
Ref<StrObject> format_value(const Value& v, std::string_view spec);
std::string format_int(const Value& v, const FormatSpec& spec, const std::string& type_name);
std::string format_float(double d, const FormatSpec& spec, const std::string& type_name);
std::string format_str(std::string_view s, const FormatSpec& spec);

// Pads `text` (of `length` code points) to spec.width with spec.fill per spec.align.
std::string pad_aligned(std::string_view text, size_t length, const FormatSpec& spec, char default_align);

}  // namespace loopscope::vm
