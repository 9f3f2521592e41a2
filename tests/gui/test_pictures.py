"""The station's pictures: pictograms beside labels in the label's colour in every theme and state,
rendered once; Seti in the theme's colours; the vendored icon set and its licence."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk import paths
from kiosk.gui import pictograms
from kiosk.gui.theme import Look, apply_look, theme_tokens
from kiosk.gui.widgets.seti import SetiPicture
from kiosk.gui.widgets.wrap_button import WrapButton


def ink(image: QImage) -> QColor:
    """The commonest fully opaque colour of an image (a pictogram's stroke, Seti's outline)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    counts: Counter[str] = Counter()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                counts[colour.name()] += 1
    return QColor(counts.most_common(1)[0][0])


@pytest.fixture
def buttons(qapp: QApplication):  # type: ignore[no-untyped-def]
    page = QWidget()
    layout = QVBoxLayout(page)
    made = {}
    for role in ("tile", "primary", "danger"):
        button = WrapButton(f"A {role} action")
        button.setProperty("role", role)
        button.set_pictogram("printer")
        layout.addWidget(button)
        made[role] = button
    toggle = WrapButton("A choice", checkable=True)
    toggle.set_pictogram("clock")
    layout.addWidget(toggle)
    made["toggle"] = toggle
    page.show()
    yield made
    page.close()
    page.deleteLater()
    apply_look(qapp, Look())


@pytest.mark.parametrize("theme", ["default", "high_contrast"])
def test_pictograms_take_their_labels_colour_in_each_theme_and_state(qapp, buttons, theme: str) -> None:  # type: ignore[no-untyped-def]
    apply_look(qapp, Look(theme))
    qapp.processEvents()
    tokens = theme_tokens(theme)
    expected = {"tile": tokens["text"], "primary": tokens["on_primary"], "danger": tokens["on_danger"]}
    for role, colour in expected.items():
        button = buttons[role]
        assert button.text() == f"A {role} action"  # beside the label, never instead of it (K26)
        pixmap = button.icon().pixmap(button.iconSize())
        assert ink(pixmap.toImage()).name() == QColor(colour).name(), role
    toggle = buttons["toggle"]
    checked = toggle.icon().pixmap(toggle.iconSize(), QIcon.Mode.Normal, QIcon.State.On)
    assert ink(checked.toImage()).name() == QColor(tokens["on_selected"]).name()
    disabled = toggle.icon().pixmap(toggle.iconSize(), QIcon.Mode.Disabled, QIcon.State.Off)
    assert ink(disabled.toImage()).name() == QColor(tokens["on_disabled"]).name()


def test_large_text_gives_larger_pictograms_and_the_label_keeps_its_room(qapp, buttons) -> None:  # type: ignore[no-untyped-def]
    tile = buttons["tile"]
    normal = tile.iconSize().height()
    apply_look(qapp, Look(large_text=True))
    qapp.processEvents()
    assert tile.iconSize().height() > normal
    tile.resize(tile.sizeHint())
    assert tile.painted_text_overflow() == ""  # the label wraps in the room the pictogram leaves


def test_each_pictogram_is_rendered_once_per_colour_and_size(qapp) -> None:  # type: ignore[no-untyped-def]
    first = pictograms.rendered("qrcode", "#123456", 40)
    assert pictograms.rendered("qrcode", "#123456", 40).cacheKey() == first.cacheKey()
    assert pictograms.rendered("qrcode", "#654321", 40).cacheKey() != first.cacheKey()
    assert first.width() == 40 + pictograms.gap_px(40) and first.height() == 40


@pytest.mark.parametrize("theme", ["default", "high_contrast"])
def test_seti_is_outlined_in_the_themes_text_colour(qapp, theme: str) -> None:  # type: ignore[no-untyped-def]
    apply_look(qapp, Look(theme))
    seti = SetiPicture()
    seti.show()
    qapp.processEvents()
    image = seti.pixmap().toImage()
    tokens = theme_tokens(theme)
    colours = {image.pixelColor(x, y).name() for y in range(image.height()) for x in range(image.width())}
    assert QColor(tokens["text"]).name() in colours  # the outline
    assert QColor(tokens["primary"]).name() in colours  # the jacket
    assert QColor(tokens["district"]).name() in colours  # the scarf
    seti.close()
    apply_look(qapp, Look())


def test_every_pictogram_the_kiosk_names_is_vendored_with_the_licence() -> None:
    from kiosk.gui.screens.home import TILE_PICTOGRAMS
    from kiosk.gui.screens.staff_reports import CHARTS

    icons = paths.resources_dir() / "icons"
    source = "\n".join(p.read_text(encoding="utf-8") for p in (paths.project_root() / "kiosk").rglob("*.py"))
    named = set(re.findall(r'set_pictogram\("([a-z0-9-]+)"\)', source))
    named |= set(TILE_PICTOGRAMS.values()) | set(CHARTS.values())
    vendored = {p.stem for p in icons.glob("*.svg")}
    assert named == vendored, "every pictogram used is vendored, and only those"
    licence = (icons / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License") and "Paweł Kuna" in licence
    assert "3.52.0" in (icons / "README.md").read_text(encoding="utf-8")
    for svg in icons.glob("*.svg"):
        assert 'stroke="currentColor"' in svg.read_text(encoding="utf-8"), svg.name


def test_seti_drawing_is_a_valid_svg(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(Path(paths.resources_dir()) / "images" / "seti.svg"))
    assert renderer.isValid() and renderer.viewBox().width() == 200
