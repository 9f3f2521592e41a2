"""Personal data never reaches the logs: phone numbers and Hangul names are redacted."""

from __future__ import annotations

import pytest

from kiosk.redact import redact


@pytest.mark.parametrize("phone", ["010-1234-5678", "01012345678", "+82 10 1234 5678", "010.1234.5678"])
def test_phone_numbers_in_every_common_form_are_removed(phone: str) -> None:
    text = redact(f"could not book for {phone} today")
    assert "5678" not in text and "<phone>" in text


def test_hangul_names_are_removed_but_code_words_stay() -> None:
    text = redact("InvalidName: 홍길동 has 3 bad characters in field 'name'")
    assert "홍길동" not in text
    assert "InvalidName" in text and "field 'name'" in text


@pytest.mark.parametrize(
    "name", ["John Smith", "Ana María López-Ruiz", "Ronald McDonald", "Siobhan O'Brien", "Zoë Müller"]
)
def test_latin_names_are_removed(name: str) -> None:
    text = redact(f"InvalidName: {name} cannot book at 10:00")
    assert name.split()[-1] not in text
    assert text.startswith("InvalidName: <name>")


def test_code_words_and_sql_stay_readable() -> None:
    text = "OperationalError: no such table: booking [SQL: INSERT INTO booking (name) VALUES (?)]"
    assert redact(text) == text


SECRETS = ("Zebulon Quixotewright", "Quixotewright", "김서초", "010-2222-3333", "3333", "Jane Doe")

LOG_IN_A_KIOSK = """
import logging, sys
from pathlib import Path
from kiosk.logging_setup import configure_logging

configure_logging(Path(sys.argv[1]))
log = logging.getLogger("kiosk.services.booking")
log.warning("booking for %s refused", "Jane Doe")
try:
    raise ValueError("booking for Zebulon Quixotewright (김서초) at 010-2222-3333 failed")
except ValueError:
    log.exception("could not book")
log.info("%s", 'plain words stay')
"""


def test_every_record_in_the_log_file_is_redacted(tmp_path) -> None:
    import subprocess

    from tests.helpers.processes import child_env, python_command

    subprocess.run(python_command(LOG_IN_A_KIOSK, str(tmp_path)), env=child_env(), check=True, timeout=60)
    logged = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
    for secret in SECRETS:
        assert secret not in logged, secret
    assert "booking for <name> refused" in logged  # the argument, merged and redacted
    assert "Traceback (most recent call last)" in logged and "ValueError: booking for <name>" in logged
    assert "plain words stay" in logged


def test_a_command_logging_to_stderr_is_redacted_too(tmp_path) -> None:
    import subprocess

    from tests.helpers.processes import child_env, python_command

    code = (
        "import logging, sys\n"
        "from kiosk.cli import main\n"
        "main(['config', 'show'])\n"
        "try:\n"
        "    raise RuntimeError('lookup of Zebulon Quixotewright 010-2222-3333')\n"
        "except RuntimeError:\n"
        "    logging.getLogger('kiosk.cli').exception('command failed for %s', 'Jane Doe 김서초')\n"
    )
    env = child_env() | {"KIOSK_CONFIG": str(tmp_path / "none.toml")}
    done = subprocess.run(python_command(code), env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "command failed for <name> <hangul>" in done.stderr
    assert "RuntimeError: lookup of <name> <phone>" in done.stderr
    for secret in SECRETS:
        assert secret not in done.stderr, secret
