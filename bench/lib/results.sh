# shellcheck shell=bash
# Shared by the bench/run-* scripts (and the session scripts they start). Source it; don't run it.
#
#   bench_keyring_session        (in dbus-run-session) temporary HOME, no display, a throwaway unlocked keyring
#   bench_build TARGET...        configure build-bench/ (Release, the benchmarks on) if needed, build TARGETs
#   bench_note_load              remember the load average now, before measuring (exported as BENCH_LOAD)
#   bench_machine_line           "date, CPU (N cores), memory, OS, Qt, build type, load average" for a section
#   bench_stats FILE COLUMN      "median min max" of a column of numbers
#   bench_write_section NAME TEXT [top]
#                                writes TEXT between <!-- NAME:begin --> and <!-- NAME:end --> in
#                                bench/results.md, replacing what was there; a new section goes last (or
#                                before the other sections with "top"), and prints it

BENCH_BUILD_DIR=build-bench

# Inside dbus-run-session: a temporary HOME and XDG folders under $BENCH_WORK, no display, and a
# throwaway gnome-keyring as the session's Secret Service, unlocked and answering.
bench_keyring_session() {
    export HOME=$BENCH_WORK/home XDG_CONFIG_HOME=$BENCH_WORK/home/.config XDG_DATA_HOME=$BENCH_WORK/home/.local/share
    export XDG_RUNTIME_DIR=$BENCH_WORK/run
    mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL
    head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    for _ in $(seq 50); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && return 0
        sleep 0.1
    done
}

bench_build() {
    if [[ ! -f $BENCH_BUILD_DIR/CMakeCache.txt ]]; then
        cmake -S . -B "$BENCH_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON \
            -DPLEXAUTH_BUILD_BENCH=ON
    elif ! grep -qx 'PLEXAUTH_BUILD_BENCH:BOOL=ON' "$BENCH_BUILD_DIR/CMakeCache.txt"; then
        # Configured before the benchmarks had executables of their own: the same tree, with them added.
        cmake -S . -B "$BENCH_BUILD_DIR" -DPLEXAUTH_BUILD_BENCH=ON
    fi
    cmake --build "$BENCH_BUILD_DIR" --parallel --target "$@"
}

bench_note_load() {
    BENCH_LOAD=$(awk '{ print $1 ", " $2 ", " $3 }' /proc/loadavg)
    export BENCH_LOAD
}

bench_machine_line() {
    local root=${BENCH_ROOT:-.} cpu build_type
    cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
    build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$root/$BENCH_BUILD_DIR/CMakeCache.txt" 2>/dev/null)
    printf '%s, %s (%s cores), %s, %s, Qt %s, %s build, load average %s (1, 5, 15 min) before the run' \
        "$(date -u +%Y-%m-%d)" "${cpu:-unknown CPU}" "$(nproc)" \
        "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)" \
        "$(. /etc/os-release && echo "$PRETTY_NAME")" \
        "$(pkg-config --modversion Qt6Core 2>/dev/null || echo 6)" "${build_type:-unknown}" \
        "${BENCH_LOAD:-$(awk '{ print $1 ", " $2 ", " $3 }' /proc/loadavg)}"
}

bench_stats() {
    sort -n -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%d %d %d\n", m, v[1], v[NR] }'
}

bench_write_section() {
    local name=$1 text=$2 where=${3:-last}
    local results=${BENCH_ROOT:-.}/bench/results.md
    text="<!-- $name:begin -->
$text
<!-- $name:end -->"
    [[ -f $results ]] || printf '# Benchmark results\n\nEach figure is measured side by side with its baseline in the same run.\n' >"$results"
    # The text through the environment: awk -v would turn its backslashes into escapes.
    if grep -q "<!-- $name:begin -->" "$results"; then
        BENCH_SECTION=$text awk -v name="$name" '
            $0 == "<!-- " name ":begin -->" { print ENVIRON["BENCH_SECTION"]; skip = 1; next }
            $0 == "<!-- " name ":end -->" { skip = 0; next }
            !skip' "$results" >"$results.new"
    elif [[ $where == top ]]; then
        BENCH_SECTION=$text awk '
            !done && /^<!-- [a-z]+:begin -->$/ { print ENVIRON["BENCH_SECTION"]; print ""; done = 1 }
            { print }
            END { if (!done) { print ""; print ENVIRON["BENCH_SECTION"] } }' "$results" >"$results.new"
    else
        { cat "$results"; printf '\n%s\n' "$text"; } >"$results.new"
    fi
    mv "$results.new" "$results"
    printf '%s\n' "$text"
}
