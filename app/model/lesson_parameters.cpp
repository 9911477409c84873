// Lesson parameters: a program's top-level `NAME = <number>` is where a slider's value goes.
// The program stays plain Python (CPython runs it as is); only that literal is rewritten.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "lang/ast.h"
#include "lang/parser.h"
#include "lang/syntax_error.h"
#include "model/lesson.h"

namespace loopscope::app {

namespace {

bool is_whole(double x) { return std::isfinite(x) && std::fabs(x) < 1e15 && x == std::floor(x); }

// How many decimals `step` needs (0.5 → 1, 0.25 → 2, 0.1 → 1), at most 6.
int decimals_of(double step) {
    for (int d = 1; d < 6; ++d) {
        double scaled = step * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, scaled)) return d;
    }
    return 6;
}

// The byte offset of (line, column) as the AST gives them: 1-based line, 0-based byte column.
// A position past the end (a syntax error at the end of the file) is the end.
size_t offset_of(const std::string& source, int line, int column) {
    std::string_view text = lang::source_line(source, line);
    if (text.data() == nullptr) return source.size();
    size_t start = static_cast<size_t>(text.data() - source.data());
    return std::min(source.size(), start + static_cast<size_t>(std::max(column, 0)));
}

bool binds_name(const lang::ast::expr* target, const std::string& name) {
    using namespace lang::ast;
    switch (target->kind) {
        case ExprKind::Name:
            return target->as<Name>().id == name;
        case ExprKind::Starred:
            return binds_name(target->as<Starred>().value, name);
        case ExprKind::Tuple:
            for (const expr* e : target->as<Tuple>().elts)
                if (binds_name(e, name)) return true;
            return false;
        case ExprKind::List:
            for (const expr* e : target->as<List>().elts)
                if (binds_name(e, name)) return true;
            return false;
        default:
            return false;
    }
}

// The target of `statement` that assigns `name` at the module's top level, or nullptr.
const lang::ast::expr* target_binding(const lang::ast::stmt* statement, const std::string& name) {
    using namespace lang::ast;
    switch (statement->kind) {
        case StmtKind::Assign:
            for (const expr* t : statement->as<Assign>().targets)
                if (binds_name(t, name)) return t;
            return nullptr;
        case StmtKind::AugAssign: {
            const expr* t = statement->as<AugAssign>().target;
            return binds_name(t, name) ? t : nullptr;
        }
        case StmtKind::AnnAssign: {
            const expr* t = statement->as<AnnAssign>().target;
            return binds_name(t, name) ? t : nullptr;
        }
        default:
            return nullptr;
    }
}

// An int or float literal, or one negated: `3`, `0.5`, `-1`. Sets value and is_float.
bool number_literal(const lang::ast::expr* e, double& value, bool& is_float) {
    using namespace lang::ast;
    double sign = 1;
    if (e->kind == ExprKind::UnaryOp && e->as<UnaryOp>().op == UnaryOpKind::USub) {
        sign = -1;
        e = e->as<UnaryOp>().operand;
    }
    if (e->kind != ExprKind::Constant) return false;
    const ConstantValue& c = e->as<Constant>().value;
    if (c.kind == ConstantKind::Int) {
        value = sign * static_cast<double>(c.i);
        is_float = false;
        return true;
    }
    if (c.kind == ConstantKind::Float) {
        value = sign * c.f;
        is_float = true;
        return true;
    }
    return false;
}

ParameterBinding binding_in(const lang::ast::Module& module, const std::string& source,
                            const std::string& name) {
    using namespace lang::ast;
    ParameterBinding b;
    const stmt* first = nullptr;
    for (const stmt* s : module.body) {
        const expr* target = target_binding(s, name);
        if (!target) continue;
        if (first) {
            b.error = name + " is assigned more than once at the top level (first on line " +
                      std::to_string(first->lineno) +
                      "): a parameter needs exactly one `" + name +
                      " = <number>`, the one place the slider changes.";
            b.error_at = offset_of(source, target->lineno, target->col_offset);
            return b;
        }
        first = s;
    }
    if (!first) return b;  // not assigned at all: the caller says where to add it

    const std::string form = "`" + name + " = <number>` (one name, then an int or float "
                             "literal such as 3 or 0.5, optionally negative)";
    if (first->kind != StmtKind::Assign || first->as<Assign>().targets.size() != 1 ||
        first->as<Assign>().targets[0]->kind != ExprKind::Name) {
        b.error = "the parameter " + name + " must be set by a plain " + form + ".";
        b.error_at = offset_of(source, first->lineno, first->col_offset);
        return b;
    }
    const expr* value = first->as<Assign>().value;
    if (!number_literal(value, b.value, b.is_float) || value->lineno != value->end_lineno) {
        b.error = "the parameter " + name + " must be set to a number literal: " + form + ".";
        b.error_at = offset_of(source, value->lineno, value->col_offset);
        return b;
    }
    b.found = true;
    b.begin = offset_of(source, value->lineno, value->col_offset);
    b.end = offset_of(source, value->end_lineno, value->end_col_offset);
    return b;
}

}  // namespace

std::string format_parameter_value(const LessonParameter& p) {
    char buffer[64];
    if (is_whole(p.min) && is_whole(p.max) && is_whole(p.step)) {
        std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(std::llround(p.value)));
    } else {
        std::snprintf(buffer, sizeof buffer, "%.*f", decimals_of(p.step), p.value);
    }
    return buffer;
}

std::vector<ParameterBinding> find_parameter_bindings(const std::string& source,
                                                      const std::vector<std::string>& names) {
    std::vector<ParameterBinding> bindings(names.size());
    if (names.empty()) return bindings;
    lang::ParseResult parsed = lang::parse(source);
    for (size_t i = 0; i < names.size(); ++i) {
        if (parsed.ok()) {
            bindings[i] = binding_in(*parsed.module, source, names[i]);
            continue;
        }
        const lang::SyntaxError& e = *parsed.error;
        bindings[i].error = "cannot look for the parameter " + names[i] +
                            ": the program has a syntax error here (" + e.message + ").";
        bindings[i].error_at = offset_of(source, e.lineno, std::max(e.col_offset, 0));
    }
    return bindings;
}

std::string apply_parameters(const std::string& source,
                             const std::vector<LessonParameter>& parameters) {
    std::vector<std::string> names;
    for (const LessonParameter& p : parameters) names.push_back(p.name);
    std::vector<ParameterBinding> bindings = find_parameter_bindings(source, names);

    struct Edit {
        size_t begin, end;
        std::string text;
    };
    std::vector<Edit> edits;
    for (size_t i = 0; i < parameters.size(); ++i) {
        const ParameterBinding& b = bindings[i];
        if (b.found && b.value != parameters[i].value)
            edits.push_back({b.begin, b.end, format_parameter_value(parameters[i])});
    }
    // Distinct names bind distinct statements, so the edits never overlap.
    std::sort(edits.begin(), edits.end(),
              [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
    std::string out;
    out.reserve(source.size() + 16 * edits.size());
    size_t at = 0;
    for (const Edit& e : edits) {
        out.append(source, at, e.begin - at);
        out += e.text;
        at = e.end;
    }
    out.append(source, at, std::string::npos);
    return out;
}

}  // namespace loopscope::app
