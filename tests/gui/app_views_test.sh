#!/usr/bin/env bash
# Every view of the app in both languages, scripted through the command line: the main view
# with the gather lesson, the compare view (the four breakfasts), presenter mode, and a program
# with a syntax error. Each screenshot must show something (png_stats), and the state the app
# dumps on exit (--dump-state) must say it shows what was asked for.
# Needs $LOOPSCOPE, $PNG_STATS and a display (ctest provides both; see tests/CMakeLists.txt).
# Set $SCREENSHOT_DIR to keep the screenshots.
set -euo pipefail

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

printf 'import asyncio\n\nasync def main(:\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n' >"$tmp/bad.py"

# shot NAME ARGS...: screenshot + state dump of one view.
shot() {
    local name=$1
    shift
    local status=0
    "$LOOPSCOPE" --screenshot "$tmp/$name.png" --frames 4 --dump-state "$tmp/$name.json" "$@" \
        2>"$tmp/$name.err" || status=$?
    if [[ $status -ne 0 ]]; then
        cat "$tmp/$name.err" >&2
        fail "$name: loopscope exited with $status"
        return
    fi
    if grep -q "no CJK font" "$tmp/$name.err"; then fail "$name: no CJK font was loaded"; fi
    "$PNG_STATS" "$tmp/$name.png" --min-colors 64 --min-non-background "${MIN_DRAWN:-0.15}" >/dev/null ||
        fail "$name: the screenshot looks blank"
    if [[ -n ${SCREENSHOT_DIR:-} ]]; then cp "$tmp/$name.png" "$SCREENSHOT_DIR/"; fi
}

# expect NAME 'JSON LINE': the dumped state holds this exact (pretty-printed) line.
expect() {
    grep -qF -- "$2" "$tmp/$1.json" || fail "$1: expected $2 in the dumped state: $(tr -d '\n' <"$tmp/$1.json" | head -c 600)"
}

for lang in en zh; do
    shot "main_$lang" --lang "$lang" --step 22
    expect "main_$lang" "\"language\": \"$lang\""
    expect "main_$lang" '"lesson": "03-gather"'
    expect "main_$lang" '"cursor_seq": 22,'
    expect "main_$lang" '"view": "main"'
    grep -q '"running_line": [1-9]' "$tmp/main_$lang.json" || fail "main_$lang: no running line at event 22"

    shot "compare_$lang" --lang "$lang" --compare 05-compare-breakfast
    expect "compare_$lang" '"view": "compare"'
    # sequential await takes the sum of the waits (6 s), the three concurrent ways the longest (3 s).
    [[ $(grep -c '"total_ns": 6000' "$tmp/compare_$lang.json") == 1 ]] || fail "compare_$lang: no 6 s run"
    [[ $(grep -c '"total_ns": 3000' "$tmp/compare_$lang.json") == 3 ]] || fail "compare_$lang: not three 3 s runs"

    shot "presenter_$lang" --lang "$lang" --presenter --step 60
    expect "presenter_$lang" '"presenter": true'
    expect "presenter_$lang" '"cursor_seq": 60,'

    shot "syntax_error_$lang" --lang "$lang" --open "$tmp/bad.py"
    expect "syntax_error_$lang" '"error_line": 3,'
    expect "syntax_error_$lang" '"exit_code": 1,'
    expect "syntax_error_$lang" '"title": "bad.py"'
done

# Bad input never crashes the window: a "program" with NUL bytes and invalid UTF-8 (its text
# goes into the font atlas), a trace that is not JSON, a file that does not exist.
printf 'print(1)\n\x00\xff\xfe # \xe4\xb8\xad\n\xf0\x9f\x98\x80\n' >"$tmp/binary.py"
printf '{not json' >"$tmp/broken.json"
MIN_DRAWN=0.02 shot binary_py --open "$tmp/binary.py"
MIN_DRAWN=0.02 shot broken_trace --open "$tmp/broken.json"
expect broken_trace 'broken.json: not JSON'
MIN_DRAWN=0.02 shot missing_file --open "$tmp/missing.py"
expect missing_file '"status": "File not found:'

# A screenshot session never writes settings (the interactive test checks that they persist).
[[ ! -e $XDG_CONFIG_HOME/loopscope/settings.json ]] || fail "a screenshot run wrote settings.json"

if [[ $failures -ne 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "PASS"
