// Interp: everything one run owns — builtin types, the builtins and sys.modules dicts,
// interned strings, output sinks, budgets. One Interp per run, bound to the run's thread;
// nothing is global, so tests may run many interpreters in one process.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vm/dict.h"
#include "vm/heap.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

// Builtin types the engine refers to by name. Filled in at Interp start-up.
struct Types {
#define LS_BUILTIN_TYPES(X)                                                                    \
    X(object) X(type) X(none_type) X(bool_) X(int_) X(float_) X(str) X(bytes) X(bytearray)     \
    X(list) X(tuple) X(dict) X(set) X(frozenset) X(range) X(slice) X(ellipsis)                 \
    X(not_implemented) X(function) X(builtin_function) X(method) X(code) X(cell)              \
    X(generator) X(coroutine) X(async_generator) X(module) X(property) X(staticmethod)         \
    X(classmethod) X(getset) X(super_) X(complex)                                             \
    X(list_iterator) X(tuple_iterator) X(range_iterator) X(str_iterator) X(set_iterator)      \
    X(dict_keys) X(dict_values) X(dict_items) X(dict_keyiterator) X(dict_valueiterator)       \
    X(dict_itemiterator) X(seq_iterator) X(callable_iterator)
#define LS_EXCEPTION_TYPES(X)                                                                  \
    X(BaseException) X(Exception) X(ArithmeticError) X(ZeroDivisionError) X(OverflowError)     \
    X(FloatingPointError) X(LookupError) X(KeyError) X(IndexError) X(NameError)               \
    X(UnboundLocalError) X(AttributeError) X(TypeError) X(ValueError) X(UnicodeError)         \
    X(UnicodeDecodeError) X(UnicodeEncodeError) X(RuntimeError) X(RecursionError)             \
    X(NotImplementedError) X(StopIteration) X(StopAsyncIteration) X(GeneratorExit)            \
    X(AssertionError) X(TimeoutError) X(OSError) X(FileNotFoundError) X(FileExistsError)      \
    X(PermissionError) X(IsADirectoryError) X(NotADirectoryError) X(ConnectionError)          \
    X(ConnectionRefusedError) X(ConnectionResetError) X(BrokenPipeError) X(InterruptedError)  \
    X(BlockingIOError) X(ChildProcessError) X(ProcessLookupError) X(KeyboardInterrupt)        \
    X(SystemExit) X(MemoryError) X(ImportError) X(ModuleNotFoundError) X(SyntaxError)         \
    X(IndentationError) X(TabError) X(EOFError) X(BufferError) X(ReferenceError)              \
    X(SystemError) X(BaseExceptionGroup) X(ExceptionGroup) X(Warning) X(UserWarning)          \
    X(DeprecationWarning) X(RuntimeWarning) X(SyntaxWarning) X(ResourceWarning)               \
    X(FutureWarning) X(PendingDeprecationWarning) X(ImportWarning) X(UnicodeWarning)          \
    X(BytesWarning) X(EncodingWarning)
#define LS_DECLARE_TYPE(name) TypeObject* name = nullptr;
    LS_BUILTIN_TYPES(LS_DECLARE_TYPE)
    LS_EXCEPTION_TYPES(LS_DECLARE_TYPE)
#undef LS_DECLARE_TYPE
};

// Interned names the runtime looks up often (dunder methods). names().__init__ etc.
#define LS_INTERNED_NAMES(X)                                                                   \
    X(__init__) X(__new__) X(__repr__) X(__str__) X(__hash__) X(__eq__) X(__ne__) X(__lt__)    \
    X(__le__) X(__gt__) X(__ge__) X(__bool__) X(__len__) X(__iter__) X(__next__)              \
    X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__) X(__call__) X(__getattr__)   \
    X(__getattribute__) X(__setattr__) X(__delattr__) X(__get__) X(__set__) X(__delete__)     \
    X(__enter__) X(__exit__) X(__aenter__) X(__aexit__) X(__aiter__) X(__anext__)             \
    X(__await__) X(__add__) X(__radd__) X(__iadd__) X(__sub__) X(__rsub__) X(__isub__)        \
    X(__mul__) X(__rmul__) X(__imul__) X(__truediv__) X(__rtruediv__) X(__itruediv__)         \
    X(__floordiv__) X(__rfloordiv__) X(__ifloordiv__) X(__mod__) X(__rmod__) X(__imod__)      \
    X(__pow__) X(__rpow__) X(__ipow__) X(__matmul__) X(__rmatmul__) X(__imatmul__)            \
    X(__lshift__) X(__rlshift__) X(__ilshift__) X(__rshift__) X(__rrshift__) X(__irshift__)   \
    X(__and__) X(__rand__) X(__iand__) X(__or__) X(__ror__) X(__ior__) X(__xor__)             \
    X(__rxor__) X(__ixor__) X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__index__)       \
    X(__int__) X(__float__) X(__round__) X(__format__) X(__reversed__) X(__missing__)         \
    X(__class__) X(__dict__) X(__name__) X(__qualname__) X(__module__) X(__doc__)             \
    X(__mro__) X(__bases__) X(__base__) X(__slots__) X(__set_name__) X(__init_subclass__)     \
    X(__class_getitem__) X(__prepare__) X(__builtins__) X(__file__) X(__spec__)               \
    X(__annotations__) X(__main__) X(__cause__) X(__context__) X(__traceback__)               \
    X(__suppress_context__) X(__notes__) X(__del__) X(__length_hint__) X(__classcell__)       \
    X(__dataclass_fields__) X(__match_args__) X(__wrapped__) X(__self__)          \
    X(__defaults__) X(__kwdefaults__) X(__code__) X(__closure__) X(__globals__)               \
    X(__all__) X(__path__) X(__package__) X(__loader__) X(__version__)                        \
    X(args) X(value) X(send) X(close) X(keys) X(items) X(values) X(append)           \
    X(__bytes__) X(__ceil__) X(__floor__) X(__trunc__) X(__sizeof__)           \
    X(__instancecheck__) X(__subclasscheck__) X(__subclasshook__) X(__abstractmethods__)      \
    X(__copy__) X(__deepcopy__) X(__reduce__) X(__reduce_ex__) X(__getstate__)                \
    X(__setstate__) X(__weakref__) X(__dir__) X(__getnewargs__)

// Names that are C++ keywords or reserved identifiers get a field name of their own.
#define LS_INTERNED_NAMES_RENAMED(Y) \
    Y(throw_, "throw") Y(__func___, "__func__") Y(__complex___, "__complex__")

struct Names {
#define LS_DECLARE_NAME(name) StrObject* name = nullptr;
#define LS_DECLARE_RENAMED(field, text) StrObject* field = nullptr;
    LS_INTERNED_NAMES(LS_DECLARE_NAME)
    LS_INTERNED_NAMES_RENAMED(LS_DECLARE_RENAMED)
#undef LS_DECLARE_NAME
#undef LS_DECLARE_RENAMED
};

struct Limits {
    uint64_t max_steps = 500'000'000;
    int recursion_limit = 1000;
    // Owned by the caller of run_program (RunOptions::cancel / progress_steps); read and
    // written only at the periodic budget check.
    const std::atomic<bool>* cancel = nullptr;
    std::atomic<uint64_t>* progress_steps = nullptr;
};

class Interp {
public:
    Interp(Heap& heap, Limits limits);
    ~Interp();
    Interp(const Interp&) = delete;
    Interp& operator=(const Interp&) = delete;

    Heap& heap;
    Types types;
    Names names;
    Limits limits;

    Ref<DictObject> builtins;   // the builtins module's dict
    Ref<DictObject> modules;    // sys.modules
    Value none_value = Value::none();
    Value ellipsis;             // the Ellipsis singleton
    Value not_implemented;      // the NotImplemented singleton

    // Bumped whenever any class's dict changes (attribute caches in the VM compare it):
    // one global epoch keeps invalidation of inherited attributes trivially correct.
    uint64_t type_epoch = 1;
    // Next Object::serial to hand out (see object.h).
    uint32_t next_serial = 1;

    // Budgets. `steps` counts executed instructions; the VM aborts at limits.max_steps.
    uint64_t steps = 0;
    uint64_t virtual_ns = 0;    // virtual CPU time charged so far
    int depth = 0;              // current Python call depth (RecursionError at recursion_limit)

    // Output of the program. write_* call the sinks (print, sys.stdout.write, tracebacks).
    std::function<void(std::string_view)> on_stdout;
    std::function<void(std::string_view)> on_stderr;
    void write_stdout(std::string_view s) { if (on_stdout) on_stdout(s); }
    void write_stderr(std::string_view s) { if (on_stderr) on_stderr(s); }
    std::string stdin_text;
    size_t stdin_pos = 0;
    std::vector<std::string> argv;

    // Source text per filename, for printing source lines in tracebacks.
    std::unordered_map<std::string, std::string> sources;
    std::string source_line(const std::string& filename, int lineno) const;

    // Interned strings: identical text -> identical object (kept alive here).
    Ref<StrObject> intern(std::string_view s);

    // The exception being handled (sys.exception()), innermost last: `raise` with no argument
    // re-raises the top; a new exception raised while one is handled gets it as __context__.
    std::vector<Value> handled_exceptions;

    // sys.set_asyncgen_hooks(firstiter, finalizer) (read by the VM's generator.cpp). They live
    // here, not in thread-locals, so they die with the run's objects.
    Value asyncgen_firstiter;
    Value asyncgen_finalizer;

    // Registry of builtin modules: name -> initializer creating the module object.
    using ModuleInit = Value (*)(Interp&);
    std::unordered_map<std::string, ModuleInit> builtin_modules;

    // Every type created with make_builtin_type (kept alive for the run).
    std::vector<Ref<TypeObject>> all_builtin_types;
    // Every class created by the program: kept alive for the run (instances borrow their type).
    std::vector<Ref<TypeObject>> user_types;

private:
    struct TransparentHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, Ref<StrObject>, TransparentHash, std::equal_to<>> interned_;
};

// The Interp of the run on this thread.
Interp& interp();
inline Types& types() { return interp().types; }
inline Names& names() { return interp().names; }

class InterpScope {
public:
    explicit InterpScope(Interp& i);
    ~InterpScope();

private:
    Interp* previous_;
};

}  // namespace loopscope::vm
