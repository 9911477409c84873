#!/usr/bin/env bash
# `loopscope run PROG.py --svg OUT.svg` writes the run's timeline as a well-formed SVG, without a
# display: one lane label per task plus the loop lane, segment rectangles, axis ticks, the
# program's name as the title. An unwritable path fails with a clear message.
source "$(dirname "$0")/lib.sh"

cd "$ls_tmp"
cat >gather.py <<'PY'
import asyncio

async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return name

async def main():
    print(await asyncio.gather(fetch("A", 1.0), fetch("B", 2.0), fetch("C", 3.0)))

asyncio.run(main())
PY
check "run with --svg" 0 "['A', 'B', 'C']" "" -- "$LOOPSCOPE" run --svg out.svg gather.py

cat >check_svg.py <<'PY'
import xml.etree.ElementTree as ET
ns = {"s": "http://www.w3.org/2000/svg"}
root = ET.parse("out.svg").getroot()
assert root.tag == "{http://www.w3.org/2000/svg}svg", root.tag
labels = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")
          if t.get("class") == "lane-label"]
# The loop lane first, then the main task and the three fetches (asyncio.run adds two more
# tasks for its shutdown steps, as CPython does).
assert labels[0] == "event loop", labels
assert labels[1:5] == ["Task-1 · main", "Task-2 · fetch", "Task-3 · fetch", "Task-4 · fetch"], labels  # lane_title()
assert len(labels) == len(set(labels)), labels
rects = [r for r in root.iter("{http://www.w3.org/2000/svg}rect")
         if r.get("class") in ("segment", "folded")]
assert len(rects) >= 8, len(rects)
states = {r.get("data-state") for r in rects}
assert {"running", "suspended", "done"} <= states, states
ticks = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text") if t.get("class") == "tick"]
assert "3.0 s" in ticks, ticks
titles = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text") if t.get("class") == "title"]
assert titles == ["gather.py"], titles
print("ok")
PY
check "svg is well-formed and complete" 0 "ok" "" -- python3 check_svg.py

check "unwritable svg path" 1 "['A', 'B', 'C']" \
    "loopscope: can't write 'no/such/dir/out.svg': No such file or directory" \
    -- "$LOOPSCOPE" run --svg no/such/dir/out.svg gather.py
finish
