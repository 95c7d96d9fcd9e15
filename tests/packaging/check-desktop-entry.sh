#!/usr/bin/env bash
# The .desktop file: desktop-file-validate says nothing at all (no error, warning or hint), and it
# launches the window program (where it is installed) with the app id's icon.
#
#   check-desktop-entry.sh DESKTOP-FILE APP-ID WINDOW-PROGRAM
set -uo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

desktop=$1 app_id=$2 window_program=$3
need_tools desktop-file-validate

[[ $(basename "$desktop") == "$app_id.desktop" ]] || fail "the desktop file is not named $app_id.desktop"

if ! output=$(desktop-file-validate "$desktop" 2>&1); then
    fail "desktop-file-validate rejects $desktop:"$'\n'"$output"
elif [[ -n $output ]]; then
    fail "desktop-file-validate has remarks on $desktop:"$'\n'"$output"
fi

value() { sed -n "s/^$1=//p" "$desktop"; }
[[ $(value Type) == Application ]] || fail "Type is not Application"
[[ $(value Exec) == "$window_program" ]] || fail "Exec is '$(value Exec)', not $window_program"
[[ $(value Icon) == "$app_id" ]] || fail "Icon is '$(value Icon)', not $app_id"
[[ $(value Terminal) == false ]] || fail "Terminal is not false"
[[ -n $(value Comment) && -n $(value Keywords) && -n $(value Categories) ]] \
    || fail "Comment, Keywords or Categories is missing"
# tests/packaging/check-window-class.sh checks this against the class Qt gives the real window.
[[ -n $(value StartupWMClass) ]] || fail "StartupWMClass is missing"

finish
