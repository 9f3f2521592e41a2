import dataclasses

import pytest

from kiosk.config import default_config
from kiosk.domain.links import LinkContentError, parse_links
from kiosk.services.links import station_links

URLS = {k: v for k, v in dataclasses.asdict(default_config().station).items() if isinstance(v, str)}
HEADER = """
[slip]
scan_hint = { ko = "비추세요", en = "Scan" }
footer = { ko = "키오스크", en = "Kiosk" }
"""


def _link(body: str) -> str:
    return HEADER + "\n[[link]]\n" + body


GOOD = 'name = "meta"\nurl_key = "metaverse_url"\nlabel = { ko = "메타", en = "Meta" }\n' + (
    'explanation = { ko = "설명", en = "Text" }\n'
)


def test_shipped_links_cover_the_station_rooms_tax_pages_and_etax() -> None:
    catalogue = station_links(default_config())
    by_name = {link.name: link for link in catalogue.links}
    assert set(by_name) == {"metaverse", "consultation", "lecture", "district-tax", "etax"}
    assert by_name["metaverse"].url == default_config().station.metaverse_url
    assert by_name["etax"].url_origin == "station.payment_url"
    assert all(link.label.ko and link.label.en and link.explanation.en for link in catalogue.links)
    assert all(link.source for link in catalogue.links)


def test_address_comes_from_the_configuration_key() -> None:
    catalogue = parse_links(_link(GOOD), "links.toml", {**URLS, "metaverse_url": "https://zep.us/play/other"})
    assert catalogue.find("meta").url == "https://zep.us/play/other"


def test_empty_configured_address_is_refused_naming_the_key() -> None:
    with pytest.raises(
        LinkContentError, match=r"station\.metaverse_url .*must be an http\(s\) address, not ''"
    ):
        parse_links(_link(GOOD), "links.toml", {**URLS, "metaverse_url": ""})


def test_non_http_literal_address_is_refused_with_file_and_line() -> None:
    body = GOOD.replace('url_key = "metaverse_url"', 'url = "ftp://example.kr/x"')
    with pytest.raises(LinkContentError, match=r"links\.toml line 6 \(link 'meta'\): url must be an http"):
        parse_links(_link(body), "links.toml", URLS)


def test_korean_literal_address_is_stored_percent_encoded() -> None:
    body = GOOD.replace('url_key = "metaverse_url"', 'url = "https://www.seocho.go.kr/세무"')
    link = parse_links(_link(body), "links.toml", URLS).find("meta")
    assert link.url == "https://www.seocho.go.kr/%EC%84%B8%EB%AC%B4"


def test_unknown_configuration_key_lists_the_known_ones() -> None:
    body = GOOD.replace("metaverse_url", "zep_url")
    with pytest.raises(
        LinkContentError, match=r"url_key 'zep_url' is not a \[station\] key; known: .*payment_url"
    ):
        parse_links(_link(body), "links.toml", URLS)


def test_both_or_neither_address_sources_are_refused() -> None:
    both = GOOD + 'url = "https://x.kr"\n'
    with pytest.raises(LinkContentError, match="exactly one of url_key"):
        parse_links(_link(both), "links.toml", URLS)


def test_missing_english_label_is_refused() -> None:
    body = GOOD.replace('label = { ko = "메타", en = "Meta" }', 'label = { ko = "메타" }')
    with pytest.raises(LinkContentError, match="label must be a table with exactly ko and en"):
        parse_links(_link(body), "links.toml", URLS)


def test_duplicate_names_are_refused() -> None:
    with pytest.raises(LinkContentError, match="'meta' is used twice"):
        parse_links(_link(GOOD) + "\n[[link]]\n" + GOOD, "links.toml", URLS)


def test_unknown_link_name_lists_known_names() -> None:
    catalogue = parse_links(_link(GOOD), "links.toml", URLS)
    with pytest.raises(LinkContentError, match="no link named 'nope'; known: meta"):
        catalogue.find("nope")
