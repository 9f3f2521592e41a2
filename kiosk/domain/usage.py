"""Anonymous usage counts for the office's reports: menu openings per hour, never who opened them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

# Routes are code names such as "consultations"; anything else (free text) is never stored.
ROUTE_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,39}")
# Staff screens and the second display are not residents' use of the kiosk, and "home" is where every
# idle reset lands, not a menu.
NOT_COUNTED_PREFIXES = ("staff", "now_serving")
NOT_COUNTED = frozenset({"home"})


@dataclass(frozen=True)
class UsageCount:
    hour: datetime
    route: str
    taps: int


def is_counted(route: str) -> bool:
    """True for residents' menus; false for staff pages and anything that is not a route name."""
    return (
        bool(ROUTE_PATTERN.fullmatch(route))
        and route not in NOT_COUNTED
        and not route.startswith(NOT_COUNTED_PREFIXES)
    )


CSV_HEADER = ("hour", "menu", "taps")


def csv_rows(counts: list[UsageCount]) -> list[tuple[str, str, str]]:
    """Rows for the CSV export: ISO hour (Seoul time), menu route, count. Nothing else."""
    return [(c.hour.isoformat(timespec="minutes"), c.route, str(c.taps)) for c in counts]
