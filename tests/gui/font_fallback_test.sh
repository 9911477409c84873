#!/usr/bin/env bash
# Without a CJK font the app warns on stderr and still renders with ImGui's default font.
set -euo pipefail

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

LOOPSCOPE_FONT="$tmp/no-such-font.ttc" \
    "$LOOPSCOPE" --screenshot "$tmp/shot.png" --frames 3 2>"$tmp/stderr"
cat "$tmp/stderr" >&2
grep -q "loopscope: warning: no CJK font found" "$tmp/stderr" || {
    echo "FAIL: expected a warning about the missing CJK font" >&2
    exit 1
}
"$PNG_STATS" "$tmp/shot.png" --min-colors 4 --min-non-background 0.01
echo "PASS"
