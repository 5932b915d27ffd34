#!/usr/bin/env bash
# Profiles whole `ttt run_session` processes, a short one (600 steps) and a long one (20,600), with JDK Flight
# Recorder, and prints where the time goes. Used by `./workbench bench profile`; runnable alone:
#
#   releng/bench/profile.sh PATH/TO/ttt [SHORT_STEPS] [LONG_STEPS]
#
# Prints: wall times (median of 3, without the recorder), the start-up floor (`ttt --help`), the marginal cost per
# step, then for each recorded run the samples by phase and the hottest frames (releng/bench/jfr-where.py), and
# for the short run the bytes written per file (JFR's file-writes-by-path: a file written twice shows twice).
# Recordings are kept in $TTT_PROFILE_DIR (default: a temporary folder that is printed) for `jfr view`/JMC.
set -euo pipefail
TTT="${1:?usage: profile.sh PATH/TO/ttt [SHORT_STEPS] [LONG_STEPS]}"
SHORT="${2:-600}"
LONG="${3:-20600}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JFR="$JAVA_HOME/bin/jfr"
[ -x "$JFR" ] || { echo "profile: no jfr tool in $JAVA_HOME/bin (needs a JDK, not a JRE)" >&2; exit 1; }
OUT="${TTT_PROFILE_DIR:-$(mktemp -d /tmp/ttt-profile.XXXXXX)}"
mkdir -p "$OUT"
STORE="$OUT/store"
rm -rf "$STORE"
"$TTT" --no_progress --artifacts_root "$STORE" init_base --pretrain_steps 200 >/dev/null 2>&1
"$TTT" --artifacts_root "$STORE" new_session --session_id prof --mu 0.12 >/dev/null 2>&1
"$TTT" --no_progress --artifacts_root "$STORE" run_session --session_id prof --steps "$SHORT" >/dev/null 2>&1 # caches made

ms_of() { # wall-clock milliseconds of one run of the given ttt arguments
  local t0 t1
  t0=$(date +%s%N)
  "$TTT" "$@" >/dev/null 2>&1
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}
median3() { printf '%s\n' "$@" | sort -n | sed -n 2p; }

echo "## whole processes (median of 3, no recorder): $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
help_ms=$(median3 "$(ms_of --help)" "$(ms_of --help)" "$(ms_of --help)")
declare -A WALL
for steps in "$SHORT" "$LONG"; do
  a=$(ms_of --no_progress --artifacts_root "$STORE" run_session --session_id prof --steps "$steps" --seed 11)
  b=$(ms_of --no_progress --artifacts_root "$STORE" run_session --session_id prof --steps "$steps" --seed 12)
  c=$(ms_of --no_progress --artifacts_root "$STORE" run_session --session_id prof --steps "$steps" --seed 13)
  WALL[$steps]=$(median3 "$a" "$b" "$c")
done
echo "  ttt --help (JVM start-up floor): $help_ms ms"
echo "  run_session $SHORT steps: ${WALL[$SHORT]} ms;  $LONG steps: ${WALL[$LONG]} ms"
awk -v s="$SHORT" -v l="$LONG" -v a="${WALL[$SHORT]}" -v b="${WALL[$LONG]}" \
  'BEGIN { printf "  marginal cost per step: %.4f ms\n", (b - a) / (l - s) }'

for steps in "$SHORT" "$LONG"; do
  rec="$OUT/run_session-$steps.jfr"
  # 1 ms sampling: a short run lasts well under a second; JFR's own start-up line goes to standard output, dropped
  TTT_JAVA_OPTS="${TTT_JAVA_OPTS:-} -XX:StartFlightRecording=filename=$rec,settings=profile,jdk.ExecutionSample#period=1ms,jdk.NativeMethodSample#period=1ms,jdk.FileWrite#threshold=0ms" \
    "$TTT" --no_progress --artifacts_root "$STORE" run_session --session_id prof --steps "$steps" --seed 21 >/dev/null 2>&1
  echo
  echo "## run_session $steps steps (recording $rec)"
  python3 "$HERE/jfr-where.py" "$JFR" "$rec" 12
  if [ "$steps" = "$SHORT" ]; then
    echo "### bytes written per file (a file written twice appears with two writes)"
    "$JFR" view --width 200 file-writes-by-path "$rec" | sed -e '/^$/d' | head -30
  fi
done
echo
echo "recordings and the scratch store: $OUT"
