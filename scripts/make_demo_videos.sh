#!/usr/bin/env bash
# Makes the demo lecture videos, subtitles and thumbnails (resources/demo/generated/lectures/).
# Idempotent: files whose recipe did not change are kept. `kiosk demo` does the same on its own.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
exec "$python" -c 'from kiosk.services.demo_media import make_demo_videos
for video in make_demo_videos():
    print(video)'
