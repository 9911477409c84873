#!/usr/bin/env bash
# with_xvfb.sh COMMAND [ARGS...]: runs COMMAND on a private Xvfb server (1280x1024, 24-bit,
# GLX through Mesa's software renderer) and stops the server afterwards.
#
# -displayfd lets Xvfb pick a free display number itself, so parallel tests (ctest -j) never
# race for one the way `xvfb-run -a` can.
set -euo pipefail

dir=$(mktemp -d)
xvfb_pid=
cleanup() {
    if [[ -n $xvfb_pid ]]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
    fi
    rm -rf "$dir"
}
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -noreset 3>"$dir/display" \
    >"$dir/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
    [[ -s $dir/display ]] && break
    if ! kill -0 "$xvfb_pid" 2>/dev/null; then
        echo "with_xvfb.sh: Xvfb failed to start:" >&2
        cat "$dir/xvfb.log" >&2
        exit 1
    fi
    sleep 0.1
done
if [[ ! -s $dir/display ]]; then
    echo "with_xvfb.sh: Xvfb did not report a display within 10 s" >&2
    exit 1
fi

export DISPLAY=":$(head -n1 "$dir/display")"
unset WAYLAND_DISPLAY
status=0
"$@" || status=$?
exit "$status"
