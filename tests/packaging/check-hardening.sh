#!/usr/bin/env bash
# The built plexauth is hardened: PIE, RELRO with BIND_NOW, stack protector and fortified libc
# calls (cmake/ProjectSettings.cmake). check-deb.sh checks the packaged binary the same way.
#
#   check-hardening.sh EXECUTABLE
set -uo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

need_tools readelf
check_hardening "$1"
finish
