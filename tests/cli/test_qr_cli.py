from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kiosk.cli import main
from tests.helpers.qr_decode import pdf_to_pngs, pdf_words, zbar_decode, zxing_decode


def _config(text: str) -> None:
    Path(os.environ["KIOSK_CONFIG"]).write_text(text, encoding="utf-8")


def test_list_json_gives_name_label_and_url(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["qr", "list", "--json", "--lang", "en"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0] == {
        "name": "metaverse",
        "label": "Seocho Tax Station (metaverse)",
        "url": "https://zep.us/play/seocho-tax-station",
    }
    assert [row["name"] for row in rows] == ["metaverse", "consultation", "lecture", "district-tax", "etax"]


def test_list_uses_the_configured_addresses(capsys: pytest.CaptureFixture[str]) -> None:
    _config('[station]\nmetaverse_url = "https://zep.us/play/Xy12ab"\n')
    assert main(["qr", "list", "--json"]) == 0
    rows = {row["name"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["metaverse"]["url"] == "https://zep.us/play/Xy12ab"
    assert rows["metaverse"]["label"] == "서초 택스테이션 (메타버스)"


@pytest.mark.parametrize("bad", ["", "zep.us/play/x", "ftp://zep.us/x"])
def test_bad_configured_url_is_refused_naming_the_key(capsys: pytest.CaptureFixture[str], bad: str) -> None:
    _config(f'[station]\nmetaverse_url = "{bad}"\n')
    assert main(["qr", "list"]) == 3
    err = capsys.readouterr().err
    assert "station.metaverse_url must be an http(s) address" in err


@pytest.mark.parametrize("paper", ["80mm", "58mm", "a4"])
def test_print_writes_a_pdf_whose_qr_opens_the_link(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str], paper: str
) -> None:
    _config('[station]\nlecture_room_url = "https://zep.us/play/seocho-tax-station?room=강의실"\n')
    pdf = tmp_path / "lecture.pdf"
    assert main(["qr", "print", "lecture", "--pdf", str(pdf), "--paper", paper, "--lang", "en"]) == 0
    expected = "https://zep.us/play/seocho-tax-station?room=%EA%B0%95%EC%9D%98%EC%8B%A4"
    assert expected in capsys.readouterr().out
    (png,) = pdf_to_pngs(pdf)
    assert zbar_decode(png) == [expected] == zxing_decode(png)
    assert "Tax Lecture Room" in pdf_words(pdf)


def test_print_unknown_link_lists_the_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["qr", "print", "zep", "--pdf", str(tmp_path / "x.pdf")]) == 2
    assert "no link named 'zep'; known: metaverse, consultation" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_print_too_long_url_gives_a_clear_message(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _config(f'[station]\npayment_url = "https://etax.seoul.go.kr/?{"q" * 700}"\n')
    assert main(["qr", "print", "etax", "--pdf", str(tmp_path / "x.pdf"), "--paper", "80mm"]) == 2
    err = capsys.readouterr().err
    assert "too long for a QR code on 80mm paper: 726 characters" in err
    assert "Traceback" not in err
