#!/usr/bin/env bash
# Set up everything (first run only) and start the kiosk with demo content on SQLite.
# Extra arguments go to the kiosk, e.g. scripts/run.sh --windowed
# --demo also lets staff mode take the demo PIN while no [staff] pin_hash is configured (README).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/kiosk --demo "$@"
