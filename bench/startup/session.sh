# shellcheck shell=bash
# Runs under Xvfb inside dbus-run-session for bench/run-startup. Not meant to be run by hand.
set -euo pipefail
# shellcheck source=bench/lib/results.sh
source "$BENCH_ROOT/bench/lib/results.sh"
export HOME=$BENCH_WORK/home XDG_CONFIG_HOME=$BENCH_WORK/home/.config XDG_DATA_HOME=$BENCH_WORK/home/.local/share
export XDG_CACHE_HOME=$BENCH_WORK/home/.cache XDG_RUNTIME_DIR=$BENCH_WORK/run
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$HOME" "$XDG_RUNTIME_DIR"
# The X server is xvfb-run's; never the user's keyring daemon or Wayland session.
unset WAYLAND_DISPLAY GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
export QT_QPA_PLATFORM=xcb
[[ -n ${DISPLAY:-} ]] || { echo "run-startup: no DISPLAY: not running under xvfb-run" >&2; exit 1; }

pids=()
measuring=
cleanup() {
    local pid
    # timeout runs in a process group of its own: stop it (it passes the signal on to the app).
    [[ -n $measuring ]] && kill "$measuring" 2>/dev/null
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
    sleep 0.1
done
# The daemon forked away: find it by the bus name it owns, to stop it on exit.
keyring_pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null \
    | awk '/uint32/ { print $2 }')
[[ -n $keyring_pid ]] && pids+=("$keyring_pid")

"$BENCH_FAKEPLEX" --port 0 >"$BENCH_WORK/fakeplex.out" 2>"$BENCH_WORK/fakeplex.err" &
pids+=($!)
for _ in $(seq 100); do
    grep -q '^pms: ' "$BENCH_WORK/fakeplex.out" 2>/dev/null && break
    sleep 0.05
done
plextv=$(sed -n 's/^plex.tv: //p' "$BENCH_WORK/fakeplex.out")
[[ -n $plextv ]] || { echo "run-startup: the fake Plex server did not start" >&2; exit 1; }
# The command line reads the variable; the desktop app reads its settings: nothing reaches plex.tv.
export PLEXAUTH_PLEX_TV_URL=$plextv
mkdir -p "$XDG_CONFIG_HOME/PlexAuth"
printf '[settings]\nplexTvUrl=%s\n' "$plextv" >"$XDG_CONFIG_HOME/PlexAuth/PlexAuth.conf"

# BENCH_PLEXAUTH is a copy of the `plexauth` command whose window program is tests/support/firstpaintapp.cpp:
# the app as shipped, started as the desktop file starts it, which quits once the sign-in dialog (opened
# on its own at first start, with no account) has painted.

# One timed run of the command "$@": prints "exit_us peak_kib paint_us signin_us", the times from the
# fork to the exit, to the first paint of a window and to the sign-in window's (both printed by the
# program; the bare window has one window, so its two are the same). A window that never quits (the hook
# missing) fails the benchmark instead of hanging it.
measure() {
    local start end paint signin status=0
    start=$(date +%s%N)
    # In the background and waited for, so a signal to this script is handled at once.
    timeout 30 /usr/bin/time -f '%M' -o "$BENCH_WORK/rss" "$@" >"$BENCH_WORK/out" 2>>"$BENCH_WORK/app.err" &
    measuring=$!
    wait "$measuring" || status=$?
    end=$(date +%s%N)
    measuring=
    paint=$(sed -n 's/^first-paint-ns //p' "$BENCH_WORK/out")
    signin=$(sed -n 's/^signin-paint-ns //p' "$BENCH_WORK/out")
    signin=${signin:-$paint}
    if ((status != 0)) || [[ -z $paint ]]; then
        echo "run-startup: $(basename "$1") exited with status $status (124: did not quit after its first paint within 30 s), first paint '$paint'" >&2
        tail -n 20 "$BENCH_WORK/app.err" >&2
        exit 1
    fi
    echo "$(((end - start) / 1000)) $(tail -n 1 "$BENCH_WORK/rss") $(((paint - start) / 1000)) $(((signin - start) / 1000))"
}
app_cmd=("$BENCH_WINDOW")
command_cmd=("$BENCH_PLEXAUTH")
bare_cmd=("$BENCH_BAREWINDOW")

for _ in 1 2 3; do
    measure "${app_cmd[@]}" >/dev/null
    measure "${command_cmd[@]}" >/dev/null
    measure "${bare_cmd[@]}" >/dev/null
done
# Still no account after the warm-ups: every run opens the sign-in window.
if grep -q '^accounts\|^\[accounts' "$XDG_CONFIG_HOME/PlexAuth/PlexAuth.conf"; then
    echo "run-startup: an account appeared in the settings; the sign-in window would not open" >&2
    exit 1
fi
: >"$BENCH_WORK/app.txt"
: >"$BENCH_WORK/command.txt"
: >"$BENCH_WORK/bare.txt"
for ((i = 0; i < BENCH_RUNS; i++)); do
    # Rotate the order so no side always runs first or on a warmer machine.
    case $((i % 3)) in
        0) order=(app command bare) ;;
        1) order=(command bare app) ;;
        *) order=(bare app command) ;;
    esac
    for side in "${order[@]}"; do
        case $side in
            app) measure "${app_cmd[@]}" >>"$BENCH_WORK/app.txt" ;;
            command) measure "${command_cmd[@]}" >>"$BENCH_WORK/command.txt" ;;
            bare) measure "${bare_cmd[@]}" >>"$BENCH_WORK/bare.txt" ;;
        esac
    done
done

read -r pa_paint pa_paint_min pa_paint_max < <(bench_stats "$BENCH_WORK/app.txt" 3)
read -r pa_signin pa_signin_min pa_signin_max < <(bench_stats "$BENCH_WORK/app.txt" 4)
read -r pc_paint pc_paint_min pc_paint_max < <(bench_stats "$BENCH_WORK/command.txt" 3)
read -r pc_signin pc_signin_min pc_signin_max < <(bench_stats "$BENCH_WORK/command.txt" 4)
read -r pc_wall pc_wall_min pc_wall_max < <(bench_stats "$BENCH_WORK/command.txt" 1)
read -r pc_rss pc_rss_min pc_rss_max < <(bench_stats "$BENCH_WORK/command.txt" 2)
read -r bw_paint bw_paint_min bw_paint_max < <(bench_stats "$BENCH_WORK/bare.txt" 3)
read -r pa_wall pa_wall_min pa_wall_max < <(bench_stats "$BENCH_WORK/app.txt" 1)
read -r bw_wall bw_wall_min bw_wall_max < <(bench_stats "$BENCH_WORK/bare.txt" 1)
read -r pa_rss pa_rss_min pa_rss_max < <(bench_stats "$BENCH_WORK/app.txt" 2)
read -r bw_rss bw_rss_min bw_rss_max < <(bench_stats "$BENCH_WORK/bare.txt" 2)
ratio=$(awk -v a="$pa_paint" -v b="$bw_paint" 'BEGIN { printf "%.2f", a / b }')
signin_ratio=$(awk -v a="$pa_signin" -v b="$bw_paint" 'BEGIN { printf "%.2f", a / b }')
command_ratio=$(awk -v a="$pc_paint" -v b="$bw_paint" 'BEGIN { printf "%.2f", a / b }')
exit_ratio=$(awk -v a="$pa_wall" -v b="$bw_wall" 'BEGIN { printf "%.2f", a / b }')
extra_mib=$(awk -v a="$pa_rss" -v b="$bw_rss" 'BEGIN { printf "%+.1f", (a - b) / 1024 }')
verdict_time=$(awk -v r="$ratio" 'BEGIN { print (r <= 1.5) ? "met" : "MISSED" }')
verdict_mem=$(awk -v a="$pa_rss" -v b="$bw_rss" 'BEGIN { print (a - b <= 15 * 1024) ? "met" : "MISSED" }')

ms() { awk -v u="$1" 'BEGIN { printf "%.1f", u / 1000 }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
section="## Start-up to the first painted window against a bare Qt Widgets window

$(bench_machine_line). $BENCH_RUNS runs of each after 3 warm-ups, in rotating order. Xvfb 1280x800x24, xcb platform, first start (no account; throwaway gnome-keyring; plex.tv is a loopback fake Plex server). PlexAuth starts as the desktop file starts it, with its window program, and as a terminal starts it: the \`plexauth\` command, which replaces itself with the window program. Each process prints when its first window first painted, PlexAuth also when its sign-in window (opened over the main window at first start) did, then quits. The target is the time to the first window's paint; the sign-in window's and the exit's (window and services torn down) are shown beside it. Reproduce: \`bench/run-startup $BENCH_RUNS\`.

| | to the first window's paint, median (min–max) | to the sign-in window's paint | to the exit | peak RSS, median (min–max) |
|---|---|---|---|---|
| the window program, as the desktop file starts it (main window, then the sign-in dialog) | $(ms "$pa_paint") ms ($(ms "$pa_paint_min")–$(ms "$pa_paint_max")) | $(ms "$pa_signin") ms ($(ms "$pa_signin_min")–$(ms "$pa_signin_max")) | $(ms "$pa_wall") ms ($(ms "$pa_wall_min")–$(ms "$pa_wall_max")) | $(mib "$pa_rss") MiB ($(mib "$pa_rss_min")–$(mib "$pa_rss_max")) |
| \`plexauth\` with no command, as from a terminal | $(ms "$pc_paint") ms ($(ms "$pc_paint_min")–$(ms "$pc_paint_max")) | $(ms "$pc_signin") ms ($(ms "$pc_signin_min")–$(ms "$pc_signin_max")) | $(ms "$pc_wall") ms ($(ms "$pc_wall_min")–$(ms "$pc_wall_max")) | $(mib "$pc_rss") MiB ($(mib "$pc_rss_min")–$(mib "$pc_rss_max")) |
| bare \`QDialog\` (\`bench/startup/barewindow.cpp\`) | $(ms "$bw_paint") ms ($(ms "$bw_paint_min")–$(ms "$bw_paint_max")) | (one window) | $(ms "$bw_wall") ms ($(ms "$bw_wall_min")–$(ms "$bw_wall_max")) | $(mib "$bw_rss") MiB ($(mib "$bw_rss_min")–$(mib "$bw_rss_max")) |

- Time to the first window's paint, ratio of the medians: **$ratio** (target at most 1.5: $verdict_time)
- The same ratio to the sign-in window's paint: $signin_ratio; to the exit: $exit_ratio; through the \`plexauth\` command, to the first window's paint: $command_ratio
- Peak memory above the bare window (medians): **$extra_mib MiB** (target at most +15 MiB: $verdict_mem)"
bench_write_section startup "$section"
