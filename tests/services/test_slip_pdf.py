"""Slips rendered to PDF decode, with real decoders, to exactly the configured address."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import default_config
from kiosk.domain.links import link_slip
from kiosk.domain.slip import Slip
from kiosk.services.links import station_links
from kiosk.services.printing import PrintProblem, PrintService, PrintStatus
from kiosk.services.slip_render import PAPERS
from tests.helpers.qr_decode import pdf_page_size_pt, pdf_to_pngs, pdf_words, zbar_decode, zxing_decode

MM_PER_PT = 25.4 / 72
LONG_URL = "https://etax.seoul.go.kr/jsp/WebMain.jsp?" + "&".join(f"param{i}=value{i:03d}" for i in range(14))
KOREAN_URL = "https://www.seocho.go.kr/세무/지방세 환급?항목=재산세&구=서초"
KOREAN_URI = (
    "https://www.seocho.go.kr/%EC%84%B8%EB%AC%B4/%EC%A7%80%EB%B0%A9%EC%84%B8%20%ED%99%98%EA%B8%89"
    "?%ED%95%AD%EB%AA%A9=%EC%9E%AC%EC%82%B0%EC%84%B8&%EA%B5%AC=%EC%84%9C%EC%B4%88"
)


def _save(service: PrintService, slip: Slip, paper: str, path: Path) -> Path:
    result = service.save_pdf(slip, path, PAPERS[paper])
    assert result.status is PrintStatus.PRINTED, result.reason
    return path


def _decoded(pdf: Path) -> tuple[list[str], list[str]]:
    (png,) = pdf_to_pngs(pdf)
    return zbar_decode(png), zxing_decode(png)


@pytest.mark.parametrize("paper", ["80mm", "58mm", "a4"])
@pytest.mark.parametrize("language", ["ko", "en"])
def test_every_link_slip_decodes_to_its_configured_url(
    no_printer: PrintService, clock: object, tmp_path: Path, paper: str, language: str
) -> None:
    catalogue = station_links(default_config())
    link = catalogue.find("consultation")
    slip = link_slip(link, catalogue, language, no_printer.clock.now())
    pdf = _save(no_printer, slip, paper, tmp_path / f"{paper}.pdf")
    assert _decoded(pdf) == ([default_config().station.consultation_room_url],) * 2
    text = pdf_words(pdf)
    assert link.label.text(language) in text
    assert "2026-12-01 10:30" in text
    assert catalogue.footer.text(language) in text


def test_all_shipped_links_decode_on_80mm(no_printer: PrintService, tmp_path: Path) -> None:
    catalogue = station_links(default_config())
    for link in catalogue.links:
        pdf = _save(
            no_printer,
            link_slip(link, catalogue, "ko", no_printer.clock.now()),
            "80mm",
            tmp_path / f"{link.name}.pdf",
        )
        assert _decoded(pdf) == ([link.url], [link.url])


@pytest.mark.parametrize("paper", ["80mm", "58mm", "a4"])
def test_long_url_decodes_on_every_paper(no_printer: PrintService, tmp_path: Path, paper: str) -> None:
    assert len(LONG_URL) > 250
    pdf = _save(no_printer, Slip("긴 주소", ["Long address"], LONG_URL), paper, tmp_path / "long.pdf")
    assert _decoded(pdf) == ([LONG_URL], [LONG_URL])


@pytest.mark.parametrize("paper", ["80mm", "58mm", "a4"])
def test_korean_url_decodes_percent_encoded(no_printer: PrintService, tmp_path: Path, paper: str) -> None:
    slip = Slip("세무 안내", ["환급 안내"], KOREAN_URL, qr_caption=KOREAN_URL)
    pdf = _save(no_printer, slip, paper, tmp_path / "korean.pdf")
    assert _decoded(pdf) == ([KOREAN_URI], [KOREAN_URI])


def test_text_lines_and_label_value_pairs_are_in_the_pdf(no_printer: PrintService, tmp_path: Path) -> None:
    slip = Slip(
        "상담 예약 확인",
        ["서초구청 세무과", ("전화", "010-****-5678"), ("일시", "2026-12-09 (수) 10:20")],
        "https://zep.us/play/seocho-tax-station?room=consultation",
        footer="예약은 저장되었습니다",
    )
    text = pdf_words(_save(no_printer, slip, "58mm", tmp_path / "booking.pdf"))
    for expected in (
        "상담 예약 확인",
        "서초구청 세무과",
        "전화",
        "010-****-5678",
        "2026-12-09 (수) 10:20",
        "저장되었습니다",
    ):
        assert expected in text


def test_receipt_page_is_as_long_as_its_content_and_a4_is_a4(
    no_printer: PrintService, tmp_path: Path
) -> None:
    short = _save(no_printer, Slip("번호표", ["A-017"]), "80mm", tmp_path / "short.pdf")
    tall = _save(
        no_printer, Slip("번호표", ["A-017"] * 12, "https://etax.seoul.go.kr"), "80mm", tmp_path / "tall.pdf"
    )
    a4 = _save(no_printer, Slip("번호표", ["A-017"]), "a4", tmp_path / "a4.pdf")
    short_w, short_h = pdf_page_size_pt(short)
    tall_h = pdf_page_size_pt(tall)[1]
    assert round(short_w * MM_PER_PT) == 80
    assert 20 < short_h * MM_PER_PT < 40
    assert tall_h > short_h + 44 / MM_PER_PT  # the QR code alone is 44 mm
    assert tuple(round(v * MM_PER_PT) for v in pdf_page_size_pt(a4)) == (210, 297)


def test_long_a4_slip_continues_on_a_second_page(no_printer: PrintService, tmp_path: Path) -> None:
    lines = [f"점검 항목 {i:02d}: 환급 신청 서류를 확인하세요" for i in range(60)]
    pdf = _save(no_printer, Slip("환급 점검표", lines), "a4", tmp_path / "checklist.pdf")
    assert len(pdf_to_pngs(pdf)) == 2
    text = pdf_words(pdf)
    assert "점검 항목 00" in text and "점검 항목 59" in text


def test_too_long_url_is_a_clear_failure_not_a_crash(no_printer: PrintService, tmp_path: Path) -> None:
    url = "https://etax.seoul.go.kr/x?" + "a" * 600
    result = no_printer.save_pdf(Slip("t", [], url), tmp_path / "x.pdf", PAPERS["58mm"])
    assert result.status is PrintStatus.FAILED
    assert result.problem is PrintProblem.SLIP_UNPRINTABLE
    assert "too long for a QR code on 58mm paper: 627 characters" in result.reason
    assert not (tmp_path / "x.pdf").exists()
    # A4 allows larger codes (modules still 0.5 mm or more), so the same address prints there.
    assert no_printer.save_pdf(Slip("t", [], url), tmp_path / "a4.pdf", PAPERS["a4"]).printed
