"""Statute citations on English screens carry no Korean (accessibility K26)."""

from __future__ import annotations

import re
import tomllib

from kiosk import paths
from kiosk.domain.legal_citation import citation_in, citation_in_english

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def test_act_article_and_paragraph_are_translated() -> None:
    assert citation_in_english("지방세법 제128조 제3항, 같은 법 시행령 제125조") == (
        "Local Tax Act Art. 128(3), its Enforcement Decree Art. 125"
    )
    assert citation_in_english("지방세특례제한법 제92조의2 (자동이체 등 납부에 대한 세액공제)") == (
        "Restriction of Special Local Taxation Act Art. 92-2"
    )
    assert citation_in_english("지방세기본법 제60조 (환급), 제62조 (환급가산금)") == (
        "Framework Act on Local Taxes Art. 60, Art. 62"
    )


def test_korean_screens_keep_the_citation_as_written() -> None:
    assert citation_in("지방세법 제35조", "ko") == "지방세법 제35조"


def test_every_citation_in_the_content_files_comes_out_without_korean() -> None:
    found = []
    for name in ("guide.toml", "tax_calendar.toml"):
        text = (paths.project_root() / "resources" / "content" / name).read_text(encoding="utf-8")
        found += re.findall(r'legal_basis = "([^"]+)"', text)
        tomllib.loads(text)  # the file itself is valid
    assert len(found) > 10
    assert [c for c in found if HANGUL.search(citation_in_english(c))] == []
