#!/usr/bin/env bash
# Installs everything the kiosk needs on a fresh Debian machine: system packages (Qt's xcb libraries,
# libvlc with its video-output plugins, Korean fonts, Xvfb, poppler, zbar, ffmpeg) and a virtual
# environment with the Python packages. Idempotent: a second run only checks.
# Usage: scripts/setup.sh [--test]   (--test adds the test and benchmark tools)
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

apt_packages=(
  # Qt's xcb platform plugin (../shared/facts/platform.md)
  libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1
  libxkbcommon-x11-0 libxcb-shape0 libxcb-cursor0 libegl1 libgl1 libfontconfig1 libdbus-1-3
  # libvlc that can show video in a window (vlc itself would pull Qt 5)
  libvlc5 vlc-plugin-base vlc-plugin-video-output
  # cvlc, the lecture benchmark's baseline (vlc-bin has no Qt; the `vlc` package would pull Qt 5)
  vlc-bin
  # spoken Korean track of the demo lecture videos; xwd for screenshots under Xvfb
  espeak-ng x11-apps
  # Korean text on screen and on paper
  fonts-noto-cjk
  # voice guidance: Qt's "speechd" text-to-speech engine speaks through speech-dispatcher and espeak-ng
  speech-dispatcher speech-dispatcher-espeak-ng
  # virtual display, screenshots, PDF and QR checks, demo video generation
  xvfb x11-utils poppler-utils zbar-tools ffmpeg
)
if [ "$want_tests" = 1 ]; then
  # a private CUPS scheduler for the system-printer tests (tests/helpers/cups_server.py)
  apt_packages+=(cups-daemon cups-client)
  apt_packages+=(postgresql)
  # video consultations against a self-hosted WebRTC server (tests/helpers/janus.py): Janus with its
  # videoroom plugin, janus.js from the demos, and a headless Chromium as a second participant
  apt_packages+=(janus janus-demos chromium)
fi
# A district that runs its own video server installs `janus janus-demos` on that server (or the kiosk):
# docs/deployment.md, "Video consultations". The kiosk itself needs neither.

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
extras="."
[ "$want_tests" = 1 ] && extras=".[test]"
.venv/bin/pip install -q -e "$extras"

# Compiled translations are build output, made from the .ts sources in git.
.venv/bin/python -m kiosk.build_translations
