"""The checker itself: each check finds the fault it is written for, on small hand-made widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from kiosk.domain.panel import Panel
from kiosk.gui.accessibility import checks
from kiosk.gui.accessibility.audit import settle
from kiosk.gui.accessibility.contrast import contrast_ratio, hex_rgb, text_contrast
from kiosk.gui.peoples_text import mark_item, mark_label

PANEL = Panel(597.9, 336.3, 1920, 1080, 700.0)


@pytest.fixture
def page(qtbot, qapp) -> Iterator[QWidget]:
    # Plain widgets: no kiosk style sheet left over from another test (its minimum sizes would hide faults).
    previous = qapp.styleSheet()
    qapp.setStyleSheet("")
    widget = QWidget()
    widget.setStyleSheet("QWidget { background: #FFFFFF; color: #000000; font-size: 44px; }")
    widget.resize(1920, 1080)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    qapp.setStyleSheet(previous)


def _button(parent: QWidget, text: str, x: int, y: int, w: int, h: int) -> QPushButton:
    button = QPushButton(text, parent)
    button.setGeometry(x, y, w, h)
    button.show()
    return button


def test_a_small_button_fails_k01_and_names_it(page) -> None:
    _button(page, "확인", 10, 10, 300, 30).setObjectName("tinyButton")
    violations = checks.check_target_size("demo", PANEL, checks.targets(page, [page]))
    assert [v.criterion for v in violations] == ["K01"]
    assert "tinyButton" in violations[0].widget and "9.3 mm" in violations[0].message


def test_buttons_closer_than_2_5_mm_fail_k02(page) -> None:
    _button(page, "가", 10, 10, 200, 100)
    _button(page, "나", 215, 10, 200, 100)  # 5 px = 1.6 mm apart
    _button(page, "다", 600, 10, 200, 100)
    violations = checks.check_spacing("demo", PANEL, checks.targets(page, [page]))
    assert len(violations) == 1 and "1.6 mm" in violations[0].message


def test_overlapping_buttons_fail_k02(page) -> None:
    _button(page, "가", 10, 10, 200, 100)
    _button(page, "나", 100, 50, 200, 100)
    violations = checks.check_spacing("demo", PANEL, checks.targets(page, [page]))
    assert violations and "overlaps" in violations[0].message


def test_small_text_fails_k03_but_44_px_passes(page) -> None:
    small = QLabel("작은 글씨", page)
    small.setStyleSheet("font-size: 30px;")
    big = QLabel("큰 글씨", page)
    big.move(0, 200)
    for label in (small, big):
        label.adjustSize()
        label.show()
    violations = checks.check_text_height("demo", PANEL, [small, big])
    assert len(violations) == 1 and "작은 글씨" in violations[0].widget


def test_grey_on_white_fails_k04_from_rendered_pixels(page) -> None:
    faint = QLabel("흐린 글씨", page)
    faint.setStyleSheet("color: #AAAAAA; background: #FFFFFF;")
    faint.setGeometry(10, 10, 600, 120)
    strong = QLabel("진한 글씨", page)
    strong.setGeometry(10, 300, 600, 120)
    for label in (faint, strong):
        label.show()
    settle()
    violations = checks.check_contrast("demo", page, page.grab().toImage(), [faint, strong], 4.5)
    assert len(violations) == 1 and "흐린 글씨" in violations[0].widget
    assert "#AAAAAA on #FFFFFF" in violations[0].message


def test_a_palette_saying_black_does_not_fool_the_contrast_check(page) -> None:
    # The style sheet wins over the palette; only the pixels tell the truth.
    label = QLabel("팔레트", page)
    palette = label.palette()
    palette.setColor(label.foregroundRole(), "#000000")
    label.setPalette(palette)
    label.setStyleSheet("color: #DDDDDD;")
    label.setGeometry(10, 10, 600, 120)
    label.show()
    settle()
    assert checks.check_contrast("demo", page, page.grab().toImage(), [label], 4.5)


def test_a_borderless_pale_button_fails_k06_but_a_bordered_or_dotted_one_passes(page) -> None:
    faint = _button(page, "흐린 버튼", 10, 10, 400, 120)
    faint.setStyleSheet("background: #F0F0F0; border: none;")
    framed = _button(page, "테두리", 10, 300, 400, 120)
    framed.setStyleSheet("background: #FFFFFF; border: 3px solid #4B5563;")
    dotted = _button(page, "점선", 10, 600, 400, 120)
    dotted.setStyleSheet("background: #F0F0F0; border: 3px dotted #4B5563;")
    filled = _button(page, "채움", 600, 10, 400, 120)
    filled.setStyleSheet("background: #0B4F9C; color: #FFFFFF; border: none;")
    settle()
    found = checks.targets(page, [page])
    violations = checks.check_boundaries("demo", page, page.grab().toImage(), found)
    assert [v.criterion for v in violations] == ["K06"]
    assert "흐린 버튼" in violations[0].widget and "#F0F0F0 on #FFFFFF" in violations[0].message


def test_a_scroll_bar_handle_the_colour_of_its_groove_fails_k06(page) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollBar

    bars = []
    for x, handle in ((10, "#FAFAFA"), (300, "#4B5563")):
        bar = QScrollBar(Qt.Orientation.Vertical, page)
        bar.setStyleSheet(
            "QScrollBar { width: 60px; background: #FFFFFF; }"
            f"QScrollBar::handle {{ background: {handle}; min-height: 60px; }}"
        )
        bar.setRange(0, 10)
        bar.setGeometry(x, 10, 60, 800)
        bar.show()
        bars.append(bar)
    settle()
    violations = checks.check_boundaries("demo", page, page.grab().toImage(), checks.targets(page, [page]))
    assert len(violations) == 1 and "#FAFAFA on #FFFFFF" in violations[0].message


def test_a_toggle_whose_checked_state_is_only_a_hue_fails_k07(page) -> None:
    from PySide6.QtWidgets import QButtonGroup

    pale = _button(page, "노란색만", 10, 10, 400, 120)
    pale.setStyleSheet("QPushButton { background: #FFFFFF; } QPushButton:checked { background: #FDE68A; }")
    dark = _button(page, "진한 색", 10, 300, 400, 120)
    dark.setStyleSheet(
        "QPushButton { background: #FFFFFF; } QPushButton:checked { background: #4C1D95; color: #FFFFFF; }"
    )
    group = QButtonGroup(page)  # exclusive: the check must still flip and restore the checked one
    for button in (pale, dark):
        button.setCheckable(True)
        group.addButton(button)
    dark.setChecked(True)
    settle()
    violations = checks.check_states("demo", page, [page])
    assert [v.criterion for v in violations] == ["K07"]
    assert "노란색만" in violations[0].widget and "in grey" in violations[0].message
    assert dark.isChecked() and not pale.isChecked() and group.exclusive()


def test_clipped_label_and_button_fail_k08(page) -> None:
    label = QLabel("이 문장은 상자보다 훨씬 깁니다", page)
    label.setGeometry(10, 10, 200, 80)
    button = QPushButton("긴버튼이름입니다아주긴", page)
    button.setGeometry(10, 200, 200, 100)
    fits = QPushButton("확인", page)
    fits.setGeometry(10, 400, 300, 100)
    for widget in (label, button, fits):
        widget.show()
    violations = checks.check_fits("demo", page, PANEL, [label, button, fits])
    assert {v.widget.split(" ")[0] for v in violations} == {"(no"}
    assert len(violations) == 2 and not any("확인" in v.widget for v in violations)


def test_a_window_larger_than_the_panel_fails_k08(page) -> None:
    page.resize(1920, 1300)
    violations = checks.check_fits("demo", page, PANEL, [])
    assert violations and "1920 x 1300" in violations[0].message


def test_controls_above_the_reach_ceiling_fail_k10(page) -> None:
    _button(page, "위", 10, 10, 200, 100)
    _button(page, "아래", 10, 900, 200, 100)
    found = checks.targets(page, [page])
    assert checks.check_reach("demo", page, PANEL, found, [], 1220.0) == []
    violations = checks.check_reach("demo", page, PANEL, found, [], 950.0)
    assert len(violations) == 1 and violations[0].criterion == "K10" and "'위'" in violations[0].widget


def test_icon_only_button_and_english_on_a_korean_screen_fail_k26(page) -> None:
    pixmap = QPixmap(32, 32)
    icon_only = QPushButton(page)
    icon_only.setIcon(QIcon(pixmap))
    icon_only.setGeometry(10, 10, 200, 100)
    english = QLabel("Book a consultation", page)
    english.setGeometry(10, 200, 900, 100)
    allowed = QLabel("메타버스 QR 코드 · https://zep.us/play/x", page)
    allowed.setGeometry(10, 400, 1500, 100)
    for widget in (icon_only, english, allowed):
        widget.show()
    violations = checks.check_labels("demo", page, [page], "ko")
    assert sorted(v.message.split(":")[0] for v in violations) == [
        "English words on a Korean screen",
        "an icon-only button needs a text label",
    ]


def test_korean_left_on_an_english_screen_fails_k26() -> None:
    assert checks.foreign_words("Local tax schedule 납부", "en") == ["납부"]
    assert checks.foreign_words("Language / 언어 · 한국어", "en") == []


def test_what_people_wrote_is_left_out_of_k26_but_the_words_around_it_are_checked(page) -> None:
    question = QLabel("재산세는 언제 내나요?", page)
    mark_label(question, "재산세는 언제 내나요?")
    question.setGeometry(10, 10, 1500, 100)
    rows = QListWidget(page)
    rows.setGeometry(10, 200, 1500, 400)
    booked = QListWidgetItem("10:00  National taxes  Booked\n홍길동  010-****-5678")
    mark_item(booked, "홍길동")
    unmarked = QListWidgetItem("10:20  국세  Booked\n김민지")
    mark_item(unmarked, "김민지")
    rows.addItem(booked)
    rows.addItem(unmarked)
    for widget in (question, rows):
        widget.show()
    violations = checks.check_labels("demo", page, [page], "en")
    assert [v.message for v in violations] == ["Korean words on a English screen: 국세"]


def test_a_list_item_cut_by_a_page_boundary_counts_whole_for_k01(page) -> None:
    clip = QWidget(page)  # stands for the page: it shows only the list's top 140 px
    clip.setGeometry(0, 0, 1500, 140)
    rows = QListWidget(clip)
    rows.setGeometry(0, 0, 1500, 600)
    rows.setSpacing(10)
    for text in ("첫째", "둘째"):
        item = QListWidgetItem(text)
        item.setSizeHint(QSize(1400, 100))
        rows.addItem(item)
    clip.show()
    settle()
    found = checks.targets(page, [page])
    heights = [rect.height() for _w, rect, _l in found]
    assert heights[0] == 100 and 0 < heights[1] < 20  # the second item shows about 10 px of 100
    assert checks.check_target_size("demo", PANEL, found) == []


def test_a_list_row_wider_than_its_list_fails_k08(page) -> None:
    rows = QListWidget(page)
    rows.setGeometry(0, 0, 600, 400)
    rows.addItem("재산세 고지서를 잃어버렸는데 다시 받을 수 있나요? 이사를 가면 어디에 내나요?")
    rows.show()
    settle()
    violations = checks.check_rows_fit("demo", page, [page])
    assert [v.criterion for v in violations] == ["K08"] and "cut off" in violations[0].message
    rows.setWordWrap(True)
    rows.item(0).setSizeHint(QSize(500, 200))
    settle()
    assert checks.check_rows_fit("demo", page, [page]) == []


def test_wcag_contrast_formula() -> None:
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast_ratio(hex_rgb("#767676"), hex_rgb("#FFFFFF")) == pytest.approx(4.54, abs=0.01)


def test_text_contrast_separates_glyphs_from_background(page) -> None:
    label = QLabel("글자", page)
    label.setStyleSheet("color: #0B4F9C; background: #F4F6F8;")
    label.setFont(QFont("Noto Sans CJK KR", 60))
    label.setGeometry(0, 0, 400, 150)
    label.show()
    settle()
    ratio, text, background = text_contrast(label.grab().toImage())
    assert (text, background) == (hex_rgb("#0B4F9C"), hex_rgb("#F4F6F8"))
    assert ratio == pytest.approx(contrast_ratio(text, background))


def test_booking_codes_are_symbols_not_english_words() -> None:
    assert checks.foreign_words("예약 번호 K7M-4QX", "ko") == []
    assert checks.foreign_words("예약 번호 K7M-4QX Booking", "ko") == ["Booking"]
    assert checks.foreign_words("번호표 B-001", "ko") == []
