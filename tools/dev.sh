#!/usr/bin/env bash
# loopscope's one entry point for a fresh Debian bookworm machine:
#
#   bash tools/dev.sh run [ARGS...]   install packages, build, start build/loopscope ARGS...
#   bash tools/dev.sh test            install packages, build, run every test (no display needed)
#   bash tools/dev.sh build           install packages and build only
#
# Missing Debian packages are installed with apt-get (through sudo when not root); when all are
# present nothing touches apt, so repeated runs are fast. The build is Release, in build/.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    build-essential cmake ninja-build pkg-config python3
    libimgui-dev libglfw3-dev python3-glad python3-jinja2
    libgtest-dev libgmock-dev nlohmann-json3-dev libcli11-dev libgmp-dev libstb-dev
    libbenchmark-dev fonts-wqy-microhei fonts-dejavu-core  # CJK UI font; monospaced code font
    xvfb xauth xdotool libgl1-mesa-dri  # GUI tests: X server, GLX via Mesa's software renderer
)

log() { echo "dev.sh: $*" >&2; }

ensure_packages() {
    local missing=() package
    for package in "${PACKAGES[@]}"; do
        if [[ $(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null) != installed ]]; then
            missing+=("$package")
        fi
    done
    [[ ${#missing[@]} -eq 0 ]] && return
    log "installing ${missing[*]}"
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}"
}

build() {
    ensure_packages
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
    cmake --build build
}

command=${1:-}
[[ $# -gt 0 ]] && shift
case $command in
    build)
        build
        ;;
    run)
        build
        if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && ${1:-} != run ]]; then
            log "no display (DISPLAY is not set): the window cannot open. Headless, try"
            log "  build/loopscope run PROGRAM.py"
            log "  xvfb-run -a build/loopscope --screenshot shot.png --frames 5"
        fi
        exec build/loopscope "$@"
        ;;
    test)
        build
        # GUI tests start their own Xvfb (tests/gui/lib/with_xvfb.sh): no display needed.
        ctest --test-dir build --output-on-failure -j2
        ;;
    *)
        echo "usage: bash tools/dev.sh {run [ARGS...] | test | build}" >&2
        exit 2
        ;;
esac
