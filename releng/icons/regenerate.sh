#!/usr/bin/env bash
# Renders every bundles/ttt.workbench.ui/icons-src/**/*.svg into bundles/ttt.workbench.ui/icons/ (same folders):
# name.png at the SVG's own size and name@2x.png at twice it (Eclipse picks @2x on HiDPI screens); an SVG whose root
# carries data-sizes="16 32 ..." (the window images) is rendered once per size as name16.png, name32.png ...
#
#   releng/icons/regenerate.sh [extra Maven options, e.g. -o]
#
# Commit the PNGs it writes: the build does not render, and the UI test IconRenderingTest fails when a committed PNG
# differs from a fresh rendering of its SVG. Needs only a JDK 21+ and Maven Central (JSVG).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java_major=$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -XshowSettings:properties -version 2>&1 \
  | sed -n 's/^ *java.specification.version = //p')
if [ "${java_major:-0}" -ge 24 ] 2>/dev/null; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi

"$repo/mvnw" -B -q -f "$here/pom.xml" "$@" compile exec:java
