#!/usr/bin/env bash
# `loopscope run` command-line handling that does not depend on the interpreter: missing files
# (worded as python3 words them), usage errors, help. All without a display.
source "$(dirname "$0")/lib.sh"

cd "$ls_tmp"
check "missing file" 2 "" \
    "loopscope: can't open file 'nope.py': [Errno 2] No such file or directory" \
    -- "$LOOPSCOPE" run nope.py arg
mkdir adir
check "directory" 2 "" "loopscope: can't open file 'adir': [Errno 21] Is a directory" \
    -- "$LOOPSCOPE" run adir
check "neither program nor -c" 2 "" \
    "$(printf 'run: expected PROGRAM.py or -c CODE\nRun with --help for more information.')" \
    -- "$LOOPSCOPE" run
check "-c without code" 2 "" \
    "$(printf -- '-c: 1 required CODE missing\nRun with --help for more information.')" \
    -- "$LOOPSCOPE" run --max-steps 5 -c

status=0
env -u DISPLAY "$LOOPSCOPE" run --help >"$ls_tmp/help" 2>&1 || status=$?
if [[ $status -eq 0 ]] && grep -q -- "--max-steps" "$ls_tmp/help"; then
    echo "ok   run --help"
else
    ls_failures=$((ls_failures + 1))
    echo "FAIL run --help (status $status)"
    cat "$ls_tmp/help"
fi
finish
