// ast::dump, byte-for-byte CPython 3.13's ast.dump(tree): fields in ASDL order, None and empty
// lists left out (except Constant.value), reprs of constants as Python prints them.
#include "lang/ast.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

#include "lang/unicode_tables.h"

namespace loopscope::lang::ast {

const char* name_of(ExprContext v) {
    static const char* const kNames[] = {"Load", "Store", "Del"};
    return kNames[static_cast<int>(v)];
}
const char* name_of(BoolOpKind v) { return v == BoolOpKind::And ? "And" : "Or"; }
const char* name_of(Operator v) {
    static const char* const kNames[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                         "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
    return kNames[static_cast<int>(v)];
}
const char* name_of(UnaryOpKind v) {
    static const char* const kNames[] = {"Invert", "Not", "UAdd", "USub"};
    return kNames[static_cast<int>(v)];
}
const char* name_of(CmpOp v) {
    static const char* const kNames[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
    return kNames[static_cast<int>(v)];
}

namespace {

// ----- reprs -----

char32_t next_code_point(const std::string& s, size_t& i) {
    auto b0 = static_cast<unsigned char>(s[i]);
    int len = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : 4;
    if (i + len > s.size()) len = 1;
    char32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += len;
    return cp;
}

std::string hex_escape(const char* prefix, unsigned v, int width) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%0*x", prefix, width, v);
    return buf;
}

// repr() of a str (Objects/unicodeobject.c: unicode_repr).
std::string str_repr(const std::string& s) {
    bool has_single = s.find('\'') != std::string::npos;
    bool has_double = s.find('"') != std::string::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out(1, quote);
    for (size_t i = 0; i < s.size();) {
        size_t at = i;
        char32_t c = next_code_point(s, i);
        if (c == static_cast<char32_t>(quote) || c == '\\') { out += '\\'; out += static_cast<char>(c); }
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || c == 0x7F) out += hex_escape("\\x", c, 2);
        else if (c < 0x7F) out += static_cast<char>(c);
        else if (is_printable(c)) out.append(s, at, i - at);
        else if (c <= 0xFF) out += hex_escape("\\x", c, 2);
        else if (c <= 0xFFFF) out += hex_escape("\\u", c, 4);
        else out += hex_escape("\\U", c, 8);
    }
    out += quote;
    return out;
}

// repr() of bytes (Objects/bytesobject.c: PyBytes_Repr).
std::string bytes_repr(const std::string& s) {
    bool has_single = s.find('\'') != std::string::npos;
    bool has_double = s.find('"') != std::string::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out = "b";
    out += quote;
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') { out += '\\'; out += ch; }
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || c >= 0x7F) out += hex_escape("\\x", c, 2);
        else out += ch;
    }
    out += quote;
    return out;
}

// repr() of a float: shortest round-trip digits laid out as Python's float_repr_style 'short'.
// `add_dot_0` is false for the parts of a complex ("1j", not "1.0j").
std::string float_repr(double v, bool add_dot_0) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    std::string sign;
    if (sci[0] == '-') { sign = "-"; sci.erase(0, 1); }
    size_t e = sci.find('e');
    std::string digits;
    for (size_t i = 0; i < e; ++i)
        if (sci[i] != '.') digits += sci[i];
    int exp10 = std::stoi(sci.substr(e + 1));
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    int decpt = exp10 + 1;
    std::string out = sign;
    if (v == 0) {
        return sign + (add_dot_0 ? "0.0" : "0");
    }
    if (decpt <= -4 || decpt > 16) {
        out += digits.substr(0, 1);
        if (digits.size() > 1) out += "." + digits.substr(1);
        char ebuf[16];
        std::snprintf(ebuf, sizeof ebuf, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
        return out + ebuf;
    }
    if (decpt <= 0) return out + "0." + std::string(-decpt, '0') + digits;
    if (static_cast<size_t>(decpt) >= digits.size())
        return out + digits + std::string(decpt - digits.size(), '0') + (add_dot_0 ? ".0" : "");
    return out + digits.substr(0, decpt) + "." + digits.substr(decpt);
}

// ----- the dumper -----

class Dumper {
public:
    std::string out;
    bool attributes = false;

    void module(const Module& m) {
        out += "Module(";
        Fields f(*this);
        f.stmts("body", m.body);
        out += ")";
    }

    // Writes `name=value` pairs, comma-separated, skipping absent ones as ast.dump does.
    class Fields {
    public:
        explicit Fields(Dumper& d) : d_(d) {}
        void sep() { if (!first_) d_.out += ", "; first_ = false; }
        void label(const char* name) { sep(); d_.out += name; d_.out += '='; }
        void raw(const char* name, const std::string& v) { label(name); d_.out += v; }
        void integer(const char* name, long long v) { raw(name, std::to_string(v)); }
        void str(const char* name, const std::string& v) { raw(name, str_repr(v)); }
        void opt_str(const char* name, const std::string& v) { if (!v.empty()) str(name, v); }
        void ctx(ExprContext c) { raw("ctx", std::string(name_of(c)) + "()"); }
        void expr(const char* name, const ast::expr* e) { if (e) { label(name); d_.expr(e); } }
        template <class T, class F>
        void list(const char* name, const std::vector<T>& items, F each) {
            if (items.empty()) return;
            label(name);
            d_.out += '[';
            for (size_t i = 0; i < items.size(); ++i) {
                if (i) d_.out += ", ";
                each(items[i]);
            }
            d_.out += ']';
        }
        void exprs(const char* name, const std::vector<ast::expr*>& items) {
            list(name, items, [&](const ast::expr* e) { if (e) d_.expr(e); else d_.out += "None"; });
        }
        void stmts(const char* name, const std::vector<ast::stmt*>& items) {
            list(name, items, [&](const ast::stmt* s) { d_.stmt(s); });
        }
        void strs(const char* name, const std::vector<std::string>& items) {
            list(name, items, [&](const std::string& s) { d_.out += str_repr(s); });
        }

    private:
        Dumper& d_;
        bool first_ = true;
    };

    void expr(const ast::expr* e);
    void stmt(const ast::stmt* s);
    void comprehension(const ast::comprehension* c);
    void arguments(const ast::arguments* a);
    void arg(const ast::arg* a);
    void keyword(const ast::keyword* k);
    void alias(const ast::alias* a);
    void withitem(const ast::withitem* w);
    void handler(const ast::ExceptHandler* h);

private:
    void open(const char* name) { out += name; out += '('; }
    void close() { out += ')'; }
    // Location attributes of expr, stmt, ExceptHandler, arg, keyword and alias nodes.
    void location(Fields& f, const ast::node& n) {
        if (!attributes) return;
        f.integer("lineno", n.lineno);
        f.integer("col_offset", n.col_offset);
        f.integer("end_lineno", n.end_lineno);
        f.integer("end_col_offset", n.end_col_offset);
    }
    void comprehension_list(Fields& f, const std::vector<ast::comprehension*>& gens) {
        f.list("generators", gens, [&](const ast::comprehension* c) { comprehension(c); });
    }
    void expr_node(const ast::expr* e, Fields& f);
    void stmt_node(const ast::stmt* s, Fields& f);
};

void Dumper::expr(const ast::expr* e) {
    static const char* const kNames[] = {
        "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp",
        "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call",
        "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name",
        "List", "Tuple", "Slice"};
    open(kNames[static_cast<int>(e->kind)]);
    Fields f(*this);
    expr_node(e, f);
    location(f, *e);
    close();
}

void Dumper::expr_node(const ast::expr* e, Fields& f) {
    switch (e->kind) {
    case ExprKind::BoolOp: {
        const auto& n = e->as<BoolOp>();
        f.raw("op", std::string(name_of(n.op)) + "()");
        f.exprs("values", n.values);
        break;
    }
    case ExprKind::NamedExpr: f.expr("target", e->as<NamedExpr>().target); f.expr("value", e->as<NamedExpr>().value); break;
    case ExprKind::BinOp: {
        const auto& n = e->as<BinOp>();
        f.expr("left", n.left);
        f.raw("op", std::string(name_of(n.op)) + "()");
        f.expr("right", n.right);
        break;
    }
    case ExprKind::UnaryOp:
        f.raw("op", std::string(name_of(e->as<UnaryOp>().op)) + "()");
        f.expr("operand", e->as<UnaryOp>().operand);
        break;
    case ExprKind::Lambda:
        f.label("args");
        arguments(e->as<Lambda>().args);
        f.expr("body", e->as<Lambda>().body);
        break;
    case ExprKind::IfExp: {
        const auto& n = e->as<IfExp>();
        f.expr("test", n.test);
        f.expr("body", n.body);
        f.expr("orelse", n.orelse);
        break;
    }
    case ExprKind::Dict: f.exprs("keys", e->as<Dict>().keys); f.exprs("values", e->as<Dict>().values); break;
    case ExprKind::Set: f.exprs("elts", e->as<Set>().elts); break;
    case ExprKind::ListComp: f.expr("elt", e->as<ListComp>().elt); comprehension_list(f, e->as<ListComp>().generators); break;
    case ExprKind::SetComp: f.expr("elt", e->as<SetComp>().elt); comprehension_list(f, e->as<SetComp>().generators); break;
    case ExprKind::DictComp:
        f.expr("key", e->as<DictComp>().key);
        f.expr("value", e->as<DictComp>().value);
        comprehension_list(f, e->as<DictComp>().generators);
        break;
    case ExprKind::GeneratorExp:
        f.expr("elt", e->as<GeneratorExp>().elt);
        comprehension_list(f, e->as<GeneratorExp>().generators);
        break;
    case ExprKind::Await: f.expr("value", e->as<Await>().value); break;
    case ExprKind::Yield: f.expr("value", e->as<Yield>().value); break;
    case ExprKind::YieldFrom: f.expr("value", e->as<YieldFrom>().value); break;
    case ExprKind::Compare: {
        const auto& n = e->as<Compare>();
        f.expr("left", n.left);
        f.list("ops", n.ops, [&](CmpOp op) { out += name_of(op); out += "()"; });
        f.exprs("comparators", n.comparators);
        break;
    }
    case ExprKind::Call: {
        const auto& n = e->as<Call>();
        f.expr("func", n.func);
        f.exprs("args", n.args);
        f.list("keywords", n.keywords, [&](const ast::keyword* k) { keyword(k); });
        break;
    }
    case ExprKind::FormattedValue: {
        const auto& n = e->as<FormattedValue>();
        f.expr("value", n.value);
        f.integer("conversion", n.conversion);
        f.expr("format_spec", n.format_spec);
        break;
    }
    case ExprKind::JoinedStr: f.exprs("values", e->as<JoinedStr>().values); break;
    case ExprKind::Constant:
        f.raw("value", constant_repr(e->as<Constant>().value));
        if (e->as<Constant>().u_prefix) f.str("kind", "u");
        break;
    case ExprKind::Attribute: {
        const auto& n = e->as<Attribute>();
        f.expr("value", n.value);
        f.str("attr", n.attr);
        f.ctx(n.ctx);
        break;
    }
    case ExprKind::Subscript: {
        const auto& n = e->as<Subscript>();
        f.expr("value", n.value);
        f.expr("slice", n.slice);
        f.ctx(n.ctx);
        break;
    }
    case ExprKind::Starred: f.expr("value", e->as<Starred>().value); f.ctx(e->as<Starred>().ctx); break;
    case ExprKind::Name: f.str("id", e->as<Name>().id); f.ctx(e->as<Name>().ctx); break;
    case ExprKind::List: f.exprs("elts", e->as<List>().elts); f.ctx(e->as<List>().ctx); break;
    case ExprKind::Tuple: f.exprs("elts", e->as<Tuple>().elts); f.ctx(e->as<Tuple>().ctx); break;
    case ExprKind::Slice: {
        const auto& n = e->as<Slice>();
        f.expr("lower", n.lower);
        f.expr("upper", n.upper);
        f.expr("step", n.step);
        break;
    }
    }
}

void Dumper::stmt(const ast::stmt* s) {
    static const char* const kNames[] = {
        "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign",
        "AnnAssign", "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Raise", "Try",
        "TryStar", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break",
        "Continue"};
    open(kNames[static_cast<int>(s->kind)]);
    Fields f(*this);
    stmt_node(s, f);
    location(f, *s);
    close();
}

void Dumper::stmt_node(const ast::stmt* s, Fields& f) {
    switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: {
        const auto& n = static_cast<const FunctionDefBase&>(*s);
        f.str("name", n.name);
        f.label("args");
        arguments(n.args);
        f.stmts("body", n.body);
        f.exprs("decorator_list", n.decorator_list);
        f.expr("returns", n.returns);
        break;
    }
    case StmtKind::ClassDef: {
        const auto& n = s->as<ClassDef>();
        f.str("name", n.name);
        f.exprs("bases", n.bases);
        f.list("keywords", n.keywords, [&](const ast::keyword* k) { keyword(k); });
        f.stmts("body", n.body);
        f.exprs("decorator_list", n.decorator_list);
        break;
    }
    case StmtKind::Return: f.expr("value", s->as<Return>().value); break;
    case StmtKind::Delete: f.exprs("targets", s->as<Delete>().targets); break;
    case StmtKind::Assign: f.exprs("targets", s->as<Assign>().targets); f.expr("value", s->as<Assign>().value); break;
    case StmtKind::AugAssign: {
        const auto& n = s->as<AugAssign>();
        f.expr("target", n.target);
        f.raw("op", std::string(name_of(n.op)) + "()");
        f.expr("value", n.value);
        break;
    }
    case StmtKind::AnnAssign: {
        const auto& n = s->as<AnnAssign>();
        f.expr("target", n.target);
        f.expr("annotation", n.annotation);
        f.expr("value", n.value);
        f.integer("simple", n.simple);
        break;
    }
    case StmtKind::For:
    case StmtKind::AsyncFor: {
        const auto& n = static_cast<const ForBase&>(*s);
        f.expr("target", n.target);
        f.expr("iter", n.iter);
        f.stmts("body", n.body);
        f.stmts("orelse", n.orelse);
        break;
    }
    case StmtKind::While: f.expr("test", s->as<While>().test); f.stmts("body", s->as<While>().body); f.stmts("orelse", s->as<While>().orelse); break;
    case StmtKind::If: f.expr("test", s->as<If>().test); f.stmts("body", s->as<If>().body); f.stmts("orelse", s->as<If>().orelse); break;
    case StmtKind::With:
    case StmtKind::AsyncWith: {
        const auto& n = static_cast<const WithBase&>(*s);
        f.list("items", n.items, [&](const ast::withitem* w) { withitem(w); });
        f.stmts("body", n.body);
        break;
    }
    case StmtKind::Raise: f.expr("exc", s->as<Raise>().exc); f.expr("cause", s->as<Raise>().cause); break;
    case StmtKind::Try:
    case StmtKind::TryStar: {
        const auto& n = static_cast<const TryBase&>(*s);
        f.stmts("body", n.body);
        f.list("handlers", n.handlers, [&](const ast::ExceptHandler* h) { handler(h); });
        f.stmts("orelse", n.orelse);
        f.stmts("finalbody", n.finalbody);
        break;
    }
    case StmtKind::Assert: f.expr("test", s->as<Assert>().test); f.expr("msg", s->as<Assert>().msg); break;
    case StmtKind::Import: f.list("names", s->as<Import>().names, [&](const ast::alias* a) { alias(a); }); break;
    case StmtKind::ImportFrom: {
        const auto& n = s->as<ImportFrom>();
        f.opt_str("module", n.module);
        f.list("names", n.names, [&](const ast::alias* a) { alias(a); });
        f.integer("level", n.level);
        break;
    }
    case StmtKind::Global: f.strs("names", s->as<Global>().names); break;
    case StmtKind::Nonlocal: f.strs("names", s->as<Nonlocal>().names); break;
    case StmtKind::Expr: f.expr("value", s->as<Expr>().value); break;
    case StmtKind::Pass: case StmtKind::Break: case StmtKind::Continue: break;
    }
}

void Dumper::comprehension(const ast::comprehension* c) {
    open("comprehension");
    Fields f(*this);
    f.expr("target", c->target);
    f.expr("iter", c->iter);
    f.exprs("ifs", c->ifs);
    f.integer("is_async", c->is_async);
    close();
}

void Dumper::arguments(const ast::arguments* a) {
    open("arguments");
    Fields f(*this);
    auto args = [&](const char* name, const std::vector<ast::arg*>& v) {
        f.list(name, v, [&](const ast::arg* x) { arg(x); });
    };
    args("posonlyargs", a->posonlyargs);
    args("args", a->args);
    if (a->vararg) { f.label("vararg"); arg(a->vararg); }
    args("kwonlyargs", a->kwonlyargs);
    f.exprs("kw_defaults", a->kw_defaults);
    if (a->kwarg) { f.label("kwarg"); arg(a->kwarg); }
    f.exprs("defaults", a->defaults);
    close();
}

void Dumper::arg(const ast::arg* a) {
    open("arg");
    Fields f(*this);
    f.str("arg", a->arg);
    f.expr("annotation", a->annotation);
    location(f, *a);
    close();
}

void Dumper::keyword(const ast::keyword* k) {
    open("keyword");
    Fields f(*this);
    f.opt_str("arg", k->arg);
    f.expr("value", k->value);
    location(f, *k);
    close();
}

void Dumper::alias(const ast::alias* a) {
    open("alias");
    Fields f(*this);
    f.str("name", a->name);
    f.opt_str("asname", a->asname);
    location(f, *a);
    close();
}

void Dumper::withitem(const ast::withitem* w) {
    open("withitem");
    Fields f(*this);
    f.expr("context_expr", w->context_expr);
    f.expr("optional_vars", w->optional_vars);
    close();
}

void Dumper::handler(const ast::ExceptHandler* h) {
    open("ExceptHandler");
    Fields f(*this);
    f.expr("type", h->type);
    f.opt_str("name", h->name);
    f.stmts("body", h->body);
    location(f, *h);
    close();
}

}  // namespace

std::string constant_repr(const ConstantValue& v) {
    switch (v.kind) {
    case ConstantKind::None: return "None";
    case ConstantKind::Bool: return v.b ? "True" : "False";
    case ConstantKind::Ellipsis: return "Ellipsis";
    case ConstantKind::Int: return std::to_string(v.i);
    case ConstantKind::BigInt: return v.s;
    case ConstantKind::Float: return float_repr(v.f, true);
    case ConstantKind::Complex: return float_repr(v.f, false) + "j";
    case ConstantKind::Str: return str_repr(v.s);
    case ConstantKind::Bytes: return bytes_repr(v.s);
    }
    return "None";
}

std::string dump(const Module& module, bool include_attributes) {
    Dumper d;
    d.attributes = include_attributes;
    d.module(module);
    return d.out;
}

std::string dump(const expr& e, bool include_attributes) {
    Dumper d;
    d.attributes = include_attributes;
    d.expr(&e);
    return d.out;
}

std::string dump(const stmt& s, bool include_attributes) {
    Dumper d;
    d.attributes = include_attributes;
    d.stmt(&s);
    return d.out;
}

}  // namespace loopscope::lang::ast
