"""`kiosk screenshot`: render every screen (and its inner steps) to PNG files, no display needed."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from kiosk.cli_commands.common import CommandError, config_from, run_guarded

# Smaller than a phone or larger than an 8K screen is a typing mistake (and a huge window eats memory).
MIN_SIDE, MAX_SIDE = 320, 8192


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1920x1080, not {text!r}") from None
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise argparse.ArgumentTypeError(f"size sides must be {MIN_SIDE} to {MAX_SIDE} pixels, not {text!r}")
    return width, height


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("screenshot", help="render every screen to PNG files")
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    parser.add_argument("--size", type=_size, default=(1920, 1080), help="window size, e.g. 1920x1080")
    parser.add_argument(
        "--look", choices=("default", "large_text", "high_contrast", "low_reach"), default="default"
    )
    parser.add_argument("--only", nargs="*", default=None, help="routes to render (default: all)")
    parser.add_argument(
        "--voice", action="store_true", help="voice guidance on (shows the voice options row), silently"
    )
    parser.set_defaults(handler=screenshot)


@run_guarded
def screenshot(args: argparse.Namespace) -> int:
    # Offscreen unless the caller has a real display and asked for another platform.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    config = config_from(args)
    with tempfile.TemporaryDirectory(prefix="kiosk-shots-") as data_dir:
        # A throw-away database with demo content: screenshots never touch the real one.
        os.environ["KIOSK_DATA_DIR"] = data_dir
        from dataclasses import replace

        from kiosk.config import DatabaseSection, SoundSection, SpeechSection

        config = replace(config, database=DatabaseSection(url=f"sqlite:///{data_dir}/shots.sqlite3"))
        if args.voice:
            # The voice options are drawn; nothing is said or played while rendering.
            config = replace(config, speech=SpeechSection(engine="none"), sound=SoundSection(output="none"))
        files = _render_all(config, args)
    for file in files:
        print(file)
    return 0


def _render_all(config: object, args: argparse.Namespace) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from kiosk.app import build_context, build_window, create_qt_application, with_demo_pin
    from kiosk.demo import load_demo
    from kiosk.gui.screens.registry import SCREENS
    from kiosk.logging_setup import install_qt_message_handler

    install_qt_message_handler()
    app = create_qt_application()
    assert isinstance(app, QApplication)
    # A throw-away demo database: the staff screens look as in the demo.
    context = build_context(with_demo_pin(config))  # type: ignore[arg-type]
    load_demo(context)
    window = build_window(context)
    window.idle.stop()  # type: ignore[attr-defined]
    window.resize(*args.size)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    window.set_language(args.lang)  # type: ignore[attr-defined]
    if args.look == "large_text":
        window.set_large_text(True)  # type: ignore[attr-defined]
    elif args.look == "high_contrast":
        window.set_high_contrast(True)  # type: ignore[attr-defined]
    elif args.look == "low_reach":
        window.set_low_reach(True)  # type: ignore[attr-defined]
    if args.voice:
        window.set_voice(True)  # type: ignore[attr-defined]
    routes = args.only or list(SCREENS)
    unknown = [r for r in routes if r not in SCREENS]
    if unknown:
        raise CommandError(f"unknown screens: {', '.join(unknown)}; known: {', '.join(SCREENS)}")
    args.out.mkdir(parents=True, exist_ok=True)
    files = []
    for route in routes:
        window.navigator.go(route)  # type: ignore[attr-defined]
        files.append(_grab(app, window, args.out / f"{route}-{args.lang}.png"))
        screen = window.navigator.current_screen  # type: ignore[attr-defined]
        for name, drive in screen.screenshot_states():
            drive()
            files.append(_grab(app, window, args.out / f"{route}-{name}-{args.lang}.png"))
        screen.reset()
    context.database.dispose()
    return files


def _grab(app: object, window: object, target: Path) -> Path:
    # As many rounds as the audit gives a screen: with three, a state that grew the page (the locked
    # PIN pad in large text) was grabbed before its page buttons came, running off the picture.
    from kiosk.gui.accessibility.audit import settle

    settle()
    window.grab().save(str(target))  # type: ignore[attr-defined]
    return target
