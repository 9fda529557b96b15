#!/usr/bin/env bash
# The run command: builds the web client and starts the whole product on its embedded defaults —
# local-folder storage in ./data, development sign-in, the web client served by the server — at
# http://localhost:5080 (LESSONSTUDY_URLS to change it). Extra arguments go to the server, e.g.
#   ./run.sh --Storage:LocalFolder:Path=/tmp/lessonstudy-data
# The `lessonstudy` command line (CRDT tools, load generator) is:
#   dotnet run --project client/LessonStudy.Cli -c Release -- --help
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
urls="${LESSONSTUDY_URLS:-http://localhost:5080}"

echo "== building the web client (client/web)"
(
  cd client/web
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
  npm run build --silent
)

echo "== starting LessonStudy at $urls (data in ${LESSONSTUDY_DATA:-$root/data}; Ctrl+C stops it)"
exec dotnet run --project server/LessonStudy.Server -c Release --no-launch-profile -- \
  --environment=Development \
  --urls="$urls" \
  --Storage:Provider=LocalFolder \
  --Storage:LocalFolder:Path="${LESSONSTUDY_DATA:-$root/data}" \
  --WebClient:Path="$root/client/web/dist" \
  "$@"
