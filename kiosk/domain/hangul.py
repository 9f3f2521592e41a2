"""Hangul 2-beolsik (두벌식, KS X 5002) composition: jamo keys in, syllables out.

The composer turns key presses into `CompositionEdit`s that a text field applies: text to take back before the
cursor, text to commit, and the syllable still being composed (the preedit). Backspace undoes the last key
exactly, even when that key had already pushed a finished syllable out (한 + ㅏ gives 하나; backspace gives 한
again), because residents think in keys they pressed, not in the automaton's commits.
"""

from __future__ import annotations

from dataclasses import dataclass

# Unicode orders the 11,172 modern syllables as 0xAC00 + (initial * 21 + medial) * 28 + final.
SYLLABLE_BASE = 0xAC00
SYLLABLE_LAST = 0xD7A3
MEDIAL_COUNT = 21
FINAL_COUNT = 28

INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
# Index 0 is "no final consonant".
FINALS = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

# Jamo that a 2-beolsik key produces (ㅘ, ㄺ and the like are built from two keys, never typed directly).
CONSONANT_KEYS = INITIALS
VOWEL_KEYS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ"
JAMO_KEYS = CONSONANT_KEYS + VOWEL_KEYS

COMPOUND_MEDIALS = {
    ("ㅗ", "ㅏ"): "ㅘ",
    ("ㅗ", "ㅐ"): "ㅙ",
    ("ㅗ", "ㅣ"): "ㅚ",
    ("ㅜ", "ㅓ"): "ㅝ",
    ("ㅜ", "ㅔ"): "ㅞ",
    ("ㅜ", "ㅣ"): "ㅟ",
    ("ㅡ", "ㅣ"): "ㅢ",
}
COMPOUND_FINALS = {
    ("ㄱ", "ㅅ"): "ㄳ",
    ("ㄴ", "ㅈ"): "ㄵ",
    ("ㄴ", "ㅎ"): "ㄶ",
    ("ㄹ", "ㄱ"): "ㄺ",
    ("ㄹ", "ㅁ"): "ㄻ",
    ("ㄹ", "ㅂ"): "ㄼ",
    ("ㄹ", "ㅅ"): "ㄽ",
    ("ㄹ", "ㅌ"): "ㄾ",
    ("ㄹ", "ㅍ"): "ㄿ",
    ("ㄹ", "ㅎ"): "ㅀ",
    ("ㅂ", "ㅅ"): "ㅄ",
}
_SPLIT_FINALS = {compound: pair for pair, compound in COMPOUND_FINALS.items()}
_SPLIT_MEDIALS = {compound: pair for pair, compound in COMPOUND_MEDIALS.items()}

# KS X 5002 rows as (unshifted, shifted) key pairs; shift only changes the five doubled consonants and ㅒ ㅖ.
DUBEOLSIK_ROWS: tuple[tuple[tuple[str, str], ...], ...] = (
    (
        ("ㅂ", "ㅃ"),
        ("ㅈ", "ㅉ"),
        ("ㄷ", "ㄸ"),
        ("ㄱ", "ㄲ"),
        ("ㅅ", "ㅆ"),
        ("ㅛ", "ㅛ"),
        ("ㅕ", "ㅕ"),
        ("ㅑ", "ㅑ"),
        ("ㅐ", "ㅒ"),
        ("ㅔ", "ㅖ"),
    ),
    (
        ("ㅁ", "ㅁ"),
        ("ㄴ", "ㄴ"),
        ("ㅇ", "ㅇ"),
        ("ㄹ", "ㄹ"),
        ("ㅎ", "ㅎ"),
        ("ㅗ", "ㅗ"),
        ("ㅓ", "ㅓ"),
        ("ㅏ", "ㅏ"),
        ("ㅣ", "ㅣ"),
    ),
    (("ㅋ", "ㅋ"), ("ㅌ", "ㅌ"), ("ㅊ", "ㅊ"), ("ㅍ", "ㅍ"), ("ㅠ", "ㅠ"), ("ㅜ", "ㅜ"), ("ㅡ", "ㅡ")),
)
_QWERTY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _qwerty_to_jamo() -> dict[str, str]:
    mapping: dict[str, str] = {}
    for latin_row, jamo_row in zip(_QWERTY_ROWS, DUBEOLSIK_ROWS, strict=True):
        for latin, (plain, shifted) in zip(latin_row, jamo_row, strict=True):
            mapping[latin] = plain
            mapping[latin.upper()] = shifted
    return mapping


# The same keys by their Latin caps (a physical keyboard, and short key strings in tests: "gksrmf" is 한글).
QWERTY_TO_JAMO = _qwerty_to_jamo()


def jamo_for_qwerty(keys: str) -> str:
    """The jamo a 2-beolsik keyboard types for Latin key caps (shifted caps as capitals); others unchanged."""
    return "".join(QWERTY_TO_JAMO.get(key, key) for key in keys)


def compose_syllable(initial: str, medial: str, final: str = "") -> str:
    """The precomposed syllable of three compatibility jamo (final may be empty): ㅎ ㅏ ㄴ gives 한."""
    row = INITIALS.index(initial) * MEDIAL_COUNT + MEDIALS.index(medial)
    index = row * FINAL_COUNT + FINALS.index(final)
    return chr(SYLLABLE_BASE + index)


def decompose_syllable(syllable: str) -> tuple[str, str, str]:
    """The initial, medial and final (possibly empty) compatibility jamo of a precomposed syllable."""
    index = ord(syllable) - SYLLABLE_BASE
    if not 0 <= index <= SYLLABLE_LAST - SYLLABLE_BASE:
        raise ValueError(f"not a precomposed Hangul syllable: {syllable!r}")
    initial, rest = divmod(index, MEDIAL_COUNT * FINAL_COUNT)
    medial, final = divmod(rest, FINAL_COUNT)
    return INITIALS[initial], MEDIALS[medial], FINALS[final]


def keys_for_text(text: str) -> str:
    """The 2-beolsik key presses that type `text` (syllables split into keys; anything else kept as is)."""
    keys: list[str] = []
    for char in text:
        if not SYLLABLE_BASE <= ord(char) <= SYLLABLE_LAST:
            keys.append(char)
            continue
        initial, medial, final = decompose_syllable(char)
        keys.append(initial)
        keys.extend(_SPLIT_MEDIALS.get(medial, (medial,)))
        keys.extend(_SPLIT_FINALS.get(final, (final,)) if final else ())
    return "".join(keys)


def is_hangul(char: str) -> bool:
    """True for a precomposed syllable or a compatibility jamo (ㄱ-ㅣ): what the composer may produce."""
    return SYLLABLE_BASE <= ord(char) <= SYLLABLE_LAST or 0x3131 <= ord(char) <= 0x3163


@dataclass(frozen=True)
class Syllable:
    """A syllable being composed: each part is one compatibility jamo (possibly compound) or empty."""

    initial: str = ""
    medial: str = ""
    final: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.initial or self.medial or self.final)

    def text(self) -> str:
        """How it looks: a precomposed syllable once a consonant has its vowel, else a lone jamo."""
        if self.initial and self.medial:
            return compose_syllable(self.initial, self.medial, self.final)
        return self.initial or self.medial


EMPTY = Syllable()


@dataclass(frozen=True)
class CompositionEdit:
    """After a key, a text field drops `take_back` before the cursor, inserts `commit`, shows `preedit`."""

    take_back: str
    commit: str
    preedit: str


def _step(syllable: Syllable, key: str) -> tuple[str, Syllable]:
    """One key of the 2-beolsik automaton: the text it finishes and the syllable that stays open."""
    if key in CONSONANT_KEYS:
        return _add_consonant(syllable, key)
    if key in VOWEL_KEYS:
        return _add_vowel(syllable, key)
    raise ValueError(f"not a 2-beolsik jamo key: {key!r}")


def _add_consonant(syllable: Syllable, consonant: str) -> tuple[str, Syllable]:
    fresh = Syllable(initial=consonant)
    if syllable.initial and syllable.medial:
        if not syllable.final and consonant in FINALS:
            return "", Syllable(syllable.initial, syllable.medial, consonant)
        compound = COMPOUND_FINALS.get((syllable.final, consonant))
        if compound:
            return "", Syllable(syllable.initial, syllable.medial, compound)
    # A lone consonant, a lone vowel, a full syllable or a final that cannot take this consonant: start anew.
    return syllable.text(), fresh


def _add_vowel(syllable: Syllable, vowel: str) -> tuple[str, Syllable]:
    if syllable.final:
        # The final consonant (or the second half of a compound one) opens the next syllable: 한 + ㅏ is 하나.
        kept, moved = _SPLIT_FINALS.get(syllable.final, ("", syllable.final))
        finished = Syllable(syllable.initial, syllable.medial, kept)
        return finished.text(), Syllable(initial=moved, medial=vowel)
    if syllable.medial:
        compound = COMPOUND_MEDIALS.get((syllable.medial, vowel))
        if compound:
            return "", Syllable(syllable.initial, compound)
        return syllable.text(), Syllable(medial=vowel)
    return "", Syllable(syllable.initial, vowel)


@dataclass(frozen=True)
class _Undo:
    before: Syllable
    committed: str


class HangulComposer:
    """The 2-beolsik input automaton of one text field, with backspace that undoes one key at a time."""

    def __init__(self) -> None:
        self._syllable = EMPTY
        # Keys since the last flush: what backspace undoes. Cleared on flush and reset (it holds typed text).
        self._history: list[_Undo] = []

    @property
    def syllable(self) -> Syllable:
        return self._syllable

    @property
    def preedit(self) -> str:
        return self._syllable.text()

    @property
    def composing(self) -> bool:
        """True while backspace still belongs to the composer (some key since the last flush)."""
        return bool(self._history)

    def feed(self, key: str) -> CompositionEdit:
        """Type one key: a jamo composes; any other text (space, digits, punctuation) commits and follows."""
        if len(key) != 1 or key not in JAMO_KEYS:
            edit = self.flush()
            return CompositionEdit("", edit.commit + key, "")
        committed, after = _step(self._syllable, key)
        self._history.append(_Undo(self._syllable, committed))
        self._syllable = after
        return CompositionEdit("", committed, after.text())

    def backspace(self) -> CompositionEdit | None:
        """Undo the last key; None when nothing is being composed (the field deletes a character itself)."""
        if not self._history:
            return None
        undo = self._history.pop()
        self._syllable = undo.before
        return CompositionEdit(undo.committed, "", undo.before.text())

    def flush(self) -> CompositionEdit:
        """Commit the open syllable (space, Done, focus change) and forget the keys typed so far."""
        text = self._syllable.text()
        self.reset()
        return CompositionEdit("", text, "")

    def reset(self) -> None:
        """Forget everything without committing (idle wipe)."""
        self._syllable = EMPTY
        self._history.clear()


def compose(keys: str) -> str:
    """The text that typing `keys` (jamo, or anything else as itself; "\\b" is backspace) leaves, flushed."""
    composer = HangulComposer()
    text: list[str] = []
    for key in keys:
        edit = composer.backspace() if key == "\b" else composer.feed(key)
        if edit is None:
            if text:
                text.pop()
            continue
        if edit.take_back:
            del text[len(text) - len(edit.take_back) :]
        text.extend(edit.commit)
    text.extend(composer.flush().commit)
    return "".join(text)
