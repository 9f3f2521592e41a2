from kiosk.domain.uri import iri_to_uri, is_http_url


def test_korean_path_and_query_are_percent_encoded_as_utf8() -> None:
    assert (
        iri_to_uri("https://www.seocho.go.kr/세무/안내?항목=지방세")
        == "https://www.seocho.go.kr/%EC%84%B8%EB%AC%B4/%EC%95%88%EB%82%B4?%ED%95%AD%EB%AA%A9=%EC%A7%80%EB%B0%A9%EC%84%B8"
    )


def test_ascii_address_is_unchanged_and_existing_escapes_are_not_doubled() -> None:
    url = "https://zep.us/play/seocho-tax-station?room=lecture&q=a%20b#top"
    assert iri_to_uri(url) == url


def test_korean_host_becomes_punycode() -> None:
    assert iri_to_uri("https://서초구.kr/") == "https://xn--2e0b968avvi.kr/"  # RFC 3492 punycode


def test_spaces_are_encoded() -> None:
    assert iri_to_uri("https://example.kr/a b") == "https://example.kr/a%20b"


def test_only_absolute_http_addresses_count() -> None:
    assert is_http_url("https://etax.seoul.go.kr")
    assert is_http_url("http://example.kr/x")
    assert not is_http_url("")
    assert not is_http_url("ftp://example.kr")
    assert not is_http_url("javascript:alert(1)")
    assert not is_http_url("https://")
    assert not is_http_url("www.seocho.go.kr")
