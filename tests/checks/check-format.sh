#!/usr/bin/env bash
# CTest check_format: every C++ file the repository tracks is as clang-format (with .clang-format) would
# write it. Prints the files that are not and the command that fixes them.
#
#   tests/checks/check-format.sh SOURCE_DIR
set -euo pipefail
cd "$1"
command -v clang-format >/dev/null || { echo "check-format: clang-format is not installed" >&2; exit 1; }

mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
((${#files[@]} > 0)) || { echo "check-format: no C++ files found under $PWD" >&2; exit 1; }
if ! report=$(clang-format --dry-run --Werror "${files[@]}" 2>&1); then
    sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/not formatted: \1/p' <<<"$report" \
        | sort -u >&2
    echo "check-format: run  clang-format -i \$(git ls-files '*.cpp' '*.h')  and commit the result" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted"
