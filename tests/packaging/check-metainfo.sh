#!/usr/bin/env bash
# The AppStream metainfo: `appstreamcli validate --no-net --strict` passes and --pedantic finds
# nothing but the capitals that the reverse-DNS app id needs; the id, launchable, newest release and
# screenshots agree with the build and the repository.
#
#   check-metainfo.sh METAINFO APP-ID VERSION SCREENSHOTS-DIR
set -uo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

metainfo=$1 app_id=$2 version=$3 screenshots=$4
need_tools appstreamcli xmllint

[[ $(basename "$metainfo") == "$app_id.metainfo.xml" ]] || fail "the metainfo is not named $app_id.metainfo.xml"

if ! output=$(appstreamcli validate --no-net --strict --no-color "$metainfo" 2>&1); then
    fail "appstreamcli validate --no-net --strict rejects $metainfo:"$'\n'"$output"
fi
# Pedantic issues are lines "P: <id>:<line>: <tag> ...". Only the capitals in the id are accepted.
pedantic=$(appstreamcli validate --no-net --pedantic --no-color "$metainfo" 2>&1 \
    | grep -E '^[EWIP]: ' | grep -vE '^P: [^ ]+ cid-contains-uppercase-letter ')
[[ -z $pedantic ]] || fail "appstreamcli validate --pedantic has remarks:"$'\n'"$pedantic"

xpath() { xmllint --xpath "$1" "$metainfo" 2>/dev/null; }
[[ $(xpath 'string(/component/id)') == "$app_id" ]] || fail "<id> is not $app_id"
[[ $(xpath 'string(/component/launchable[@type="desktop-id"])') == "$app_id.desktop" ]] \
    || fail "<launchable type=\"desktop-id\"> is not $app_id.desktop"
[[ $(xpath 'string(/component/provides/binary)') == plexauth ]] || fail "<provides><binary> is not plexauth"
newest=$(xpath 'string(/component/releases/release[1]/@version)')
[[ $newest == "$version" ]] || fail "the newest <release> is '$newest', but the project's version is $version"
[[ -n $(xpath 'string(/component/releases/release[1]/@date)') ]] || fail "the newest <release> has no date"

# Every screenshot is one of docs/screenshots, at the size the metainfo states.
prefix=https://raw.githubusercontent.com/plexauth/plexauth/main/docs/screenshots/
count=$(xpath 'count(/component/screenshots/screenshot)')
((count > 0)) || fail "there are no screenshots"
for ((i = 1; i <= count; i++)); do
    image="/component/screenshots/screenshot[$i]/image"
    url=$(xpath "string($image)")
    [[ -n $(xpath "string(/component/screenshots/screenshot[$i]/caption)") ]] || fail "screenshot $url has no caption"
    if [[ $url != "$prefix"* ]]; then
        fail "screenshot $url is not under $prefix"
        continue
    fi
    file=$screenshots/${url#"$prefix"}
    if [[ ! -f $file ]]; then
        fail "screenshot $url: $file does not exist"
        continue
    fi
    stated="$(xpath "string($image/@width)")x$(xpath "string($image/@height)")"
    actual=$(png_size "$file")
    [[ $stated == "$actual" ]] || fail "screenshot $file is $actual, the metainfo says $stated"
done

finish
