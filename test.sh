#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (offscreen).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/setup.sh"
archdesk_install_packages
archdesk_build -DBUILD_TESTING=ON
export QT_QPA_PLATFORM=offscreen
cd "$ARCHDESK_BUILD"
ctest --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)" "$@"
