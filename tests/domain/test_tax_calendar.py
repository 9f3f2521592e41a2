"""The local tax calendar: real due dates for several years, due now / next, the content itself."""

from datetime import date
from pathlib import Path

import pytest

from kiosk.domain.tax_calendar import DuePeriod, TaxCalendar, load_tax_calendar


@pytest.fixture(scope="module")
def calendar() -> TaxCalendar:
    return load_tax_calendar()


def period(calendar: TaxCalendar, tax_id: str, year: int) -> DuePeriod:
    return next(p for p in calendar.periods(year) if p.tax_id == tax_id)


def test_shipped_calendar_has_no_problems(calendar: TaxCalendar) -> None:
    assert calendar.problems == ()
    assert calendar.due_rule_basis.startswith("지방세기본법 제24조")


def test_every_regular_tax_is_in_the_calendar(calendar: TaxCalendar) -> None:
    ids = {p.tax_id for p in calendar.periods(2027)}
    assert {
        "registration_licence_tax",
        "car_tax_prepayment_january",
        "car_tax_prepayment_march",
        "car_tax_prepayment_june",
        "car_tax_prepayment_september",
        "car_tax_first_half",
        "car_tax_second_half",
        "property_tax_first_half",
        "property_tax_second_half",
        "resident_tax_individual",
        "resident_tax_business",
        "local_income_tax_individual",
        "local_income_tax_corporate",
    } <= ids
    assert [r.id for r in calendar.rules()] == ["acquisition_tax"]


def test_every_entry_cites_a_legal_basis(calendar: TaxCalendar) -> None:
    for tax in calendar.taxes:
        assert "법" in tax.legal_basis, tax.id
        assert tax.pay_by, tax.id


def test_property_tax_first_half_2027_ends_on_saturday_and_moves_to_monday(calendar: TaxCalendar) -> None:
    p = period(calendar, "property_tax_first_half", 2027)
    assert (p.start, p.statutory_due, p.due) == (date(2027, 7, 16), date(2027, 7, 31), date(2027, 8, 2))
    assert p.move_reason() == "토요일"


@pytest.mark.parametrize(
    ("tax_id", "year", "statutory", "due"),
    [
        ("property_tax_first_half", 2026, date(2026, 7, 31), date(2026, 7, 31)),  # Friday
        ("car_tax_first_half", 2024, date(2024, 6, 30), date(2024, 7, 1)),  # Sunday
        ("car_tax_second_half", 2028, date(2028, 12, 31), date(2029, 1, 2)),  # Sunday, then 신정 1 Jan
        ("local_income_tax_individual", 2026, date(2026, 5, 31), date(2026, 6, 1)),  # Sunday
        ("resident_tax_individual", 2025, date(2025, 8, 31), date(2025, 9, 1)),  # Sunday
    ],
)
def test_due_dates_over_several_years(
    calendar: TaxCalendar, tax_id: str, year: int, statutory: date, due: date
) -> None:
    p = period(calendar, tax_id, year)
    assert (p.statutory_due, p.due) == (statutory, due)


def test_property_tax_second_half_on_chuseok_2031_moves_past_the_holidays(calendar: TaxCalendar) -> None:
    p = period(calendar, "property_tax_second_half", 2031)
    assert p.statutory_due == date(2031, 9, 30)
    assert p.due == date(2031, 10, 6)
    assert p.move_reason() == "추석 전날"


def test_property_tax_second_half_2020_matches_what_was_published(calendar: TaxCalendar) -> None:
    # Chuseok 2020 ran 9/30-10/2, then 개천절 on Saturday: the published deadline was 5 October.
    assert period(calendar, "property_tax_second_half", 2020).due == date(2020, 10, 5)


def test_january_periods_on_seollal_2033(calendar: TaxCalendar) -> None:
    p = period(calendar, "registration_licence_tax", 2033)
    assert p.due == date(2033, 2, 3)
    assert p.move_reason() == "설날"


def test_due_now_in_the_middle_of_july(calendar: TaxCalendar) -> None:
    now = calendar.due_now(date(2027, 7, 20))
    assert [p.tax_id for p in now] == ["property_tax_first_half"]
    assert now[0].days_left(date(2027, 7, 20)) == 13


def test_due_now_includes_the_moved_days(calendar: TaxCalendar) -> None:
    # 1 August 2027 is past the statutory last day but before the moved due date.
    assert "property_tax_first_half" in [p.tax_id for p in calendar.due_now(date(2027, 8, 1))]
    assert "property_tax_first_half" not in [p.tax_id for p in calendar.due_now(date(2027, 8, 3))]


def test_december_period_moved_into_january_is_due_now_in_january(calendar: TaxCalendar) -> None:
    assert [p.tax_id for p in calendar.due_now(date(2029, 1, 2))] == ["car_tax_second_half"]


def test_next_due_across_the_year_end(calendar: TaxCalendar) -> None:
    upcoming = calendar.next_due(date(2027, 12, 20))
    assert {p.tax_id for p in upcoming} == {"registration_licence_tax", "car_tax_prepayment_january"}
    assert all(p.start == date(2028, 1, 16) for p in upcoming)


def test_next_due_lists_both_june_car_tax_periods(calendar: TaxCalendar) -> None:
    assert {p.tax_id for p in calendar.next_due(date(2027, 6, 1))} == {
        "car_tax_first_half",
        "car_tax_prepayment_june",
    }


def test_in_month_lists_periods_touching_the_month(calendar: TaxCalendar) -> None:
    ids = [p.tax_id for p in calendar.in_month(2027, 8)]
    assert ids == ["property_tax_first_half", "resident_tax_business", "resident_tax_individual"]


def test_prepayment_discount_by_year(calendar: TaxCalendar) -> None:
    assert calendar.discount_for(2020).rate_percent == 10.0
    assert calendar.discount_for(2023).rate_percent == 7.0
    assert calendar.discount_for(2024).rate_percent == 5.0
    assert calendar.discount_for(2040) is None


# ---------------------------------------------------------------- facts checked against public sources
# (facts/local-tax.md): one test per fact, each also pinning its legal basis, source and `verified`.


def test_prepayment_discount_2026_is_5_percent_verified_with_its_source(calendar: TaxCalendar) -> None:
    rate = calendar.discount_for(2026)
    assert rate is not None and rate.rate_percent == 5.0 and rate.verified
    assert "제125조" in rate.legal_basis
    assert "news1" in rate.source and "SBS 2026-01-29" in rate.source


def test_no_prepayment_discount_is_guessed_for_2027(calendar: TaxCalendar) -> None:
    assert calendar.discount_for(2027) is None


def test_wetax_is_accepted_for_seoul_local_taxes_alongside_etax(calendar: TaxCalendar) -> None:
    channels = {c.id: c for c in calendar.channels}
    assert channels["wetax"].verified and channels["wetax"].url == "https://www.wetax.go.kr"
    assert "not Wetax" not in channels["etax"].how.en and "위택스가 아니라" not in channels["etax"].how.ko
    for tax in calendar.taxes:
        assert channels["wetax"] in tax.pay_by, tax.id


def test_acquisition_tax_on_gifts_is_due_three_months_from_the_end_of_the_month(
    calendar: TaxCalendar,
) -> None:
    tax = calendar.tax("acquisition_tax")
    assert tax.rule is not None and tax.verified
    assert "60일" in tax.rule.ko and "60 days" in tax.rule.en
    assert "부담부증여" in tax.rule.ko and "말일부터 3개월(2023년부터)" in tax.rule.ko
    assert "three months from the end of the month of acquisition (since 2023)" in tax.rule.en
    assert "6개월" in tax.rule.ko and "9개월" in tax.rule.ko
    assert tax.legal_basis.startswith("지방세법 제20조 제1항")


def test_individual_local_income_tax_cites_article_95(calendar: TaxCalendar) -> None:
    tax = calendar.tax("local_income_tax_individual")
    assert tax.legal_basis.startswith("지방세법 제95조") and tax.verified
    assert "103조의5" not in tax.legal_basis
    assert period(calendar, "local_income_tax_individual", 2027).due == date(2027, 5, 31)


def test_businesses_under_diligent_filing_check_have_until_30_june(calendar: TaxCalendar) -> None:
    certified = period(calendar, "local_income_tax_individual_certified", 2027)
    assert (certified.start, certified.due) == (date(2027, 5, 1), date(2027, 6, 30))
    assert certified.tax.legal_basis.startswith("지방세법 제95조") and certified.tax.verified
    assert "성실신고확인" in certified.tax.name.ko
    # 30 June 2029 is a Saturday: the rule moves it to Monday 2 July.
    assert period(calendar, "local_income_tax_individual_certified", 2029).due == date(2029, 7, 2)


@pytest.mark.parametrize("tax_id", ["property_tax_first_half", "property_tax_second_half"])
def test_property_tax_buyer_is_liable_for_a_sale_completed_on_1_june(
    calendar: TaxCalendar, tax_id: str
) -> None:
    tax = calendar.tax(tax_id)
    assert "6월 1일 당일까지" in tax.who.ko and "on or before 1 June" in tax.who.en
    assert "제114조" in tax.legal_basis and tax.verified


def test_january_2026_deadlines_were_extended_to_4_february(calendar: TaxCalendar) -> None:
    for tax_id in ("car_tax_prepayment_january", "registration_licence_tax"):
        p = period(calendar, tax_id, 2026)
        assert (p.statutory_due, p.rule_due, p.due) == (date(2026, 1, 31), date(2026, 2, 2), date(2026, 2, 4))
        assert p.moved and p.extended
        assert p.extension is not None and "news1 6054689" in (p.extension.source or "")
        assert "위택스 장애" in p.extension.reason.ko and "Wetax outage" in p.extension.reason.en
    # Only 2026: the same taxes of 2027 keep the rule's day.
    assert not period(calendar, "car_tax_prepayment_january", 2027).extended


def test_the_due_date_rule_is_verified_and_names_labour_day(calendar: TaxCalendar) -> None:
    assert calendar.due_rule_note is not None and "노동절" in calendar.due_rule_note.ko


def test_every_verified_entry_names_its_source(calendar: TaxCalendar) -> None:
    for tax in calendar.taxes:
        assert tax.source.startswith("facts/local-tax.md"), tax.id
    for rate in calendar.discounts:
        assert rate.verified and "[V]" in rate.source, rate.from_year


EXTENSION = """
[[due_date_extension]]
tax_id = "good"
year = 2027
new_due = {new_due}
reason = {{ ko = "장애", en = "Outage" }}
source = "test"
"""


@pytest.mark.parametrize(
    ("new_due", "message"),
    [
        ("2027-07-30", "must be after the rule's last day, 2027-08-02"),  # before the moved day
        ("2027-08-02", "must be after the rule's last day"),
        ("2028-03-01", "within 183 days"),
        ('"soon"', "'new_due' must be a date"),
    ],
)
def test_a_bad_extension_in_the_file_is_reported_and_left_out(
    tmp_path: Path, new_due: str, message: str
) -> None:
    path = tmp_path / "tax_calendar.toml"
    path.write_text(BROKEN_ENTRY + EXTENSION.format(new_due=new_due), encoding="utf-8")
    calendar = load_tax_calendar(path)
    assert calendar.extensions == ()
    assert any(message in str(problem) for problem in calendar.problems), calendar.problems
    assert period(calendar, "good", 2027).due == date(2027, 8, 2)


def test_an_extension_in_the_file_moves_the_last_day(tmp_path: Path) -> None:
    path = tmp_path / "tax_calendar.toml"
    path.write_text(BROKEN_ENTRY + EXTENSION.format(new_due="2027-08-09"), encoding="utf-8")
    p = period(load_tax_calendar(path), "good", 2027)
    assert (p.rule_due, p.due, p.extended) == (date(2027, 8, 2), date(2027, 8, 9), True)


BROKEN_ENTRY = """\
schema = 1

[due_date_rule]
legal_basis = "지방세기본법 제24조 제1항"

[[payment_channel]]
id = "etax"
name = { ko = "ETAX", en = "ETAX" }
how = { ko = "인터넷", en = "Online" }
verified = false

[[tax]]
id = "good"
name = { ko = "좋은 세금", en = "Good tax" }
start = "07-16"
end = "07-31"
who = { ko = "누구", en = "Who" }
what_for = { ko = "무엇", en = "What" }
pay_by = ["etax"]
late = { ko = "늦으면", en = "Late" }
legal_basis = "지방세법"
source = "test"
verified = false

[[tax]]
id = "bad_date"
name = { ko = "나쁜 세금", en = "Bad tax" }
start = "07-16"
end = "02-30"
who = { ko = "누구", en = "Who" }
what_for = { ko = "무엇", en = "What" }
pay_by = ["etax"]
late = { ko = "늦으면", en = "Late" }
legal_basis = "지방세법"
source = "test"
verified = false
"""


def test_schema_error_names_file_and_line_and_the_rest_loads(tmp_path: Path) -> None:
    path = tmp_path / "tax_calendar.toml"
    path.write_text(BROKEN_ENTRY, encoding="utf-8")
    calendar = load_tax_calendar(path)
    assert [t.id for t in calendar.taxes] == ["good"]
    (problem,) = calendar.problems
    assert problem.line == 25  # the entry's [[tax]] header
    assert str(problem).startswith(f"{path}:25: 'end' must be a month and day")


def test_toml_syntax_error_names_the_line_and_the_rest_loads(tmp_path: Path) -> None:
    path = tmp_path / "tax_calendar.toml"
    broken = BROKEN_ENTRY.replace('end = "02-30"', 'end = "07-31').replace('id = "bad_date"', 'id = "typo"')
    path.write_text(broken, encoding="utf-8")
    calendar = load_tax_calendar(path)
    assert [t.id for t in calendar.taxes] == ["good"]
    (problem,) = calendar.problems
    assert problem.line == 29  # the line with the unterminated string
    assert "not valid TOML" in str(problem)
    assert str(path) in str(problem)


def test_unknown_payment_channel_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "tax_calendar.toml"
    path.write_text(BROKEN_ENTRY.replace('pay_by = ["etax"]', 'pay_by = ["pigeon"]', 1), encoding="utf-8")
    calendar = load_tax_calendar(path)
    assert [t.id for t in calendar.taxes] == []
    assert "unknown payment channel 'pigeon'" in str(calendar.problems[0])
    assert calendar.problems[0].line == 12


def test_the_move_reason_is_given_in_the_screen_language(calendar: TaxCalendar) -> None:
    p = period(calendar, "property_tax_first_half", 2027)
    assert (p.move_reason("ko"), p.move_reason("en")) == ("토요일", "Saturday")
