#!/usr/bin/env bash
# The window renders: after 5 frames the screenshot is a 1280x720 PNG that is not blank, and
# the CJK font loaded (so the Chinese lesson titles are drawn with real glyphs).
# Needs $LOOPSCOPE, $PNG_STATS and a display (ctest provides both; see tests/CMakeLists.txt).
set -euo pipefail

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

status=0
"$LOOPSCOPE" --screenshot "$tmp/shot.png" --frames 5 2>"$tmp/stderr" || status=$?
cat "$tmp/stderr" >&2
if [[ $status -ne 0 ]]; then
    echo "FAIL: loopscope --screenshot exited with $status" >&2
    exit 1
fi
if grep -q "no CJK font" "$tmp/stderr"; then
    echo "FAIL: no CJK font was loaded (install fonts-wqy-microhei)" >&2
    exit 1
fi

stats=$("$PNG_STATS" "$tmp/shot.png" --min-colors 16 --min-non-background 0.02)
echo "$stats"
[[ $stats == "width=1280 height=720 "* ]] || { echo "FAIL: unexpected size" >&2; exit 1; }
echo "PASS"
