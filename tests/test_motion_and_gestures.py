"""K14 (no gesture is ever needed) and K21 (nothing flashes) as static checks of the kiosk's code.

../shared/facts/accessibility.md: K14 "no multi-touch, swipe, drag or long-press is ever required"; K21
"nothing flashes at 3-50 Hz" (WCAG 2.3.1: at most 3 flashes a second), tested by failing any animation,
and any repeating timer faster than 333 ms that is not known to change nothing but a position.
"""

from __future__ import annotations

import ast
from pathlib import Path

KIOSK = Path(__file__).resolve().parents[1] / "kiosk"
SOURCES = sorted(p for p in KIOSK.rglob("*.py") if "forms" not in p.parts)

GESTURE_NAMES = {
    "grabGesture",
    "QScroller",
    "QGesture",
    "QGestureEvent",
    "QSwipeGesture",
    "QPinchGesture",
    "QPanGesture",
    "QTapAndHoldGesture",
    "mouseMoveEvent",  # dragging
}
ANIMATION_NAMES = {
    "QPropertyAnimation",
    "QVariantAnimation",
    "QSequentialAnimationGroup",
    "QParallelAnimationGroup",
    "QTimeLine",
    "QMovie",
    "QGraphicsOpacityEffect",
}
FLASH_LIMIT_MS = 333  # 3 changes a second

# Repeating timers below the limit, each with why it cannot flash.
FAST_TIMERS_ALLOWED = {
    # The lecture player's poll: moves the position bar and the time of a video the resident started;
    # no colour or visibility toggles.
    ("kiosk/services/player.py", "POLL_MS"),
}
# Long presses allowed, each with why no resident needs it.
LONG_PRESS_ALLOWED = {
    # The hidden staff entrance (3 s on the title): residents never need it; staff have the PIN screen.
    ("kiosk/gui/header.py", "_press_timer"),
}


def _relative(path: Path) -> str:
    return path.relative_to(KIOSK.parent).as_posix()


def _names(tree: ast.AST) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
        elif isinstance(node, ast.FunctionDef):
            found.add(node.name)
        elif isinstance(node, ast.alias):
            found.add(node.name.split(".")[-1])
    return found


def _constants(tree: ast.Module) -> dict[str, int]:
    values = {}
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, int):
                for target in targets:
                    if isinstance(target, ast.Name):
                        values[target.id] = value.value
    return values


def timer_intervals(path: Path) -> list[tuple[str, int]]:
    """(how the interval is written, its value in ms) for every `interval=` and `setInterval(...)`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = _constants(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        written = [k.value for k in node.keywords if k.arg == "interval"]
        if isinstance(node.func, ast.Attribute) and node.func.attr == "setInterval" and node.args:
            written.append(node.args[0])
        for expression in written:
            if isinstance(expression, ast.Constant) and isinstance(expression.value, int):
                found.append((str(expression.value), expression.value))
            elif isinstance(expression, ast.Name) and expression.id in constants:
                found.append((expression.id, constants[expression.id]))
    return found


def test_no_gesture_is_needed() -> None:
    used = {
        _relative(path): sorted(names)
        for path in SOURCES
        if (names := _names(ast.parse(path.read_text(encoding="utf-8"))) & GESTURE_NAMES)
    }
    assert not used, f"K14: every action must be a single tap; gesture code in {used}"


def test_the_only_long_press_is_the_staff_entrance() -> None:
    presses = set()
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            # A single-shot timer started by a press is how a long press is written.
            if (
                isinstance(node, ast.Attribute)
                and "press" in node.attr.lower()
                and "timer" in node.attr.lower()
            ):
                presses.add((_relative(path), node.attr))
    assert presses == LONG_PRESS_ALLOWED


def test_nothing_animates_or_blinks() -> None:
    problems = {}
    for path in SOURCES:
        animations = _names(ast.parse(path.read_text(encoding="utf-8"))) & ANIMATION_NAMES
        fast = [
            (written, ms)
            for written, ms in timer_intervals(path)
            if ms < FLASH_LIMIT_MS and (_relative(path), written) not in FAST_TIMERS_ALLOWED
        ]
        if animations or fast:
            problems[_relative(path)] = (sorted(animations), fast)
    assert not problems, f"K21: animations or timers faster than {FLASH_LIMIT_MS} ms: {problems}"


def test_the_interval_reader_sees_constants_and_literals() -> None:
    # The check itself: both ways of writing an interval are read, so a fast timer cannot slip past.
    assert ("POLL_MS", 33) in timer_intervals(KIOSK / "services" / "player.py")
    assert ("1000", 1000) in timer_intervals(KIOSK / "gui" / "header.py")
