// Parser tests. The two big tables are differential: tests/parser_corpus/valid.txt holds CPython
// 3.13's ast.dump for each snippet and errors.txt what `python3 prog.py` printed for each bad
// program (regenerate both with tests/parser_corpus/gen_expected.py).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lang/ast.h"
#include "lang/parser.h"

namespace {

using namespace loopscope::lang;

struct Record {
    std::string source;
    std::string expected;
};

std::filesystem::path corpus_dir() {
#ifdef LOOPSCOPE_SOURCE_DIR
    return std::filesystem::path(LOOPSCOPE_SOURCE_DIR) / "tests" / "parser_corpus";
#else
    return std::filesystem::path(__FILE__).parent_path().parent_path() / "parser_corpus";
#endif
}

// Reads "==== <n> <m>\n<n bytes>\n<m bytes>\n" records.
std::vector<Record> read_records(const std::string& name) {
    std::ifstream in(corpus_dir() / name, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string data = buffer.str();
    std::vector<Record> out;
    size_t pos = 0;
    while (pos < data.size()) {
        size_t eol = data.find('\n', pos);
        std::istringstream header(data.substr(pos + 5, eol - pos - 5));
        size_t n = 0, m = 0;
        header >> n >> m;
        pos = eol + 1;
        Record r;
        r.source = data.substr(pos, n);
        pos += n + 1;
        r.expected = data.substr(pos, m);
        pos += m + 1;
        out.push_back(std::move(r));
    }
    return out;
}

std::string dump_or_error(const std::string& source) {
    ParseResult r = parse(source);
    if (r.ok()) return ast::dump(*r.module);
    return format_syntax_error(*r.error, "prog.py", source);
}

TEST(ParserCorpus, ValidSnippetsDumpLikeCPython) {
    auto records = read_records("valid.txt");
    ASSERT_GT(records.size(), 300u) << "corpus missing: " << corpus_dir();
    int failures = 0;
    for (const auto& r : records) {
        std::string got = dump_or_error(r.source);
        if (got != r.expected) {
            ++failures;
            ADD_FAILURE() << "source:\n" << r.source << "\nexpected:\n" << r.expected << "\ngot:\n" << got;
        }
    }
    EXPECT_EQ(failures, 0) << "of " << records.size();
}

TEST(ParserCorpus, LocationsMatchCPython) {
    auto records = read_records("locations.txt");
    ASSERT_GT(records.size(), 300u) << "corpus missing: " << corpus_dir();
    int failures = 0;
    for (const auto& r : records) {
        ParseResult result = parse(r.source);
        std::string got = result.ok() ? ast::dump(*result.module, true) : "(syntax error)";
        if (got != r.expected) {
            ++failures;
            ADD_FAILURE() << "source:\n" << r.source << "\nexpected:\n" << r.expected << "\ngot:\n" << got;
        }
    }
    EXPECT_EQ(failures, 0) << "of " << records.size();
}

TEST(ParserCorpus, SyntaxErrorsPrintLikeCPython) {
    auto records = read_records("errors.txt");
    ASSERT_GT(records.size(), 40u) << "corpus missing: " << corpus_dir();
    int failures = 0;
    for (const auto& r : records) {
        ParseResult result = parse(r.source);
        std::string got = result.ok() ? "(parsed without error)\n"
                                      : format_syntax_error(*result.error, "prog.py", r.source);
        if (got != r.expected) {
            ++failures;
            ADD_FAILURE() << "source:\n" << r.source << "\nexpected:\n" << r.expected << "got:\n" << got;
        }
    }
    EXPECT_EQ(failures, 0) << "of " << records.size();
}

// ----- structure the compiler relies on -----

TEST(Parser, LocationsAreCPythons) {
    ParseResult r = parse("async def f(x):\n    return await g(x) + 1\n");
    ASSERT_TRUE(r.ok());
    const auto& f = r.module->body[0]->as<ast::AsyncFunctionDef>();
    EXPECT_EQ(f.lineno, 1);
    EXPECT_EQ(f.col_offset, 0);
    EXPECT_EQ(f.end_lineno, 2);
    EXPECT_EQ(f.end_col_offset, 25);
    const auto& ret = f.body[0]->as<ast::Return>();
    const auto& add = ret.value->as<ast::BinOp>();
    EXPECT_EQ(add.col_offset, 11);
    const auto& aw = add.left->as<ast::Await>();
    EXPECT_EQ(aw.col_offset, 11);
    EXPECT_EQ(aw.end_col_offset, 21);
}

TEST(Parser, ColumnsAreUtf8Bytes) {
    ParseResult r = parse("s = '中文'; t = 1\n");
    ASSERT_TRUE(r.ok());
    const auto& assign = r.module->body[1]->as<ast::Assign>();
    EXPECT_EQ(assign.col_offset, 14);  // "s = '中文'; " is 14 bytes
}

TEST(Parser, ElifIsNestedIf) {
    ParseResult r = parse("if a:\n    pass\nelif b:\n    pass\n");
    ASSERT_TRUE(r.ok());
    const auto& outer = r.module->body[0]->as<ast::If>();
    ASSERT_EQ(outer.orelse.size(), 1u);
    EXPECT_EQ(outer.orelse[0]->lineno, 3);
    EXPECT_TRUE(outer.orelse[0]->is<ast::If>());
}

TEST(Parser, ConstantsKeepTheirKinds) {
    ParseResult r = parse("a = 99999999999999999999\nb = 0x10\nc = 1.5j\nd = b'\\x00'\n");
    ASSERT_TRUE(r.ok());
    auto value = [&](int i) -> const ast::ConstantValue& {
        return r.module->body[i]->as<ast::Assign>().value->as<ast::Constant>().value;
    };
    EXPECT_EQ(value(0).kind, ast::ConstantKind::BigInt);
    EXPECT_EQ(value(0).s, "99999999999999999999");
    EXPECT_EQ(value(1).kind, ast::ConstantKind::Int);
    EXPECT_EQ(value(1).i, 16);
    EXPECT_EQ(value(2).kind, ast::ConstantKind::Complex);
    EXPECT_EQ(value(2).f, 1.5);
    EXPECT_EQ(value(3).kind, ast::ConstantKind::Bytes);
    EXPECT_EQ(value(3).s, std::string(1, '\0'));
}

TEST(Parser, InvalidEscapeIsAWarning) {
    std::string src = "x = '\\d'\n";
    ParseResult r = parse(src);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(format_syntax_warning(r.warnings[0], "prog.py", src),
              "prog.py:1: SyntaxWarning: invalid escape sequence '\\d'\n  x = '\\d'\n");
}

// ----- robustness -----

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
    std::string deep_unary = "x = " + std::string(100000, '-') + "1\n";
    ParseResult r = parse(deep_unary);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, SyntaxErrorKind::MemoryError);
    EXPECT_EQ(format_syntax_error(*r.error, "prog.py", deep_unary),
              "MemoryError: Parser stack overflowed - Python source too complex to parse\n");

    std::string deep_not;
    for (int i = 0; i < 50000; ++i) deep_not += "not ";
    EXPECT_FALSE(parse(deep_not + "x\n").ok());

    std::string deep_lambda;
    for (int i = 0; i < 50000; ++i) deep_lambda += "lambda: ";
    EXPECT_FALSE(parse(deep_lambda + "0\n").ok());

    std::string deep_if = "x = 1";
    for (int i = 0; i < 50000; ++i) deep_if += " if 1 else 1";
    EXPECT_FALSE(parse(deep_if + "\n").ok());

    std::string deep_parens = "x = " + std::string(250, '(') + "1" + std::string(250, ')') + "\n";
    ParseResult p = parse(deep_parens);
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error->message, "too many nested parentheses");
}

TEST(Parser, ModerateNestingParses) {
    std::string src = "x = " + std::string(150, '(') + "1" + std::string(150, ')') + "\n";
    EXPECT_TRUE(parse(src).ok());
    std::string unary = "x = " + std::string(300, '-') + "1\n";
    EXPECT_TRUE(parse(unary).ok());
    std::string long_sum = "x = 1";
    for (int i = 0; i < 20000; ++i) long_sum += " + 1";
    EXPECT_TRUE(parse(long_sum + "\n").ok());  // left-associative chains are loops, not recursion
}

// Every prefix of a valid program, and every program with one byte changed, must parse or fail
// cleanly: no crash, no hang.
TEST(Parser, MangledInputsNeverCrash) {
    std::string program =
        "import asyncio\n\nasync def main(n: int = 3) -> None:\n    async with asyncio.TaskGroup() as tg:\n"
        "        for i in range(n):\n            tg.create_task(work(i, f'{i!r:>{w}}'))\n"
        "    x = [a for a in (1, 2) if a] + {**d}\n    print(x, sep='')  # done\n\nasyncio.run(main())\n";
    for (size_t i = 0; i <= program.size(); ++i) (void)parse(program.substr(0, i));
    const char replacements[] = {'(', ')', '[', '{', '}', '\'', '"', ':', '\n', ' ', '\t', '\\', 'f', '0', '#', '=', '*'};
    for (size_t i = 0; i < program.size(); ++i) {
        for (char c : replacements) {
            std::string mangled = program;
            mangled[i] = c;
            ParseResult r = parse(mangled);
            if (!r.ok()) {
                EXPECT_FALSE(r.error->message.empty());
                (void)format_syntax_error(*r.error, "prog.py", mangled);
            }
        }
    }
}

}  // namespace
