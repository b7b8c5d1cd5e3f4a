#!/usr/bin/env bash
# Runs the tests of a build directory with ctest and proves that every test the build defines ran:
# it counts the tests the build defines (ctest -N) and the tests ctest executed (its JUnit report),
# prints both with the count per label, and fails if ctest ran fewer than the build defines, for
# whatever reason (a label filter, a test that could not start, ...).
#
#   installer/run-tests.sh BUILD_DIR [CTEST_ARGS...]
#
# installer/dev.sh test runs it, so the README's test command and every CI step are counted. Exit
# status: ctest's own when all tests ran, 1 when fewer ran than are defined, 2 on bad usage. The
# counts also go to BUILD_DIR/Testing/netloom-counts as "defined ran failed" (read by .ci/run).
set -euo pipefail

(($# >= 1)) || { sed -n '2,/^set /{/^#/p}' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
build_dir=$(cd "$1" && pwd)
shift
[ -f "$build_dir/CTestTestfile.cmake" ] || { echo "run-tests: no tests in $build_dir (configure and build first)" >&2; exit 2; }

count() { ctest --test-dir "$build_dir" -N "$@" | sed -n 's/^Total Tests: \([0-9]*\)$/\1/p'; }
defined=$(count)
by_label=
while read -r label; do
  [ -n "$label" ] && by_label+="${by_label:+, }$label $(count -L "^${label}\$")"
done < <(ctest --test-dir "$build_dir" --print-labels | sed -n 's/^  //p')

mkdir -p "$build_dir/Testing"
junit="$build_dir/Testing/netloom-junit.xml"
rm -f "$junit"
rc=0
ctest --test-dir "$build_dir" --output-on-failure --timeout 600 --no-tests=error --output-junit "$junit" "$@" || rc=$?

ran=0
failed=0
if [ -f "$junit" ]; then
  # One <testcase> per test ctest selected; status "run" or "fail" for those it executed.
  read -r ran failed < <(awk '/<testcase / { if ($0 ~ /status="(run|fail)"/) r++; if ($0 ~ /status="fail"/) f++ }
                              END { print r + 0, f + 0 }' "$junit")
fi
echo "==> ctest in $build_dir: ran $ran of the $defined tests this build defines (by label: ${by_label:-none}); $((ran - failed)) passed, $failed failed"
echo "$defined $ran $failed" >"$build_dir/Testing/netloom-counts"
if ((ran < defined)); then
  echo "run-tests: ctest ran $ran tests, but this build defines $defined: every test must run" >&2
  exit 1
fi
exit "$rc"
