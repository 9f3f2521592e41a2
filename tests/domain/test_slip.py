from datetime import datetime

import pytest

from kiosk.domain.clock import SEOUL
from kiosk.domain.links import Bilingual, Link, LinkCatalogue, link_slip
from kiosk.domain.slip import Slip


def test_lines_become_an_immutable_tuple_of_texts_and_pairs() -> None:
    slip = Slip("예약 확인", ["안내", ("전화", "010-****-5678")], footer="서초구청")
    assert slip.lines == ("안내", ("전화", "010-****-5678"))
    assert slip.text_lines() == ["예약 확인", "안내", "전화: 010-****-5678", "서초구청"]
    assert hash(slip) == hash(Slip("예약 확인", ("안내", ("전화", "010-****-5678")), footer="서초구청"))


def test_a_line_that_is_neither_text_nor_pair_is_refused() -> None:
    with pytest.raises(TypeError, match="label, value"):
        Slip("t", [("a", "b", "c")])  # type: ignore[list-item]


def test_link_slip_carries_label_explanation_url_and_time_in_the_language() -> None:
    link = Link(
        "etax", Bilingual("이택스", "ETAX"), Bilingual("납부", "Pay"), "https://etax.seoul.go.kr", "x", ""
    )
    catalogue = LinkCatalogue((link,), Bilingual("비추세요", "Scan"), Bilingual("키오스크", "Kiosk"))
    slip = link_slip(link, catalogue, "en", datetime(2026, 12, 1, 10, 5, tzinfo=SEOUL))
    assert slip.title == "ETAX"
    assert slip.lines == ("Pay", "Scan")
    assert slip.qr_payload == slip.qr_caption == "https://etax.seoul.go.kr"
    assert slip.footer == "Kiosk · 2026-12-01 10:05"
