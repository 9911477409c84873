#!/usr/bin/env bash
# Driven by real input (xdotool → the X server → GLFW), as a user would: open a program, F5 to
# rerun it, → five times, Ctrl+= to zoom, Ctrl+Q to quit. The state the app dumps on exit must show the cursor
# on event 5 of the run, and the settings (recent files) must have been saved.
# No timing assumptions: the window has no frame limit and is closed by Ctrl+Q; the test waits
# for the title that says the run is on screen ("loopscope — prog.py") before pressing keys that
# need it, and a watchdog kills the app and fails after $TIMEOUT_S seconds.
# Needs $LOOPSCOPE and a display (ctest provides both; see tests/CMakeLists.txt) and xdotool.
set -euo pipefail

if ! command -v xdotool >/dev/null; then
    echo "SKIP: xdotool is not installed" >&2
    exit 0
fi
TIMEOUT_S=${TIMEOUT_S:-60}
tmp=$(mktemp -d)
pid=
cleanup() {
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; fi
    rm -rf "$tmp"
}
trap cleanup EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state"

cat >"$tmp/prog.py" <<'PY'
import asyncio

async def tick(n):
    await asyncio.sleep(n)
    print("tick", n)

async def main():
    await asyncio.gather(tick(1), tick(2))

asyncio.run(main())
PY

"$LOOPSCOPE" --open "$tmp/prog.py" --dump-state "$tmp/state.json" 2>"$tmp/stderr" &
pid=$!
deadline=$((SECONDS + TIMEOUT_S))
# wait_shown: until the window's title says prog.py's run is on screen; prints the window id.
wait_shown() {
    timeout "$TIMEOUT_S" xdotool search --sync --onlyvisible --name '^loopscope — prog\.py$' | head -n1
}
wid=$(wait_shown) || { echo "FAIL: the window never showed the run of prog.py" >&2; exit 1; }
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool mousemove --window "$wid" 400 300  # no window manager: focus follows the pointer

# ImGui 1.86 sees a key only if it is down during a frame: hold each key for a moment.
press() {
    xdotool keydown --window "$wid" "$1"
    sleep 0.15
    xdotool keyup --window "$wid" "$1" 2>/dev/null || true  # Ctrl+Q: the window is gone
    sleep 0.1
}
press F5       # rerun: the cursor goes back to event 0 when the new run arrives
wait_shown >/dev/null || { echo "FAIL: the rerun was never shown" >&2; exit 1; }
for _ in 1 2 3 4 5; do press Right; done
press ctrl+equal  # zoom in: the font atlas is rebuilt at the new size while running
press ctrl+q
while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS > deadline)); then
        echo "FAIL: the window was still open after ${TIMEOUT_S} s (Ctrl+Q did not quit?)" >&2
        exit 1  # cleanup kills it
    fi
    sleep 0.1
done
status=0
wait "$pid" || status=$?
pid=
cat "$tmp/stderr" >&2
[[ $status -eq 0 ]] || { echo "FAIL: loopscope exited with $status" >&2; exit 1; }
[[ -s $tmp/state.json ]] || { echo "FAIL: no state was dumped" >&2; exit 1; }
cat "$tmp/state.json"
grep -qF '"cursor_seq": 5,' "$tmp/state.json" || { echo "FAIL: the cursor is not on event 5" >&2; exit 1; }
grep -qF '"title": "prog.py"' "$tmp/state.json" || { echo "FAIL: prog.py is not open" >&2; exit 1; }
grep -qF '"runs_started": 2,' "$tmp/state.json" || { echo "FAIL: F5 did not rerun the program" >&2; exit 1; }
grep -qE '"zoom": 1\.1' "$tmp/state.json" || { echo "FAIL: Ctrl+= did not zoom in" >&2; exit 1; }
grep -qF "prog.py" "$XDG_CONFIG_HOME/loopscope/settings.json" ||
    { echo "FAIL: settings.json does not list prog.py as a recent file" >&2; exit 1; }
echo "PASS"
