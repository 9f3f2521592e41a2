import pytest
import zxingcpp
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from kiosk.services.qr import QUIET_ZONE, QrTooLong, dark_rects, draw_qr, make_qr

URL = "https://zep.us/play/seocho-tax-station"


def test_matrix_has_a_quiet_zone_of_four_light_modules() -> None:
    matrix = make_qr(URL)
    assert matrix.size == 17 + 4 * matrix.version + 2 * QUIET_ZONE
    for i in range(QUIET_ZONE):
        assert not any(matrix.modules[i]) and not any(matrix.modules[-1 - i])
        assert not any(row[i] or row[-1 - i] for row in matrix.modules)


def test_merged_rectangles_cover_exactly_the_dark_modules() -> None:
    matrix = make_qr(URL + "?room=consultation")
    covered = [[False] * matrix.size for _ in range(matrix.size)]
    for x, y, w, h in dark_rects(matrix):
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                assert not covered[yy][xx], "rectangles overlap"
                covered[yy][xx] = True
    assert covered == [list(row) for row in matrix.modules]
    dark_count = sum(map(sum, matrix.modules))
    assert len(dark_rects(matrix)) < dark_count / 2  # merging really merges


def test_korean_characters_are_percent_encoded_in_the_payload() -> None:
    matrix = make_qr("https://www.seocho.go.kr/세무?q=지방세")
    assert matrix.payload == "https://www.seocho.go.kr/%EC%84%B8%EB%AC%B4?q=%EC%A7%80%EB%B0%A9%EC%84%B8"


def test_text_that_is_not_an_address_is_encoded_unchanged() -> None:
    assert make_qr("번호표 A-017").payload == "번호표 A-017"


def test_a_version_above_the_limit_is_refused_with_a_clear_message() -> None:
    with pytest.raises(
        QrTooLong, match=r"too long for a QR code on 58 mm paper: \d+ characters .* version 5"
    ):
        make_qr(URL + "?" + "x" * 200, max_version=5, where="on 58 mm paper")


def test_more_than_any_qr_code_holds_is_refused_not_crashed() -> None:
    with pytest.raises(QrTooLong, match="3101 characters"):
        make_qr("https://example.kr/" + "a" * 3082)


def test_drawn_code_decodes_to_the_payload(qapp: object) -> None:
    matrix = make_qr(URL)
    image = QImage(400, 300, QImage.Format.Format_Grayscale8)
    image.fill(QColor("gray"))
    painter = QPainter(image)
    draw_qr(painter, QRectF(20, 10, 370, 280), matrix)  # not square: centred, square modules
    painter.end()
    assert [b.text for b in zxingcpp.read_barcodes(image)] == [URL]
    assert image.pixelColor(62, 150) == QColor("gray")  # left of the centred square (x 65..345) untouched
    assert image.pixelColor(68, 13).lightness() == 255  # quiet zone painted white
