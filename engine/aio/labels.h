// What a future stands for. The Python layer labels the futures it creates
// (_asyncio._label(fut, kind, detail)) so the trace and the deadlock message can say what a
// suspended task waits on — "sleep(1.0) until t=1.000", "Lock.acquire", "Queue.get",
// "gather of 3" — rather than "a Future". Formatting happens only when someone asks.
#pragma once

#include <string>

namespace loopscope::aio {

struct FutureObject;

// The await kind ("sleep", "task", "lock", "queue_get", "gather", ...; "future" when
// unlabelled) and a readable description of the future.
void describe_awaited(FutureObject* f, std::string& what, std::string& detail);
std::string describe_awaited(FutureObject* f);

}  // namespace loopscope::aio
