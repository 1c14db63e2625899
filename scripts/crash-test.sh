#!/usr/bin/env bash
# Crash safety at full strength: kills the review/exam driver with SIGKILL KILLS times (default 60, seeded)
# and checks the database after each kill.   scripts/crash-test.sh [KILLS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
archdesk_install_packages
archdesk_build -DBUILD_TESTING=ON
export ARCHDESK_CRASH_KILLS="${1:-60}"
"$ARCHDESK_BUILD/tests/tst_crash_safety" -v1 2>&1 | grep -E 'kills survived|PASS|FAIL|Totals'
