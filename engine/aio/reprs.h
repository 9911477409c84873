// The text asyncio shows for its objects, worded as CPython 3.13 words it:
// base_futures._future_repr, base_tasks._task_repr, coroutines._format_coroutine,
// format_helpers._format_callback_source and reprlib.repr's default limits.
#pragma once

#include <string>
#include <vector>

#include "vm/object.h"

namespace loopscope::aio {

struct FutureObject;
struct TaskObject;

// reprlib.repr(v): repr shortened with reprlib.Repr's defaults (strings to 30 characters,
// 6 list items, 4 dict items, nesting 6 deep, other objects' reprs to 30 characters).
std::string short_repr(const vm::Value& v);
// "cb() at prog.py:3": the callback's __qualname__ (or __name__, or repr), "()" or, in debug
// mode, the reprlib'd arguments, and the source position of plain Python functions.
std::string format_callback_source(const vm::Value& callback, const std::vector<vm::Value>& args, bool debug);
// "work() running at prog.py:5" / "work() done, defined at prog.py:4" (`code`: the coroutine's
// code object, kept by its task; the engine drops a finished coroutine's frame).
std::string format_coroutine(const vm::Value& coro, const vm::Value& code);
std::string future_repr(FutureObject* f);  // "<Future pending cb=[Task.task_wakeup()]>"
std::string task_repr(TaskObject* t);      // "<Task pending name='Task-2' coro=<...> ...>"

}  // namespace loopscope::aio
