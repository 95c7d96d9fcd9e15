#!/bin/bash
# Runs a test inside its own D-Bus session whose gnome-keyring holds one PlexAuth item and is then
# locked. With no display the unlock prompt cannot appear, which is what a user who dismisses it
# sees. Usage: locked-keyring-session.sh TEST-EXECUTABLE [ARGS...]  (run under dbus-run-session)
set -euo pipefail
home=$(mktemp -d "${TMPDIR:-/tmp}/plexauth-locked.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL

head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
    sleep 0.1
done
# QtKeychain's attributes, schema included (libsecret adds it as xdg:schema to the items it stores).
printf '%s' "locked-keyring-token-0123456789" | secret-tool store --label=PlexAuth \
    server PlexAuth user locked-account-uuid type plaintext xdg:schema org.qt.keychain
collection=$(dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.Secret.Service.ReadAlias string:default | sed -n 's/^ *object path "\(.*\)"$/\1/p')
dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.Secret.Service.Lock "array:objpath:$collection" >/dev/null
dbus-send --session --print-reply --dest=org.freedesktop.secrets "$collection" \
    org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked | grep -q "boolean true"

"$@"
