"""The booklet PDF: pages, Korean text, this year's moved due dates."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PySide6.QtPdf import QPdfDocument

from kiosk.domain.booklet import load_booklet
from kiosk.domain.tax_calendar import load_tax_calendar
from kiosk.services.booklet import write_booklet


def test_booklet_has_a_cover_the_pages_and_a_calendar(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    content = load_booklet()
    assert content.problems == ()
    pdf = write_booklet(tmp_path / "out" / "booklet.pdf", 2027, content, load_tax_calendar())
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    assert document.pageCount() == len(content.pages) + 2
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "지방세 알아두면 도움되는 상식" in text
    assert "Local Tax Knowledge That Is Helpful to Know" in text
    # The calendar page shows property tax 2027 due on Monday 2 August (moved from Saturday). After the
    # main window has styled the application, pdftotext loses the ASCII punctuation of these lines
    # and some spaces of these lines (the page still shows them), so only letters and digits are compared.
    assert "716금82월재산세1기분" in re.sub(r"\W", "", text)
    assert not (tmp_path / "out" / "booklet.part.pdf").exists()
