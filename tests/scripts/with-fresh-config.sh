#!/usr/bin/env bash
# Runs "$@" with empty XDG configuration, data and cache folders of its own (no account, no settings),
# removed afterwards. The exit status is the command's.
set -uo pipefail
home=$(mktemp -d "${TMPDIR:-/tmp}/plexauth-fresh.XXXXXX") || exit 1
trap 'rm -rf "$home"' EXIT
XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache "$@"
