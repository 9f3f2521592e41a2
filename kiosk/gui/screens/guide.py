"""Comprehensive Local Tax Guide: refunds (with a checklist), how to pay, FAQ by category with Korean
initial-consonant search, info booth cards, the booklet, and "Ask staff"."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.app_context import AppContext
from kiosk.domain.content_file import ContentError
from kiosk.domain.guide import Guide, RefundGuide
from kiosk.domain.legal_citation import citation_in
from kiosk.gui.info_slips import InfoSlips
from kiosk.gui.screen import Screen
from kiosk.gui.widgets.flow_layout import FlowLayout
from kiosk.gui.widgets.info_widgets import card, clear_layout, current_language, label, scroll_page
from kiosk.gui.widgets.slip_panel import SlipOverlay

log = logging.getLogger(__name__)

TABS = ("refund", "payment", "faq", "booths")


class GuideScreen(Screen):
    """Tabs across the top; each tab a scrolling page built from guide.toml."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.category: str | None = None

        self.tab_buttons: dict[str, QPushButton] = {}
        self.tab_group = QButtonGroup(self)
        tabs_bar = QWidget(objectName="guideTabs")
        tabs = FlowLayout(tabs_bar)
        tabs.setContentsMargins(48, 16, 48, 0)
        for name in TABS:
            button = QPushButton(objectName=f"tab_{name}", checkable=True)
            button.clicked.connect(lambda _=False, n=name: self.show_tab(n))
            self.tab_group.addButton(button)
            self.tab_buttons[name] = button
            tabs.addWidget(button)
        # The booklet and staff help sit in a bar at the bottom: with large text the tabs need the width.
        self.booklet_button = QPushButton(objectName="bookletButton")
        self.booklet_button.clicked.connect(lambda: self.navigate_requested.emit("booklet"))
        self.ask_staff_button = QPushButton(objectName="askStaffButton")
        self.ask_staff_button.setProperty("role", "primary")
        self.ask_staff_button.clicked.connect(lambda: self.navigate_requested.emit("chat"))
        bottom = QHBoxLayout()
        bottom.setContentsMargins(48, 8, 48, 16)
        bottom.addWidget(self.booklet_button)
        bottom.addStretch(1)
        bottom.addWidget(self.ask_staff_button)

        self.pages = QStackedWidget(objectName="guidePages")
        self.page_layouts: dict[str, QVBoxLayout] = {}
        self.page_widgets: dict[str, QWidget] = {}
        for name in TABS:
            area, layout = scroll_page(f"guide_{name}")
            self.pages.addWidget(area)
            self.page_layouts[name] = layout
            self.page_widgets[name] = area

        # The FAQ page keeps its search field; the categories and answers below it are rebuilt.
        self.search_field = QLineEdit(objectName="faqSearch")
        # A labelled button beside the field, not Qt's icon-only clear button inside it: that one is a
        # tiny target touching the field (K01, K02) and has no words (K26).
        self.clear_search_button = QPushButton(objectName="faqClearButton")
        self.clear_search_button.clicked.connect(self.search_field.clear)
        search_row = QHBoxLayout()
        search_row.setSpacing(16)
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.clear_search_button)
        # The on-screen keyboard puts each jamo into the text at once, so results follow every key.
        self.search_field.setProperty("keyboardLiveText", True)
        self.search_field.textChanged.connect(lambda _text: self._fill_faq_results())
        self.category_bar = QWidget(objectName="faqCategories")
        self.category_layout = FlowLayout(self.category_bar)
        self.category_group = QButtonGroup(self)
        self.result_count = label("", "muted", "faqResultCount")
        self.faq_results_widget = QWidget(objectName="faqResults")
        self.faq_results = QVBoxLayout(self.faq_results_widget)
        self.faq_results.setContentsMargins(0, 0, 0, 0)
        faq_layout = self.page_layouts["faq"]
        faq_layout.addLayout(search_row)
        for widget in (self.category_bar, self.result_count, self.faq_results_widget):
            faq_layout.addWidget(widget)
        faq_layout.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tabs_bar)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.slips = InfoSlips(self)
        self.slip_overlay = SlipOverlay(self, context.printing)
        self.retranslateUi()
        self.show_tab("refund")

    # Screen contract

    def title(self) -> str:
        return self.tr("Tax guide and help")

    def entered(self) -> None:
        # Staff may have edited an FAQ entry or an info card, on any kiosk, since the pages were built.
        if self.context.tax_information.revision() != self._content_revision:
            self._build_all()

    def reset(self) -> None:
        self.category = None
        self.search_field.clear()
        self.slip_overlay.dismiss()
        self.show_tab("refund")

    def retranslateUi(self) -> None:
        names = {
            "refund": self.tr("Refunds"),
            "payment": self.tr("How to pay"),
            "faq": self.tr("Questions"),
            "booths": self.tr("Info booths"),
        }
        for name, button in self.tab_buttons.items():
            button.setText(names[name])
        self.booklet_button.setText(self.tr("Booklet"))
        self.ask_staff_button.setText(self.tr("Ask staff"))
        # Examples in the screen's language only (K26); Korean adds initial-consonant search.
        self.search_field.setPlaceholderText(self.tr("Search: e.g. refund, car tax"))
        self.clear_search_button.setText(self.tr("Clear"))
        self.slip_overlay.panel.retranslateUi()
        self._build_all()

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        def search() -> None:
            self.show_tab("faq")
            self.search_field.setText("ㅈㄷㅊ")

        def refund_printed() -> None:
            self.show_tab("refund")
            guide = self._guide()
            if guide is not None and guide.refund is not None:
                self.print_refund_checklist(guide.refund)

        # The printed slip covers the screen until closed: it comes last, so no other state is under it.
        return [
            ("payment", lambda: self.show_tab("payment")),
            ("faq", lambda: self.show_tab("faq")),
            ("faq-search", search),
            ("booths", lambda: self.show_tab("booths")),
            ("refund-printed", refund_printed),
        ]

    # Tabs

    def current_tab(self) -> str:
        return next(
            name for name, widget in self.page_widgets.items() if widget is self.pages.currentWidget()
        )

    def show_tab(self, name: str) -> None:
        self.tab_buttons[name].setChecked(True)
        self.pages.setCurrentWidget(self.page_widgets[name])

    def print_refund_checklist(self, refund: RefundGuide) -> None:
        """Print the refund checklist; shown on screen when nothing prints."""
        slip = self.slips.refund_slip(refund, current_language(), self.context.clock.now())
        self.slip_overlay.print_slip(slip)

    def choose_category(self, category: str | None) -> None:
        self.category = category
        self._build_faq()

    def _guide(self) -> Guide | None:
        try:
            return self.context.tax_information.guide()
        except ContentError as err:
            log.error("guide unavailable: %s", err)
            return None

    def _build_all(self) -> None:
        self._content_revision = self.context.tax_information.revision()
        guide = self._guide()
        static_pages = ("refund", "payment", "booths")
        for name in static_pages:
            clear_layout(self.page_layouts[name])
        if guide is None:
            for name in static_pages:
                self.page_layouts[name].addWidget(
                    label(self.tr("The guide cannot be shown right now. Staff can help you."), "error")
                )
            return
        self._build_refund(guide)
        self._build_payment(guide)
        self._build_faq()
        self._build_booths(guide)

    def _build_refund(self, guide: Guide) -> None:
        layout = self.page_layouts["refund"]
        language = current_language()
        refund = guide.refund
        if refund is None:
            layout.addWidget(label(self.tr("The refund guide cannot be shown right now."), "error"))
            return
        layout.addWidget(label(refund.title.get(language), "title", "refundTitle"))
        layout.addWidget(label(refund.intro.get(language)))
        layout.addWidget(label(refund.time_limit.get(language), "notice", "refundTimeLimit"))
        for section in refund.sections:
            layout.addWidget(
                card(label(section.title.get(language), "subtitle"), label(section.body.get(language)))
            )
        checklist = "\n".join(f"☐  {item.get(language)}" for item in refund.checklist)
        layout.addWidget(
            card(
                label(self.tr("Checklist: bring these"), "subtitle"),
                label(checklist, None, "refundChecklist"),
            )
        )
        print_button = QPushButton(self.tr("Print the checklist"), objectName="refundPrintButton")
        print_button.clicked.connect(lambda _=False: self.print_refund_checklist(refund))
        layout.addWidget(print_button)
        layout.addWidget(
            label(
                self.tr("Legal basis: %1").replace("%1", citation_in(refund.legal_basis, language)), "muted"
            )
        )
        layout.addStretch(1)

    def _build_payment(self, guide: Guide) -> None:
        layout = self.page_layouts["payment"]
        language = current_language()
        layout.addWidget(label(self.tr("How to pay local taxes"), "title"))
        for tip in guide.payment_tips:
            layout.addWidget(card(label(tip.title.get(language), "subtitle"), label(tip.body.get(language))))
        try:
            channels = self.context.tax_information.calendar().channels
        except ContentError:
            channels = ()
        for channel in channels:
            layout.addWidget(
                card(label(channel.name.get(language), "subtitle"), label(channel.how.get(language)))
            )
        layout.addStretch(1)

    def _build_faq(self) -> None:
        guide = self._guide()
        if guide is None:
            return
        language = current_language()
        clear_layout(self.category_layout)
        choices = [(None, self.tr("All")), *((c.id, c.name.get(language)) for c in guide.faq_categories)]
        for category_id, name in choices:
            button = QPushButton(name, objectName=f"category_{category_id or 'all'}", checkable=True)
            button.setChecked(category_id == self.category)
            button.clicked.connect(lambda _=False, c=category_id: self.choose_category(c))
            self.category_group.addButton(button)
            self.category_layout.addWidget(button)
        self._fill_faq_results()

    def _fill_faq_results(self) -> None:
        guide = self._guide()
        if guide is None:
            return
        clear_layout(self.faq_results)
        language = current_language()
        entries = guide.search_faq(self.search_field.text(), self.category)
        self.result_count.setText(self.tr("%n answer(s)", "", len(entries)))
        for entry in entries:
            question = label(entry.question.get(language), "subtitle", f"question_{entry.id}")
            self.faq_results.addWidget(
                card(question, label(entry.answer.get(language), None, f"answer_{entry.id}"))
            )
        if not entries:
            self.faq_results.addWidget(
                label(self.tr("No answer found. Try other words, or ask staff."), "notice", "faqNothingFound")
            )

    def _build_booths(self, guide: Guide) -> None:
        layout = self.page_layouts["booths"]
        language = current_language()
        layout.addWidget(label(self.tr("Information and promotion booths"), "title"))
        kinds = {"information": self.tr("Tax information"), "promotion": self.tr("Tax administration news")}
        for booth in guide.booths:
            layout.addWidget(
                card(
                    label(kinds[booth.kind], "muted"),
                    label(booth.title.get(language), "subtitle", f"booth_{booth.id}"),
                    label(booth.body.get(language)),
                )
            )
        layout.addStretch(1)
