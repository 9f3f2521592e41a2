"""Guide content: refund guide, FAQ search, booth cards, malformed entries."""

from pathlib import Path

from kiosk.domain.guide import load_guide


def test_shipped_guide_loads_without_problems() -> None:
    guide = load_guide()
    assert guide.problems == ()
    assert guide.refund is not None
    assert guide.refund.time_limit_years == 5
    assert len(guide.refund.checklist) >= 4
    assert {s.id for s in guide.refund.sections} >= {"how_to_claim", "what_to_bring"}
    assert {b.kind for b in guide.booths} == {"information", "promotion"}


def test_every_faq_category_has_entries() -> None:
    guide = load_guide()
    for category in guide.faq_categories:
        assert guide.faqs_in(category.id), category.id


def test_choseong_search_finds_the_car_tax_faq() -> None:
    ids = [faq.id for faq in load_guide().search_faq("ㅈㄷㅊ")]
    assert "car_prepayment" in ids


def test_english_search_within_a_category() -> None:
    guide = load_guide()
    assert [faq.id for faq in guide.search_faq("REFUND", "refund")] == ["refund_how"]


def test_malformed_faq_names_file_and_line_and_the_rest_loads(tmp_path: Path) -> None:
    path = tmp_path / "guide.toml"
    path.write_text(
        """\
[refund]
title = { ko = "환급", en = "Refunds" }
intro = { ko = "소개", en = "Intro" }
time_limit_years = 5
time_limit = { ko = "5년", en = "Five years" }
legal_basis = "지방세기본법 제64조"

[[faq_category]]
id = "payment"
name = { ko = "납부", en = "Paying" }

[[faq]]
id = "no_english"
category = "payment"
question = { ko = "어디서 내나요?" }
answer = { ko = "ETAX", en = "ETAX" }

[[faq]]
id = "fine"
category = "payment"
question = { ko = "카드 수수료?", en = "Card fee?" }
answer = { ko = "없음", en = "None" }

[[faq]]
id = "unknown_category"
category = "weather"
question = { ko = "비?", en = "Rain?" }
answer = { ko = "모름", en = "No idea" }
""",
        encoding="utf-8",
    )
    guide = load_guide(path)
    assert [faq.id for faq in guide.faqs] == ["fine"]
    assert [(p.line, p.reason) for p in guide.problems] == [
        (12, "'question' needs both a Korean ('ko') and English ('en') text"),
        (24, "faq 'unknown_category': unknown category 'weather'"),
    ]
    assert str(guide.problems[0]).startswith(f"{path}:12:")
    assert guide.refund is not None


def test_guide_with_a_syntax_error_still_loads_the_other_entries(tmp_path: Path) -> None:
    path = tmp_path / "guide.toml"
    path.write_text(
        """\
[[faq_category]]
id = "payment"
name = { ko = "납부", en = "Paying" }

[[booth]]
id = "broken"
kind = "information"
title = { ko = "제목", en = "Title" ]

[[booth]]
id = "ok"
kind = "promotion"
title = { ko = "제목", en = "Title" }
body = { ko = "본문", en = "Body" }
""",
        encoding="utf-8",
    )
    guide = load_guide(path)
    assert [b.id for b in guide.booths] == ["ok"]
    assert [c.id for c in guide.faq_categories] == ["payment"]
    lines = [p.line for p in guide.problems]
    assert 8 in lines  # the broken inline table
    assert None in lines  # and the missing [refund] table is reported too
