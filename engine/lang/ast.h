// The abstract syntax tree, mirroring CPython 3.13's `ast` module node for node and field for field.
//
// How to walk it
// ---------------
// * Two polymorphic families, named as in CPython's ASDL: `ast::stmt` (statements) and `ast::expr`
//   (expressions). Each has a `kind` (StmtKind / ExprKind) and one `final` struct per kind
//   (`ast::If`, `ast::BinOp`, ...). Switch on the kind, then downcast with `as<T>()` (checked by
//   assert, otherwise a plain static_cast):
//
//       switch (e->kind) {
//       case ExprKind::BinOp: { const auto& b = e->as<BinOp>(); visit(b.left); visit(b.right); break; }
//       ...
//       }
//
//   Note the naming: `ast::Expr` is the expression *statement* (as in CPython); the expression base
//   type is lowercase `ast::expr`.
// * Helper nodes (comprehension, ExceptHandler, arguments, arg, keyword, alias, withitem) are plain
//   structs without a kind.
// * Children are raw non-owning pointers; every node is owned by the Module's arena and lives as
//   long as the Module. An optional child (`expr?` in the ASDL) is nullptr when absent. An optional
//   identifier (`identifier?`) is the empty string when absent (a real identifier is never empty).
// * Every node has CPython's location attributes `lineno, col_offset, end_lineno, end_col_offset`:
//   lines 1-based, columns 0-based UTF-8 byte offsets, exactly what CPython reports (checked
//   against ast.dump(..., include_attributes=True) over the standard library). CPython gives none
//   to Module, comprehension, arguments and withitem; ours there are approximate.
// * Fields CPython 3.13 has but that are always empty for the language we accept are left out:
//   type_comment, type_params (PEP 695), Module.type_ignores. Match/TypeAlias are not supported.
//
// Errors that are NOT raised by the parser. CPython raises these from its symbol table or
// compiler, only after the whole file parsed (so a parser error anywhere wins over them). The parser
// accepts such programs; the compiler must report them, as a lang::SyntaxError located at the node
// (CPython uses the node's full range: `return 1` gets carets under all of it). Checked with
// CPython 3.13 (message -> example):
//   'return' outside function          -> return 1 (also directly in a class body)
//   'yield' outside function           -> yield x (also `x = yield` at module level)
//   'await' outside function           -> await x at module level
//   'await' outside async function     -> await inside a plain def
//   'async with' outside async function, 'async for' outside async function
//   asynchronous comprehension outside of an asynchronous function -> [x async for x in y]
//   'return' with value in async generator; 'yield from' inside async function
//   'yield' inside list comprehension (also set/dict comprehension, generator expression)
//   'break' outside loop; 'continue' not properly in loop
//   'break', 'continue' and 'return' cannot appear in an except* block
//   duplicate argument 'x' in function definition
//   keyword argument repeated: a       -> f(a=1, a=2)
//   can't use starred expression here  -> x = *a
//   starred assignment target must be in a list or tuple -> *a = 1
//   multiple starred expressions in assignment -> a, *b, *c = d
//   nonlocal declaration not allowed at module level; no binding for nonlocal 'y' found
//   name 'a' is parameter and global; name 'x' is assigned to before global declaration;
//   name 'x' is used prior to global declaration; annotated name 'x' can't be global
//   not a chance (from __future__ import braces); from __future__ imports must occur at the
//   beginning of the file
// Deeply left-nested trees are possible (`1+1+...+1` 100k times parses into a 100k-deep BinOp
// chain without recursion in the parser); CPython reports "RecursionError: maximum recursion depth
// exceeded during compilation" for those, so a recursive compiler needs its own depth cap.
#pragma once

#include <cassert>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace loopscope::lang::ast {

// ----- enums (CPython's sum types without fields) -----

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class Operator : uint8_t {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// CPython's names ("Add", "NotIn", ...) as ast.dump prints them.
const char* name_of(ExprContext v);
const char* name_of(BoolOpKind v);
const char* name_of(Operator v);
const char* name_of(UnaryOpKind v);
const char* name_of(CmpOp v);

// ----- base of all nodes -----

struct node {
    int lineno = 0;
    int col_offset = 0;
    int end_lineno = 0;
    int end_col_offset = 0;
    virtual ~node() = default;  // lets the arena own every node type
};

// Owns every node of one tree. Nodes never move, so raw pointers between them stay valid.
class Arena {
public:
    template <class T, class... Args>
    T* make(Args&&... args) {
        auto owned = std::make_unique<T>(std::forward<Args>(args)...);
        T* raw = owned.get();
        nodes_.push_back(std::move(owned));
        return raw;
    }
    size_t size() const { return nodes_.size(); }

private:
    std::vector<std::unique_ptr<node>> nodes_;
};

// ----- expressions -----

enum class ExprKind : uint8_t {
    BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
    GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
    Attribute, Subscript, Starred, Name, List, Tuple, Slice
};

struct expr : node {
    const ExprKind kind;
    explicit expr(ExprKind k) : kind(k) {}
    template <class T> T& as() { assert(kind == T::kKind && "wrong expr downcast"); return static_cast<T&>(*this); }
    template <class T> const T& as() const { assert(kind == T::kKind && "wrong expr downcast"); return static_cast<const T&>(*this); }
    template <class T> bool is() const { return kind == T::kKind; }
};

#define LOOPSCOPE_EXPR_NODE(Name) \
    static constexpr ExprKind kKind = ExprKind::Name; \
    Name() : expr(kKind) {}

struct comprehension;
struct arguments;
struct keyword;

struct BoolOp final : expr { LOOPSCOPE_EXPR_NODE(BoolOp)
    BoolOpKind op = BoolOpKind::And;
    std::vector<expr*> values;  // two or more
};
struct NamedExpr final : expr { LOOPSCOPE_EXPR_NODE(NamedExpr)
    expr* target = nullptr;  // always a Name with ctx Store
    expr* value = nullptr;
};
struct BinOp final : expr { LOOPSCOPE_EXPR_NODE(BinOp)
    expr* left = nullptr;
    Operator op = Operator::Add;
    expr* right = nullptr;
};
struct UnaryOp final : expr { LOOPSCOPE_EXPR_NODE(UnaryOp)
    UnaryOpKind op = UnaryOpKind::Not;
    expr* operand = nullptr;
};
struct Lambda final : expr { LOOPSCOPE_EXPR_NODE(Lambda)
    arguments* args = nullptr;  // never null
    expr* body = nullptr;
};
struct IfExp final : expr { LOOPSCOPE_EXPR_NODE(IfExp)
    expr* test = nullptr;
    expr* body = nullptr;
    expr* orelse = nullptr;
};
struct Dict final : expr { LOOPSCOPE_EXPR_NODE(Dict)
    std::vector<expr*> keys;    // nullptr key means `**values[i]`
    std::vector<expr*> values;
};
struct Set final : expr { LOOPSCOPE_EXPR_NODE(Set)
    std::vector<expr*> elts;
};
struct ListComp final : expr { LOOPSCOPE_EXPR_NODE(ListComp)
    expr* elt = nullptr;
    std::vector<comprehension*> generators;
};
struct SetComp final : expr { LOOPSCOPE_EXPR_NODE(SetComp)
    expr* elt = nullptr;
    std::vector<comprehension*> generators;
};
struct DictComp final : expr { LOOPSCOPE_EXPR_NODE(DictComp)
    expr* key = nullptr;
    expr* value = nullptr;
    std::vector<comprehension*> generators;
};
struct GeneratorExp final : expr { LOOPSCOPE_EXPR_NODE(GeneratorExp)
    expr* elt = nullptr;
    std::vector<comprehension*> generators;
};
struct Await final : expr { LOOPSCOPE_EXPR_NODE(Await)
    expr* value = nullptr;
};
struct Yield final : expr { LOOPSCOPE_EXPR_NODE(Yield)
    expr* value = nullptr;  // optional
};
struct YieldFrom final : expr { LOOPSCOPE_EXPR_NODE(YieldFrom)
    expr* value = nullptr;
};
struct Compare final : expr { LOOPSCOPE_EXPR_NODE(Compare)
    expr* left = nullptr;
    std::vector<CmpOp> ops;
    std::vector<expr*> comparators;  // same length as ops
};
struct Call final : expr { LOOPSCOPE_EXPR_NODE(Call)
    expr* func = nullptr;
    std::vector<expr*> args;         // may contain Starred (for *x)
    std::vector<keyword*> keywords;  // keyword with empty arg is **x
};
struct FormattedValue final : expr { LOOPSCOPE_EXPR_NODE(FormattedValue)
    expr* value = nullptr;
    int conversion = -1;           // -1 none, else 's' (115), 'r' (114), 'a' (97)
    expr* format_spec = nullptr;   // optional; always a JoinedStr when present
};
struct JoinedStr final : expr { LOOPSCOPE_EXPR_NODE(JoinedStr)
    std::vector<expr*> values;  // Constant(str) and FormattedValue only
};

// The value of a Constant node.
enum class ConstantKind : uint8_t { None, Bool, Ellipsis, Int, BigInt, Float, Complex, Str, Bytes };
struct ConstantValue {
    ConstantKind kind = ConstantKind::None;
    bool b = false;     // Bool
    int64_t i = 0;      // Int (fits in int64)
    double f = 0.0;     // Float, and Complex's imaginary part (literals are always 0+fj)
    std::string s;      // BigInt: decimal digits (no sign); Str: UTF-8 text (lone surrogates
                        // from \ud800-style escapes are encoded WTF-8 style); Bytes: raw bytes
};

struct Constant final : expr { LOOPSCOPE_EXPR_NODE(Constant)
    ConstantValue value;
    // CPython's `kind` field: 'u' when the string literal had a u prefix, else None.
    bool u_prefix = false;
};
struct Attribute final : expr { LOOPSCOPE_EXPR_NODE(Attribute)
    expr* value = nullptr;
    std::string attr;
    ExprContext ctx = ExprContext::Load;
};
struct Subscript final : expr { LOOPSCOPE_EXPR_NODE(Subscript)
    expr* value = nullptr;
    expr* slice = nullptr;  // a Slice, a Tuple (a[1:2, 3]) or any expression
    ExprContext ctx = ExprContext::Load;
};
struct Starred final : expr { LOOPSCOPE_EXPR_NODE(Starred)
    expr* value = nullptr;
    ExprContext ctx = ExprContext::Load;
};
struct Name final : expr { LOOPSCOPE_EXPR_NODE(Name)
    std::string id;  // as written (CPython NFKC-normalizes non-ASCII names; we do not yet)
    ExprContext ctx = ExprContext::Load;
};
struct List final : expr { LOOPSCOPE_EXPR_NODE(List)
    std::vector<expr*> elts;
    ExprContext ctx = ExprContext::Load;
};
struct Tuple final : expr { LOOPSCOPE_EXPR_NODE(Tuple)
    std::vector<expr*> elts;
    ExprContext ctx = ExprContext::Load;
};
struct Slice final : expr { LOOPSCOPE_EXPR_NODE(Slice)
    expr* lower = nullptr;  // all three optional
    expr* upper = nullptr;
    expr* step = nullptr;
};
#undef LOOPSCOPE_EXPR_NODE

// ----- helper nodes -----

struct comprehension final : node {
    expr* target = nullptr;
    expr* iter = nullptr;
    std::vector<expr*> ifs;
    int is_async = 0;
};

struct arg final : node {
    std::string arg;            // the parameter name (field named as in CPython)
    expr* annotation = nullptr; // optional
};

struct arguments final : node {
    std::vector<arg*> posonlyargs;
    std::vector<arg*> args;
    arg* vararg = nullptr;             // *args, optional
    std::vector<arg*> kwonlyargs;
    std::vector<expr*> kw_defaults;    // same length as kwonlyargs; nullptr = no default
    arg* kwarg = nullptr;              // **kwargs, optional
    std::vector<expr*> defaults;       // defaults of the LAST len(defaults) of posonlyargs+args
};

struct keyword final : node {
    std::string arg;      // empty for **value
    expr* value = nullptr;
};

struct alias final : node {
    std::string name;     // dotted for `import a.b`; "*" for `from m import *`
    std::string asname;   // empty when absent
};

struct withitem final : node {
    expr* context_expr = nullptr;
    expr* optional_vars = nullptr;  // optional; ctx Store when present
};

struct stmt;

struct ExceptHandler final : node {
    expr* type = nullptr;  // optional (bare `except:`)
    std::string name;      // empty when absent
    std::vector<stmt*> body;
};

// ----- statements -----

enum class StmtKind : uint8_t {
    FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
    AsyncFor, While, If, With, AsyncWith, Raise, Try, TryStar, Assert, Import, ImportFrom, Global,
    Nonlocal, Expr, Pass, Break, Continue
};

struct stmt : node {
    const StmtKind kind;
    explicit stmt(StmtKind k) : kind(k) {}
    template <class T> T& as() { assert(kind == T::kKind && "wrong stmt downcast"); return static_cast<T&>(*this); }
    template <class T> const T& as() const { assert(kind == T::kKind && "wrong stmt downcast"); return static_cast<const T&>(*this); }
    template <class T> bool is() const { return kind == T::kKind; }
};

#define LOOPSCOPE_STMT_NODE(Name) \
    static constexpr StmtKind kKind = StmtKind::Name; \
    Name() : stmt(kKind) {}

// FunctionDef and AsyncFunctionDef share one layout; so do For/AsyncFor and With/AsyncWith and
// Try/TryStar, so a compiler can handle each pair with one function.
struct FunctionDefBase : stmt {
    using stmt::stmt;
    std::string name;
    arguments* args = nullptr;  // never null
    std::vector<stmt*> body;
    std::vector<expr*> decorator_list;
    expr* returns = nullptr;    // optional
};
struct FunctionDef final : FunctionDefBase {
    static constexpr StmtKind kKind = StmtKind::FunctionDef;
    FunctionDef() : FunctionDefBase(kKind) {}
};
struct AsyncFunctionDef final : FunctionDefBase {
    static constexpr StmtKind kKind = StmtKind::AsyncFunctionDef;
    AsyncFunctionDef() : FunctionDefBase(kKind) {}
};
struct ClassDef final : stmt { LOOPSCOPE_STMT_NODE(ClassDef)
    std::string name;
    std::vector<expr*> bases;
    std::vector<keyword*> keywords;
    std::vector<stmt*> body;
    std::vector<expr*> decorator_list;
};
struct Return final : stmt { LOOPSCOPE_STMT_NODE(Return)
    expr* value = nullptr;  // optional
};
struct Delete final : stmt { LOOPSCOPE_STMT_NODE(Delete)
    std::vector<expr*> targets;  // ctx Del
};
struct Assign final : stmt { LOOPSCOPE_STMT_NODE(Assign)
    std::vector<expr*> targets;  // a = b = value has two targets
    expr* value = nullptr;
};
struct AugAssign final : stmt { LOOPSCOPE_STMT_NODE(AugAssign)
    expr* target = nullptr;  // Name, Attribute or Subscript with ctx Store
    Operator op = Operator::Add;
    expr* value = nullptr;
};
struct AnnAssign final : stmt { LOOPSCOPE_STMT_NODE(AnnAssign)
    expr* target = nullptr;
    expr* annotation = nullptr;
    expr* value = nullptr;  // optional
    int simple = 0;         // 1 when target is a bare (unparenthesized) Name
};
struct ForBase : stmt {
    using stmt::stmt;
    expr* target = nullptr;
    expr* iter = nullptr;
    std::vector<stmt*> body;
    std::vector<stmt*> orelse;
};
struct For final : ForBase {
    static constexpr StmtKind kKind = StmtKind::For;
    For() : ForBase(kKind) {}
};
struct AsyncFor final : ForBase {
    static constexpr StmtKind kKind = StmtKind::AsyncFor;
    AsyncFor() : ForBase(kKind) {}
};
struct While final : stmt { LOOPSCOPE_STMT_NODE(While)
    expr* test = nullptr;
    std::vector<stmt*> body;
    std::vector<stmt*> orelse;
};
struct If final : stmt { LOOPSCOPE_STMT_NODE(If)
    expr* test = nullptr;
    std::vector<stmt*> body;
    std::vector<stmt*> orelse;  // `elif` is a single nested If here, as in CPython
};
struct WithBase : stmt {
    using stmt::stmt;
    std::vector<withitem*> items;
    std::vector<stmt*> body;
};
struct With final : WithBase {
    static constexpr StmtKind kKind = StmtKind::With;
    With() : WithBase(kKind) {}
};
struct AsyncWith final : WithBase {
    static constexpr StmtKind kKind = StmtKind::AsyncWith;
    AsyncWith() : WithBase(kKind) {}
};
struct Raise final : stmt { LOOPSCOPE_STMT_NODE(Raise)
    expr* exc = nullptr;    // optional
    expr* cause = nullptr;  // optional
};
struct TryBase : stmt {
    using stmt::stmt;
    std::vector<stmt*> body;
    std::vector<ExceptHandler*> handlers;
    std::vector<stmt*> orelse;
    std::vector<stmt*> finalbody;
};
struct Try final : TryBase {
    static constexpr StmtKind kKind = StmtKind::Try;
    Try() : TryBase(kKind) {}
};
struct TryStar final : TryBase {
    static constexpr StmtKind kKind = StmtKind::TryStar;
    TryStar() : TryBase(kKind) {}
};
struct Assert final : stmt { LOOPSCOPE_STMT_NODE(Assert)
    expr* test = nullptr;
    expr* msg = nullptr;  // optional
};
struct Import final : stmt { LOOPSCOPE_STMT_NODE(Import)
    std::vector<alias*> names;
};
struct ImportFrom final : stmt { LOOPSCOPE_STMT_NODE(ImportFrom)
    std::string module;  // empty for `from . import x`
    std::vector<alias*> names;
    int level = 0;       // number of leading dots
};
struct Global final : stmt { LOOPSCOPE_STMT_NODE(Global)
    std::vector<std::string> names;
};
struct Nonlocal final : stmt { LOOPSCOPE_STMT_NODE(Nonlocal)
    std::vector<std::string> names;
};
struct Expr final : stmt { LOOPSCOPE_STMT_NODE(Expr)
    expr* value = nullptr;
};
struct Pass final : stmt { LOOPSCOPE_STMT_NODE(Pass) };
struct Break final : stmt { LOOPSCOPE_STMT_NODE(Break) };
struct Continue final : stmt { LOOPSCOPE_STMT_NODE(Continue) };
#undef LOOPSCOPE_STMT_NODE

// ----- the root -----

struct Module {
    std::vector<stmt*> body;
    Arena arena;  // owns every node reachable from body
};

// Exactly CPython 3.13's `ast.dump(tree)` (no attributes, no indent): used to check the parser
// differentially against CPython.
// With include_attributes, also the locations, as ast.dump(tree, include_attributes=True).
std::string dump(const Module& module, bool include_attributes = false);
std::string dump(const expr& e, bool include_attributes = false);
std::string dump(const stmt& s, bool include_attributes = false);

// Python's repr() of a constant, as ast.dump prints it: 'a\n', b'\x00', 1e+100, 1j, None, ...
std::string constant_repr(const ConstantValue& v);

}  // namespace loopscope::lang::ast
