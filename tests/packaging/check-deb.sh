#!/usr/bin/env bash
# The Debian package: CPack builds it from the build tree into a scratch directory; its control
# fields name the runtime packages (including those dpkg-shlibdeps cannot see) and a Secret
# Service provider; lintian reports no error; unpacked into a scratch root it has every file in
# place, and the installed plexauth is hardened and runs.
#
#   check-deb.sh BUILD-DIR VERSION APP-ID MAN-PAGE-SOURCE
set -uo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

build=$1 version=$2 app_id=$3 man_source=$4
need_tools cpack dpkg-deb dpkg-shlibdeps readelf appstreamcli lintian

scratch=$(mktemp -d "${TMPDIR:-/tmp}/plexauth-deb.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

if ! cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    fail "cpack failed:"$'\n'"$(cat "$scratch/cpack.log")"
    finish
fi
deb=$scratch/out/plexauth_${version}_$(dpkg --print-architecture).deb
if [[ ! -f $deb ]]; then
    fail "cpack made no $(basename "$deb"); it made: $(cd "$scratch/out" && echo *.deb)"
    finish
fi

field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == plexauth ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', not $version"
[[ $(field Section) == net ]] || fail "Section is '$(field Section)', not net"
for name in Maintainer Homepage Description; do
    [[ -n $(field "$name") ]] || fail "the control file has no $name"
done
# From dpkg-shlibdeps (Qt 6, QtKeychain, libcrypto) and named by hand (plugins and dlopen()ed libraries).
depends=$(field Depends)
for package in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6dbus6 libqt6keychain1 \
    libssl3 libsecret-1-0; do
    has_package "$depends" "$package" || fail "Depends lacks $package: $depends"
done
recommends=$(field Recommends)
for package in gnome-keyring keepassxc qt6-translations-l10n; do
    has_package "$recommends" "$package" || fail "Recommends lacks $package: $recommends"
done

# Debian's own checks of the package: errors fail, warnings are shown.
# As root it first says that is not recommended: only its tag lines (E:, W:, I:, ...) are kept.
lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -E '^[EWINPOX]: ')
if grep -q '^E: ' <<<"$lintian_out"; then
    fail "lintian reports errors:"$'\n'"$lintian_out"
elif [[ -n $lintian_out ]]; then
    printf 'lintian:\n%s\n' "$lintian_out"
fi

owners=$(dpkg-deb -c "$deb" | awk '{ print $2 }' | sort -u)
[[ $owners == root/root ]] || fail "files are not all owned by root/root: ${owners//$'\n'/ }"

root=$scratch/root
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x failed"
hicolor=$root/usr/share/icons/hicolor
for file in usr/bin/plexauth usr/libexec/plexauth/plexauth-window "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" usr/share/man/man1/plexauth.1.gz usr/share/doc/plexauth/copyright \
    usr/share/doc/plexauth/changelog.gz; do
    [[ -f $root/$file ]] || fail "the package has no /$file"
done
for side in 16 22 24 32 48 64 128 256 512; do
    png=$hicolor/${side}x$side/apps/$app_id.png
    if [[ ! -f $png ]]; then
        fail "the package has no ${png#"$root"}"
    elif [[ $(png_size "$png") != "${side}x$side" ]]; then
        fail "${png#"$root"} is $(png_size "$png"), not ${side}x$side"
    fi
done
if ! zcat "$root/usr/share/man/man1/plexauth.1.gz" 2>/dev/null | cmp -s - "$man_source"; then
    fail "the packaged man page is not $man_source, gzipped"
fi
# AppStream's view of the installed tree: metainfo, desktop file and icons together.
if ! output=$(appstreamcli validate-tree --no-net --no-color "$root" 2>&1); then
    fail "appstreamcli validate-tree rejects the package's files:"$'\n'"$output"
fi

# The installed binaries: hardened, no run path back into the build tree, and plexauth runs. The
# command line links no GUI library; the window program, which it starts, does.
installed=$root/usr/bin/plexauth
window=$root/usr/libexec/plexauth/plexauth-window
for binary in "$installed" "$window"; do
    [[ -f $binary ]] || continue
    check_hardening "$binary"
    if readelf -d "$binary" 2>/dev/null | grep -qE 'R(UN)?PATH'; then
        fail "the installed ${binary#"$root"} has a run path: $(readelf -d "$binary" | grep -E 'R(UN)?PATH')"
    fi
done
check_no_gui_library "$installed"
launcher_exec=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/$app_id.desktop" 2>/dev/null)
[[ $launcher_exec == /usr/libexec/plexauth/plexauth-window ]] \
    || fail "the desktop file's Exec is '$launcher_exec', not the packaged window program"
if [[ -f $window ]] && ! readelf -d "$window" | grep -qF '[libQt6Widgets.so.6]'; then
    fail "the installed window program does not link Qt Widgets: is it the window?"
fi
if ! out=$("$installed" --version 2>&1); then
    fail "the installed plexauth --version failed: $out"
elif [[ $out != "plexauth $version" ]]; then
    fail "the installed plexauth --version printed '$out', not 'plexauth $version'"
fi
if ! out=$("$installed" --help 2>&1); then
    fail "the installed plexauth --help failed: $out"
else
    for expected in 'Usage: plexauth [COMMAND] [OPTIONS]' 'Commands:' '  signin ' '  token ' 'Exit codes:'; do
        grep -qF -- "$expected" <<<"$out" || fail "the installed plexauth --help does not print '$expected'"
    done
fi

finish
