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


# ---------------------------------------------------------------- facts checked against public sources


def test_the_payment_tip_says_wetax_works_alongside_etax() -> None:
    guide = load_guide()
    tips = {tip.id: tip for tip in guide.payment_tips}
    assert "seoul_uses_etax" not in tips
    tip = tips["seoul_etax_or_wetax"]
    assert "위택스" in tip.body.ko and "ETAX" in tip.body.ko and "둘 다 됩니다" in tip.body.ko
    assert "Wetax" in tip.body.en and "not on Wetax" not in tip.body.en
    where = {faq.id: faq for faq in guide.faqs}["where_to_pay"]
    assert "위택스" in where.answer.ko and "Wetax" in where.answer.en


def test_a_home_sold_on_1_june_itself_is_the_buyers_to_pay_for() -> None:
    answer = {faq.id: faq for faq in load_guide().faqs}["property_sold_june"].answer
    assert "6월 1일 당일이나 그 전에 잔금을 치렀다면 산 사람이" in answer.ko
    assert "on or before 1 June (1 June itself included)" in answer.en


def test_the_deadline_tip_names_labour_day_and_extensions() -> None:
    tip = {tip.id: tip for tip in load_guide().payment_tips}["deadline_moves"]
    assert "노동절" in tip.body.ko and "연장" in tip.body.ko


def test_the_prepayment_faq_gives_the_2026_rate() -> None:
    answer = {faq.id: faq for faq in load_guide().faqs}["car_prepayment"].answer
    assert "2026년 공제율은 5%" in answer.ko and "5 % of the February-December tax in 2026" in answer.en


def test_the_station_is_called_tax_station_in_korean() -> None:
    # 서초 택스테이션 (facts/station.md): no content file calls it 세무스테이션.
    from kiosk import paths

    for path in paths.content_dir().glob("*.toml"):
        assert "세무스테이션" not in path.read_text(encoding="utf-8"), path.name
