#!/usr/bin/env bash
# `loopscope run --chrome OUT.json`: the run's trace in Chrome Trace Event Format, checked with
# python3's json module against the format's rules (what Perfetto and chrome://tracing load).
# Works alone and together with --trace; the program's own output is unchanged.
source "$(dirname "$0")/lib.sh"

cd "$ls_tmp"
cat >prog.py <<'PY'
import asyncio

async def job(n, delay):
    await asyncio.sleep(delay)
    print("job", n)

async def main():
    await asyncio.gather(job(1, 0.2), job(2, 0.1))

asyncio.run(main())
PY

# Validates a Chrome trace file; prints "valid N" (the number of tasks with a lane).
cat >validate.py <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
assert isinstance(doc, dict) and isinstance(doc["traceEvents"], list)
starts, ends, names, lanes = {}, {}, set(), set()
for e in doc["traceEvents"]:
    for key in ("name", "ph", "ts", "pid", "tid"):
        assert key in e, (key, e)
    assert isinstance(e["ts"], (int, float)), e
    if e["ph"] == "M":
        assert "name" in e["args"] or "sort_index" in e["args"], e
        if e["name"] == "thread_name":
            names.add(e["tid"])
    elif e["ph"] == "X":
        assert e["dur"] >= 0, e
        lanes.add(e["tid"])
    elif e["ph"] == "s":
        starts[e["id"]] = e
    elif e["ph"] == "f":
        assert e["bp"] == "e", e
        ends[e["id"]] = e
    else:
        assert e["ph"] == "i" and e["s"] == "t", e
assert starts.keys() == ends.keys() and starts, "flows pair up"
for i, s in starts.items():
    assert ends[i]["ts"] >= s["ts"], (s, ends[i])
assert lanes <= names, "every lane is named"
print("valid", len(lanes - {0}))
PY

check "--chrome alone" 0 "$(printf 'job 2\njob 1')" "" -- "$LOOPSCOPE" run --chrome chrome.json prog.py
check "--chrome is valid" 0 "valid 5" "" -- python3 validate.py chrome.json
check "--trace and --chrome together" 0 "$(printf 'job 2\njob 1')" "" \
    -- "$LOOPSCOPE" run --trace trace.json --chrome chrome2.json prog.py
check "same chrome file either way" 0 "" "" -- cmp chrome.json chrome2.json
check "--trace still written" 0 "program_end" "" \
    -- python3 -c 'import json; print(json.load(open("trace.json"))["events"][-1]["kind"])'
check "--chrome of -c" 0 "hi" "" -- "$LOOPSCOPE" run --chrome c.json -c 'print("hi")'
check "--chrome of -c is valid JSON" 0 "[]" "" \
    -- python3 -c 'import json; d = json.load(open("c.json")); print([e for e in d["traceEvents"] if e["ph"] == "s"])'
check "unwritable --chrome fails" 1 "hi" "loopscope: can't write trace 'nodir/x.json': No such file or directory" \
    -- "$LOOPSCOPE" run --chrome nodir/x.json -c 'print("hi")'
finish
