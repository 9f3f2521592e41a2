"""The layers of ARCHITECTURE.md: imports may only point down."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kiosk"

# For each layer, the top-level imports it must never use.
FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "kiosk.storage",
        "kiosk.services",
        "kiosk.gui",
        "kiosk.app",
    ),
    "storage": ("PySide6", "kiosk.services", "kiosk.gui", "kiosk.app"),
    "services": ("sqlalchemy", "alembic", "kiosk.gui", "kiosk.app"),
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _violations(layer: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                found.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer: str) -> None:
    assert _violations(layer) == []


def test_sqlalchemy_is_imported_only_in_storage() -> None:
    outside = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "storage" in path.relative_to(PACKAGE).parts:
            continue
        if any(n == "sqlalchemy" or n.startswith("sqlalchemy.") for n in _imports(path)):
            outside.append(str(path.relative_to(PACKAGE.parent)))
    assert outside == []
