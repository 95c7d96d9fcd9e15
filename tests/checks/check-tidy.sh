#!/usr/bin/env bash
# CTest check_tidy: clang-tidy, with the repository's .clang-tidy, reports nothing for the sources of
# app/, ui/ and the tests' support code and fake server, compiled as the build compiles them
# (compile_commands.json).
#
#   tests/checks/check-tidy.sh SOURCE_DIR BUILD_DIR [JOBS]
#
# A file that came out clean is remembered in the user's cache folder (as ccache does), keyed by the
# clang-tidy version, .clang-tidy and the file as the preprocessor sees it with the build's flags: a run
# checks again only what changed, in the file or in any header it includes. PLEXAUTH_TIDY_CACHE sets
# another folder; an empty folder checks everything.
set -euo pipefail
source_dir=$(realpath "$1")
build_dir=$(realpath "$2")
jobs=${3:-2}
command -v clang-tidy >/dev/null || { echo "check-tidy: clang-tidy is not installed" >&2; exit 1; }
[[ -f $build_dir/compile_commands.json ]] || {
    echo "check-tidy: $build_dir/compile_commands.json is missing (CMAKE_EXPORT_COMPILE_COMMANDS)" >&2
    exit 1
}

cache_dir=${PLEXAUTH_TIDY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/plexauth/clang-tidy}
mkdir -p "$cache_dir"
config_key=$({ clang-tidy --version && cat "$source_dir/.clang-tidy"; } | sha256sum | cut -c1-64)

# The compile commands, one per source file: a unity build's batch (unity_N_cxx.cxx, which #includes
# its sources) gives each of its sources the batch's command, so clang-tidy sees every file on its own.
tidy_db=$build_dir/clang-tidy-db
mkdir -p "$tidy_db"
python3 - "$build_dir/compile_commands.json" "$tidy_db/compile_commands.json" <<'PY'
import json, re, sys
entries = []
for entry in json.load(open(sys.argv[1])):
    path = entry["file"]
    if not re.search(r"/unity_[0-9]+_cxx\.cxx$", path):
        entries.append(entry)
        continue
    for line in open(path):
        included = re.match(r'#include "(.+)"', line)
        if included:
            source = included.group(1)
            expanded = dict(entry, file=source)
            if "arguments" in entry:
                expanded["arguments"] = [source if arg == path else arg for arg in entry["arguments"]]
            else:
                expanded["command"] = entry["command"].replace(path, source)
            entries.append(expanded)
json.dump(entries, open(sys.argv[2], "w"), indent=1)
PY

# Three NUL-terminated fields per checked source: its path, its build directory, and the build's
# compiler call turned into "preprocess to stdout". Generated files (moc, uic, rcc) are not ours.
list_sources() {
    python3 - "$tidy_db/compile_commands.json" "$source_dir" <<'PY'
import json, shlex, sys
commands, root = sys.argv[1], sys.argv[2].rstrip("/") + "/"
seen = set()
for entry in json.load(open(commands)):
    path = entry["file"]
    relative = path[len(root):] if path.startswith(root) else None
    if relative is None or path in seen or "_autogen/" in relative:
        continue
    if not relative.startswith(("app/", "ui/", "tests/support/", "tests/fakeplex/")):
        continue
    seen.add(path)
    args = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    preprocess, skip = [], False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
        elif arg not in ("-c", "-MD", "-MMD"):
            preprocess.append(arg)
    for field in (path, entry["directory"], shlex.join(preprocess + ["-E", "-P"])):
        sys.stdout.write(field + "\0")
PY
}

# Checks one file: prints nothing when it is clean (now or in the cache), its findings otherwise.
check_one() {
    local path=$1 directory=$2 preprocess=$3 key output
    key=$({ echo "$config_key" && (cd "$directory" && eval "$preprocess"); } | sha256sum | cut -c1-64)
    [[ -f $cache_dir/$key ]] && return 0
    if output=$(clang-tidy --quiet --extra-arg=-Wno-unknown-warning-option -p "$tidy_db" "$path" 2>&1); then
        touch "$cache_dir/$key"
    else
        printf '%s\n' "$output"
        return 1
    fi
}
export -f check_one
export build_dir tidy_db cache_dir config_key

count=$(list_sources | tr -cd '\0' | wc -c)
((count > 0)) || { echo "check-tidy: no sources of app/ or ui/ in compile_commands.json" >&2; exit 1; }
if ! list_sources | xargs -0 -n 3 -P "$jobs" bash -c 'check_one "$@"' check_one; then
    echo "check-tidy: clang-tidy reported the findings above (to see one file's: clang-tidy -p $tidy_db FILE)" >&2
    exit 1
fi
echo "check-tidy: $((count / 3)) files clean"
