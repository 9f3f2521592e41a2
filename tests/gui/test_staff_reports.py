"""Staff's usage report as charts on a real window and database: the figures drawn, the chart chosen by
its button, the period, and the CSV saved for the district (0600)."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCharts import QBarSeries, QStackedBarSeries
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.gui.screens.staff_reports import StaffReportsScreen, day_labels
from kiosk.gui.widgets.report_chart import tick_step
from tests.helpers.kiosk_window import TEST_START, make_window


def _report(qtbot: QtBot, database_url: str) -> StaffReportsScreen:
    window = make_window(database_url)
    qtbot.addWidget(window)
    window.show()
    window.set_language("en")
    for route in ("qr", "qr", "schedule"):
        window.context.staff.usage.record(route)
    window.context.staff.session.sign_in()
    window.navigator.go("staff_reports")
    report = window.navigator.current_screen
    assert isinstance(report, StaffReportsScreen)
    return report


def test_menu_use_by_day_is_a_stacked_chart_of_the_menus_by_their_names(
    qtbot: QtBot, database_url: str
) -> None:
    report = _report(qtbot, database_url)
    shown = report.chart.shown()
    assert shown is not None and shown.stacked
    # Menus by the names residents know them (K26), most used first; today is the last bar.
    assert [name for name, _ in shown.series] == ["Metaverse QR codes", "Local tax schedule"]
    assert [values[-1] for _, values in shown.series] == [2.0, 1.0]
    assert isinstance(report.chart.chart().series()[0], QStackedBarSeries)
    assert report.summary.text() == "Most used: Metaverse QR codes (2 taps). All menus: 3 taps."
    assert report.chart_buttons["menus"].isChecked() and report.period_buttons[30].isChecked()
    report.context.database.dispose()


def test_each_button_shows_its_chart_and_the_period_buttons_choose_the_days(
    qtbot: QtBot, database_url: str
) -> None:
    report = _report(qtbot, database_url)
    qtbot.mouseClick(report.chart_buttons["outcomes"], Qt.MouseButton.LeftButton)
    shown = report.chart.shown()
    assert shown is not None
    assert shown.categories == ("Attended", "No-show", "Cancelled", "Not yet marked")
    assert isinstance(report.chart.chart().series()[0], QBarSeries)
    assert report.chart_buttons["outcomes"].isChecked() and not report.chart_buttons["menus"].isChecked()
    qtbot.mouseClick(report.chart_buttons["hours"], Qt.MouseButton.LeftButton)
    shown = report.chart.shown()
    hour = TEST_START.hour
    assert shown is not None and shown.series[0][1][shown.categories.index(str(hour))] == 3.0
    assert report.summary.text() == f"Busiest hour: {hour}:00 to {hour + 1}:00 (3 taps)."
    qtbot.mouseClick(report.chart_buttons["queue"], Qt.MouseButton.LeftButton)
    assert report.summary.text() == "No queue numbers were handed out in this period."
    qtbot.mouseClick(report.period_buttons[7], Qt.MouseButton.LeftButton)
    assert report.figures is not None and (report.figures.last - report.figures.first).days == 6
    assert report.period_buttons[7].isChecked() and not report.period_buttons[30].isChecked()
    report.context.database.dispose()


def test_the_csv_is_saved_for_staff_only_and_the_screen_says_where(
    qtbot: QtBot, database_url: str, tmp_path: Path
) -> None:
    report = _report(qtbot, database_url)
    report.reports.export_dir = tmp_path / "exports"
    qtbot.mouseClick(report.export_button, Qt.MouseButton.LeftButton)
    [saved] = list((tmp_path / "exports").iterdir())
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert str(saved) in report.message.text() and report.message.text().startswith("✓")
    assert "menu_use" in saved.read_text(encoding="utf-8-sig")
    report.context.database.dispose()


def test_a_folder_that_cannot_be_written_is_said_and_nothing_breaks(
    qtbot: QtBot, database_url: str, tmp_path: Path
) -> None:
    report = _report(qtbot, database_url)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    report.reports.export_dir = blocked / "exports"
    qtbot.mouseClick(report.export_button, Qt.MouseButton.LeftButton)
    assert report.message.text().startswith("✕ The figures could not be written to")
    report.context.database.dispose()


def test_day_labels_and_ticks_stay_readable() -> None:
    from datetime import date, timedelta

    week = [date(2026, 11, 30) + timedelta(days=n) for n in range(7)]
    assert day_labels(week) == ["11/30", "12/1", "12/2", "12/3", "12/4", "12/5", "12/6"]
    quarter = [date(2026, 9, 3) + timedelta(days=n) for n in range(91)]
    labels = day_labels(quarter)
    assert len(set(labels)) == 91  # Qt needs distinct categories
    assert [label for label in labels if label.strip("\u200b")][:2] == ["9/7", "9/14"]  # Mondays only
    assert [tick_step(top) for top in (0, 5, 6, 24, 26, 120)] == [1, 1, 2, 5, 10, 50]
