#!/usr/bin/env bash
# Runs every benchmark and writes benchmarks/results/report.md.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || bash scripts/setup.sh --test
exec .venv/bin/python benchmarks/run_all.py "$@"
