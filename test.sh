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
