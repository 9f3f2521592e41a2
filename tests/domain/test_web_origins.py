"""The embedded browser's allow-list of origins."""

from __future__ import annotations

from kiosk.domain.web_origins import OriginList, origin_of


def test_origin_leaves_out_path_and_default_port_and_lowers_case() -> None:
    assert origin_of("HTTPS://Room.Example.org:443/a?b#c") == "https://room.example.org"
    assert origin_of("http://127.0.0.1:8089/room.html") == "http://127.0.0.1:8089"


def test_exact_origins_need_the_same_scheme_host_and_port() -> None:
    allowed = OriginList.of(["http://127.0.0.1:8089/room.html"])
    assert allowed.allows("http://127.0.0.1:8089/janus.js")
    assert not allowed.allows("http://127.0.0.1:8090/")
    assert not allowed.allows("https://127.0.0.1:8089/")
    assert not allowed.allows("http://127.0.0.1.evil.example/")


def test_a_wildcard_allows_the_domain_and_its_subdomains_only() -> None:
    allowed = OriginList.of(["https://*.zep.us"])
    assert allowed.allows("https://zep.us/play/x")
    assert allowed.allows("https://cdn.zep.us/a.js")
    assert not allowed.allows("https://evilzep.us/")
    assert not allowed.allows("http://zep.us/")
