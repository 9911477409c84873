#!/usr/bin/env bash
# The timeline panel draws a run's lanes in the state colours of app/model/timeline_palette.cpp:
# a program with running, suspended, failed and cancelled tasks opened in the window shows each
# of those colours, in the dark theme and in the light presenter theme.
# Needs $LOOPSCOPE and a display (ctest runs it under a private Xvfb).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/timeline_states.py" "$tmp/states.py"

# Each colour must cover at least 30 pixels.
has_colours() {
    local counts
    counts=$(python3 "$here/lib/png_pixels.py" count "$@")
    echo "$counts"
    ! grep -Eq '=([0-9]|[12][0-9])( |$)' <<<"$counts"
}

fail=0
# Dark theme (timeline_palette.cpp kPaintDark).
"$LOOPSCOPE" --open "$tmp/states.py" --screenshot "$tmp/dark.png" --frames 8
has_colours "$tmp/dark.png" running=43a047 suspended=3f6e9e failed=e53935 cancelled=a56cc1 ||
    { echo "FAIL: dark theme timeline lacks a state colour" >&2; fail=1; }
# Light presenter theme (kPaintLight).
"$LOOPSCOPE" --open "$tmp/states.py" --presenter --screenshot "$tmp/light.png" --frames 8
has_colours "$tmp/light.png" running=1e8c2e suspended=8db4e2 failed=c62828 cancelled=7b3fa0 ||
    { echo "FAIL: light theme timeline lacks a state colour" >&2; fail=1; }
[[ $fail == 0 ]] && echo "PASS"
exit $fail
