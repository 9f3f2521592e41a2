"""The lecture room as a resident uses it: pick a lecture, watch with subtitles, seek, ask a question."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kiosk.domain.clock import ManualClock
from kiosk.services.lectures import QuestionBoard, list_lectures, load_demo_lectures
from kiosk.services.player import PlayerState, PlayerUnavailable, RenderMode, VlcPlayer
from tests.helpers.kiosk_window import TEST_START, make_window

LEFT = Qt.MouseButton.LeftButton


def _window(qtbot, database_url: str, clock: ManualClock, player_factory=None):
    win = make_window(database_url, clock=clock)
    win.context.lecture_player_factory = player_factory or (lambda: VlcPlayer(render=RenderMode.FRAMES))
    load_demo_lectures(win.context.database)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(TEST_START)


@pytest.fixture
def window(qtbot, database_url: str, clock: ManualClock) -> Iterator[object]:
    win = _window(qtbot, database_url, clock)
    yield win
    screen = win.navigator.built_screens().get("lectures")
    if screen is not None:
        screen.reset()  # frees libvlc before the window goes
    win.context.database.dispose()


def _open_lectures(qtbot, window):
    home = window.navigator.current_screen
    tile = next(t for t in home.tiles() if t.property("route") == "lectures")
    qtbot.mouseClick(tile, LEFT)
    return window.navigator.current_screen


def _start(qtbot, screen, index: int = 0):
    tile = screen.catalogue.tiles()[index]
    qtbot.mouseClick(tile, LEFT)
    player = screen.player_page.player()
    qtbot.waitUntil(lambda: player.state() is PlayerState.PLAYING and player.position() > 0, timeout=10_000)
    return player


def test_catalogue_shows_newest_first_with_thumbnails_and_filters_by_topic(qtbot, window) -> None:
    screen = _open_lectures(qtbot, window)
    assert window.header.title_label.text() == "세금 강의"
    tiles = screen.catalogue.tiles()
    assert [t.heading.text() for t in tiles] == [
        "재산세, 언제 얼마나 내나요?",
        "자동차세 연납으로 아끼기",
        "취득세 기초: 집과 차를 샀을 때",
    ]
    assert not tiles[0].thumbnail.pixmap().isNull()
    assert "김세무 세무사" in tiles[0].details.text() and "0:08" in tiles[0].details.text()
    assert tiles[0].height() >= 80
    qtbot.mouseClick(screen.catalogue.topics.button("vehicle"), LEFT)
    assert [t.lecture.key for t in screen.catalogue.tiles()] == ["2026-10-vehicle-tax"]
    qtbot.mouseClick(screen.catalogue.topics.button("refund"), LEFT)
    assert screen.catalogue.tiles() == []
    assert screen.catalogue.empty.isVisible()
    qtbot.mouseClick(screen.catalogue.topics.button(None), LEFT)
    assert len(screen.catalogue.tiles()) == 3


def test_a_lecture_plays_with_subtitles_and_the_seek_bar_follows(qtbot, window) -> None:
    screen = _open_lectures(qtbot, window)
    player = _start(qtbot, screen)
    page = screen.player_page
    assert page.heading.text() == "재산세, 언제 얼마나 내나요?"
    assert page.play_button.text() == "❚❚ 일시 정지"
    assert page.subtitles_button.text() == "자막: 켜짐"
    qtbot.waitUntil(lambda: page.seek_bar.value() > 300, timeout=5000)
    assert page.seek_bar.maximum() == pytest.approx(8000, abs=100)
    qtbot.waitUntil(lambda: page.surface.frame() is not None, timeout=5000)
    frame = page.surface.frame()
    assert len({QColor(frame.pixel(x, 100)).name() for x in range(0, frame.width(), 40)}) >= 5
    qtbot.mouseClick(page.subtitles_button, LEFT)
    assert page.subtitles_button.text() == "자막: 꺼짐" and not player.subtitles_visible()
    qtbot.mouseClick(page.forward_button, LEFT)  # +10 s from about 1 s: stops just before the end
    assert player.position() == player.length() - 500
    qtbot.mouseClick(page.back_button, LEFT)
    qtbot.waitUntil(lambda: player.position() < 3000, timeout=5000)
    qtbot.mouseClick(page.volume_up, LEFT)
    assert page.volume_label.text() == "소리 크기 90%"


def test_pause_and_play_buttons(qtbot, window) -> None:
    screen = _open_lectures(qtbot, window)
    player = _start(qtbot, screen)
    page = screen.player_page
    qtbot.mouseClick(page.play_button, LEFT)
    qtbot.waitUntil(lambda: player.state() is PlayerState.PAUSED, timeout=5000)
    assert page.play_button.text() == "▶ 재생"
    qtbot.mouseClick(page.play_button, LEFT)
    qtbot.waitUntil(lambda: player.state() is PlayerState.PLAYING, timeout=5000)


def test_idle_reset_waits_while_a_lecture_plays_and_forgets_the_position_after(
    qtbot, window, clock: ManualClock
) -> None:
    screen = _open_lectures(qtbot, window)
    player = _start(qtbot, screen)
    assert screen.is_busy()
    clock.advance(timedelta(seconds=window.context.config.kiosk.idle_seconds + 60))
    window.idle.check()
    assert window.navigator.current_route == "lectures" and not window.idle.warning_visible
    qtbot.mouseClick(screen.player_page.play_button, LEFT)  # pause: the idle countdown starts again
    qtbot.waitUntil(lambda: player.state() is PlayerState.PAUSED, timeout=5000)
    assert not screen.is_busy()
    position = player.position()
    assert position > 0
    qtbot.mouseClick(window.header.back_button, LEFT)  # back to the list, then the same lecture again
    assert screen.pages.currentWidget() is screen.catalogue
    assert screen.player_page.remembered_position("2026-11-property-tax") == position
    qtbot.mouseClick(screen.catalogue.tiles()[0], LEFT)
    qtbot.waitUntil(lambda: player.state() is PlayerState.PLAYING, timeout=10_000)
    qtbot.waitUntil(lambda: player.position() >= position, timeout=5000)
    qtbot.mouseClick(screen.player_page.play_button, LEFT)
    qtbot.waitUntil(lambda: player.state() is PlayerState.PAUSED, timeout=5000)
    clock.advance(timedelta(seconds=window.context.config.kiosk.idle_seconds + 1))
    window.idle.check()
    assert window.idle.warning_visible
    clock.advance(timedelta(seconds=window.context.config.kiosk.idle_warning_seconds))
    window.idle.check()
    assert window.navigator.current_route == "home"
    assert screen.player_page.player() is None
    assert screen.player_page.remembered_position("2026-11-property-tax") == 0


def test_full_screen_gives_the_video_the_page(qtbot, window) -> None:
    screen = _open_lectures(qtbot, window)
    _start(qtbot, screen)
    page = screen.player_page
    before = page.surface.width()
    qtbot.mouseClick(page.fullscreen_button, LEFT)
    qtbot.waitUntil(lambda: page.surface.width() > before, timeout=2000)
    assert not page.side.isVisible() and page.fullscreen_button.text() == "전체 화면 끝내기"
    qtbot.mouseClick(page.fullscreen_button, LEFT)
    assert page.side.isVisible()


def test_a_broken_video_shows_its_message_and_the_kiosk_keeps_working(qtbot, window) -> None:
    lecture = list_lectures(window.context.database)[0]
    lecture.video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 200)
    screen = _open_lectures(qtbot, window)
    qtbot.mouseClick(screen.catalogue.tiles()[0], LEFT)
    page = screen.player_page
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=10_000)
    assert (
        page.message.text() == "이 강의 영상은 재생할 수 없습니다. 다른 강의를 고르거나 직원에게 물어보세요."
    )
    assert not screen.is_busy()
    qtbot.mouseClick(window.header.language_button, LEFT)
    assert page.message.text().startswith("This lecture's video cannot be played.")
    qtbot.mouseClick(window.header.home_button, LEFT)
    assert window.navigator.current_route == "home"


def test_without_libvlc_the_player_says_so_and_the_rest_works(qtbot, database_url: str, clock) -> None:
    def no_libvlc() -> VlcPlayer:
        raise PlayerUnavailable("libvlc is not installed (no function 'libvlc_new')")

    window = _window(qtbot, database_url, clock, player_factory=no_libvlc)
    screen = _open_lectures(qtbot, window)
    qtbot.mouseClick(screen.catalogue.tiles()[0], LEFT)
    page = screen.player_page
    assert page.message.isVisible()
    assert (
        page.message.text() == "지금 이 키오스크에서는 영상을 볼 수 없습니다. 직원에게 도움을 요청해 주세요."
    )
    assert not page.play_button.isEnabled()
    qtbot.mouseClick(page.ask_button, LEFT)
    assert screen.pages.currentWidget() is screen.board_page
    window.context.database.dispose()


def test_a_resident_posts_a_question_that_appears_only_once_staff_answer_it(qtbot, window) -> None:
    screen = _open_lectures(qtbot, window)
    qtbot.mouseClick(screen.catalogue.board_button, LEFT)
    board_page = screen.board_page
    assert window.header.title_label.text() == "질문 게시판"
    assert not board_page.send_button.isEnabled()
    qtbot.keyClicks(board_page.text_box, "refund date?")
    qtbot.mouseClick(board_page.send_button, LEFT)
    assert board_page.status.text() == "먼저 주제를 골라 주세요."
    qtbot.mouseClick(board_page.topics.button("refund"), LEFT)
    qtbot.mouseClick(board_page.send_button, LEFT)
    assert board_page.status.text().startswith("고맙습니다.")
    assert board_page.text_box.toPlainText() == ""
    assert board_page.cards() == []  # not shown before staff approve and answer

    board = QuestionBoard(window.context.database, window.context.clock)
    (question,) = board.pending()
    assert (question.topic, question.text) == ("refund", "refund date?")
    lecture = list_lectures(window.context.database, "property")[0]
    board.answer(question.question_id, "환급금은 신청 후 지급됩니다.")
    board.link(question.question_id, lecture.lecture_id)

    qtbot.mouseClick(board_page.topics.button("vehicle"), LEFT)
    qtbot.mouseClick(board_page.topics.button("refund"), LEFT)
    (card,) = board_page.cards()
    assert card.question_label.text() == "질문. refund date?"
    assert card.answer_label.text() == "답변. 환급금은 신청 후 지급됩니다."
    qtbot.mouseClick(card.watch_button, LEFT)
    assert screen.pages.currentWidget() is screen.player_page
    assert screen.player_page.lecture().key == lecture.key
    qtbot.mouseClick(window.header.back_button, LEFT)
    assert screen.pages.currentWidget() is screen.board_page


def test_ask_from_the_player_opens_the_board_on_the_lectures_topic(qtbot, window) -> None:
    screen = _open_lectures(qtbot, window)
    player = _start(qtbot, screen, index=1)
    qtbot.mouseClick(screen.player_page.ask_button, LEFT)
    assert screen.pages.currentWidget() is screen.board_page
    assert screen.board_page.topics.topic() == "vehicle"
    qtbot.waitUntil(lambda: player.state() in (PlayerState.PAUSED, PlayerState.READY), timeout=5000)
    assert not screen.is_busy()
