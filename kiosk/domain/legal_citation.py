"""Korean statute citations ("지방세법 제128조 제3항") in English for English screens.

Content files cite the law in Korean, as the statutes are officially named; an English screen shows the
same citation with the Acts' English titles (as on the Korea Legislation Research Institute's English
law site) and article numbers. The Korean notes in brackets after a citation are left out: the English
text around the citation already says what it is about.
"""

from __future__ import annotations

import re

# Longest names first: "지방세법" is part of the other two.
ACT_NAMES = (
    ("지방세특례제한법", "Restriction of Special Local Taxation Act"),
    ("지방세기본법", "Framework Act on Local Taxes"),
    ("지방세법", "Local Tax Act"),
)
ARTICLE = re.compile(r"제(\d+)조(?:의(\d+))?")
PARAGRAPH = re.compile(r"\s*제(\d+)항")
NOTE = re.compile(r"\s*\([^)]*[\uac00-\ud7a3][^)]*\)")


def citation_in_english(citation: str) -> str:
    """`citation` with English Act names, "Art. 103-23 (3)" numbering and no Korean notes."""
    text = NOTE.sub("", citation)
    text = text.replace("같은 법 시행령", "its Enforcement Decree").replace("시행령", "Enforcement Decree")
    for korean, english in ACT_NAMES:
        text = text.replace(korean, english)
    text = ARTICLE.sub(lambda m: f"Art. {m.group(1)}" + (f"-{m.group(2)}" if m.group(2) else ""), text)
    text = PARAGRAPH.sub(lambda m: f"({m.group(1)})", text)
    return re.sub(r"\s+", " ", text).strip()


def citation_in(citation: str, language: str) -> str:
    """The citation as written (Korean) or in English."""
    return citation if language == "ko" else citation_in_english(citation)
