#!/usr/bin/env bash
# Clicking a segment in the timeline moves the cursor to the segment's first event and selects
# its task: a real mouse click (xdotool) on the red "failed" bar of task "boom" (Task-3) leaves
# the cursor on boom's task_done event, as --dump-state reports when the window closes.
#
# No timing assumptions: the window has no frame limit and is closed by input (Ctrl+Q); the
# test waits for the title that says the run is on screen, not for a number of seconds. A
# watchdog kills the app and fails the test if it is still open after $TIMEOUT_S seconds.
# Needs $LOOPSCOPE, xdotool and a display (ctest runs it under a private Xvfb).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
TIMEOUT_S=${TIMEOUT_S:-60}
tmp=$(mktemp -d)
app_pid=
cleanup() {
    if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; fi
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
if ! command -v xdotool >/dev/null; then
    echo "SKIP: xdotool is not installed" >&2
    exit 0
fi
cp "$here/timeline_states.py" "$tmp/states.py"
cd "$tmp"
# The interactive window gets the screenshot's size (1280x720), so the layout is the same.
export XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state"
mkdir -p "$XDG_CONFIG_HOME/loopscope"
echo '{"window": {"width": 1280, "height": 720}}' >"$XDG_CONFIG_HOME/loopscope/settings.json"

# Where the failed bar is: the middle of the longest run of the dark theme's "failed" red in a
# screenshot of the same window (the legend's swatch is much shorter).
"$LOOPSCOPE" --open states.py --screenshot layout.png --frames 8
read -r x y length < <(python3 "$here/lib/png_pixels.py" widest layout.png e53935)
(( length >= 40 )) || fail "no failed bar found in the timeline (longest red run: $length px)"

# The same window again, open until Ctrl+Q.
"$LOOPSCOPE" --open states.py --dump-state state.json 2>stderr.txt &
app_pid=$!
deadline=$((SECONDS + TIMEOUT_S))
# The title names the program once its run is shown.
wid=$(timeout "$TIMEOUT_S" xdotool search --sync --onlyvisible --name '^loopscope — states\.py$' | head -n1) ||
    fail "the window never showed the run of states.py"
# ImGui 1.86 sees a button or key only if it is down during a frame: hold each for a moment
# (this only has to outlast one frame; the window stays open whatever the speed).
xdotool mousemove --window "$wid" "$x" "$y"
xdotool mousedown 1
sleep 0.2
xdotool mouseup 1
sleep 0.2
xdotool keydown --window "$wid" ctrl+q
sleep 0.2
xdotool keyup --window "$wid" ctrl+q 2>/dev/null || true  # the window may be gone already
while kill -0 "$app_pid" 2>/dev/null; do
    if ((SECONDS > deadline)); then
        kill "$app_pid"
        fail "the window was still open after ${TIMEOUT_S} s"
    fi
    sleep 0.1
done
status=0
wait "$app_pid" || status=$?
app_pid=
[[ $status -eq 0 ]] || { cat stderr.txt >&2; fail "loopscope exited with $status"; }
[[ -s state.json ]] || fail "no state was dumped on exit"

"$LOOPSCOPE" run --trace trace.json states.py
python3 - <<'PY'
import json
state = json.load(open("state.json"))
events = json.load(open("trace.json"))["events"]
done = [e["seq"] for e in events if e["kind"] == "task_done" and e.get("task") == 3]
assert done, "boom has no task_done event"
assert state["selected_task"] == 3, f"selected task {state['selected_task']}, want 3 (boom)"
assert state["cursor_seq"] == done[0], f"cursor on {state['cursor_seq']}, want {done[0]}"
print("PASS: cursor on event", done[0], "task 3 selected")
PY
