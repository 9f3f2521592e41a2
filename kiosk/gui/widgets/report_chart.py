"""A bar chart for staff's usage report (Qt Charts), drawn in the theme's colours and the kiosk's fonts.

Series differ by fill pattern as well as colour, so they stay apart on a monochrome display and for
residents and staff who cannot tell colours apart (K07); the legend names each. The colours come from
the style sheet (`ReportChart` rules in ui/kiosk.qss).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Property, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

# One pattern per series, in order: solid first, then ones that read apart in grey.
PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.FDiagPattern,
)
# Axis labels and legend at this share of the body font: still 31 px on the normal look.
LABEL_SHARE = 0.7


def tick_step(top: float) -> float:
    """A round step (1, 2, 5, 10, 20, ...) giving at most five gridlines up to `top`."""
    step = 1.0
    while top / step > 5:
        for factor in (2, 2.5, 2):  # 1 -> 2 -> 5 -> 10
            step *= factor
            if top / step <= 5:
                break
    return step


@dataclass(frozen=True)
class BarChart:
    """What to draw: category labels along the bottom and one list of values per named series."""

    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    value_title: str
    stacked: bool = False
    category_title: str = ""


class ReportChart(QChartView):
    """Shows one BarChart at a time; redraws itself when the look (colours, font) changes."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._colours = {"text": "#111827", "surface": "#FFFFFF", "grid": "#4B5563", "series": "#0B4F9C"}
        self._shown: BarChart | None = None

    def _colour_property(key: str) -> Property:  # type: ignore[misc]  # noqa: N805
        def get(self: ReportChart) -> str:
            return self._colours[key]

        def put(self: ReportChart, value: str) -> None:
            if self._colours.get(key) != value:
                self._colours[key] = value
                self._redraw()

        return Property(str, get, put)

    # Qt property names, set by the style sheet (qproperty-chartText): Qt's camelCase.
    chartText = _colour_property("text")  # noqa: N815
    chartSurface = _colour_property("surface")  # noqa: N815
    chartGrid = _colour_property("grid")  # noqa: N815
    chartSeries = _colour_property("series")  # noqa: N815  # comma-separated, one per series

    def show_chart(self, chart: BarChart) -> None:
        self._shown = chart
        self._redraw()

    def shown(self) -> BarChart | None:
        return self._shown

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._redraw()  # large text: larger labels

    def _redraw(self) -> None:
        if self._shown is None:
            return
        spec = self._shown
        text = QColor(self._colours["text"])
        grid = QColor(self._colours["grid"])
        colours = [QColor(c.strip()) for c in self._colours["series"].split(",") if c.strip()]
        font = QFont(self.font())
        font.setPixelSize(max(24, round((self.font().pixelSize() or 44) * LABEL_SHARE)))
        series = QStackedBarSeries() if spec.stacked else QBarSeries()
        for index, (name, values) in enumerate(spec.series):
            bar = QBarSet(name)
            bar.append([float(v) for v in values])
            colour = colours[index % len(colours)] if colours else text
            bar.setBrush(QBrush(colour, PATTERNS[index % len(PATTERNS)]))
            bar.setPen(QPen(text, 2))
            bar.setLabelColor(text)
            bar.setLabelFont(font)
            series.append(bar)
        series.setLabelsVisible(not spec.stacked and len(spec.categories) <= 12)
        # Above the bar, on the chart's surface: inside, dark digits on a dark bar could not be read.
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart = QChart()
        chart.addSeries(series)
        chart.setBackgroundBrush(QBrush(QColor(self._colours["surface"])))
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(8, 8, 8, 8))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        categories = QBarCategoryAxis()
        categories.append(list(spec.categories))
        categories.setTitleText(spec.category_title)
        values = QValueAxis()
        if spec.stacked:
            top = max((sum(column) for column in zip(*(v for _, v in spec.series), strict=True)), default=0)
        else:
            top = max((max(v, default=0) for _, v in spec.series), default=0)
        step = tick_step(top)
        values.setRange(0, step * (int(top // step) + 1))
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        values.setTickInterval(step)
        values.setLabelFormat("%d" if step >= 1 else "%.1f")
        values.setTitleText(spec.value_title)
        for axis, where in ((categories, Qt.AlignmentFlag.AlignBottom), (values, Qt.AlignmentFlag.AlignLeft)):
            axis.setLabelsFont(font)
            axis.setLabelsColor(text)
            axis.setTitleFont(font)
            axis.setTitleBrush(QBrush(text))
            axis.setLinePen(QPen(grid, 2))
            axis.setGridLinePen(QPen(grid, 1, Qt.PenStyle.DotLine))
            chart.addAxis(axis, where)
            series.attachAxis(axis)
        legend = chart.legend()
        legend.setVisible(len(spec.series) > 1)
        legend.setFont(font)
        legend.setLabelColor(text)
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        old = self.chart()
        self.setChart(chart)
        self.setBackgroundBrush(QBrush(QColor(self._colours["surface"])))
        if old is not None:
            old.deleteLater()  # setChart does not delete the chart it replaces
