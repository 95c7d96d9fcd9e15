# shellcheck shell=bash
# Runs inside dbus-run-session for bench/run-transient. Not meant to be run by hand.
set -euo pipefail
# shellcheck source=bench/lib/results.sh
source "$BENCH_ROOT/bench/lib/results.sh"
bench_keyring_session

"$BENCH_FAKEPLEX" --port 0 >"$BENCH_WORK/fakeplex.out" 2>"$BENCH_WORK/fakeplex.err" &
fakeplex_pid=$!
trap 'kill $fakeplex_pid 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM HUP
for _ in $(seq 100); do
    grep -q '^pms: ' "$BENCH_WORK/fakeplex.out" 2>/dev/null && break
    sleep 0.05
done
pms=$(sed -n 's/^pms: //p' "$BENCH_WORK/fakeplex.out")
plextv=$(sed -n 's/^plex.tv: //p' "$BENCH_WORK/fakeplex.out")
[[ -n $pms ]] || { echo "run-transient: the fake Plex server did not start" >&2; exit 1; }
export PLEXAUTH_PLEX_TV_URL=$plextv

printf '%s\n' "correct horse battery staple" \
    | "$BENCH_PLEXAUTH" signin --login alice@example.com --password-stdin 2>/dev/null
client_id=$(sed -n 's/^clientIdentifier=//p' "$XDG_CONFIG_HOME/PlexAuth/PlexAuth.conf")
# curl gets the same headers plexauth sends, the token through stdin rather than its argv.
headers="X-Plex-Token: $("$BENCH_PLEXAUTH" token)
X-Plex-Client-Identifier: $client_id
X-Plex-Product: PlexAuth
Accept: application/json"
url="$pms/security/token?type=delegation&scope=all"

# One timed run of the command "$@", with $headers on its stdin: prints "wall_us peak_kib".
measure() {
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$BENCH_WORK/rss" "$@" >/dev/null <<<"$headers"
    end=$(date +%s%N)
    echo "$(((end - start) / 1000)) $(cat "$BENCH_WORK/rss")"
}
# Each command's words, by name: the command line's runs, their baselines, and the floor.
declare -A commands=(
    [transient]="$BENCH_PLEXAUTH transient --server $pms"
    [token]="$BENCH_PLEXAUTH token"
    [help]="$BENCH_PLEXAUTH --help"
    [curl]="curl -sf -X POST -H @- $url"
    [curl_version]="curl --version"
    [floor]="$BENCH_FLOOR"
)
names=(transient token help curl curl_version floor)
run_named() {
    local words
    read -r -a words <<<"${commands[$1]}"
    measure "${words[@]}" >>"$BENCH_WORK/$1.txt"
}
for name in "${names[@]}"; do
    : >"$BENCH_WORK/$name.txt"
    for _ in 1 2 3; do run_named "$name"; done
    : >"$BENCH_WORK/$name.txt"
done
for ((i = 0; i < BENCH_RUNS; i++)); do
    # Rotate the order so that no command always runs first or after the same one.
    for ((j = 0; j < ${#names[@]}; j++)); do
        run_named "${names[(i + j) % ${#names[@]}]}"
    done
done
declare -A wall wall_min wall_max rss rss_max
for name in "${names[@]}"; do
    read -r "wall[$name]" "wall_min[$name]" "wall_max[$name]" < <(bench_stats "$BENCH_WORK/$name.txt" 1)
    read -r "rss[$name]" _ "rss_max[$name]" < <(bench_stats "$BENCH_WORK/$name.txt" 2)
done
ms() { awk -v u="$1" 'BEGIN { printf "%.1f", u / 1000 }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
ratio() { awk -v a="${wall[$1]}" -v b="${wall[$2]}" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN { print (r <= t) ? "met" : "MISSED" }'; }
row() { echo "| $2 | $(ms "${wall[$1]}") ms ($(ms "${wall_min[$1]}")–$(ms "${wall_max[$1]}")) | $(mib "${rss[$1]}") MiB ($(mib "${rss_max[$1]}") MiB) |"; }
time_line() {
    local r
    r=$(ratio "$1" "$2")
    echo "- $3 (medians): **$r** (target at most $4: $(verdict "$r" "$4"))"
}
memory_line() {
    local peak
    peak=$(mib "${rss_max[$1]}")
    echo "- Peak memory of $2: **$peak MiB** at most (target at most 25 MiB: $(verdict "$peak" 25))"
}
section="## The command line against \`curl\`

$(bench_machine_line). $BENCH_RUNS runs of each after 3 warm-ups, in rotating order. Token from a throwaway gnome-keyring (encrypted Secret Service session); loopback fake Plex server. Wall time is from \`fork\` to exit, as a script sees it; peak RSS from \`/usr/bin/time\`. Reproduce: \`bench/run-transient $BENCH_RUNS\`.

| | wall time, median (min–max) | peak RSS, median (max) |
|---|---|---|
$(row transient "\`plexauth transient --server …\`")
$(row token "\`plexauth token\`")
$(row help "\`plexauth --help\`")
$(row curl "\`curl -X POST …/security/token\` (the transient request)")
$(row curl_version "\`curl --version\`")
$(row floor "floor: \`bench/cli/floor.cpp\`, the same libraries and a \`QCoreApplication\`, nothing else")

$(time_line transient curl "\`plexauth transient\` against one curl of the same request" 1.5)
$(time_line token curl "\`plexauth token\` against the same curl (the token is what a script sends with it)" 1.5)
$(time_line help curl_version "\`plexauth --help\` against \`curl --version\`" 1.3)
$(memory_line transient "\`plexauth transient\`")
$(memory_line token "\`plexauth token\`")
- The floor against the same curl (medians): $(ratio floor curl); \`plexauth token\` above the floor: $(awk -v a="${wall[token]}" -v b="${wall[floor]}" 'BEGIN { printf "%.1f", (a - b) / 1000 }') ms, \`plexauth transient\` above it: $(awk -v a="${wall[transient]}" -v b="${wall[floor]}" 'BEGIN { printf "%.1f", (a - b) / 1000 }') ms."
bench_write_section transient "$section"
