"""The kiosk session locks the X server down: no virtual-terminal switch, no Ctrl+Alt+Backspace."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNIT = ROOT / "docs" / "kiosk.service"
X_SNIPPET = ROOT / "docs" / "xorg.conf.d" / "10-kiosk.conf"
INSTALLER = ROOT / "scripts" / "install_session.sh"


def _server_flags(text: str) -> dict[str, str]:
    """Option name -> value inside Section "ServerFlags" (comments left out)."""
    lines = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    options: dict[str, str] = {}
    inside = False
    for line in lines:
        if re.fullmatch(r'Section\s+"ServerFlags"', line):
            inside = True
        elif line == "EndSection":
            inside = False
        elif inside and (match := re.fullmatch(r'Option\s+"(\w+)"\s+"(\w+)"', line)):
            options[match[1]] = match[2]
    return options


def _x_server_arguments(unit: str) -> list[str]:
    (exec_start,) = [line for line in unit.splitlines() if line.startswith("ExecStart=")]
    words = shlex.split(exec_start.removeprefix("ExecStart="))
    assert words[0].endswith("xinit")
    return words[words.index("--") + 1 :]


def test_the_shipped_x_configuration_blocks_vt_switching_and_zapping() -> None:
    flags = _server_flags(X_SNIPPET.read_text(encoding="utf-8"))
    assert flags == {"DontVTSwitch": "true", "DontZap": "true"}


def test_the_unit_starts_x_without_vt_switching() -> None:
    arguments = _x_server_arguments(UNIT.read_text(encoding="utf-8"))
    assert "-novtswitch" in arguments
    assert "-nolisten" in arguments  # and still no TCP listener


def test_the_deployment_step_installs_the_unit_and_the_x_configuration(tmp_path: Path) -> None:
    subprocess.run(["bash", str(INSTALLER), "--root", str(tmp_path)], check=True, timeout=30)
    installed_snippet = tmp_path / "etc" / "X11" / "xorg.conf.d" / "10-kiosk.conf"
    installed_unit = tmp_path / "etc" / "systemd" / "system" / "kiosk.service"
    assert installed_snippet.read_bytes() == X_SNIPPET.read_bytes()
    assert installed_unit.read_bytes() == UNIT.read_bytes()
    assert installed_snippet.stat().st_mode & 0o777 == 0o644  # X reads it as root; nobody else writes it


def test_the_deployment_guide_runs_the_installer() -> None:
    guide = (ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")
    assert "sudo bash /opt/seocho-tax-kiosk/scripts/install_session.sh" in guide
    assert "sudo cp /opt/seocho-tax-kiosk/docs/kiosk.service" not in guide  # the old step without X's lock
