# shellcheck shell=bash
# Runs inside dbus-run-session for bench/run-refresh. Not meant to be run by hand.
set -euo pipefail
# shellcheck source=bench/lib/results.sh
source "$BENCH_ROOT/bench/lib/results.sh"
bench_keyring_session

# Tokens that last an hour: every one is due for renewal (less than a day left) as soon as it is
# issued. No nonce rate limit: the benchmark renews far more often than a person would.
"$BENCH_FAKEPLEX" --port 0 --jwt-lifetime 3600 --nonce-limit 0 >"$BENCH_WORK/fakeplex.out" 2>"$BENCH_WORK/fakeplex.err" &
fakeplex_pid=$!
trap 'kill $fakeplex_pid 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM HUP
for _ in $(seq 100); do
    grep -q '^plex.tv: ' "$BENCH_WORK/fakeplex.out" 2>/dev/null && break
    sleep 0.05
done
plextv=$(sed -n 's/^plex.tv: //p' "$BENCH_WORK/fakeplex.out")
[[ -n $plextv ]] || { echo "run-refresh: the fake Plex server did not start" >&2; exit 1; }
export PLEXAUTH_PLEX_TV_URL=$plextv

"$BENCH_PLEXAUTH" pin --jwt --no-browser 2>/dev/null
conf=$XDG_CONFIG_HOME/PlexAuth/PlexAuth.conf
grep -q '^.*tokenExpiresAt=' "$conf" || { echo "run-refresh: pin --jwt kept no device key" >&2; exit 1; }

# Where the account index says the token expires decides whether the command renews it: a week
# away (nothing due) or an hour away, as plex.tv issued it here (due).
expiry_in() { sed -i "s|tokenExpiresAt=.*|tokenExpiresAt=$(date -u -d "$1" +%Y-%m-%dT%H:%M:%SZ)|" "$conf"; }

# One timed run of `plexauth token`: prints "wall_us peak_kib", and checks the token came out.
measure() {
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$BENCH_WORK/rss" "$BENCH_PLEXAUTH" token >"$BENCH_WORK/token.out"
    end=$(date +%s%N)
    grep -q '^eyJ' "$BENCH_WORK/token.out" || { echo "run-refresh: no token printed" >&2; exit 1; }
    echo "$(((end - start) / 1000)) $(cat "$BENCH_WORK/rss")"
}
plain() { expiry_in "+7 days"; measure; }
renewing() {
    expiry_in "+1 hour"
    local before
    before=$(cat "$BENCH_WORK/token.out" 2>/dev/null || true)
    measure
    # A renewal prints a new token; the same one means the run measured no renewal.
    if [[ $(cat "$BENCH_WORK/token.out") == "$before" ]]; then
        echo "run-refresh: the token was not renewed" >&2
        exit 1
    fi
}
for _ in 1 2 3; do plain >/dev/null; renewing >/dev/null; done
: >"$BENCH_WORK/plain.txt"
: >"$BENCH_WORK/renewing.txt"
for ((i = 0; i < BENCH_RUNS; i++)); do
    if ((i % 2)); then
        renewing >>"$BENCH_WORK/renewing.txt"
        plain >>"$BENCH_WORK/plain.txt"
    else
        plain >>"$BENCH_WORK/plain.txt"
        renewing >>"$BENCH_WORK/renewing.txt"
    fi
done

read -r pl_wall pl_wall_min pl_wall_max < <(bench_stats "$BENCH_WORK/plain.txt" 1)
read -r re_wall re_wall_min re_wall_max < <(bench_stats "$BENCH_WORK/renewing.txt" 1)
read -r pl_rss _ _ < <(bench_stats "$BENCH_WORK/plain.txt" 2)
read -r re_rss _ re_rss_max < <(bench_stats "$BENCH_WORK/renewing.txt" 2)
ratio=$(awk -v a="$re_wall" -v b="$pl_wall" 'BEGIN { printf "%.2f", a / b }')
added=$(awk -v a="$re_wall" -v b="$pl_wall" 'BEGIN { printf "%.1f", (a - b) / 1000 }')
re_mib=$(awk -v k="$re_rss_max" 'BEGIN { printf "%.1f", k / 1024 }')
verdict_time=$(awk -v r="$ratio" 'BEGIN { print (r <= 3.0) ? "met" : "MISSED" }')
verdict_mem=$(awk -v k="$re_rss_max" 'BEGIN { print (k <= 30 * 1024) ? "met" : "MISSED" }')

ms() { awk -v u="$1" 'BEGIN { printf "%.1f", u / 1000 }'; }
section="## \`plexauth token\` renewing a Plex JWT, against \`plexauth token\` with nothing due

$(bench_machine_line). $BENCH_RUNS runs of each after 3 warm-ups, alternating order. A device-key account (\`pin --jwt\`) in a throwaway gnome-keyring; loopback fake Plex server issuing one-hour tokens. Reproduce: \`bench/run-refresh $BENCH_RUNS\`.

| | wall time, median (min–max) | peak RSS, median (max) |
|---|---|---|
| \`plexauth token\`, renewal due (nonce, signed device JWT, new token, keys, verification, keychain write) | $(ms "$re_wall") ms ($(ms "$re_wall_min")–$(ms "$re_wall_max")) | $((re_rss / 1024)) MiB ($re_mib MiB) |
| \`plexauth token\`, nothing due (keychain read only) | $(ms "$pl_wall") ms ($(ms "$pl_wall_min")–$(ms "$pl_wall_max")) | $((pl_rss / 1024)) MiB |

- A renewal adds **$added ms** (medians) to \`plexauth token\`.
- Wall-time ratio (medians): **$ratio** (target at most 3.0: $verdict_time)
- Peak memory while renewing: **$re_mib MiB** at most (target at most 30 MiB: $verdict_mem)"
bench_write_section refresh "$section"
