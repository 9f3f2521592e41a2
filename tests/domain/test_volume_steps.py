"""The calibrated volume table (K18): the shipped one meets the rules, unsafe tables are refused."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.domain.content_file import ContentError
from kiosk.domain.volume_steps import (
    MAX_DEFAULT_DBA,
    MAX_STEP_DB,
    MIN_RANGE_DB,
    VolumeStep,
    check_volume_steps,
    load_volume_steps,
)


def _table(tmp_path: Path, steps: list[tuple[float, float]], default_step: int = 1) -> Path:
    path = tmp_path / "volume_steps.toml"
    text = f"[volume]\ndefault_step = {default_step}\n"
    text += "".join(f"\n[[step]]\nlevel = {level}\ndba = {dba}\n" for level, dba in steps)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_table_meets_k18() -> None:
    table = load_volume_steps(paths.content_dir() / "volume_steps.toml")
    dbas = [step.dba for step in table.steps]
    assert dbas[-1] - dbas[0] >= MIN_RANGE_DB
    assert all(higher - lower <= MAX_STEP_DB for lower, higher in pairwise(dbas))
    assert dbas[-1] >= 65 and table.default.dba <= MAX_DEFAULT_DBA
    assert (len(table.steps), table.default_index, table.default) == (7, 4, VolumeStep(0.501, 62.0))


def test_the_shipped_table_cites_its_source() -> None:
    text = (paths.content_dir() / "volume_steps.toml").read_text(encoding="utf-8")
    assert "accessibility.md, row K18" in text and "sound-level meter" in text


@pytest.mark.parametrize(
    ("steps", "default_step", "reason"),
    [
        ([(0.25, 50), (0.5, 62), (1.0, 66)], 1, "span 16 dB; at least 18"),
        ([(0.1, 48), (0.5, 62), (1.0, 68)], 1, "step 2 is 14 dB above step 1; at most 12"),
        ([(0.1, 50), (0.3, 59), (0.6, 68)], 3, "default step is 68 dBA; at most 65"),
        ([(0.1, 40), (0.3, 50), (0.6, 60)], 1, "loudest step must reach 65"),
        ([(0.5, 50), (0.3, 59), (1.0, 68)], 1, "step 2 must be louder than step 1"),
        ([(0.1, 50), (0.3, 59), (1.0, 68)], 4, "default_step must be from 1 to 3"),
        ([(1.0, 68)], 1, "at least two"),
    ],
)
def test_unsafe_tables_are_refused(tmp_path: Path, steps, default_step: int, reason: str) -> None:
    path = _table(tmp_path, steps, default_step)
    with pytest.raises(ContentError, match=reason) as refused:
        load_volume_steps(path)
    assert str(path) in str(refused.value)


def test_a_level_out_of_range_is_refused_with_its_line(tmp_path: Path) -> None:
    path = _table(tmp_path, [(0.1, 50), (1.5, 59), (1.0, 68)])
    with pytest.raises(ContentError, match=r":8: \[\[step\]\] level must be above 0 and at most 1"):
        load_volume_steps(path)


def test_a_missing_default_and_a_broken_file_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "volume_steps.toml"
    path.write_text("[[step]]\nlevel = 0.1\ndba = 50\n", encoding="utf-8")
    with pytest.raises(ContentError, match="default_step must be a whole number"):
        load_volume_steps(path)
    path.write_text("[volume]\ndefault_step = 1\n[[step]]\nlevel = \n", encoding="utf-8")
    with pytest.raises(ContentError, match=str(path)):
        load_volume_steps(path)


def test_the_rules_apply_to_tables_built_in_code() -> None:
    steps = [VolumeStep(0.1, 50), VolumeStep(0.2, 56), VolumeStep(0.5, 62), VolumeStep(1.0, 68)]
    assert check_volume_steps(steps, 2, "site table").default == VolumeStep(0.5, 62)
    with pytest.raises(ContentError, match="site table: the default step is 68 dBA"):
        check_volume_steps(steps, 3, "site table")
