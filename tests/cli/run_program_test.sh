#!/usr/bin/env bash
# `loopscope run` end to end, as python3 would behave: stdout and stderr streamed, sys.argv,
# exit status, UTF-8, tracebacks naming the file as given. All without a display.
source "$(dirname "$0")/lib.sh"

cd "$ls_tmp"
check "-c prints" 0 "hi" "" -- "$LOOPSCOPE" run -c 'print("hi")'
check "-c argv" 0 "['-c', 'a', '-b', '--max-steps', '3']" "" \
    -- "$LOOPSCOPE" run -c 'import sys; print(sys.argv)' a -b --max-steps 3
printf 'import sys\nprint(sys.argv)\nprint("中文")\n' >prog.py
check "file argv and UTF-8" 0 "$(printf "['prog.py', 'x', '-c']\n中文")" "" \
    -- "$LOOPSCOPE" run prog.py x -c
check "sys.exit status" 3 "" "" -- "$LOOPSCOPE" run -c 'import sys; sys.exit(3)'
printf 'print("before")\nraise ValueError("boom")\n' >fail.py
check "uncaught exception" 1 "before" \
    "$(printf 'Traceback (most recent call last):\n  File "fail.py", line 2, in <module>\n    raise ValueError("boom")\nValueError: boom')" \
    -- "$LOOPSCOPE" run fail.py
check "stdin for input()" 0 "got abc" "" \
    -- bash -c 'echo abc | "$0" run -c "print(\"got\", input())"' "$LOOPSCOPE"
finish
