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
plexauth_cmd=("$BENCH_PLEXAUTH" transient --server "$pms")
curl_cmd=(curl -sf -X POST -H @- "$url")

for _ in 1 2 3; do measure "${plexauth_cmd[@]}" >/dev/null; measure "${curl_cmd[@]}" >/dev/null; done
: >"$BENCH_WORK/plexauth.txt"
: >"$BENCH_WORK/curl.txt"
for ((i = 0; i < BENCH_RUNS; i++)); do
    # Alternate the order so neither side always runs on a warmer machine.
    if ((i % 2)); then
        measure "${curl_cmd[@]}" >>"$BENCH_WORK/curl.txt"
        measure "${plexauth_cmd[@]}" >>"$BENCH_WORK/plexauth.txt"
    else
        measure "${plexauth_cmd[@]}" >>"$BENCH_WORK/plexauth.txt"
        measure "${curl_cmd[@]}" >>"$BENCH_WORK/curl.txt"
    fi
done

read -r pa_wall pa_wall_min pa_wall_max < <(bench_stats "$BENCH_WORK/plexauth.txt" 1)
read -r cu_wall cu_wall_min cu_wall_max < <(bench_stats "$BENCH_WORK/curl.txt" 1)
read -r pa_rss _ pa_rss_max < <(bench_stats "$BENCH_WORK/plexauth.txt" 2)
read -r cu_rss _ _ < <(bench_stats "$BENCH_WORK/curl.txt" 2)
ratio=$(awk -v a="$pa_wall" -v b="$cu_wall" 'BEGIN { printf "%.2f", a / b }')
pa_mib=$(awk -v k="$pa_rss_max" 'BEGIN { printf "%.1f", k / 1024 }')
verdict_time=$(awk -v r="$ratio" 'BEGIN { print (r <= 2.0) ? "met" : "MISSED" }')
verdict_mem=$(awk -v k="$pa_rss_max" 'BEGIN { print (k <= 30 * 1024) ? "met" : "MISSED" }')

ms() { awk -v u="$1" 'BEGIN { printf "%.1f", u / 1000 }'; }
section="## \`plexauth transient\` against \`curl\`

$(bench_machine_line). $BENCH_RUNS runs of each after 3 warm-ups, alternating order. Token from a throwaway gnome-keyring; loopback fake Plex server. Reproduce: \`bench/run-transient $BENCH_RUNS\`.

| | wall time, median (min–max) | peak RSS, median (max) |
|---|---|---|
| \`plexauth transient --server …\` | $(ms "$pa_wall") ms ($(ms "$pa_wall_min")–$(ms "$pa_wall_max")) | $((pa_rss / 1024)) MiB ($pa_mib MiB) |
| \`curl -X POST …/security/token\` | $(ms "$cu_wall") ms ($(ms "$cu_wall_min")–$(ms "$cu_wall_max")) | $((cu_rss / 1024)) MiB |

- Wall-time ratio (medians): **$ratio** (target at most 2.0: $verdict_time)
- Peak memory of plexauth: **$pa_mib MiB** at most (target at most 30 MiB: $verdict_mem)"
bench_write_section transient "$section"
