"""The Comprehensive Local Tax Guide: refund guide and checklist, payment tips, FAQ, info booth cards.

Loaded from `resources/content/guide.toml`; a broken entry is listed in `problems` (file and line) and
left out, the rest still loads.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk import paths
from kiosk.domain.content_file import (
    ContentError,
    Entry,
    LocalText,
    ParsedContent,
    parse_content_file,
    require_int,
    require_str,
    require_str_list,
    require_text,
)
from kiosk.domain.hangul_search import search

BOOTH_KINDS = ("information", "promotion")


@dataclass(frozen=True)
class GuideSection:
    id: str
    title: LocalText
    body: LocalText


@dataclass(frozen=True)
class RefundGuide:
    title: LocalText
    intro: LocalText
    time_limit_years: int
    time_limit: LocalText
    legal_basis: str
    sections: tuple[GuideSection, ...]
    checklist: tuple[LocalText, ...]


@dataclass(frozen=True)
class FaqCategory:
    id: str
    name: LocalText


@dataclass(frozen=True)
class FaqEntry:
    id: str
    category: str
    question: LocalText
    answer: LocalText
    keywords: tuple[str, ...]

    def search_texts(self) -> list[str]:
        """Everything a resident might type to find this entry, in both languages."""
        return [self.question.ko, self.question.en, self.answer.ko, self.answer.en, *self.keywords]


@dataclass(frozen=True)
class BoothCard:
    id: str
    kind: str
    title: LocalText
    body: LocalText


@dataclass(frozen=True)
class Guide:
    path: Path
    refund: RefundGuide | None
    payment_tips: tuple[GuideSection, ...]
    faq_categories: tuple[FaqCategory, ...]
    faqs: tuple[FaqEntry, ...]
    booths: tuple[BoothCard, ...]
    problems: tuple[ContentError, ...]

    def faqs_in(self, category_id: str) -> list[FaqEntry]:
        return [faq for faq in self.faqs if faq.category == category_id]

    def search_faq(self, query: str, category_id: str | None = None) -> list[FaqEntry]:
        """FAQ entries matching `query` (Korean incl. initial consonants, or English), best first."""
        pool = self.faqs if category_id is None else self.faqs_in(category_id)
        return search(query, pool, FaqEntry.search_texts)


def default_guide_path() -> Path:
    return paths.content_dir() / "guide.toml"


def load_guide(path: Path | None = None) -> Guide:
    """Read the guide content; broken entries are left out and listed in `problems`."""
    parsed = parse_content_file(path or default_guide_path())
    sections = parsed.load_entries("refund_section", _section)
    checklist = parsed.load_entries("refund_checklist", lambda p, e: require_text(p, e, "item"))
    refund = _refund(parsed, sections, checklist)
    tips = parsed.load_entries("payment_tip", _section)
    categories = parsed.load_entries("faq_category", _category)
    known = {category.id for category in categories}
    faqs = parsed.load_entries("faq", lambda p, e: _faq(p, e, known))
    booths = parsed.load_entries("booth", _booth)
    return Guide(
        parsed.path,
        refund,
        tuple(tips),
        tuple(categories),
        tuple(faqs),
        tuple(booths),
        tuple(parsed.problems),
    )


def _refund(
    parsed: ParsedContent, sections: list[GuideSection], checklist: list[LocalText]
) -> RefundGuide | None:
    table = parsed.table("refund")
    if table is None:
        parsed.problem(None, "missing [refund] table")
        return None
    try:
        return RefundGuide(
            require_text(parsed, table, "title"),
            require_text(parsed, table, "intro"),
            require_int(parsed, table, "time_limit_years"),
            require_text(parsed, table, "time_limit"),
            require_str(parsed, table, "legal_basis"),
            tuple(sections),
            tuple(checklist),
        )
    except ContentError as err:
        parsed.problems.append(err)
        return None


def _section(parsed: ParsedContent, entry: Entry) -> GuideSection:
    return GuideSection(
        require_str(parsed, entry, "id"),
        require_text(parsed, entry, "title"),
        require_text(parsed, entry, "body"),
    )


def _category(parsed: ParsedContent, entry: Entry) -> FaqCategory:
    return FaqCategory(require_str(parsed, entry, "id"), require_text(parsed, entry, "name"))


def _faq(parsed: ParsedContent, entry: Entry, categories: set[str]) -> FaqEntry:
    faq_id = require_str(parsed, entry, "id")
    category = require_str(parsed, entry, "category")
    if category not in categories:
        raise ContentError(parsed.path, entry.line, f"faq '{faq_id}': unknown category '{category}'")
    return FaqEntry(
        faq_id,
        category,
        require_text(parsed, entry, "question"),
        require_text(parsed, entry, "answer"),
        tuple(require_str_list(parsed, entry, "keywords", default=[])),
    )


def _booth(parsed: ParsedContent, entry: Entry) -> BoothCard:
    kind = require_str(parsed, entry, "kind")
    if kind not in BOOTH_KINDS:
        raise ContentError(parsed.path, entry.line, f"booth 'kind' must be one of {', '.join(BOOTH_KINDS)}")
    return BoothCard(
        require_str(parsed, entry, "id"),
        kind,
        require_text(parsed, entry, "title"),
        require_text(parsed, entry, "body"),
    )
