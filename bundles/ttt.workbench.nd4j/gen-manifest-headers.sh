#!/usr/bin/env bash
# Prints the Bundle-ClassPath and Export-Package headers for META-INF/MANIFEST.MF from the jars in lib/.
# Re-run (after `./mvnw -pl bundles/ttt.workbench.nd4j initialize`) when the ND4J version / dependency set changes.
set -euo pipefail
cd "$(dirname "$0")"
EXPORT_RE='^(org/nd4j/linalg|org/nd4j/common|org/bytedeco/javacpp)(/|$)'
# header "Name: v1,\n v2,\n ... vn" (manifest continuation lines start with one space)
header() { printf '%s: ' "$1"; sed '$!s/$/,/' | sed '2,$s/^/ /'; }
{ echo .; ls lib/*.jar; } | header Bundle-ClassPath
for j in lib/*.jar; do unzip -Z1 "$j"; done | grep '\.class$' | grep -v '^META-INF/' | sed 's#/[^/]*$##' \
  | grep -E "$EXPORT_RE" | sort -u | tr / . | header Export-Package
