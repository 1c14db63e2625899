#!/usr/bin/env bash
# Installs what is missing, builds, and starts Archdesk. `./run.sh --cli ARGS…` runs archdesk-cli instead.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/setup.sh"
archdesk_install_packages
archdesk_build
if [ "${1:-}" = "--cli" ]; then
    shift
    exec "$ARCHDESK_BUILD/app/cli/archdesk-cli" "$@"
fi
exec "$ARCHDESK_BUILD/app/gui/archdesk" "$@"
