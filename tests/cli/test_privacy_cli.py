"""`kiosk usage export --csv` and `kiosk retention run`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.cli_commands.common import iso_date
from kiosk.config import load_config
from kiosk.domain.clock import clock_for_day
from kiosk.services.usage import UsageCounter
from kiosk.storage.database import Database


def test_usage_export_writes_the_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = Database(load_config().database.resolved_url())
    database.upgrade()
    UsageCounter(database, clock_for_day(iso_date("2026-12-05"))).record("schedule")
    database.dispose()
    out = tmp_path / "usage.csv"
    assert (
        main(["usage", "export", "--csv", "--from", "2026-12-01", "--to", "2026-12-31", "--out", str(out)])
        == 0
    )
    assert out.read_text(encoding="utf-8").splitlines() == [
        "hour,menu,taps",
        "2026-12-05T09:00+09:00,schedule,1",
    ]


def test_usage_export_refuses_reversed_dates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["usage", "export", "--csv", "--from", "2026-12-31", "--to", "2026-12-01"]) == 2
    assert "--from" in capsys.readouterr().err


def test_retention_run_reports_its_cutoff(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["retention", "run", "--today", "2026-12-05"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["retention_days"] == 30
    assert report["cutoff"].startswith("2026-11-05T09:00")
