"""Korean search: initial consonants, spaces, English case, ranking."""

import pytest

from kiosk.domain.hangul_search import choseong_of, matches, search


def test_choseong_of_a_word() -> None:
    assert choseong_of("자동차세") == "ㅈㄷㅊㅅ"


@pytest.mark.parametrize("query", ["ㅈㄷㅊ", "ㅈㄷㅊㅅ", "자동차", "자동ㅊ", "동차세", "자동차 세", "ㄷㅊㅅ"])
def test_queries_that_find_car_tax(query: str) -> None:
    assert matches(query, "자동차세 1기분")


@pytest.mark.parametrize("query", ["ㅈㅅㅊ", "재산", "ㄱㄴ", "자도"])
def test_queries_that_do_not_find_car_tax(query: str) -> None:
    assert not matches(query, "자동차세 1기분")


def test_conjoining_jamo_from_an_input_method_count_as_consonants() -> None:
    assert matches("\u110c\u1103\u110e", "자동차세")  # ᄌᄃᄎ


def test_english_is_case_insensitive() -> None:
    assert matches("PROPERTY tax", "Property tax, first half")
    assert not matches("property taxes", "Property tax, first half")


def test_exact_hits_rank_before_initial_consonant_hits() -> None:
    items = ["재산세", "주민세", "세금 ㅈㅅ 안내"]
    # 재산세 matches by initials (ㅈㅅㅅ), the notice by the literal text; 주민세 (ㅈㅁㅅ) not at all.
    assert search("ㅈㅅ", items, lambda item: [item]) == ["세금 ㅈㅅ 안내", "재산세"]
    assert search("재산", items, lambda item: [item]) == ["재산세"]


def test_empty_query_finds_everything() -> None:
    assert search("  ", ["a", "b"], lambda item: [item]) == ["a", "b"]
