#!/usr/bin/env bash
# Whole `ttt` processes on a store of many sessions (issue #16 item 4): the command line's figures against the goals.
# Used by `./workbench bench store`; runnable alone:
#
#   releng/bench/store-processes.sh PATH/TO/ttt [STORE_DIR] [SESSIONS]
#
# Without STORE_DIR a store of SESSIONS (default 100,000) sessions is generated into a temporary folder (timed: the
# generate_store figure) and deleted at the end; a given STORE_DIR is used as it is (run_session and fork_session add
# a run and a child session to it: use a scratch copy). Each figure is the minimum of 3 processes (the machine's load
# only ever adds time), with the CPU time (user + system, all threads) of that process beside it.
#   list_sessions            the reference's JSON listing (goal: <= 2 s on 100,000 sessions)
#   show_session             one session's meta
#   run_session --steps 600  one run of one session (each on another session, so none grows a history)
#   fork_session             one child (each of another session)
set -euo pipefail
TTT="${1:?usage: store-processes.sh PATH/TO/ttt [STORE_DIR] [SESSIONS]}"
STORE="${2:-}"
SESSIONS="${3:-100000}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
gen_ms=""
if [ -z "$STORE" ]; then
  STORE="$dir/store"
  t0=$(date +%s%N)
  "$TTT" generate_store --sessions "$SESSIONS" --out "$STORE" >/dev/null 2>&1
  gen_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
fi
"$TTT" --artifacts_root "$STORE" show_session --session_id f00001 >/dev/null 2>&1 || true # caches made

. "$(dirname "${BASH_SOURCE[0]}")/timing.sh"
ms() { ttt_ms "$dir/cpu_ms" "$TTT" "$@" || true; } # wall ms of one ttt process; its CPU ms go to $dir/cpu_ms
# min of 3: prints "wall_ms cpu_ms" of the fastest; $1 is a function of the repetition number that runs one process
min3() {
  local best="" best_cpu="" w i
  for i in 1 2 3; do
    w="$("$1" "$i")"
    if [ -z "$best" ] || [ "$w" -lt "$best" ]; then best="$w"; best_cpu="$(cat "$dir/cpu_ms")"; fi
  done
  echo "$best $best_cpu"
}
ids=($("$TTT" --artifacts_root "$STORE" list_sessions 2>/dev/null | sed -n 's/^  "\([^"]*\)": {$/\1/p' | awk 'NR % 97 == 50 && ++n <= 6'))
[ "${#ids[@]}" -ge 6 ] || { echo "store-processes: fewer than 6 sessions found in $STORE" >&2; exit 1; }
one_list() { ms --artifacts_root "$STORE" list_sessions; }
one_show() { ms --artifacts_root "$STORE" show_session --session_id "${ids[$1]}"; }
one_run() { ms --no_progress --artifacts_root "$STORE" run_session --session_id "${ids[$1]}" --steps 600 --seed 5; }
one_fork() { ms --artifacts_root "$STORE" fork_session --parent_session_id "${ids[$((2 + $1))]}" --child_session_id "bench-fork-$$-$1"; }
read -r l lc <<<"$(min3 one_list)"
read -r s sc <<<"$(min3 one_show)"
read -r r rc <<<"$(min3 one_run)"
read -r f fc <<<"$(min3 one_fork)"
n="$("$TTT" --artifacts_root "$STORE" list_sessions 2>/dev/null | grep -c '^  "[^"]*": {$' || true)"
echo
echo "## whole processes on a store of $n sessions ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC'))"
echo "| command | wall ms (min of 3) | CPU ms | goal |"
echo "|---|---|---|---|"
[ -n "$gen_ms" ] && echo "| generate_store --sessions $SESSIONS | $gen_ms (once) | | |"
echo "| list_sessions | $l | $lc | <= 2,000 ms at 100,000 sessions |"
echo "| show_session | $s | $sc | |"
echo "| run_session --steps 600 | $r | $rc | |"
echo "| fork_session | $f | $fc | |"
