#!/usr/bin/env bash
# Set up everything (first run only) and start the kiosk with demo content on SQLite.
# Extra arguments go to the kiosk, e.g. scripts/run.sh --windowed
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/kiosk demo
exec .venv/bin/kiosk "$@"
