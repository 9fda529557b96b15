#!/usr/bin/env bash
# The one run command. At this stage the product is the document engine and its command line:
#   ./run.sh crdt dump update.bin
# (the collaboration server and web editor join it in later milestones).
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run --project client/LessonStudy.Cli -c Release -- "$@"
