#!/usr/bin/env bash
# Refreshes translations/archdesk_pt_BR.ts from the tr() strings in ui/ and app/gui (new strings arrive
# unfinished; strings no longer in the code are dropped). Translate the unfinished ones, then commit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -silent -no-obsolete -locations none -source-language en -target-language pt_BR \
    -I . ui app/gui -ts translations/archdesk_pt_BR.ts
grep -c 'type="unfinished"' translations/archdesk_pt_BR.ts | sed 's/^/unfinished: /' || true
