// Installation of the builtin types' behaviour (their methods and dunders, registered in each
// type's dict) and of the `builtins` module's functions. The Interp constructor calls these
// after it has created every TypeObject listed in interp.h's Types.
#pragma once

namespace loopscope::vm {

class Interp;
struct TypeObject;

void install_builtin_type_methods(Interp& in);
void install_builtins_module(Interp& in);

// Builtin types that the engine itself never names (iterator helper types, views): created by
// install_builtin_type_methods and kept per Interp.
struct ExtraTypes {
    TypeObject* enumerate = nullptr;
    TypeObject* zip = nullptr;
    TypeObject* map = nullptr;
    TypeObject* filter = nullptr;
    TypeObject* reversed = nullptr;
    TypeObject* list_reverseiterator = nullptr;
    TypeObject* dict_reversekeyiterator = nullptr;
    TypeObject* dict_reversevalueiterator = nullptr;
    TypeObject* dict_reverseitemiterator = nullptr;
    TypeObject* bytes_iterator = nullptr;
    TypeObject* traceback = nullptr;
    TypeObject* anext_awaitable = nullptr;
};
// The extra types of the current thread's Interp.
ExtraTypes& extra_types();

// Installers of the individual builtin types (each in its own *_ops.cpp / *.cpp), called in
// order by install_builtin_type_methods.
void install_descriptor_methods(Interp& in);  // descriptors.cpp
void install_exception_methods(Interp& in);   // exception_methods.cpp

}  // namespace loopscope::vm
