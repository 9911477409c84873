// The code view's syntax highlighter: each kind of token, f-strings' fields as code,
// multi-line strings carried across lines, and spans that always tile the line.
#include "model/highlight.h"

#include <gtest/gtest.h>

#include <string>

namespace loopscope::app {
namespace {

// "kind:text" for every span, joined with " | ", so a test reads like the line it checks.
std::string show(std::string_view line, const std::vector<Span>& spans) {
    std::string out;
    for (const Span& s : spans) {
        if (!out.empty()) out += " | ";
        out += std::string(token_kind_name(s.kind)) + ":" +
               std::string(line.substr(s.begin, s.end - s.begin));
    }
    return out;
}

std::string show(std::string_view line) {
    LineState state;
    return show(line, highlight_line(line, state));
}

void expect_tiles(std::string_view line, const std::vector<Span>& spans) {
    uint32_t at = 0;
    for (size_t i = 0; i < spans.size(); ++i) {
        EXPECT_EQ(spans[i].begin, at) << line;
        EXPECT_LT(spans[i].begin, spans[i].end) << line;
        if (i > 0) {
            EXPECT_NE(spans[i].kind, spans[i - 1].kind) << line;
        }
        at = spans[i].end;
    }
    EXPECT_EQ(at, line.size()) << line;
}

TEST(Highlight, KeywordsDefNamesBuiltinsAndComments) {
    EXPECT_EQ(show("async def make(dish, seconds):  # a coroutine"),
              "keyword:async | plain:  | keyword:def | plain:  | defname:make | plain:(dish, "
              "seconds):   | "
              "comment:# a coroutine");
    EXPECT_EQ(show("class Kitchen(Exception):"),
              "keyword:class | plain:  | defname:Kitchen | plain:( | "
              "builtin:Exception | plain:):");
    EXPECT_EQ(show("    tea = await asyncio.sleep(3)"),
              "plain:    tea =  | keyword:await | plain: asyncio.sleep( | number:3 | plain:)");
    // An attribute that happens to be called like a builtin is not one.
    EXPECT_EQ(show("x.print(len(y))"), "plain:x.print( | builtin:len | plain:(y))");
    EXPECT_EQ(show("if x is None and not True:"),
              "keyword:if | plain: x  | keyword:is | plain:  | keyword:None | plain:  | "
              "keyword:and | plain:  | "
              "keyword:not | plain:  | keyword:True | plain::");
}

TEST(Highlight, Numbers) {
    EXPECT_EQ(show("a = 1_000 + 0x1F + 3.5e-3 + .5 + 2j"),
              "plain:a =  | number:1_000 | plain: +  | number:0x1F | plain: +  | number:3.5e-3 | "
              "plain: +  | "
              "number:.5 | plain: +  | number:2j");
    EXPECT_EQ(show("task2 = x1"), "plain:task2 = x1");  // digits inside names are names
}

TEST(Highlight, StringsWithPrefixesAndEscapes) {
    EXPECT_EQ(
        show("s = 'it\\'s' + r\"\\d\" + b'x'"),
        "plain:s =  | string:'it\\'s' | plain: +  | string:r\"\\d\" | plain: +  | string:b'x'");
    EXPECT_EQ(
        show("print(\"# not a comment\")  # a comment"),
        "builtin:print | plain:( | string:\"# not a comment\" | plain:)   | comment:# a comment");
}

TEST(Highlight, FStringFieldsAreCodeAndTheirSpecIsString) {
    EXPECT_EQ(show("f\"{time.monotonic() - T0:.1f}s {{literal}}\""),
              "string:f\"{ | plain:time.monotonic() - T0 | string::.1f}s {{literal}}\"");
    EXPECT_EQ(
        show("f'{len(xs)!r} {n + 1}'"),
        "string:f'{ | builtin:len | plain:(xs) | string:!r} { | plain:n +  | number:1 | string:}'");
    // A nested string inside a field (other quotes) does not end the f-string.
    EXPECT_EQ(show("f\"{d['k']}\""), "string:f\"{ | plain:d[ | string:'k' | plain:] | string:}\"");
}

TEST(Highlight, SoftKeywordsOnlyWhereTheyStartTheirStatement) {
    EXPECT_EQ(show("match command.split():"),
              "keyword:match | plain: command.split():");
    EXPECT_EQ(show("    case [\"go\", direction]:  # two words"),
              "plain:     | keyword:case | plain: [ | string:\"go\" | plain:, direction]:   | "
              "comment:# two words");
    EXPECT_EQ(show("    case _:"), "plain:     | keyword:case | plain: _:");
    EXPECT_EQ(show("    case {'k': v} | -1:"),
              "plain:     | keyword:case | plain: { | string:'k' | plain:: v} | - | number:1 | "
              "plain::");
    EXPECT_EQ(show("match(x):"), "keyword:match | plain:(x):");
    EXPECT_EQ(show("type Pair[T] = tuple[T, T]"),
              "keyword:type | plain: Pair[T] =  | builtin:tuple | plain:[T, T]");
    EXPECT_EQ(show("x = 1; type Alias = int"),
              "plain:x =  | number:1 | plain:;  | keyword:type | plain: Alias =  | builtin:int");
    // Everywhere else they are names (and `type` the builtin).
    EXPECT_EQ(show("match = re.match(p, s)"), "plain:match = re.match(p, s)");
    EXPECT_EQ(show("match.group(1)"), "plain:match.group( | number:1 | plain:)");
    EXPECT_EQ(show("match += 1"), "plain:match +=  | number:1");
    EXPECT_EQ(show("match x"), "plain:match x");  // no colon: not a match statement
    EXPECT_EQ(show("print(match, case)"), "builtin:print | plain:(match, case)");
    EXPECT_EQ(show("case: int = 3"), "plain:case:  | builtin:int | plain: =  | number:3");
    EXPECT_EQ(show("type(x)"), "builtin:type | plain:(x)");
    EXPECT_EQ(show("t = type(x) == int"), "plain:t =  | builtin:type | plain:(x) ==  | builtin:int");
    EXPECT_EQ(show("type X == 1"), "builtin:type | plain: X ==  | number:1");
    EXPECT_EQ(show("f\"{match}:\""), "string:f\"{ | plain:match | string:}:\"");
    EXPECT_EQ(show("if match:"), "keyword:if | plain: match:");
}

TEST(Highlight, DecoratorsOnlyAtTheStartOfAStatement) {
    EXPECT_EQ(
        show("  @functools.lru_cache(maxsize=None)"),
        "plain:   | decorator:@functools.lru_cache | plain:(maxsize= | keyword:None | plain:)");
    EXPECT_EQ(show("c = a @ b"), "plain:c = a @ b");
}

TEST(Highlight, TripleQuotedStringsCarryAcrossLines) {
    const char* source =
        "def f():\n    \"\"\"Docs, with 'quotes'\n    and # no comment\n    end.\"\"\"  # yes\n    "
        "return 1\n";
    std::vector<std::vector<Span>> lines = highlight_source(source);
    ASSERT_EQ(lines.size(), 6u);  // the text after the last newline is an empty line
    EXPECT_EQ(show("    \"\"\"Docs, with 'quotes'", lines[1]),
              "plain:     | string:\"\"\"Docs, with 'quotes'");
    EXPECT_EQ(show("    and # no comment", lines[2]), "string:    and # no comment");
    EXPECT_EQ(show("    end.\"\"\"  # yes", lines[3]),
              "string:    end.\"\"\" | plain:   | comment:# yes");
    EXPECT_EQ(show("    return 1", lines[4]), "plain:     | keyword:return | plain:  | number:1");
    EXPECT_TRUE(lines[5].empty());
}

TEST(Highlight, LineStateSaysWhatIsStillOpen) {
    LineState state;
    highlight_line("x = f'''start {x}", state);
    EXPECT_EQ(state.quote, '\'');
    EXPECT_TRUE(state.triple);
    EXPECT_TRUE(state.fstring);
    EXPECT_EQ(show("{y} end''' + 1", highlight_line("{y} end''' + 1", state)),
              "string:{ | plain:y | string:} end''' | plain: +  | number:1");
    EXPECT_EQ(state, LineState{});
    // A backslash at the end of a one-line string continues it; an unterminated one ends.
    highlight_line("s = 'abc\\", state);
    EXPECT_EQ(state.quote, '\'');
    EXPECT_FALSE(state.triple);
    highlight_line("def'", state);
    EXPECT_EQ(state, LineState{});
    highlight_line("s = 'never closed", state);
    EXPECT_EQ(state, LineState{});
}

TEST(Highlight, SpansTileEveryLineOfRealPrograms) {
    const char* lines[] = {
        "",
        "    ",
        "import asyncio",
        "print(f\"{clock()}  start {dish}\")",
        "名字 = '中文' # 注释",
        "x = [1, 2, 3][0:2] if a != b else {'k': 1.5e10}",
        "f'{'",  // broken f-string: still tiles
        "'''",
        "@",
        "0x",
        "1e",
        "r'\\",
        "type X[",  // soft keywords cut short
        "type",
        "match ",
        "case 'x:",
        "match x: # :",
    };
    for (const char* line : lines) {
        LineState state;
        expect_tiles(line, highlight_line(line, state));
    }
}

}  // namespace
}  // namespace loopscope::app
