# shellcheck shell=bash disable=SC2034 # the lists and variables are used by the scripts that source this
# Shared by scripts/run-app and scripts/run-tests. Source it; don't run it.
#
#   plexauth_cd_root                   cd to the repository root
#   plexauth_ensure_packages PKG...    install missing Debian packages (apt-get as root, via sudo otherwise,
#                                      or print the exact apt-get line and exit 1)
#   plexauth_build                     configure the build directory if it has never been configured, then
#                                      build it
#
# Environment: PLEXAUTH_BUILD_DIR (default build) is the build directory; PLEXAUTH_CMAKE_ARGS holds extra
# configure options for it, applied on every run (e.g. PLEXAUTH_BUILD_DIR=build-asan
# PLEXAUTH_CMAKE_ARGS=-DPLEXAUTH_SANITIZE=ON, which scripts/run-tests-asan sets).

# What building PlexAuth (the app, the fake Plex server and the tests) needs on Debian 12.
# qt6-websockets-dev: Qt6HttpServer's CMake package requires Qt6WebSockets. libgl-dev: Qt6Gui's CMake
# package requires OpenGL headers. dbus: the session bus the keychain (Secret Service) is reached over.
# librsvg2-bin: rsvg-convert renders the app icon's PNGs. dpkg-dev: dpkg-shlibdeps, which CPack runs
# to fill the .deb's Depends (`cmake --build build --target package`).
# qt6-base-private-dev: tst_announcements switches the platform's accessibility on (QPA, as Qt's tests do).
# libssl-dev: OpenSSL's libcrypto, PlexAuth's only cryptography (the Secret Service's encrypted session,
# wiping secrets). ccache and mold: a rebuild, or a fresh clone's build, reuses what was compiled before,
# and links quickly (plexauth_build, cmake/ProjectSettings.cmake).
BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    ccache mold
    librsvg2-bin dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-base-private-dev
    qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev libssl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev
    dbus
)

# What the test run needs in addition: a throwaway gnome-keyring as the Secret Service inside a private
# D-Bus session (dbus-x11 satisfies gnome-keyring's session-bus dependency without pulling in systemd's
# user session), and Xvfb for tests that want a real X server.
TEST_PACKAGES=(
    "${BUILD_PACKAGES[@]}"
    gnome-keyring dbus-x11
    xvfb xauth
    openssl # the TLS tests make a certificate for each run
    libsecret-tools # secret-tool: the keychain tests check what was written, independently of QtKeychain
    # tests/packaging: desktop-file-validate, appstreamcli, xmllint (metainfo), groff and man (man page
    # lint), xwininfo and xprop (the running window's class and icon)
    desktop-file-utils appstream libxml2-utils groff-base man-db x11-utils
    lintian # tests/packaging: Debian's checks of the .deb
    clang-format clang-tidy # tests/checks: the code is formatted and clang-tidy reports nothing
    python3 # tests/checks/check-tidy.sh reads compile_commands.json
)

# What fuzz/run-all needs in addition to BUILD_PACKAGES: Clang with its libFuzzer and sanitizer
# runtimes, and llvm-symbolizer for reports that name the line. Not used by run-tests or CI.
FUZZ_PACKAGES=(
    clang libclang-rt-14-dev
    llvm
)

PLEXAUTH_BUILD_DIR=${PLEXAUTH_BUILD_DIR:-build}
PLEXAUTH_CMAKE_ARGS=${PLEXAUTH_CMAKE_ARGS:-}

plexauth_log() {
    printf '%s: %s\n' "${PLEXAUTH_SCRIPT:-plexauth}" "$*" >&2
}

plexauth_cd_root() {
    cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1
}

# Prints the packages among "$@" that are not installed, one per line. One dpkg-query for all of them.
plexauth_missing_packages() {
    local installed
    # dpkg-query fails when it does not know a package at all; the others are still listed.
    installed=$(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null | awk '$NF == "installed" { print $1 }' || true)
    local pkg
    for pkg in "$@"; do
        grep -qxF -- "$pkg" <<<"$installed" || printf '%s\n' "$pkg"
    done
}

plexauth_ensure_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        plexauth_log "not a Debian system: skipping the package check; install the equivalents of: $*"
        return 0
    fi

    local missing
    mapfile -t missing < <(plexauth_missing_packages "$@")
    ((${#missing[@]} == 0)) && return 0

    local install=(apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}")
    plexauth_log "missing Debian packages: ${missing[*]}"
    if ((EUID == 0)); then
        apt-get update && DEBIAN_FRONTEND=noninteractive "${install[@]}"
    elif command -v sudo >/dev/null 2>&1; then
        sudo apt-get update && sudo env DEBIAN_FRONTEND=noninteractive "${install[@]}"
    else
        plexauth_log "not root and no sudo; run this as root, then try again:"
        printf '  apt-get update && DEBIAN_FRONTEND=noninteractive %s\n' "${install[*]}" >&2
        exit 1
    fi || {
        plexauth_log "package installation failed"
        exit 1
    }

    mapfile -t missing < <(plexauth_missing_packages "$@")
    if ((${#missing[@]} != 0)); then
        plexauth_log "still missing after apt-get install: ${missing[*]}"
        exit 1
    fi
}

plexauth_build() {
    local dir=$PLEXAUTH_BUILD_DIR
    local extra launcher=()
    read -r -a extra <<<"$PLEXAUTH_CMAKE_ARGS"
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        # The cache in the user's cache folder, shared by every checkout: paths are hashed relative to
        # the checkout, and the build directory is left out of the hash (it only names where an object's
        # debug information says it was compiled), so a fresh clone elsewhere finds what an earlier one
        # compiled.
        export CCACHE_DIR=${CCACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/ccache}
        export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=true
    fi
    if [[ ! -f $dir/CMakeCache.txt ]]; then
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLEXAUTH_WERROR=ON "${launcher[@]}" "${extra[@]}"
    elif [[ ! -f $dir/build.ninja && ! -f $dir/Makefile ]] || ((${#extra[@]} > 0)) \
        || { ((${#launcher[@]} > 0)) && ! grep -q '^CMAKE_CXX_COMPILER_LAUNCHER:' "$dir/CMakeCache.txt"; }; then
        # Configured before, but that configure failed (e.g. packages were missing), or there are options
        # (or ccache, installed since) to apply: configure again with its cache.
        cmake -S . -B "$dir" "${launcher[@]}" "${extra[@]}"
    fi
    # CMAKE_BUILD_PARALLEL_LEVEL, when set, limits the jobs; otherwise the build tool's default.
    cmake --build "$dir" --parallel ${CMAKE_BUILD_PARALLEL_LEVEL:+"$CMAKE_BUILD_PARALLEL_LEVEL"}
}
