"""Names of the lecture topics on screen, and a column of large topic buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QWidget

from kiosk.domain.lectures import TOPICS
from kiosk.gui.widgets.wrap_button import BORDER_ROOM, WrapButton

REFLOW_EVENTS = (
    QEvent.Type.Resize,
    QEvent.Type.StyleChange,
    QEvent.Type.FontChange,
    QEvent.Type.LayoutRequest,
)


class TopicNames(QObject):
    """Translated topic names (the domain keeps only keys)."""

    def name(self, topic: str | None) -> str:
        names = {
            None: self.tr("All topics"),
            "acquisition": self.tr("Acquisition tax"),
            "property": self.tr("Property tax"),
            "vehicle": self.tr("Vehicle tax"),
            "local_income": self.tr("Local income tax"),
            "refund": self.tr("Tax refunds"),
            "other": self.tr("Other questions"),
        }
        return names.get(topic, topic or "")


class TopicPicker(QWidget):
    """Checkable topic buttons, one checked at a time; `with_all` adds "All topics" first."""

    topic_chosen = Signal(object)  # str, or None for all topics

    def __init__(self, with_all: bool, columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = TopicNames(self)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str | None, QPushButton] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)
        self._max_columns = columns
        self._columns = 0
        self._extra: list[QWidget] = []
        choices: list[str | None] = [None, *TOPICS] if with_all else list(TOPICS)
        for topic in choices:
            # Wraps and grows in large text ("Local income tax") instead of cutting the label (K08).
            button = WrapButton(objectName=f"topic_{topic or 'all'}", checkable=True)
            button.clicked.connect(lambda _=False, t=topic: self._chosen(t))
            self._group.addButton(button)
            self._buttons[topic] = button
        self._reflow()
        self._topic: str | None = None
        if with_all:
            self._buttons[None].setChecked(True)
        self.retranslateUi()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # LayoutRequest: a button's size hint changed (large text restyles the buttons after this widget).
        if event.type() in REFLOW_EVENTS:
            self._reflow()
        return handled

    def _reflow(self) -> None:
        """As many columns as fit the longest word of every label (fewer in large text, K08)."""
        spacing = self._grid.horizontalSpacing()
        # The longest word plus the text padding and room for the style sheet's border.
        widest = max(cell.minimumSizeHint().width() for cell in self._cells()) + 2 * BORDER_ROOM
        fitting = (self.width() + spacing) // (widest + spacing) if self.width() > 0 else self._max_columns
        columns = max(1, min(self._max_columns, fitting))
        if columns == self._columns:
            return
        self._columns = columns
        for index, cell in enumerate(self._cells()):
            self._grid.removeWidget(cell)
            self._grid.addWidget(cell, index // columns, index % columns)

    def add_cell(self, widget: QWidget) -> None:
        """Another button after the topics, in the same grid (the question board's)."""
        self._extra.append(widget)
        self._columns = 0
        self._reflow()

    def _cells(self) -> list[QWidget]:
        return [*self._buttons.values(), *self._extra]

    def topic(self) -> str | None:
        return self._topic

    def button(self, topic: str | None) -> QPushButton:
        return self._buttons[topic]

    def set_topic(self, topic: str | None) -> None:
        """Check `topic` without emitting (None clears the choice when there is no "All")."""
        self._topic = topic
        if topic in self._buttons:
            self._buttons[topic].setChecked(True)
        else:
            self._group.setExclusive(False)
            for button in self._buttons.values():
                button.setChecked(False)
            self._group.setExclusive(True)

    def retranslateUi(self) -> None:
        for topic, button in self._buttons.items():
            button.setText(self._names.name(topic))

    def _chosen(self, topic: str | None) -> None:
        self._topic = topic
        self.topic_chosen.emit(topic)
