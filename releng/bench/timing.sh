# Sourced by the whole-process benchmarks (processes.sh, store-processes.sh, jit-policy.sh): one timed process.
#
# ttt_ms CPU_FILE COMMAND...   runs COMMAND with its output dropped and prints its wall-clock milliseconds; its CPU
#                              milliseconds (user + system, all threads, from GNU time) go to CPU_FILE, "?" where
#                              /usr/bin/time is missing. Returns COMMAND's exit status.
ttt_ms() {
  local cpu="$1" t0 t1 status=0
  shift
  t0=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%U %S' -o "$cpu.time" "$@" >/dev/null 2>&1 || status=$?
    # a failed command's report starts with a line of its own; the times are the last line
    tail -n 1 "$cpu.time" | awk '{ printf "%d", ($1 + $2) * 1000 }' >"$cpu"
  else
    "$@" >/dev/null 2>&1 || status=$?
    echo "?" >"$cpu"
  fi
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
  return "$status"
}
