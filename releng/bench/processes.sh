#!/usr/bin/env bash
# Whole `ttt` processes, as a user pays for them (JVM start-up, reading the store, the maths, writing every file):
# the three figures of issue #16 with their ratios against the reference (Debian torch 1.13, measured on this
# machine kind) and against the engine's in-process figure. Used by `./workbench bench`; runnable alone:
#
#   releng/bench/processes.sh PATH/TO/ttt [IN_PROCESS_MS_PER_STEP]
#
# Figures: the 600-step run_session process (median of 5); the marginal cost per step between 600- and 20,600-step
# run_session processes (medians of 3); pretraining steps/s of a whole 10,000-step init_base process (median of 3).
# The processes' CPU times (user + system, all threads) are printed too: a busy machine disturbs them less.
# The first command of a new product build makes its start-up cache (see the ttt script); it is run before timing.
set -euo pipefail
TTT="${1:?usage: processes.sh PATH/TO/ttt [IN_PROCESS_MS_PER_STEP]}"
IN_PROCESS="${2:-0.0041}" # ms per step, the README's in-process run_session figure (20,000 steps, 2026-12-08)
REF_600_MS=2374 REF_STEP_MS=0.58 REF_PRETRAIN=104 # the reference's whole-process figures (issue #16)
LONG=20600 PRETRAIN=10000
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
"$TTT" --no_progress --artifacts_root "$dir/s" init_base --pretrain_steps 200 >/dev/null 2>&1 # also makes the cache
"$TTT" --artifacts_root "$dir/s" new_session --session_id bench --mu 0.12 >/dev/null
"$TTT" --no_progress --artifacts_root "$dir/s" run_session --session_id bench >/dev/null 2>&1

. "$(dirname "${BASH_SOURCE[0]}")/timing.sh"
ms() { ttt_ms "$dir/cpu_ms" "$TTT" "$@" || true; } # wall ms of one ttt process; its CPU ms go to $dir/cpu_ms
cpu_of_last() { cat "$dir/cpu_ms" 2>/dev/null || echo "?"; }
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
# each timed run on a new session (made untimed): every run starts from the same state, and the figure does not
# grow with a session's history (run_session reads the store, event logs included, before and after computing)
run() {
  "$TTT" --artifacts_root "$dir/s" new_session --session_id "b$1-$2" --mu 0.12 >/dev/null 2>&1
  ms --no_progress --artifacts_root "$dir/s" run_session --session_id "b$1-$2" --steps "$1" --seed "$2"
}

short=() long=() pre=() cshort=() clong=() cpre=()
for i in 1 2 3 4 5; do short+=("$(run 600 "$i")"); cshort+=("$(cpu_of_last)"); done
for i in 1 2 3; do long+=("$(run "$LONG" "$((10 + i))")"); clong+=("$(cpu_of_last)"); done
for i in 1 2 3; do
  rm -rf "$dir/p$i"
  pre+=("$(ms --no_progress --artifacts_root "$dir/p$i" init_base --pretrain_steps "$PRETRAIN" --seed "$i")")
  cpre+=("$(cpu_of_last)")
done
s="$(median "${short[@]}")" l="$(median "${long[@]}")" p="$(median "${pre[@]}")"
echo
echo "## whole processes ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC'))"
awk -v s="$s" -v l="$l" -v p="$p" -v n="$LONG" -v pn="$PRETRAIN" -v inp="$IN_PROCESS" \
    -v r600="$REF_600_MS" -v rstep="$REF_STEP_MS" -v rpre="$REF_PRETRAIN" 'BEGIN {
  step = (l - s) / (n - 600); sps = pn / (p / 1000)
  printf "| figure | reference | ours | vs reference | goal | vs in-process |\n|---|---|---|---|---|---|\n"
  printf "| 600-step run_session process | %d ms | %d ms | %.1fx | >= 5x | |\n", r600, s, r600 / s
  printf "| run_session, per step (whole process, 600 vs %d steps) | %.2f ms | %.4f ms | %.0fx | >= 50x | %.1fx the in-process %.4f ms |\n", n, rstep, step, rstep / step, step / inp, inp
  printf "| pretraining steps/s (whole %d-step init_base process) | %d | %.0f | %.0fx | >= 40x | |\n", pn, rpre, sps, sps / rpre
}'
echo "(wall ms: 600 steps ${short[*]}; $LONG steps ${long[*]}; init_base $PRETRAIN steps ${pre[*]})"
echo "(CPU ms, user + system, all threads: 600 steps ${cshort[*]}; $LONG steps ${clong[*]}; init_base ${cpre[*]})"
