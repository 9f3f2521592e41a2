"""When the web engine can start: never as root with Chromium's sandbox on (it would crash the kiosk)."""

from kiosk.services.web_sandbox import sandbox_refusal


def test_a_kiosk_user_starts_the_engine_with_its_sandbox() -> None:
    assert sandbox_refusal(euid=1000, environ={}) == ""


def test_root_with_the_sandbox_on_is_refused_with_the_reason() -> None:
    reason = sandbox_refusal(euid=0, environ={"QTWEBENGINE_CHROMIUM_FLAGS": "--use-fake-ui-for-media-stream"})
    assert "root" in reason and "own user" in reason


def test_root_with_the_sandbox_turned_off_may_start() -> None:
    assert sandbox_refusal(euid=0, environ={"QTWEBENGINE_CHROMIUM_FLAGS": "--a --no-sandbox"}) == ""
    assert sandbox_refusal(euid=0, environ={"QTWEBENGINE_DISABLE_SANDBOX": "1"}) == ""
