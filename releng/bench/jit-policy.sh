#!/usr/bin/env bash
# The JIT policy of the `ttt` launcher, measured (issue #16 item 3): whole `run_session` processes of 600, 20,600 and
# 200,600 steps under each policy the launcher could use, with the product's start-up (AOT) cache. Used by
# `./workbench bench jit`; runnable alone:
#
#   releng/bench/jit-policy.sh PATH/TO/ttt [STEPS...]
#
# Policies (added after the launcher's own options through TTT_JAVA_OPTS, so they override its choice):
#   c1          C1 alone (-XX:TieredStopAtLevel=1): what runs, forks and listings use
#   tiered      C1 then C2 (-XX:TieredStopAtLevel=4): what pretraining, sweeps and bench use
#   c2-engine   tiered, with C2 allowed only for the engine's and the store's code (a compiler directive): the
#               maths and the output loops get C2, the JDK's start-up code stays with C1
# Each figure: minimum of 3 processes (load only adds time), each on a new session, with the CPU time (user + system,
# all threads: the compiler threads included) of that process. The marginal cost per step between the shortest and
# each longer run is printed per policy.
set -euo pipefail
TTT="${1:?usage: jit-policy.sh PATH/TO/ttt [STEPS...]}"
[ -x /usr/bin/time ] || { echo "jit-policy: needs GNU time at /usr/bin/time (Debian package 'time')" >&2; exit 1; }
shift
STEPS=("$@")
[ ${#STEPS[@]} -gt 0 ] || STEPS=(600 20600 200600)
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cat >"$dir/c2-engine.json" <<'JSON'
[
  { match: ["ttt/workbench/*.*"], c2: { Exclude: false } },
  { match: ["*.*"], c2: { Exclude: true } }
]
JSON
declare -A OPTS=(
  [c1]="-XX:TieredStopAtLevel=1"
  [tiered]="-XX:TieredStopAtLevel=4"
  [c2-engine]="-XX:TieredStopAtLevel=4 -XX:+UnlockDiagnosticVMOptions -XX:CompilerDirectivesFile=$dir/c2-engine.json"
)
POLICIES=(c1 tiered c2-engine)
"$TTT" --no_progress --artifacts_root "$dir/s" init_base --pretrain_steps 200 >/dev/null 2>&1 # also makes the cache
. "$(dirname "${BASH_SOURCE[0]}")/timing.sh"
one() { # policy steps rep: prints "wall_ms cpu_ms" of one run_session process on a new session
  local id="$1-$2-$3" wall
  "$TTT" --artifacts_root "$dir/s" new_session --session_id "$id" --mu 0.12 >/dev/null 2>&1
  wall=$(TTT_JAVA_OPTS="${OPTS[$1]}" ttt_ms "$dir/cpu" \
    "$TTT" --no_progress --artifacts_root "$dir/s" run_session --session_id "$id" --steps "$2" --seed 5) || return 1
  echo "$wall $(cat "$dir/cpu")"
}
declare -A WALL CPU
for steps in "${STEPS[@]}"; do
  for policy in "${POLICIES[@]}"; do WALL[$policy,$steps]=999999999; CPU[$policy,$steps]=999999999; done
  for rep in 1 2 3; do
    for policy in "${POLICIES[@]}"; do # interleaved: a change of load touches every policy alike
      read -r w c < <(one "$policy" "$steps" "$rep") || true
      if [ -z "${w:-}" ] || [ -z "${c:-}" ]; then
        echo "jit-policy: run_session of $steps steps under '$policy' failed" >&2
        exit 1
      fi
      [ "$w" -lt "${WALL[$policy,$steps]}" ] && WALL[$policy,$steps]=$w
      [ "$c" -lt "${CPU[$policy,$steps]}" ] && CPU[$policy,$steps]=$c
    done
  done
done
echo "## JIT policies: run_session processes ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC'))"
printf '| steps |'; for p in "${POLICIES[@]}"; do printf ' %s wall (CPU) |' "$p"; done; echo
printf '|---|'; for p in "${POLICIES[@]}"; do printf -- '---|'; done; echo
for steps in "${STEPS[@]}"; do
  printf '| %s |' "$steps"
  for p in "${POLICIES[@]}"; do printf ' %d ms (%d ms) |' "${WALL[$p,$steps]}" "${CPU[$p,$steps]}"; done
  echo
done
first="${STEPS[0]}"
for steps in "${STEPS[@]:1}"; do
  printf '| per step, %s vs %s |' "$first" "$steps"
  for p in "${POLICIES[@]}"; do
    awk -v a="${WALL[$p,$first]}" -v b="${WALL[$p,$steps]}" -v ca="${CPU[$p,$first]}" -v cb="${CPU[$p,$steps]}" -v n="$((steps - first))" \
      'BEGIN { printf " %.4f ms (%.4f ms) |", (b - a) / n, (cb - ca) / n }'
  done
  echo
done
