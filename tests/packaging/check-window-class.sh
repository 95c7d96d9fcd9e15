#!/usr/bin/env bash
# What the desktop file promises about the running app, checked on a real X server (Xvfb): the
# window's WM_CLASS class is the desktop file's StartupWMClass (how docks match windows to their
# launcher on X11), and the window carries the app icon (_NET_WM_ICON) in the sizes compiled in, within
# ten seconds of its map.
#
#   check-window-class.sh PLEXAUTH-EXECUTABLE DESKTOP-FILE
set -uo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

plexauth=$1 desktop=$2

if [[ ${PLEXAUTH_ON_XVFB:-} != 1 ]]; then
    need_tools xvfb-run xwininfo xprop
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/plexauth-window.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT
    # A first start in a home of its own: no accounts, so the sign-in window opens.
    export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share
    mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
    PLEXAUTH_ON_XVFB=1 xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" "$@"
    exit
fi

export QT_QPA_PLATFORM=xcb
"$plexauth" >"$HOME/plexauth.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null; wait "$app" 2>/dev/null' EXIT

# The first viewable top-level window that has a WM_CLASS, within 30 seconds.
window=
for _ in $(seq 300); do
    while read -r id; do
        if xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then
            window=$id
            break
        fi
    done < <(xwininfo -root -children 2>/dev/null | awk '/\(".*" ".*"\)/ { print $1 }')
    [[ -n $window ]] && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
done
if [[ -z $window ]]; then
    fail "no PlexAuth window appeared on the X server; plexauth's output:"$'\n'"$(cat "$HOME/plexauth.log")"
    finish
fi

wm_class=$(xprop -id "$window" -notype WM_CLASS)
expected=$(sed -n 's/^StartupWMClass=//p' "$desktop")
[[ $wm_class == *", \"$expected\"" ]] || fail "the window's $wm_class; the desktop file's StartupWMClass is $expected"

# The icon is set right after the first paint (ui/guiapp.cpp), so it may come a moment after the map.
icon_sizes=
for _ in $(seq 100); do
    icon_sizes=$(xprop -id "$window" -notype _NET_WM_ICON 2>/dev/null | grep -oE 'Icon \([0-9]+ x [0-9]+\)' | sort -u)
    [[ -n $icon_sizes ]] && break
    sleep 0.1
done
# Qt 6.4 puts the sizes up to 128 in _NET_WM_ICON.
for side in 16 32 48 64 128; do
    grep -qF "Icon ($side x $side)" <<<"$icon_sizes" \
        || fail "the window icon has no $side x $side image (it has: ${icon_sizes//$'\n'/, })"
done

finish
