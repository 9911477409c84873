#!/usr/bin/env bash
# Clicking a segment in the compare view shows that run: a real click (xdotool) on the egg's
# grey "done" bar in the second run (create_task) of the breakfast comparison makes that run the
# one on show — its code in the code view (the window title names the variant), the cursor on
# the egg's task_done event, the egg's task selected — while the compare view stays up.
# No timing assumptions: no frame limit, the window is closed by Ctrl+Q, the test waits for
# window titles, and a watchdog fails it after $TIMEOUT_S seconds.
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
cd "$tmp"
# The interactive window gets the screenshot's size (1280x720), so the layout is the same.
export XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state"
mkdir -p "$XDG_CONFIG_HOME/loopscope"
echo '{"window": {"width": 1280, "height": 720}}' >"$XDG_CONFIG_HOME/loopscope/settings.json"
args=(--lang en --compare 05-compare-breakfast)

# The longest bar of the dark theme's "done" grey is the egg's (done from 1 s to 3 s) in the
# second run: the first run's tasks are all in its main task, the others are scrolled below.
"$LOOPSCOPE" "${args[@]}" --screenshot layout.png --frames 5
read -r x y length < <(python3 "$here/lib/png_pixels.py" widest layout.png 5c5c66)
(( length >= 100 )) || fail "no done bar found in the compare view (longest grey run: $length px)"

"$LOOPSCOPE" "${args[@]}" --dump-state state.json 2>stderr.txt &
app_pid=$!
deadline=$((SECONDS + TIMEOUT_S))
wid=$(timeout "$TIMEOUT_S" xdotool search --sync --onlyvisible --name '^loopscope — sequential await$' | head -n1) ||
    fail "the compare view never showed its runs"
# ImGui 1.86 sees a button or key only if it is down during a frame: hold each for a moment.
xdotool mousemove --window "$wid" "$x" "$y"
xdotool mousedown 1
sleep 0.2
xdotool mouseup 1
timeout "$TIMEOUT_S" xdotool search --sync --onlyvisible --name '^loopscope — create_task$' >/dev/null ||
    fail "the click did not show the create_task run"
xdotool keydown --window "$wid" ctrl+q
sleep 0.2
xdotool keyup --window "$wid" ctrl+q 2>/dev/null || true
while kill -0 "$app_pid" 2>/dev/null; do
    if ((SECONDS > deadline)); then fail "the window was still open after ${TIMEOUT_S} s"; fi
    sleep 0.1
done
status=0
wait "$app_pid" || status=$?
app_pid=
[[ $status -eq 0 ]] || { cat stderr.txt >&2; fail "loopscope exited with $status"; }
python3 - <<'PY'
import json
state = json.load(open("state.json"))
assert state["view"] == "compare", state["view"]
assert state["compare_run"] == 1, f"run on show: {state['compare_run']}, want 1 (create_task)"
assert state["variant"] == "create_task" or state["document"]["title"] == "create_task", state["document"]
assert state["selected_task"] == 4, f"selected task {state['selected_task']}, want 4 (egg)"
# The egg (1 s) is done at 1 s: the cursor is on its task_done event, in the run's own time.
assert 1.0e9 <= state["time_ns"] < 1.01e9, f"the cursor is at {state['time_ns']} ns, want the egg's end (1 s)"
print("PASS: create_task shown at event", state["cursor_seq"], "egg selected")
PY
