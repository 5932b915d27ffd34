#!/usr/bin/env bash
# The Spark sweep engine's overhead per point on a loopback standalone cluster (README "Sweeps on Spark").
#
#   cluster/bench.sh [--points N] [--steps S] [--workers W] [--store DIR]
#
# Builds the store, engine, sweep and cluster modules when cluster/target/classpath.txt is missing (or with
# TTT_BENCH_BUILD=1), then starts a Master and W Workers on 127.0.0.1, makes the same sweep with the local engine and
# the Spark engine, and prints a Markdown table. Defaults: 48 points of one 64-step run, 2 Workers, the shared
# fixture store reference-run-case1/store_before (copied, never modified).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
MODULES=bundles/ttt.workbench.store,bundles/ttt.workbench.nd4j,bundles/ttt.workbench.engine,bundles/ttt.workbench.sweep,cluster
if [ ! -f "$REPO/cluster/target/classpath.txt" ] || [ "${TTT_BENCH_BUILD:-0}" = 1 ]; then
  (cd "$REPO" && ./mvnw -B -q -pl "$MODULES" -DskipTests clean package) >&2
fi
OPENS=()
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  OPENS+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
cd "$REPO"
exec "$JAVA_HOME/bin/java" "${OPENS[@]}" -Djdk.reflect.useDirectMethodHandle=false -Xmx768m \
  -cp "cluster/target/classes:$(cat cluster/target/classpath.txt)" ttt.workbench.cluster.SparkSweepBench "$@"
