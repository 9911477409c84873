// libFuzzer target: the parser on arbitrary bytes. It must never crash, hang or recurse without
// bound; every input ends in a Module or a SyntaxError that formats.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lang/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view source(reinterpret_cast<const char*>(data), size);
    loopscope::lang::ParseResult r = loopscope::lang::parse(source);
    if (!r.ok()) (void)loopscope::lang::format_syntax_error(*r.error, "fuzz.py", source);
    return 0;
}
