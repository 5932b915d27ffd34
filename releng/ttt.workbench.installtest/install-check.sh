#!/usr/bin/env bash
# The proven install (issue #18 item 10), run by Maven in `verify` (see pom.xml):
#   1. copy the minimal platform (OSGi, launcher, simpleconfigurator, p2 director; not our product) to a work folder;
#   2. run ITS OWN p2 director to install ttt.workbench.feature from the update-site zip, plus the check application
#      and the broken-on-purpose bundle from this module's repository;
#   3. start the platform headless with the check application: every bundle the installed feature.xml lists must
#      resolve and start (exit 0);
#   4. the same check on the broken bundle must FAIL (non-zero exit, the bundle named): the check can fail.
# Usage: install-check.sh JAVA PLATFORM_DIR SITE_TARGET_DIR OWN_REPOSITORY_DIR WORK_DIR
set -euo pipefail
java=$1 platform=$2 site_target=$3 own_repo=$4 work=$5
feature=ttt.workbench.feature
say() { echo "[install-check] $*"; }
fail() { echo "[install-check] FAILED: $*" >&2; exit 1; }

shopt -s nullglob
zips=("$site_target"/ttt.workbench.repository-*.zip)
[ ${#zips[@]} -eq 1 ] || fail "expected one update-site zip in $site_target (build releng/ttt.workbench.repository first), found ${#zips[@]}"
site_zip=$(cd "$(dirname "${zips[0]}")" && pwd)/$(basename "${zips[0]}")
[ -d "$platform/plugins" ] || fail "no materialized platform at $platform"
[ -f "$own_repo/content.xml" ] || [ -f "$own_repo/content.jar" ] || fail "no p2 repository at $own_repo"

rm -rf "$work"
mkdir -p "$work"
cp -a "$platform" "$work/eclipse"
eclipse=$(cd "$work/eclipse" && pwd)
launchers=("$eclipse"/plugins/org.eclipse.equinox.launcher_*.jar)
[ ${#launchers[@]} -eq 1 ] || fail "expected one equinox launcher in $eclipse/plugins"
launcher=${launchers[0]}
before=$(ls "$eclipse/plugins" | wc -l)

run_eclipse() { # the platform, headless, with its own configuration; -consoleLog puts errors on stdout
  timeout 600 "$java" -Xmx1g -jar "$launcher" -nosplash -consoleLog -data "$work/workspace" "$@"
}

start=$SECONDS
say "installing $feature from $site_zip into $eclipse with the platform's own p2 director"
run_eclipse -application org.eclipse.equinox.p2.director \
  -repository "jar:file:$site_zip!/,file:$(cd "$own_repo" && pwd)" \
  -installIU "$feature.feature.group,ttt.workbench.installcheck,ttt.workbench.installcheck.broken" \
  -destination "$eclipse" -profile DefaultProfile \
  || fail "the p2 director could not install $feature from $site_zip (its output above says why)"
after=$(ls "$eclipse/plugins" | wc -l)
say "installed: $before -> $after bundles in $((SECONDS - start)) s"

start=$SECONDS
say "starting the platform headless: every bundle of $feature must resolve and start"
run_eclipse -application ttt.workbench.installcheck.app -checkFeature "$feature" | tee "$work/check.txt" \
  || fail "bundles of $feature do not resolve or start in $eclipse (report above, also in $work/check.txt)"
grep -q "install check PASSED" "$work/check.txt" || fail "the check application did not report (see $work/check.txt)"
say "checked in $((SECONDS - start)) s"

start=$SECONDS
say "negative check: the same check must fail on ttt.workbench.installcheck.broken (its activator class is missing)"
if run_eclipse -application ttt.workbench.installcheck.app -checkBundles ttt.workbench.installcheck.broken > "$work/broken.txt"; then
  cat "$work/broken.txt"
  fail "the check passed a bundle that cannot start: it would not catch a broken install"
fi
grep -q "FAIL  ttt.workbench.installcheck.broken .*does not start" "$work/broken.txt" \
  || { cat "$work/broken.txt"; fail "the check failed on the broken bundle without naming it and why"; }
say "the check fails on the broken bundle as it must ($((SECONDS - start)) s):"
grep "FAIL" "$work/broken.txt" | head -3
say "PASSED"
