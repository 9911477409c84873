# Helpers for tests/cli/*_test.sh. Source it; then call
#   check NAME EXPECTED_STATUS EXPECTED_STDOUT EXPECTED_STDERR -- COMMAND [ARGS...]
# which runs COMMAND without a display and compares its exit status, stdout and stderr exactly.
# `finish` prints a summary and exits 1 if any check failed.
set -euo pipefail

ls_tmp=$(mktemp -d)
trap 'rm -rf "$ls_tmp"' EXIT
ls_failures=0

check() {
    local name=$1 want_status=$2 want_out=$3 want_err=$4
    shift 5  # the four expectations and "--"
    local status=0
    env -u DISPLAY -u WAYLAND_DISPLAY "$@" >"$ls_tmp/out" 2>"$ls_tmp/err" </dev/null || status=$?
    local out err
    out=$(cat "$ls_tmp/out")
    err=$(cat "$ls_tmp/err")
    if [[ $status == "$want_status" && $out == "$want_out" && $err == "$want_err" ]]; then
        echo "ok   $name"
        return
    fi
    ls_failures=$((ls_failures + 1))
    echo "FAIL $name"
    echo "  command: $*"
    echo "  status: $status (want $want_status)"
    echo "  stdout: $(printf '%q' "$out")"
    echo "    want: $(printf '%q' "$want_out")"
    echo "  stderr: $(printf '%q' "$err")"
    echo "    want: $(printf '%q' "$want_err")"
}

finish() {
    if [[ $ls_failures -ne 0 ]]; then
        echo "$ls_failures check(s) failed"
        exit 1
    fi
    echo "PASS"
}
