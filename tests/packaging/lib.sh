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

# Records a failure for each hardening property the ELF executable FILE lacks: a position-independent
# executable (ELF type DYN), a GNU_RELRO segment, BIND_NOW (the dynamic FLAGS BIND_NOW or FLAGS_1 NOW),
# and the stack protector (__stack_chk_fail among its dynamic symbols). Fortified libc calls (__*_chk)
# are not required: _FORTIFY_SOURCE=2 is on, but plexauth's own code makes no call glibc can fortify.
check_hardening() {
    local file=$1 header program dynamic symbols
    header=$(readelf -h "$file" 2>&1) || { fail "readelf -h $file: $header"; return; }
    program=$(readelf -lW "$file" 2>&1)
    dynamic=$(readelf -dW "$file" 2>&1)
    symbols=$(readelf --dyn-syms -W "$file" 2>&1)
    grep -qE '^ +Type: +DYN ' <<<"$header" \
        || fail "$file is not a position-independent executable: $(grep -E '^ +Type:' <<<"$header")"
    grep -qE '^ +GNU_RELRO ' <<<"$program" || fail "$file has no GNU_RELRO segment (link with -z relro)"
    grep -qE '\(FLAGS\) +.*BIND_NOW|\(FLAGS_1\) +.*\bNOW\b' <<<"$dynamic" \
        || fail "$file has no BIND_NOW (link with -z now): $(grep -E '\(FLAGS' <<<"$dynamic")"
    grep -qE '\(FLAGS_1\) +.*\bPIE\b' <<<"$dynamic" || fail "$file has no FLAGS_1 PIE (link with -pie)"
    grep -qw '__stack_chk_fail' <<<"$symbols" || fail "$file calls no __stack_chk_fail (-fstack-protector-strong)"
}

# The command line loads no GUI library: none among the libraries EXECUTABLE needs, directly or
# through another library (ldd lists them all).
check_no_gui_library() {
    local file=$1 libraries
    libraries=$(ldd "$file" 2>&1) || { fail "ldd $file: $libraries"; return; }
    if grep -qE 'libQt6(Gui|Widgets|OpenGL|XcbQpa)\.so' <<<"$libraries"; then
        fail "$file loads a GUI library: $(grep -E 'libQt6(Gui|Widgets|OpenGL|XcbQpa)' <<<"$libraries" | tr -s ' \t' ' ')"
    fi
}
