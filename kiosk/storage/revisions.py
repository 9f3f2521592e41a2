"""Reads the migration scripts' revision ids without importing Alembic (a start-up cost)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

VERSIONS_DIR = Path(__file__).with_name("migrations") / "versions"


@cache
def script_heads() -> frozenset[str]:
    """Revisions that no other revision builds on: what an up-to-date database records."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in VERSIONS_DIR.glob("*.py"):
        values = _assignments(script)
        revision = values.get("revision")
        if isinstance(revision, str):
            revisions.add(revision)
        down = values.get("down_revision")
        if isinstance(down, str):
            parents.add(down)
        elif isinstance(down, tuple | list):
            parents.update(str(item) for item in down)
    return frozenset(revisions - parents)


def _assignments(script: Path) -> dict[str, object]:
    values: dict[str, object] = {}
    for node in ast.parse(script.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return values
