#!/usr/bin/env bash
# The plexauth(1) man page: groff and man find nothing to warn about, its version is the program's,
# and it cannot go stale: every command, option, environment variable and exit code that the built
# `plexauth --help` (and each `plexauth COMMAND --help`) prints is documented, each command's
# options in that command's own entry.
#
#   check-man-page.sh MAN-PAGE PLEXAUTH-EXECUTABLE
set -uo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

page=$1 plexauth=$2
need_tools groff man

export LC_ALL=C.UTF-8
if ! output=$(groff -man -ww -z "$page" 2>&1) || [[ -n $output ]]; then
    fail "groff -man -ww warns about $page:"$'\n'"$output"
fi
if ! output=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || [[ -n $output ]]; then
    fail "man --warnings warns about $page:"$'\n'"$output"
fi

version=$("$plexauth" --version) || fail "plexauth --version failed"
[[ $version == "plexauth "* ]] || fail "plexauth --version printed '$version'"
grep -qE "^\.TH PLEXAUTH 1 .*\"PlexAuth ${version#plexauth } *\"" "$page" \
    || fail "the .TH line does not name PlexAuth ${version#plexauth }"

# The page as plain words: no comments, \- as -, no font changes or hyphenation marks.
text=$(grep -v '^\.\\"' "$page" | sed -e 's/\\-/-/g' -e 's/\\%//g' -e 's/\\f[BIRP]//g' -e 's/\\c$//')
# A section's lines: from ".SH $1" up to the next .SH.
section() { awk -v name=".SH $1" '/^\.SH / { if (on) exit; on = ($0 == name) } on' <<<"$text"; }
# A command's entry under COMMANDS: from its tag (".TP", then ".B COMMAND ...") up to the next
# command's tag. $2 matches every command's tag line.
entry() {
    section COMMANDS | awk -v command="$1" -v tags="$2" '
        prev == ".TP" && $0 ~ tags { if (on) exit; on = ($0 ~ ("^\\.B " command "( |$)")) }
        on { print }
        { prev = $0 }'
}
mentions() { grep -qE -- "(^|[^A-Za-z0-9_-])$2([^A-Za-z0-9_-]|$)" <<<"$1"; }

help=$("$plexauth" --help) || fail "plexauth --help failed"
mapfile -t commands < <(awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on { print $1 }' <<<"$help")
((${#commands[@]} >= 5)) || fail "found only ${#commands[@]} commands in plexauth --help"
command_tags="^[.]B ($(IFS='|'; echo "${commands[*]}"))( |$)"

for command in "${commands[@]}"; do
    entry=$(entry "$command" "$command_tags")
    if [[ -z $entry ]]; then
        fail "the command '$command' has no entry (.B $command ...) under COMMANDS"
        continue
    fi
    command_help=$("$plexauth" "$command" --help) || fail "plexauth $command --help failed"
    while read -r option; do
        mentions "$entry" "$option" || fail "$option (plexauth $command --help) is not in the entry for $command"
    done < <(grep -oE -- '--[a-z][a-z-]*' <<<"$command_help" | sort -u)
done

# Every option anywhere in the help, short ones included.
while read -r option; do
    mentions "$text" "$option" || fail "$option (plexauth --help) is not in the man page"
done < <(grep -oE -- '(^|[ ,[])--?[a-zA-Z][a-z-]*' <<<"$help" | sed 's/^[ ,[]//' | sort -u)

environment=$(section ENVIRONMENT)
while read -r variable; do
    mentions "$environment" "$variable" || fail "$variable (plexauth --help) is not under ENVIRONMENT"
done < <(awk '/^Environment:/ { on = 1; next } on && /^$/ { exit } on && $1 ~ /^[A-Z_]+$/ { print $1 }' <<<"$help")

exit_status=$(section 'EXIT STATUS')
while read -r code; do
    grep -qx "\.B $code" <<<"$exit_status" || fail "exit code $code (plexauth --help) is not under EXIT STATUS"
done < <(awk '/^Exit codes:/ { on = 1; next } on && /^$/ { exit } on && $1 ~ /^[0-9]+$/ { print $1 }' <<<"$help")

finish
