#include "vm/interp.h"

#include <cassert>

#include "vm/builtin_types.h"
#include "vm/exception.h"
#include "vm/interpreter.h"
#include "vm/list.h"
#include "vm/protocol.h"
#include "vm/set.h"

namespace loopscope::vm {

void install_object_and_type_methods(Interp& in);  // object_type.cpp
void install_core_modules(Interp& in);             // modules_core.cpp
void install_stdlib_modules(Interp& in);           // stdlib_native/install.cpp
void install_method_types(Interp& in);             // method_types.cpp

namespace {

thread_local Interp* tls_interp = nullptr;

Value alloc_list(TypeObject* cls) { return make<ListObject>(cls); }
Value alloc_dict(TypeObject* cls) { return make<DictObject>(cls); }
Value alloc_set(TypeObject* cls) {
    auto s = make<SetObject>(cls);
    s->frozen = cls->is_subtype_of(types().frozenset);
    return s;
}
Value alloc_exception(TypeObject* cls) {
    auto e = make<ExceptionObject>(cls);
    e->args = empty_tuple();
    return e;
}

// A singleton whose type has a fixed repr (Ellipsis, NotImplemented).
struct SingletonObject : Object {};

void create_core_types(Interp& in) {
    Types& t = in.types;
    t.object = make_builtin_type("object", nullptr, Layout::Instance).get();
    t.type = make_builtin_type("type", t.object, Layout::Type).get();
    t.object->type = t.type;
    t.type->type = t.type;
    auto builtin = [&](const char* name, TypeObject* base, Layout layout, bool subclassable) {
        return make_builtin_type(name, base ? base : t.object, layout, subclassable).get();
    };
    t.none_type = builtin("NoneType", nullptr, Layout::None, false);
    t.int_ = builtin("int", nullptr, Layout::Int, true);
    t.bool_ = builtin("bool", t.int_, Layout::Bool, false);
    t.float_ = builtin("float", nullptr, Layout::Float, true);
    t.complex = builtin("complex", nullptr, Layout::Native, false);
    t.str = builtin("str", nullptr, Layout::Str, true);
    t.bytes = builtin("bytes", nullptr, Layout::Bytes, true);
    t.bytearray = builtin("bytearray", nullptr, Layout::Native, false);
    t.list = builtin("list", nullptr, Layout::List, true);
    t.tuple = builtin("tuple", nullptr, Layout::Tuple, true);
    t.dict = builtin("dict", nullptr, Layout::Dict, true);
    t.set = builtin("set", nullptr, Layout::Set, true);
    t.frozenset = builtin("frozenset", nullptr, Layout::Set, true);
    t.range = builtin("range", nullptr, Layout::Native, false);
    t.slice = builtin("slice", nullptr, Layout::Native, false);
    t.ellipsis = builtin("ellipsis", nullptr, Layout::Native, false);
    t.not_implemented = builtin("NotImplementedType", nullptr, Layout::Native, false);
    t.function = builtin("function", nullptr, Layout::Function, false);
    t.builtin_function = builtin("builtin_function_or_method", nullptr, Layout::Native, false);
    t.method = builtin("method", nullptr, Layout::Native, false);
    t.code = builtin("code", nullptr, Layout::Native, false);
    t.cell = builtin("cell", nullptr, Layout::Native, false);
    t.generator = builtin("generator", nullptr, Layout::Native, false);
    t.coroutine = builtin("coroutine", nullptr, Layout::Native, false);
    t.async_generator = builtin("async_generator", nullptr, Layout::Native, false);
    t.module = builtin("module", nullptr, Layout::Native, false);
    t.property = builtin("property", nullptr, Layout::Native, false);
    t.staticmethod = builtin("staticmethod", nullptr, Layout::Native, false);
    t.classmethod = builtin("classmethod", nullptr, Layout::Native, false);
    t.getset = builtin("getset_descriptor", nullptr, Layout::Native, false);
    t.super_ = builtin("super", nullptr, Layout::Native, false);
    const char* iterators[] = {"list_iterator", "tuple_iterator", "range_iterator", "str_ascii_iterator",
                               "set_iterator", "dict_keys", "dict_values", "dict_items",
                               "dict_keyiterator", "dict_valueiterator", "dict_itemiterator",
                               "iterator", "callable_iterator"};
    TypeObject** slots[] = {&t.list_iterator, &t.tuple_iterator, &t.range_iterator, &t.str_iterator,
                            &t.set_iterator, &t.dict_keys, &t.dict_values, &t.dict_items,
                            &t.dict_keyiterator, &t.dict_valueiterator, &t.dict_itemiterator,
                            &t.seq_iterator, &t.callable_iterator};
    for (size_t i = 0; i < std::size(iterators); ++i) *slots[i] = builtin(iterators[i], nullptr, Layout::Native, false);

    // Type dicts made before `dict` existed get their type now.
    for (const Ref<TypeObject>& type : in.all_builtin_types) type->dict->type = t.dict;
    t.list->alloc = alloc_list;
    t.dict->alloc = alloc_dict;
    t.set->alloc = alloc_set;
    t.frozenset->alloc = alloc_set;
}

void create_exception_types(Interp& in) {
    Types& t = in.types;
    auto exc = [&](const char* name, TypeObject* base) {
        TypeObject* e = make_builtin_type(name, base, Layout::Exception).get();
        e->alloc = alloc_exception;
        return e;
    };
    t.BaseException = exc("BaseException", t.object);
    t.BaseExceptionGroup = exc("BaseExceptionGroup", t.BaseException);
    t.GeneratorExit = exc("GeneratorExit", t.BaseException);
    t.KeyboardInterrupt = exc("KeyboardInterrupt", t.BaseException);
    t.SystemExit = exc("SystemExit", t.BaseException);
    t.Exception = exc("Exception", t.BaseException);
    t.ArithmeticError = exc("ArithmeticError", t.Exception);
    t.FloatingPointError = exc("FloatingPointError", t.ArithmeticError);
    t.OverflowError = exc("OverflowError", t.ArithmeticError);
    t.ZeroDivisionError = exc("ZeroDivisionError", t.ArithmeticError);
    t.AssertionError = exc("AssertionError", t.Exception);
    t.AttributeError = exc("AttributeError", t.Exception);
    t.BufferError = exc("BufferError", t.Exception);
    t.EOFError = exc("EOFError", t.Exception);
    // ExceptionGroup(BaseExceptionGroup, Exception): MRO written out (two bases).
    t.ExceptionGroup = exc("ExceptionGroup", t.BaseExceptionGroup);
    t.ExceptionGroup->bases.push_back(Ref<TypeObject>(t.Exception));
    t.ExceptionGroup->mro = {t.ExceptionGroup, t.BaseExceptionGroup, t.Exception, t.BaseException, t.object};
    t.ImportError = exc("ImportError", t.Exception);
    t.ModuleNotFoundError = exc("ModuleNotFoundError", t.ImportError);
    t.LookupError = exc("LookupError", t.Exception);
    t.IndexError = exc("IndexError", t.LookupError);
    t.KeyError = exc("KeyError", t.LookupError);
    t.MemoryError = exc("MemoryError", t.Exception);
    t.NameError = exc("NameError", t.Exception);
    t.UnboundLocalError = exc("UnboundLocalError", t.NameError);
    t.OSError = exc("OSError", t.Exception);
    t.BlockingIOError = exc("BlockingIOError", t.OSError);
    t.ChildProcessError = exc("ChildProcessError", t.OSError);
    t.ConnectionError = exc("ConnectionError", t.OSError);
    t.BrokenPipeError = exc("BrokenPipeError", t.ConnectionError);
    exc("ConnectionAbortedError", t.ConnectionError);
    t.ConnectionRefusedError = exc("ConnectionRefusedError", t.ConnectionError);
    t.ConnectionResetError = exc("ConnectionResetError", t.ConnectionError);
    t.FileExistsError = exc("FileExistsError", t.OSError);
    t.FileNotFoundError = exc("FileNotFoundError", t.OSError);
    t.InterruptedError = exc("InterruptedError", t.OSError);
    t.IsADirectoryError = exc("IsADirectoryError", t.OSError);
    t.NotADirectoryError = exc("NotADirectoryError", t.OSError);
    t.PermissionError = exc("PermissionError", t.OSError);
    t.ProcessLookupError = exc("ProcessLookupError", t.OSError);
    t.TimeoutError = exc("TimeoutError", t.OSError);
    t.ReferenceError = exc("ReferenceError", t.Exception);
    t.RuntimeError = exc("RuntimeError", t.Exception);
    t.NotImplementedError = exc("NotImplementedError", t.RuntimeError);
    t.RecursionError = exc("RecursionError", t.RuntimeError);
    exc("PythonFinalizationError", t.RuntimeError);
    t.StopAsyncIteration = exc("StopAsyncIteration", t.Exception);
    t.StopIteration = exc("StopIteration", t.Exception);
    t.SyntaxError = exc("SyntaxError", t.Exception);
    t.IndentationError = exc("IndentationError", t.SyntaxError);
    t.TabError = exc("TabError", t.IndentationError);
    t.SystemError = exc("SystemError", t.Exception);
    t.TypeError = exc("TypeError", t.Exception);
    t.ValueError = exc("ValueError", t.Exception);
    t.UnicodeError = exc("UnicodeError", t.ValueError);
    t.UnicodeDecodeError = exc("UnicodeDecodeError", t.UnicodeError);
    t.UnicodeEncodeError = exc("UnicodeEncodeError", t.UnicodeError);
    exc("UnicodeTranslateError", t.UnicodeError);
    t.Warning = exc("Warning", t.Exception);
    t.BytesWarning = exc("BytesWarning", t.Warning);
    t.DeprecationWarning = exc("DeprecationWarning", t.Warning);
    t.EncodingWarning = exc("EncodingWarning", t.Warning);
    t.FutureWarning = exc("FutureWarning", t.Warning);
    t.ImportWarning = exc("ImportWarning", t.Warning);
    t.PendingDeprecationWarning = exc("PendingDeprecationWarning", t.Warning);
    t.ResourceWarning = exc("ResourceWarning", t.Warning);
    t.RuntimeWarning = exc("RuntimeWarning", t.Warning);
    t.SyntaxWarning = exc("SyntaxWarning", t.Warning);
    t.UnicodeWarning = exc("UnicodeWarning", t.Warning);
    t.UserWarning = exc("UserWarning", t.Warning);
}

void intern_names(Interp& in) {
#define LS_INTERN_NAME(name) in.names.name = in.intern(#name).get();
#define LS_INTERN_RENAMED(field, text) in.names.field = in.intern(text).get();
    LS_INTERNED_NAMES(LS_INTERN_NAME)
    LS_INTERNED_NAMES_RENAMED(LS_INTERN_RENAMED)
#undef LS_INTERN_NAME
#undef LS_INTERN_RENAMED
}

// Every builtin type and exception class is reachable by its name in `builtins`.
void register_builtin_names(Interp& in) {
    const char* hidden[] = {"NoneType", "ellipsis", "NotImplementedType", "function", "builtin_function_or_method",
                            "method", "code", "cell", "generator", "coroutine", "async_generator", "module",
                            "getset_descriptor"};
    for (const Ref<TypeObject>& t : in.all_builtin_types) {
        bool skip = false;
        for (const char* h : hidden) skip = skip || t->name == h;
        if (!skip && t->name.find("iterator") == std::string::npos && t->name.rfind("dict_", 0) != 0) {
            in.builtins->set_str(in.intern(t->name).get(), Value(t));
        }
    }
    in.builtins->set_str(in.intern("IOError").get(), Value::borrowed(in.types.OSError));
    in.builtins->set_str(in.intern("EnvironmentError").get(), Value::borrowed(in.types.OSError));
    in.builtins->set_str(in.intern("Ellipsis").get(), in.ellipsis);
    in.builtins->set_str(in.intern("NotImplemented").get(), in.not_implemented);
    in.builtins->set_str(in.intern("None").get(), Value::none());
    in.builtins->set_str(in.intern("True").get(), Value::boolean(true));
    in.builtins->set_str(in.intern("False").get(), Value::boolean(false));
    in.builtins->set_str(in.names.__name__, in.intern("builtins"));
}

}  // namespace

Interp::Interp(Heap& h, Limits l) : heap(h), limits(l) {
    InterpScope scope(*this);
    // `str` must exist before anything is interned: bootstrap it with a placeholder then
    // create the real type first.
    create_core_types(*this);
    intern_names(*this);
    // Interned strings created before `str` existed: none (create_core_types interns nothing).
    create_exception_types(*this);
    ellipsis = make<SingletonObject>(types.ellipsis);
    not_implemented = make<SingletonObject>(types.not_implemented);
    builtins = make_dict();
    modules = make_dict();
    install_object_and_type_methods(*this);
    install_method_types(*this);
    install_builtin_type_methods(*this);
    register_builtin_names(*this);
    install_builtins_module(*this);
    install_core_modules(*this);
    install_stdlib_modules(*this);
    install_vm_types();  // interpreter.h: function/code/generator/module/super types, __build_class__
}

Interp::~Interp() {
    InterpScope scope(*this);
    handled_exceptions.clear();
    builtins.reset();
    modules.reset();
    ellipsis = Value();
    not_implemented = Value();
    interned_.clear();
    // Types and everything else are freed by the Heap's teardown.
}

Ref<StrObject> Interp::intern(std::string_view s) {
    auto it = interned_.find(s);
    if (it != interned_.end()) return it->second;
    Ref<StrObject> str = make<StrObject>(types.str, std::string(s));
    str->interned = true;
    interned_.emplace(std::string(s), str);
    return str;
}

std::string Interp::source_line(const std::string& filename, int lineno) const {
    auto it = sources.find(filename);
    if (it == sources.end() || lineno < 1) return {};
    const std::string& src = it->second;
    size_t pos = 0;
    for (int line = 1; line < lineno; ++line) {
        pos = src.find('\n', pos);
        if (pos == std::string::npos) return {};
        ++pos;
    }
    size_t end = src.find('\n', pos);
    return src.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
}

Interp& interp() {
    assert(tls_interp && "no Interp bound to this thread: create an InterpScope first");
    return *tls_interp;
}

InterpScope::InterpScope(Interp& i) : previous_(tls_interp) { tls_interp = &i; }
InterpScope::~InterpScope() { tls_interp = previous_; }

}  // namespace loopscope::vm
