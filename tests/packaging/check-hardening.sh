#!/usr/bin/env bash
# The built plexauth and its window program are hardened: PIE, RELRO with BIND_NOW, stack protector
# and fortified libc calls (cmake/ProjectSettings.cmake). check-deb.sh checks the packaged ones the
# same way.
#
#   check-hardening.sh EXECUTABLE...
set -uo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

need_tools readelf
for executable in "$@"; do
    check_hardening "$executable"
done
finish
