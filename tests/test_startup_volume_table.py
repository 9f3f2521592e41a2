"""The kiosk refuses to start with a volume table that breaks K18, naming the file and the rule."""

from __future__ import annotations

from pathlib import Path

from tests.test_startup import _run


def test_an_unsafe_volume_table_stops_the_start_with_one_clear_message(tmp_path: Path) -> None:
    table = tmp_path / "measured_steps.toml"
    table.write_text(
        "[volume]\ndefault_step = 1\n\n[[step]]\nlevel = 0.5\ndba = 60\n\n[[step]]\nlevel = 1.0\ndba = 66\n",
        encoding="utf-8",
    )
    (tmp_path / "kiosk.toml").write_text(f'[speech]\nvolume_steps = "{table}"\n', encoding="utf-8")
    result = _run(["--exit-after-startup"], {"QT_QPA_PLATFORM": "offscreen"}, tmp_path)
    assert result.returncode == 3
    assert "content error" in result.stderr and "measured_steps.toml" in result.stderr
    assert "the steps span 6 dB; at least 18 dB" in result.stderr and "Traceback" not in result.stderr
