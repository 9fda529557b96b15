#!/usr/bin/env bash
# Azurite's blob service (Azure Blob Storage emulator, npm package pinned in package.json) on a free
# loopback port, in memory, for the storage tests. Needs `npm ci` here first.
#
#   source infra/local/azurite.sh; azurite_start; ...; azurite_stop
#       starts it in the background, exports LESSONSTUDY_AZURITE_CONNECTION_STRING and AZURITE_PID;
#       the caller stops it (test.sh does so in its EXIT trap).
#   infra/local/azurite.sh [COMMAND...]
#       starts it, prints the connection string, runs COMMAND with the variable set (or waits for
#       Ctrl-C when none is given), and stops Azurite on exit.

azurite_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

azurite_start() {
  local main="$azurite_dir/node_modules/azurite/dist/src/blob/main.js"
  if [ ! -f "$main" ]; then
    echo "azurite.sh: Azurite is not installed; run: (cd infra/local && npm ci)" >&2
    return 1
  fi
  AZURITE_LOG=$(mktemp -t lessonstudy-azurite.XXXXXX)
  # Port 0: the system picks a free port and Azurite prints it. Memory is capped for a shared machine.
  node "$main" --blobHost 127.0.0.1 --blobPort 0 --inMemoryPersistence --extentMemoryLimit 512 \
    --skipApiVersionCheck --loose --disableProductStyleUrl >"$AZURITE_LOG" 2>&1 &
  AZURITE_PID=$!
  export AZURITE_PID

  local port="" waited=0
  while [ -z "$port" ]; do
    port=$(sed -n 's#.*successfully listens on http://127\.0\.0\.1:\([0-9]*\).*#\1#p' "$AZURITE_LOG" | head -n 1)
    if [ -n "$port" ]; then
      break
    fi
    if ! kill -0 "$AZURITE_PID" 2>/dev/null || [ "$waited" -ge 300 ]; then
      echo "azurite.sh: Azurite did not start within 30 s; its output:" >&2
      cat "$AZURITE_LOG" >&2
      azurite_stop
      return 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done

  # Listening is not answering: wait (bounded) until a connection is accepted.
  waited=0
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    if [ "$waited" -ge 100 ]; then
      echo "azurite.sh: Azurite on port $port does not accept connections" >&2
      azurite_stop
      return 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done

  # Azurite's well-known development account (public, documented; not a secret).
  LESSONSTUDY_AZURITE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$port/devstoreaccount1;"
  export LESSONSTUDY_AZURITE_CONNECTION_STRING
  echo "azurite.sh: Azurite blob service on 127.0.0.1:$port (pid $AZURITE_PID)"
}

azurite_stop() {
  if [ -n "${AZURITE_PID:-}" ]; then
    kill "$AZURITE_PID" 2>/dev/null
    wait "$AZURITE_PID" 2>/dev/null
    AZURITE_PID=""
  fi
  if [ -n "${AZURITE_LOG:-}" ]; then
    rm -f "$AZURITE_LOG"
    AZURITE_LOG=""
  fi
  unset LESSONSTUDY_AZURITE_CONNECTION_STRING
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -uo pipefail
  trap azurite_stop EXIT
  trap 'exit 130' INT TERM
  azurite_start || exit 1
  echo "LESSONSTUDY_AZURITE_CONNECTION_STRING=$LESSONSTUDY_AZURITE_CONNECTION_STRING"
  if [ "$#" -gt 0 ]; then
    "$@"
    exit $?
  fi
  echo "azurite.sh: Ctrl-C stops it"
  wait "$AZURITE_PID"
fi
