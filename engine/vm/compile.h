// The compiler's entry point: a parsed module becomes a code object, or the SyntaxError
// CPython would report after parsing (from its symbol table or its compiler).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lang/ast.h"
#include "lang/parser.h"
#include "lang/syntax_error.h"
#include "vm/code.h"

namespace loopscope::vm {

struct CompileResult {
    Ref<CodeObject> code;                   // null when `error` is set
    std::optional<lang::SyntaxError> error;
    // SyntaxWarnings CPython's compiler emits ("\"is\" with 'int' literal. Did you mean
    // \"==\"?", "'tuple' object is not callable; perhaps you missed a comma?", ...), in
    // source order: print them like the parser's (lang::format_syntax_warning).
    std::vector<lang::SyntaxWarning> warnings;
};

// Needs the run's Interp to be current: constants are created on its heap.
CompileResult compile_module(const lang::ast::Module& module, const std::string& filename);

// eval()'s mode: `module` must hold exactly one expression statement; the code returns the
// expression's value.
CompileResult compile_eval(const lang::ast::Module& module, const std::string& filename);

}  // namespace loopscope::vm
