"""Configuration: defaults, validation that names the bad key, nothing silently ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path / "absent.toml")
    assert config.kiosk.language == "ko"
    assert config.kiosk.idle_seconds == 120
    assert config.kiosk.idle_warning_seconds == 30
    assert config.booking.min_notice_days == 7
    assert config.database.resolved_url().startswith("sqlite:///")


def test_values_from_the_file_are_used(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path, '[kiosk]\nidle_seconds = 90\n[database]\nurl = "sqlite:///x.db"\n'))
    assert config.kiosk.idle_seconds == 90
    assert config.database.resolved_url() == "sqlite:///x.db"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[kiosk]\nidle_secnds = 90\n", "kiosk.idle_secnds"),
        ('[kiosk]\nidle_seconds = "90"\n', "kiosk.idle_seconds"),
        ("[kiosk]\nidle_warning_seconds = 10\n", "kiosk.idle_warning_seconds"),
        ('[kiosk]\nlanguage = "fr"\n', "kiosk.language"),
        ('[station]\nmetaverse_url = ""\n', "station.metaverse_url"),
        ('[station]\nmetaverse_url = "ftp://x.org"\n', "station.metaverse_url"),
        ('[printer]\nkind = "laser"\n', "printer.kind"),
        ("[colours]\nx = 1\n", "[colours]"),
        ("[kiosk]\nfullscreen = 1\n", "kiosk.fullscreen"),
    ],
)
def test_bad_values_are_refused_naming_the_key(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(ConfigError, match=key.replace("[", r"\[").replace("]", r"\]")):
        load_config(_write(tmp_path, text))


def test_malformed_toml_names_the_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "[kiosk]\nidle_seconds = = 3\n")
    with pytest.raises(ConfigError, match=r"kiosk.toml: not valid TOML.*line 2"):
        load_config(path)


def test_non_utf8_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes('[kiosk]\nname = "서초"\n'.encode("euc-kr"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(path)


def test_config_show_round_trips_through_the_loader(tmp_path: Path) -> None:
    from kiosk.cli_commands.config_cmd import to_toml
    from kiosk.config import default_config

    path = _write(tmp_path, to_toml(default_config()))
    loaded = load_config(path)
    assert loaded.kiosk == default_config().kiosk
    assert loaded.station == default_config().station
    assert loaded.screen == default_config().screen


def test_video_rooms_and_origins_come_from_the_file(tmp_path: Path) -> None:
    config = load_config(
        _write(
            tmp_path,
            '[video]\nroom_url = "https://room.example.org/{room}"\n'
            'consultant_rooms = { kim = "https://kim.example.org/{code}" }\n'
            'allowed_origins = ["https://turn.example.org"]\n',
        )
    )
    assert config.video.room_pattern(config.station, "kim") == "https://kim.example.org/{code}"
    assert config.video.room_pattern(config.station, "lee") == "https://room.example.org/{room}"
    assert config.video.allowed_origins == ["https://turn.example.org"]
    assert load_config(tmp_path / "absent.toml").video.room_pattern(config.station, "x") == (
        config.station.consultation_room_url
    )


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[video]\nroom_url = "https://x.example.org/{name}"\n', "video.room_url"),
        ('[video]\nroom_url = "ftp://x.example.org/"\n', "video.room_url"),
        ("[video]\nallowed_origins = [1]\n", "video.allowed_origins"),
        ('[video]\nallowed_origins = "https://x.example.org"\n', "video.allowed_origins"),
        ('[video]\nallowed_origins = ["https://x.example.org/path"]\n', "video.allowed_origins"),
        ("[video]\nconsultant_rooms = { kim = 3 }\n", "video.consultant_rooms"),
        ("[video]\ngrace_minutes = 90\n", "video.grace_minutes"),
    ],
)
def test_bad_video_settings_name_their_key(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        load_config(_write(tmp_path, text))
