from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from kiosk.domain.clock import ManualClock
from kiosk.services.printing import PrintService
from kiosk.services.slip_render import PAPERS


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 12, 1, 10, 30))


@pytest.fixture
def no_printer(qapp: object, clock: ManualClock, tmp_path: Path) -> PrintService:
    """The service with printer.kind = "none" (slips shown on screen, saved as PDF on request)."""
    return PrintService(None, PAPERS["80mm"], clock, tmp_path / "slips")
