#!/usr/bin/env bash
# Set up everything plus the test tools, then run the whole test suite and the linter.
# Extra arguments go to pytest, e.g. scripts/test.sh -k booking
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
# The suite runs storage tests on a throw-away PostgreSQL server too; it must not be silently skipped.
export KIOSK_REQUIRE_PG=1
.venv/bin/ruff check .
# The monkey test runs in a process of its own: the window it leaves behind (timers, a playing lecture)
# made a later test's memory run away when both shared one process (seen 2026-11-25, 24 GB).
.venv/bin/python -m pytest -p no:cacheprovider --deselect tests/gui/test_monkey.py "$@"
.venv/bin/python -m pytest -p no:cacheprovider tests/gui/test_monkey.py
