// Python functions (type `function`), the cells closures share (type `cell`), and argument
// binding: how call arguments land in a new frame's parameters, with CPython's TypeErrors.
#pragma once

#include <string>
#include <vector>

#include "vm/code.h"
#include "vm/dict.h"
#include "vm/list.h"
#include "vm/native.h"
#include "vm/object.h"

namespace loopscope::vm {

struct Frame;

// A variable shared between a function and the functions nested in it. Empty contents:
// the variable is unbound.
struct CellObject : Object {
    void clear_references() override { contents = Value(); }
    Value contents;
};

Ref<CellObject> make_cell(Value contents = Value());

struct FunctionObject : Object {
    void clear_references() override;
    DictObject* attribute_dict(bool create) override;
    size_t footprint() const override { return sizeof(FunctionObject); }

    Ref<CodeObject> code;          // __code__
    Ref<DictObject> globals;       // __globals__: the defining module's dict
    Ref<DictObject> builtins;      // resolved once, at definition
    Value name;                    // __name__ (a str)
    Value qualname;                // __qualname__ (a str)
    Value doc;                     // __doc__ (None without a docstring)
    Value module;                  // __module__ (the globals' __name__ at definition)
    Ref<TupleObject> defaults;     // __defaults__; null: None
    Ref<DictObject> kwdefaults;    // __kwdefaults__; null: None
    Ref<TupleObject> closure;      // __closure__: CellObjects for code->freevars; null: None
    Ref<DictObject> annotations;   // __annotations__, created on first access
    Ref<DictObject> dict;          // __dict__ (attributes set on the function, __wrapped__)

    // True when a call with exactly `code->argcount` positional arguments and no keywords
    // can bind them straight into the fast locals: no *args/**kwargs, no keyword-only
    // parameters, no cells made from parameters. Computed at creation.
    bool simple_positional = false;
};

// A function object for `code` in module `globals` (as MAKE_FUNCTION creates it).
Ref<FunctionObject> make_function(Ref<CodeObject> code, Ref<DictObject> globals);

// Binds `call` to `func`'s parameters in the fresh frame's fast locals (CPython's
// _PyEval_MakeFrameVector), raising TypeError worded as CPython's: "f() missing 1 required
// positional argument: 'x'", "f() takes 1 positional argument but 2 were given", ...
// Also turns parameters that are cells into cells and copies the closure.
void bind_arguments(Frame* frame, FunctionObject* func, const CallArgs& call);
// Creates the frame's cells (moving parameters that are cells into theirs) and copies the
// closure's cells; bind_arguments does it, fast call paths call it directly.
void initialize_cells(Frame* frame, FunctionObject* func);

// CPython's "Did you mean" (Python/suggestions.c): the candidate closest to `name` by its
// case-aware Levenshtein distance, or "" when none is close enough.
std::string best_suggestion(const std::vector<std::string>& candidates, const std::string& name);

// The `function` and `cell` types' attributes; run once per Interp.
void install_function_types();

}  // namespace loopscope::vm
