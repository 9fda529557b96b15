#!/usr/bin/env bash
# The one test command: installs what the tests need (the yjs oracle from npm) and runs every test.
# Prints a last line "N passed, N failed". Knobs (environment):
#   ORACLE_SEEDS        seeds of the yjs oracle sessions (default 200)
#   CONVERGENCE_RUNS    random multi-replica runs of the convergence property tests (default 200)
#   MALFORMED_INPUTS    mutated/random inputs of the malformed-input tests (default 100000)
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

echo "== installing the yjs oracle (tests/oracle, npm ci)"
if ! (cd tests/oracle && npm ci --no-audit --no-fund --loglevel=error); then
  echo "npm ci failed"
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== installing the interop yjs client (tests/interop, npm ci)"
if ! (cd tests/interop && npm ci --no-audit --no-fund --loglevel=error); then
  echo "npm ci failed"
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== starting Azurite for the Azure blob store tests (infra/local, npm ci)"
if ! (cd infra/local && npm ci --no-audit --no-fund --loglevel=error); then
  echo "npm ci in infra/local failed"
  echo "0 passed, 1 failed"
  exit 1
fi
# shellcheck source=infra/local/azurite.sh
source infra/local/azurite.sh
# Without it the Azure tests start their own Azurite, and fail saying why if that fails too.
azurite_start && trap azurite_stop EXIT

extra_passed=0
extra_failed=0
echo "== checking that the committed yjs fixtures are what yjs produces (tests/oracle/golden)"
if (cd tests/oracle && node golden.mjs --check); then
  extra_passed=$((extra_passed + 1))
else
  extra_failed=$((extra_failed + 1))
fi

echo "== building"
if ! dotnet build LessonStudy.sln -c Release -nologo -v quiet; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# Counts a JUnit XML report into extra_passed/extra_failed; a runner that failed without reporting
# a failure (crash, no report) counts as one failure, so it never reads as green.
count_junit() {
  local report=$1 status=$2 header tests failures errors skipped
  header=$(grep -o '<testsuites [^>]*>' "$report" 2>/dev/null | head -n 1)
  tests=$(sed -n 's/.* tests="\([0-9]*\)".*/\1/p' <<<"$header")
  failures=$(sed -n 's/.* failures="\([0-9]*\)".*/\1/p' <<<"$header")
  errors=$(sed -n 's/.* errors="\([0-9]*\)".*/\1/p' <<<"$header")
  skipped=$(sed -n 's/.* skipped="\([0-9]*\)".*/\1/p' <<<"$header")
  tests=${tests:-0} failures=${failures:-0} errors=${errors:-0} skipped=${skipped:-0}
  extra_passed=$((extra_passed + tests - failures - errors - skipped))
  extra_failed=$((extra_failed + failures + errors))
  if [ "$status" -ne 0 ] && [ $((failures + errors)) -eq 0 ]; then
    extra_failed=$((extra_failed + 1))
  fi
}

echo "== web client (client/web): npm ci, build, Vitest"
web_ok=0
if (cd client/web && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent); then
  web_ok=1
  (cd client/web && npx vitest run --reporter=default --reporter=junit --outputFile.junit="$results/web-vitest.xml")
  count_junit "$results/web-vitest.xml" $?
else
  echo "web client build failed"
  extra_failed=$((extra_failed + 1))
fi

echo "== browser tests (tests/e2e): Playwright with the system Chromium"
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    echo "/usr/bin/chromium is missing and this is not root: install Debian's chromium package (apt-get install chromium)"
  fi
fi
# Chinese glyphs in the screenshots under artifacts/e2e (the tests pass without; people read them).
if [ "$(id -u)" -eq 0 ] && ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  { apt-get install -y -qq fonts-wqy-microhei || { apt-get update -qq && apt-get install -y -qq fonts-wqy-microhei; }; } >/dev/null 2>&1 || echo "(no CJK font installed: screenshots show boxes for Chinese)"
fi
if [ "$web_ok" -ne 1 ]; then
  echo "skipped: the web client did not build"
  extra_failed=$((extra_failed + 1))
elif [ ! -x /usr/bin/chromium ]; then
  extra_failed=$((extra_failed + 1))
elif (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error); then
  (cd tests/e2e && E2E_JUNIT="$results/e2e-playwright.xml" npx playwright test)
  count_junit "$results/e2e-playwright.xml" $?
else
  echo "npm ci in tests/e2e failed"
  extra_failed=$((extra_failed + 1))
fi

echo "== testing"
dotnet test LessonStudy.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
status=$?

passed=$extra_passed
failed=$extra_failed
shopt -s nullglob
trx_files=("$results"/*.trx)
for trx in "${trx_files[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
# A test host that crashed writes no counters of its failures: never report green for it.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
