"""Live help on screen: a resident chats, the staff console answers, leaving deletes the transcript."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.domain.chat import ConversationEnded, Sender
from tests.helpers.kiosk_window import make_window
from tests.helpers.postgres import PostgresServer
from tests.helpers.staff_desk import english_window


@pytest.fixture
def window(qtbot: QtBot, database_url: str) -> Iterator[object]:
    yield from english_window(qtbot, database_url)


@pytest.fixture
def console(qtbot: QtBot, database_url: str) -> Iterator[object]:
    """A second window on the same database, as `kiosk staff-console` runs on a staff PC."""
    console = make_window(database_url)
    console.staff_mode.idle.stop()
    qtbot.addWidget(console)
    console.show()
    console.set_language("en")
    console.context.staff.session.sign_in()
    console.navigator.go("staff_chat")
    yield console
    console.context.database.dispose()


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_resident_and_the_console_chat_through_the_database(
    qtbot: QtBot, window: object, console: object
) -> None:
    desk = console.navigator.current_screen
    desk.refresh()
    # No one yet: an empty list (the keypad passes it) and a line saying so beside it.
    assert desk.conversation_list.count() == 0
    assert desk.empty_label.isVisibleTo(desk) and "No one" in desk.empty_label.text()

    window.navigator.go("chat")
    chat = window.navigator.current_screen
    _click(qtbot, chat.start_button)
    qtbot.keyClicks(chat.entry, "Where is the refund form?")
    _click(qtbot, chat.send_button)
    assert chat.transcript.texts() == ["You: Where is the refund form?"]
    assert chat.entry.text() == ""
    assert "Waiting" in chat.status_label.text()

    desk.refresh()
    assert desk.conversation_list.count() == 1
    assert not desk.empty_label.isVisibleTo(desk)
    assert "waiting" in desk.conversation_list.item(0).text()
    desk._pick(desk.conversation_list.item(0))
    assert desk.transcript.texts() == ["Resident: Where is the refund form?"]
    _click(qtbot, desk.coming_button)
    assert desk.transcript.texts()[-1] == "You: I am coming to the kiosk now."

    chat.poll()
    assert chat.transcript.texts()[-1] == "Staff: I am coming to the kiosk now."
    assert chat.status_label.text() == "A staff member is answering."
    _click(qtbot, chat.quick_buttons[2])
    assert chat.transcript.texts()[-1] == "You: Thank you"

    _click(qtbot, window.header.home_button)
    assert chat.conversation_id is None and chat.transcript.count() == 0
    desk.refresh()
    assert "has left" in desk.notice.text()
    assert desk.transcript.count() == 0
    assert window.context.staff.chat.conversations() == []


def test_the_idle_reset_deletes_the_chat(qtbot: QtBot, window: object) -> None:
    window.navigator.go("chat")
    chat = window.navigator.current_screen
    _click(qtbot, chat.start_button)
    chat.send("My number is 010-1111-2222")
    conversation = chat.conversation_id
    window.reset_session()
    assert window.context.staff.chat.conversations() == []
    assert chat.transcript.count() == 0
    with pytest.raises(Exception, match="left"):
        window.context.staff.chat.send(conversation, Sender.STAFF, "hello?")


def test_the_console_stays_locked_without_the_pin(qtbot: QtBot, window: object) -> None:
    window.navigator.go("staff_chat")
    screen = window.navigator.current_screen
    assert screen.pages.currentWidget() is screen.locked_page


def test_a_reset_while_the_database_is_away_leaves_the_next_resident_an_empty_chat(
    qtbot: QtBot, restartable_postgres_server: PostgresServer
) -> None:
    server = restartable_postgres_server
    url = server.url(server.create_database())
    window = next(english_window(qtbot, url))
    try:
        window.navigator.go("lectures")
        lectures = window.navigator.current_screen
        lectures.show_board(None)  # a page whose reset used to read the database
        window.navigator.go("chat")
        chat = window.navigator.current_screen
        _click(qtbot, chat.start_button)
        chat.send("My number is 010-1111-2222")
        qtbot.keyClicks(chat.entry, "and my name is")
        conversation = chat.conversation_id
        server.stop()
        _click(qtbot, chat.send_button)  # the resident still here loses nothing and is told why
        assert chat.entry.text() == "and my name is"
        assert "not available" in chat.status_label.text()
        window.reset_session()
        assert window.navigator.current_route == "home"
        assert window.translations.language == "ko"
        assert lectures.pages.currentWidget() is lectures.catalogue
        window.set_language("en")
        window.navigator.go("chat")  # the next resident
        assert chat.pages.currentWidget() is chat.intro_page
        assert chat.conversation_id is None and chat.transcript.count() == 0 and chat.entry.text() == ""
        assert not chat.start_button.isEnabled()  # no chat while the database is away
        assert window.context.staff.chat.left_behind() == {conversation}
        server.start()
        # Erased at the next chance: here the hourly housekeeping, before the two-hour stale rule.
        window.housekeeping.run()
        assert window.context.staff.chat.conversations() == []
        with pytest.raises(ConversationEnded):
            window.context.staff.chat.messages(conversation)
    finally:
        if not server.is_running():
            server.start()
        window.context.database.dispose()
