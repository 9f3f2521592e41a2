"""The regular local tax calendar: which tax is due when in any year, with the real (moved) due date.

Content comes from `resources/content/tax_calendar.toml`; a broken entry is reported with its file and
line and left out, the rest still loads. Deadlines extended by hand (`DueExtension`) come from the file
and from staff's edits (kiosk.domain.content_overrides.apply_to_calendar).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk import paths
from kiosk.domain.content_file import (
    ContentError,
    Entry,
    LocalText,
    ParsedContent,
    optional_text,
    parse_content_file,
    require_bool,
    require_date,
    require_int,
    require_str,
    require_str_list,
    require_text,
)
from kiosk.domain.due_extensions import DueExtension, InvalidDueExtension, check_extension
from kiosk.domain.working_days import holiday_name, next_working_day

KINDS = ("period", "rule")


@dataclass(frozen=True)
class PaymentChannel:
    id: str
    name: LocalText
    how: LocalText
    url: str | None
    verified: bool


@dataclass(frozen=True)
class DiscountRate:
    """The car tax annual prepayment discount for the years `from_year`..`to_year`."""

    from_year: int
    to_year: int
    rate_percent: float
    legal_basis: str
    source: str
    verified: bool


@dataclass(frozen=True)
class TaxEntry:
    """One regular local tax (a yearly period) or a rule that is not a date (acquisition tax)."""

    id: str
    kind: str
    name: LocalText
    start: tuple[int, int] | None
    end: tuple[int, int] | None
    rule: LocalText | None
    who: LocalText
    what_for: LocalText
    pay_by: tuple[PaymentChannel, ...]
    late: LocalText
    has_discount: bool
    legal_basis: str
    source: str
    verified: bool
    line: int


@dataclass(frozen=True)
class DuePeriod:
    """One tax's payment period in one year: `due` is the real last day, the statutory one moved to a
    working day (`rule_due`) or, when the deadline was extended by hand, the extension's day."""

    tax: TaxEntry
    year: int
    start: date
    statutory_due: date
    due: date
    extension: DueExtension | None = None

    @property
    def tax_id(self) -> str:
        return self.tax.id

    @property
    def rule_due(self) -> date:
        """The last day by the rule alone (지방세기본법 제24조), before any extension."""
        return next_working_day(self.statutory_due)

    @property
    def moved(self) -> bool:
        """True when the weekend and holiday rule moved the statutory last day."""
        return self.rule_due != self.statutory_due

    @property
    def extended(self) -> bool:
        return self.extension is not None

    def move_reason(self, language: str = "ko") -> str | None:
        """Why the rule moved the due date (the holiday's name, or the weekday: 토요일/Saturday), in
        `language`, or None."""
        if not self.moved:
            return None
        saturday = self.statutory_due.weekday() == 5
        weekday = (
            ("토요일" if saturday else "일요일")
            if language == "ko"
            else ("Saturday" if saturday else "Sunday")
        )
        return holiday_name(self.statutory_due, language) or weekday

    def days_left(self, today: date) -> int:
        """Days from `today` to the due date (0 on the last day, negative when past)."""
        return (self.due - today).days

    def is_open(self, today: date) -> bool:
        return self.start <= today <= self.due


@dataclass(frozen=True)
class TaxCalendar:
    path: Path
    taxes: tuple[TaxEntry, ...]
    channels: tuple[PaymentChannel, ...]
    discounts: tuple[DiscountRate, ...]
    due_rule_basis: str
    due_rule_note: LocalText | None
    problems: tuple[ContentError, ...]
    extensions: tuple[DueExtension, ...] = ()

    def tax(self, tax_id: str) -> TaxEntry:
        for entry in self.taxes:
            if entry.id == tax_id:
                return entry
        raise KeyError(tax_id)

    def rules(self) -> list[TaxEntry]:
        """Taxes that are a rule rather than a date (acquisition tax)."""
        return [entry for entry in self.taxes if entry.kind == "rule"]

    def periods(self, year: int) -> list[DuePeriod]:
        """Every payment period of `year`, ordered by due date then start."""
        extended = {(e.tax_id, e.year): e for e in self.extensions}
        result = [
            _period(entry, year, extended.get((entry.id, year)))
            for entry in self.taxes
            if entry.kind == "period"
        ]
        return sorted(result, key=lambda p: (p.due, p.start, p.tax.id))

    def period(self, tax_id: str, year: int) -> DuePeriod:
        """The period of one tax in one year (KeyError for an unknown tax or a rule)."""
        for period in self.periods(year):
            if period.tax_id == tax_id:
                return period
        raise KeyError(tax_id)

    def discount_for(self, year: int) -> DiscountRate | None:
        """The prepayment discount recorded for `year`, or None when not (yet) known."""
        for rate in self.discounts:
            if rate.from_year <= year <= rate.to_year:
                return rate
        return None

    def due_now(self, today: date) -> list[DuePeriod]:
        """Periods open on `today` (started and not past their moved due date), soonest due first."""
        # A December period can be due in January when 31 December is not a working day.
        candidates = self.periods(today.year - 1) + self.periods(today.year)
        return sorted((p for p in candidates if p.is_open(today)), key=lambda p: (p.due, p.tax.id))

    def next_due(self, today: date) -> list[DuePeriod]:
        """The periods that open next after `today` (all that share the earliest start)."""
        later = [p for p in self.periods(today.year) + self.periods(today.year + 1) if p.start > today]
        if not later:
            return []
        first = min(p.start for p in later)
        return [p for p in later if p.start == first]

    def in_month(self, year: int, month: int) -> list[DuePeriod]:
        """Periods open on at least one day of the month (this month's list on the screen)."""
        first = date(year, month, 1)
        last = date(year + month // 12, month % 12 + 1, 1)
        candidates = self.periods(year - 1) + self.periods(year)
        return [p for p in candidates if p.start < last and p.due >= first]


def _period(entry: TaxEntry, year: int, extension: DueExtension | None) -> DuePeriod:
    assert entry.start is not None and entry.end is not None
    start = date(year, *entry.start)
    statutory_due = date(year, *entry.end)
    due = extension.new_due if extension else next_working_day(statutory_due)
    return DuePeriod(entry, year, start, statutory_due, due, extension)


def default_calendar_path() -> Path:
    return paths.content_dir() / "tax_calendar.toml"


def load_tax_calendar(path: Path | None = None) -> TaxCalendar:
    """Read and validate the calendar; broken entries are left out and listed in `problems`."""
    parsed = parse_content_file(path or default_calendar_path())
    channels = parsed.load_entries("payment_channel", _channel)
    by_id = {channel.id: channel for channel in channels}
    discounts = parsed.load_entries("car_tax_prepayment_discount", _discount)
    taxes = parsed.load_entries("tax", lambda p, e: _tax(p, e, by_id))
    _drop_duplicates(parsed, taxes)
    periods = {tax.id: tax for tax in taxes if tax.kind == "period"}
    extensions = parsed.load_entries("due_date_extension", lambda p, e: _extension(p, e, periods))
    basis, note = _due_rule(parsed)
    return TaxCalendar(
        parsed.path,
        tuple(taxes),
        tuple(channels),
        tuple(sorted(discounts, key=lambda d: d.from_year)),
        basis,
        note,
        tuple(parsed.problems),
        tuple(extensions),
    )


def _extension(parsed: ParsedContent, entry: Entry, periods: dict[str, TaxEntry]) -> DueExtension:
    tax_id = require_str(parsed, entry, "tax_id")
    if tax_id not in periods:
        raise ContentError(parsed.path, entry.line, f"due_date_extension: unknown tax '{tax_id}'")
    year = require_int(parsed, entry, "year")
    new_due = require_date(parsed, entry, "new_due")
    rule_due = _period(periods[tax_id], year, None).rule_due
    reason = require_text(parsed, entry, "reason")
    try:
        return check_extension(tax_id, year, rule_due, new_due, reason, require_str(parsed, entry, "source"))
    except InvalidDueExtension as err:
        raise ContentError(parsed.path, entry.line, f"due_date_extension of '{tax_id}': {err}") from None


def _drop_duplicates(parsed: ParsedContent, taxes: list[TaxEntry]) -> None:
    seen: set[str] = set()
    for entry in list(taxes):
        if entry.id in seen:
            parsed.problem(entry.line, f"tax id '{entry.id}' is used twice; this entry is left out")
            taxes.remove(entry)
        seen.add(entry.id)


def _due_rule(parsed: ParsedContent) -> tuple[str, LocalText | None]:
    table = parsed.table("due_date_rule")
    if table is None:
        parsed.problem(None, "missing [due_date_rule] with its legal_basis")
        return "", None
    try:
        return require_str(parsed, table, "legal_basis"), optional_text(parsed, table, "note")
    except ContentError as err:
        parsed.problems.append(err)
        return "", None


def _channel(parsed: ParsedContent, entry: Entry) -> PaymentChannel:
    url = entry.values.get("url")
    if url is not None and not (isinstance(url, str) and url.startswith(("http://", "https://"))):
        raise ContentError(parsed.path, entry.line, "'url' must be an http(s) address")
    return PaymentChannel(
        require_str(parsed, entry, "id"),
        require_text(parsed, entry, "name"),
        require_text(parsed, entry, "how"),
        url,
        require_bool(parsed, entry, "verified"),
    )


def _discount(parsed: ParsedContent, entry: Entry) -> DiscountRate:
    from_year, to_year = require_int(parsed, entry, "from_year"), require_int(parsed, entry, "to_year")
    rate = entry.values.get("rate_percent")
    if not isinstance(rate, int | float) or isinstance(rate, bool) or not 0 <= rate <= 100:
        raise ContentError(parsed.path, entry.line, "'rate_percent' must be a number from 0 to 100")
    if to_year < from_year:
        raise ContentError(parsed.path, entry.line, "'to_year' must not be before 'from_year'")
    return DiscountRate(
        from_year,
        to_year,
        float(rate),
        require_str(parsed, entry, "legal_basis"),
        require_str(parsed, entry, "source"),
        require_bool(parsed, entry, "verified"),
    )


def _tax(parsed: ParsedContent, entry: Entry, channels: dict[str, PaymentChannel]) -> TaxEntry:
    tax_id = require_str(parsed, entry, "id")
    kind = entry.values.get("kind", "period")
    if kind not in KINDS:
        raise ContentError(
            parsed.path, entry.line, f"tax '{tax_id}': 'kind' must be one of {', '.join(KINDS)}"
        )
    start = end = None
    rule = None
    if kind == "period":
        start = _month_day(parsed, entry, "start")
        end = _month_day(parsed, entry, "end")
        if end < start:
            raise ContentError(parsed.path, entry.line, f"tax '{tax_id}': 'end' is before 'start'")
    else:
        rule = require_text(parsed, entry, "rule")
    pay_by = []
    for channel_id in require_str_list(parsed, entry, "pay_by"):
        if channel_id not in channels:
            raise ContentError(
                parsed.path, entry.line, f"tax '{tax_id}': unknown payment channel '{channel_id}' in 'pay_by'"
            )
        pay_by.append(channels[channel_id])
    return TaxEntry(
        id=tax_id,
        kind=kind,
        name=require_text(parsed, entry, "name"),
        start=start,
        end=end,
        rule=rule,
        who=require_text(parsed, entry, "who"),
        what_for=require_text(parsed, entry, "what_for"),
        pay_by=tuple(pay_by),
        late=require_text(parsed, entry, "late"),
        has_discount="discount" in entry.values,
        legal_basis=require_str(parsed, entry, "legal_basis"),
        source=require_str(parsed, entry, "source"),
        verified=require_bool(parsed, entry, "verified"),
        line=entry.line,
    )


def _month_day(parsed: ParsedContent, entry: Entry, key: str) -> tuple[int, int]:
    value = entry.values.get(key)
    try:
        month, day = (int(part) for part in str(value).split("-"))
        date(2025, month, day)  # a common year: 29 February would vanish three years in four
    except ValueError:
        raise ContentError(
            parsed.path, entry.line, f"'{key}' must be a month and day such as \"07-31\", not {value!r}"
        ) from None
    return month, day


def periods_for_years(calendar: TaxCalendar, years: Iterable[int]) -> list[DuePeriod]:
    """The periods of several years in one list (for the year overview and the CLI)."""
    return [period for year in years for period in calendar.periods(year)]
