"""The guide screen driven like a resident: refunds, FAQ search by initial consonants, booths, staff."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from kiosk.gui.screens.guide import GuideScreen
from kiosk.services.printing import PrintStatus
from kiosk.storage.database import Database
from tests.helpers.info_desk import context_on, use_language
from tests.helpers.qr_decode import pdf_words


@pytest.fixture
def screen(qtbot, database: Database) -> Iterator[GuideScreen]:  # type: ignore[no-untyped-def]
    use_language("en")
    widget = GuideScreen(context_on(database, datetime(2027, 3, 2, 10, 0)))
    qtbot.addWidget(widget)
    widget.resize(1920, 980)
    widget.show()
    yield widget


def click(qtbot, screen: GuideScreen, name: str) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    found = screen.findChild(QPushButton, name)
    assert found is not None, name
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)


def type_with_input_method(field: QLineEdit, text: str) -> None:
    """Type as a Korean input method does: each finished character arrives as a commit string."""
    for char in text:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(field, event)


def visible_questions(screen: GuideScreen) -> list[str]:
    QApplication.processEvents()  # rebuilt answers are shown from the event loop
    return sorted(
        label.objectName().removeprefix("question_")
        for label in screen.findChildren(QLabel)
        if label.objectName().startswith("question_") and label.isVisibleTo(screen)
    )


def test_refund_guide_with_time_limit_and_checklist(screen: GuideScreen) -> None:
    assert screen.current_tab() == "refund"
    assert "five years" in screen.findChild(QLabel, "refundTimeLimit").text()
    checklist = screen.findChild(QLabel, "refundChecklist").text()
    assert "☐  ID card" in checklist
    assert "Bankbook" in checklist


def test_printing_the_refund_checklist_gives_a_slip_with_every_item(
    qtbot, screen: GuideScreen, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, screen, "refundPrintButton")
    panel = screen.slip_overlay.panel
    assert screen.slip_overlay.isVisible()
    assert panel.last_result.status is PrintStatus.NOT_PRINTED
    refund = screen.context.tax_information.guide().refund
    slip = panel.view.slip()
    assert slip.title == refund.title.en
    assert [line for line in slip.lines if isinstance(line, str) and line.startswith("☐")] == [
        f"☐ {item.en}" for item in refund.checklist
    ]
    pdf = tmp_path / "checklist.pdf"  # on paper, through the printing service's PDF output
    assert screen.context.printing.save_pdf(slip, pdf).printed
    assert "Bankbook" in pdf_words(pdf)
    screen.reset()
    assert not screen.slip_overlay.isVisible()


def test_choseong_search_finds_car_tax_questions(qtbot, screen: GuideScreen) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, screen, "tab_faq")
    assert len(visible_questions(screen)) == 10
    type_with_input_method(screen.findChild(QLineEdit, "faqSearch"), "ㅈㄷㅊ")
    assert visible_questions(screen) == ["car_prepayment", "car_sold"]
    assert screen.findChild(QLabel, "faqResultCount").text() == "2 answer(s)"


def test_english_search_and_nothing_found(qtbot, screen: GuideScreen) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, screen, "tab_faq")
    search = screen.findChild(QLineEdit, "faqSearch")
    qtbot.keyClicks(search, "FEE FOR PAYING")
    assert visible_questions(screen) == ["card_fee"]
    search.setText("weather forecast")
    assert visible_questions(screen) == []
    assert screen.findChild(QLabel, "faqNothingFound").isVisibleTo(screen)


def test_category_buttons_filter_questions(qtbot, screen: GuideScreen) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, screen, "tab_faq")
    click(qtbot, screen, "category_property")
    assert visible_questions(screen) == ["property_sold_june", "property_when"]
    click(qtbot, screen, "category_all")
    assert len(visible_questions(screen)) == 10


def test_booth_cards_and_payment_channels(qtbot, screen: GuideScreen) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, screen, "tab_booths")
    assert screen.findChild(QLabel, "booth_refund").text() == "Find unclaimed refunds"
    click(qtbot, screen, "tab_payment")
    texts = [label.text() for label in screen.page_widgets["payment"].findChildren(QLabel)]
    assert "Seoul uses ETAX" in texts and "Telephone (ARS)" in texts


def test_ask_staff_opens_the_live_help_chat(qtbot, screen: GuideScreen) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(screen.navigate_requested) as signal:
        click(qtbot, screen, "askStaffButton")
    assert signal.args == ["chat"]
    with qtbot.waitSignal(screen.navigate_requested) as signal:
        click(qtbot, screen, "bookletButton")
    assert signal.args == ["booklet"]


def test_reset_clears_the_search(qtbot, screen: GuideScreen) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, screen, "tab_faq")
    click(qtbot, screen, "category_car")
    qtbot.keyClicks(screen.findChild(QLineEdit, "faqSearch"), "sold")
    screen.reset()
    assert screen.findChild(QLineEdit, "faqSearch").text() == ""
    assert screen.current_tab() == "refund"
    click(qtbot, screen, "tab_faq")
    assert len(visible_questions(screen)) == 10


def test_korean_questions_in_korean(qtbot, screen: GuideScreen) -> None:  # type: ignore[no-untyped-def]
    use_language("ko")
    screen.retranslateUi()
    click(qtbot, screen, "tab_faq")
    assert screen.findChild(QLabel, "question_card_fee").text() == "카드로 내면 수수료가 있나요?"
    use_language("en")
