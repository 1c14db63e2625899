#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh: install the Debian packages that are missing, then configure
# and build in build/ (Release). Sourced, not run.
set -euo pipefail

ARCHDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARCHDESK_BUILD="${ARCHDESK_BUILD:-$ARCHDESK_ROOT/build}"

ARCHDESK_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6opengl6-dev libxkbcommon-dev libgl-dev nlohmann-json3-dev libfmt-dev libsqlite3-dev libbenchmark-dev
    xvfb xauth fonts-dejavu-core
)

archdesk_install_packages() {
    local missing=()
    local pkg
    for pkg in "${ARCHDESK_PACKAGES[@]}"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

archdesk_build() {
    local jobs
    jobs="$(nproc 2>/dev/null || echo 2)"
    if [ ! -f "$ARCHDESK_BUILD/CMakeCache.txt" ]; then
        cmake -S "$ARCHDESK_ROOT" -B "$ARCHDESK_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
    elif [ $# -gt 0 ]; then
        cmake "$ARCHDESK_BUILD" "$@"
    fi
    cmake --build "$ARCHDESK_BUILD" --parallel "$jobs"
}
