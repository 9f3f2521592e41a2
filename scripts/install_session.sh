#!/usr/bin/env bash
# Installs the kiosk session: the systemd unit and the X server's lock-down (no virtual-terminal switch,
# no Ctrl+Alt+Backspace). Run as root on the kiosk machine: sudo bash scripts/install_session.sh
# --root DIR installs under DIR instead of / and touches no running system (for checks).
set -euo pipefail
cd "$(dirname "$0")/.."
root=/
if [[ "${1:-}" == "--root" ]]; then
    root="${2:?--root needs a folder}"
fi
install -D -m 0644 docs/kiosk.service "$root/etc/systemd/system/kiosk.service"
install -D -m 0644 docs/xorg.conf.d/10-kiosk.conf "$root/etc/X11/xorg.conf.d/10-kiosk.conf"
if [[ "$root" == / ]]; then
    systemctl daemon-reload
    echo "installed; start it with: systemctl enable --now kiosk.service"
fi
