# shellcheck shell=bash
# Shared by the tests/packaging checks. Source it; don't run it.
#
#   fail MESSAGE...         record a failure (the check goes on, to report every problem at once)
#   finish                  exit 1 if anything failed, 0 otherwise
#   need_tools TOOL...      fail and exit at once when a tool is missing
#   has_package FIELD PKG   whether a Depends/Recommends-style FIELD names PKG (alone or in an alternative)
#   png_size FILE           print a PNG's "WIDTHxHEIGHT" from its header

failures=0

fail() {
    printf 'FAIL: %s\n' "$*" >&2
    failures=$((failures + 1))
}

finish() {
    if ((failures > 0)); then
        printf '%s: %d check(s) failed\n' "$(basename "$0")" "$failures" >&2
        exit 1
    fi
    printf '%s: all checks passed\n' "$(basename "$0")"
}

need_tools() {
    local tool missing=0
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            fail "$tool is not installed (scripts/lib/common.sh lists the package that has it)"
            missing=1
        fi
    done
    ((missing == 0)) || finish
}

has_package() {
    # Split on "," and "|", drop version constraints and architecture qualifiers, compare names.
    local names=${1//[,|]/$'\n'}
    sed -e 's/(.*)//' -e 's/:.*//' -e 's/[[:space:]]//g' <<<"$names" | grep -qxF -- "$2"
}

png_size() {
    local bytes
    # IHDR: width and height are big-endian 32-bit integers at offsets 16 and 20.
    read -r -a bytes < <(od -An -tu1 -j16 -N8 -v "$1")
    ((${#bytes[@]} == 8)) || return 1
    printf '%dx%d\n' $(((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3])) \
        $(((bytes[4] << 24) | (bytes[5] << 16) | (bytes[6] << 8) | bytes[7]))
}
