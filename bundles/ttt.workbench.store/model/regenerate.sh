#!/usr/bin/env bash
# Regenerates the EMF model code of ttt.workbench.store from model/store.ecore + model/store.genmodel.
#
#   bundles/ttt.workbench.store/model/regenerate.sh [extra Maven options, e.g. -o]
#
# What it does (see model/README.md): builds the tiny tool project model/codegen with the
# repository's Maven Wrapper and runs its Main, which reloads store.genmodel from store.ecore
# (keeping the genmodel's settings), wipes ../src-gen and generates the model code into it, then wipes
# ../../ttt.workbench.store.edit/src-gen and generates the EMF.Edit item providers (+ that bundle's plugin.properties).
# Needs only a JDK 21+ (JAVA_HOME, else the Temurin 25 of the dev machines) and Maven Central.
# It does not touch MANIFEST.MF, build.properties or plugin.xml, and never builds the Tycho reactor.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"

if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi

# JDK 24+ warns about Maven's own use of sun.misc.Unsafe (Guice); that noise is not ours.
java_major=$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -XshowSettings:properties -version 2>&1 \
  | sed -n 's/^ *java.specification.version = //p')
if [ "${java_major:-0}" -ge 24 ] 2>/dev/null; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi

if [ -x "$repo/mvnw" ]; then
  mvn_cmd="$repo/mvnw"
else
  mvn_cmd=mvn
fi

start=$(date +%s)
"$mvn_cmd" -f "$here/codegen/pom.xml" -q "$@" compile exec:java
edit="$here/../../ttt.workbench.store.edit/src-gen"
edit_count=0
if [ -d "$edit" ]; then
  edit_count=$(find "$edit" -name '*.java' | wc -l)
fi
echo "regenerated $(find "$here/../src-gen" -name '*.java' | wc -l) model + $edit_count edit files in $(( $(date +%s) - start ))s: review with git diff -- bundles/ttt.workbench.store/model bundles/ttt.workbench.store/src-gen bundles/ttt.workbench.store.edit"
