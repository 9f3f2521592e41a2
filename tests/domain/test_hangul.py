"""The 2-beolsik composer types Korean the way a KS X 5002 keyboard does."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.hangul import (
    DUBEOLSIK_ROWS,
    FINALS,
    INITIALS,
    JAMO_KEYS,
    MEDIALS,
    CompositionEdit,
    HangulComposer,
    compose,
    compose_syllable,
    decompose_syllable,
    is_hangul,
    jamo_for_qwerty,
    keys_for_text,
)


def typed(qwerty: str) -> str:
    """What the resident sees after pressing these key caps (capitals are shifted) and then Done."""
    return compose(jamo_for_qwerty(qwerty))


class TextField:
    """A minimal text field that applies composer edits, as a QLineEdit does with input method events."""

    def __init__(self) -> None:
        self.text = ""
        self.preedit = ""
        self.composer = HangulComposer()

    def apply(self, edit: CompositionEdit) -> None:
        assert self.text.endswith(edit.take_back)
        self.text = self.text[: len(self.text) - len(edit.take_back)] + edit.commit
        self.preedit = edit.preedit

    def press(self, key: str) -> None:
        if key == "\b":
            edit = self.composer.backspace()
            if edit is None:
                self.text = self.text[:-1]
                return
            self.apply(edit)
        else:
            self.apply(self.composer.feed(key))

    def visible(self) -> tuple[str, str]:
        return self.text, self.preedit


def test_unicode_arithmetic_places_han_and_geul() -> None:
    assert compose_syllable("ㅎ", "ㅏ", "ㄴ") == "한" == chr(0xAC00 + (18 * 21 + 0) * 28 + 4)
    assert compose_syllable("ㄱ", "ㅡ", "ㄹ") == "글"
    assert compose_syllable("ㄱ", "ㅏ") == "가" == chr(0xAC00)
    assert compose_syllable("ㅎ", "ㅣ", "ㅎ") == "힣" == chr(0xD7A3)


def test_tables_have_the_unicode_counts() -> None:
    assert (len(INITIALS), len(MEDIALS), len(FINALS)) == (19, 21, 28)


@pytest.mark.parametrize("syllable", ["가", "한", "닭", "값", "힣", "뷁", "쌰"])
def test_decompose_inverts_compose(syllable: str) -> None:
    assert compose_syllable(*decompose_syllable(syllable)) == syllable


def test_decompose_refuses_a_non_syllable() -> None:
    with pytest.raises(ValueError, match="not a precomposed"):
        decompose_syllable("ㄱ")


def test_han_then_a_moves_the_final_into_the_next_syllable() -> None:
    field = TextField()
    for key in "ㅎㅏㄴ":
        field.press(key)
    assert field.visible() == ("", "한")
    field.press("ㅏ")
    assert field.visible() == ("하", "나")


def test_hangeul_from_six_keys() -> None:
    field = TextField()
    steps = []
    for key in "ㅎㅏㄴㄱㅡㄹ":
        field.press(key)
        steps.append(field.visible())
    assert steps == [
        ("", "ㅎ"),
        ("", "하"),
        ("", "한"),
        ("한", "ㄱ"),
        ("한", "그"),
        ("한", "글"),
    ]


@pytest.mark.parametrize(
    ("keys", "text"),
    [
        ("hk", "ㅘ"),
        ("rhk", "과"),
        ("rho", "괘"),
        ("dhl", "외"),
        ("dnj", "워"),
        ("dnp", "웨"),
        ("dnl", "위"),
        ("dml", "의"),
        ("rhkd", "광"),
    ],
)
def test_compound_vowels(keys: str, text: str) -> None:
    assert typed(keys) == text


@pytest.mark.parametrize(
    ("keys", "text"),
    [
        ("ekfr", "닭"),
        ("ekfrk", "달가"),
        ("rkqt", "값"),
        ("rkqtdl", "값이"),
        ("rkqtk", "갑사"),
        ("dksg", "않"),
        ("dksgdk", "않아"),
        ("dksw", "앉"),
        ("skfa", "낢"),
        ("dlfg", "잃"),
        ("dlfgdj", "잃어"),
        ("ahrt", "몫"),
    ],
)
def test_compound_finals_and_their_split(keys: str, text: str) -> None:
    assert typed(keys) == text


@pytest.mark.parametrize(
    ("keys", "text"),
    [
        ("Rk", "까"),
        ("Ek", "따"),
        ("Qk", "빠"),
        ("Tk", "싸"),
        ("Wk", "짜"),
        ("RkTk", "까싸"),
        ("dkT", "았"),
        ("dkTek", "았다"),
        ("dkE", "아ㄸ"),
        ("dkEk", "아따"),
        ("rO", "걔"),
        ("dP", "예"),
    ],
)
def test_shift_types_double_consonants_and_ye_yae(keys: str, text: str) -> None:
    assert typed(keys) == text


@pytest.mark.parametrize(
    ("keys", "text"),
    [
        ("dkssudgktpdy", "안녕하세요"),
        ("tjchrn", "서초구"),
        ("wjsghkqjsgh", "전화번호"),
        ("rr", "ㄱㄱ"),
        ("kk", "ㅏㅏ"),
        ("kr", "ㅏㄱ"),
        ("rkr", "각"),
        ("rkrr", "각ㄱ"),
    ],
)
def test_words_and_incomplete_jamo(keys: str, text: str) -> None:
    assert typed(keys) == text


def test_backspace_removes_one_jamo_at_a_time() -> None:
    field = TextField()
    for key in "ㄷㅏㄹㄱ":
        field.press(key)
    seen = [field.visible()]
    for _ in range(5):
        field.press("\b")
        seen.append(field.visible())
    assert seen == [("", "닭"), ("", "달"), ("", "다"), ("", "ㄷ"), ("", ""), ("", "")]


def test_backspace_after_the_final_moved_brings_the_syllable_back() -> None:
    field = TextField()
    for key in "ㅎㅏㄴㅏ":
        field.press(key)
    field.press("\b")
    assert field.visible() == ("", "한")


def test_backspace_splits_a_compound_vowel() -> None:
    field = TextField()
    for key in "ㄱㅗㅏ\b":
        field.press(key)
    assert field.visible() == ("", "고")


def test_backspace_with_nothing_composed_leaves_it_to_the_field() -> None:
    assert HangulComposer().backspace() is None


def test_space_commits_and_ends_the_composition() -> None:
    composer = HangulComposer()
    for key in "ㅎㅏㄴ":
        composer.feed(key)
    assert composer.feed(" ") == CompositionEdit("", "한 ", "")
    assert composer.backspace() is None


def test_flush_commits_the_open_syllable() -> None:
    composer = HangulComposer()
    composer.feed("ㄱ")
    composer.feed("ㅡ")
    assert composer.flush() == CompositionEdit("", "그", "")
    assert composer.preedit == ""


def test_reset_forgets_without_committing() -> None:
    composer = HangulComposer()
    for key in "ㅎㅏㄴㄱ":
        composer.feed(key)
    composer.reset()
    assert (composer.preedit, composer.composing, composer.flush().commit) == ("", False, "")


def test_non_jamo_text_commits_the_syllable_first() -> None:
    assert compose("ㄱㅏ1ㄴ-") == "가1ㄴ-"


def test_keyboard_rows_are_ks_x_5002() -> None:
    plain = ["".join(key for key, _ in row) for row in DUBEOLSIK_ROWS]
    assert plain == ["ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ", "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ", "ㅋㅌㅊㅍㅠㅜㅡ"]
    assert {key for row in DUBEOLSIK_ROWS for pair in row for key in pair} == set(JAMO_KEYS)


keys_or_backspace = st.text(alphabet=JAMO_KEYS + " \b", max_size=40)
syllables = st.integers(min_value=0xAC00, max_value=0xD7A3).map(chr)


@given(keys_or_backspace)
def test_any_key_sequence_yields_only_hangul(keys: str) -> None:
    field = TextField()
    for key in keys:
        field.press(key)
        assert all(is_hangul(char) or char == " " for char in field.text + field.preedit)
        assert len(field.preedit) <= 1


@given(keys_or_backspace, st.sampled_from(JAMO_KEYS), keys_or_backspace)
def test_a_key_then_backspace_changes_nothing(before: str, key: str, after: str) -> None:
    plain, undone = TextField(), TextField()
    for typed_key in before:
        plain.press(typed_key)
        undone.press(typed_key)
    state = (plain.visible(), plain.composer.syllable)
    undone.press(key)
    undone.press("\b")
    assert (undone.visible(), undone.composer.syllable) == state
    for typed_key in after:
        plain.press(typed_key)
        undone.press(typed_key)
    assert undone.visible() == plain.visible()


@given(keys_or_backspace)
def test_space_then_backspace_keeps_what_was_typed(before: str) -> None:
    field = TextField()
    for typed_key in before:
        field.press(typed_key)
    shown = "".join(field.visible())
    field.press(" ")
    field.press("\b")
    assert "".join(field.visible()) == shown


@given(st.lists(syllables, max_size=12))
def test_typing_the_keys_of_any_syllables_gives_them_back(text: list[str]) -> None:
    assert compose(keys_for_text("".join(text))) == "".join(text)
