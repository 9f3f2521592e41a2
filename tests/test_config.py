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


def test_a_configured_pin_hash_is_checked_when_the_configuration_loads(tmp_path: Path) -> None:
    from tests.helpers.staff_pin import TEST_PIN_HASH

    good = load_config(_write(tmp_path, f'[staff]\npin_hash = "{TEST_PIN_HASH}"\n'))
    assert good.staff.pin_hash == TEST_PIN_HASH
    weak = TEST_PIN_HASH.replace("n=16384", "n=1024")
    for stored, reason in [("0000", "must look like"), (weak, "too weak")]:
        with pytest.raises(
            ConfigError, match=rf"kiosk.toml: \[staff\] pin_hash: .*{reason}.*kiosk staff set-pin"
        ):
            load_config(_write(tmp_path, f'[staff]\npin_hash = "{stored}"\n'))


def test_the_total_lock_must_be_out_of_one_kiosks_reach(tmp_path: Path) -> None:
    # One kiosk makes at most 4 x 5 = 20 wrong PINs before it waits for unlock.
    assert (
        load_config(_write(tmp_path, "[staff]\ntotal_lock_after_failures = 21\n")).staff.lock_after_failures
        == 5
    )
    with pytest.raises(ConfigError, match=r"staff\.total_lock_after_failures must be more than the 20"):
        load_config(_write(tmp_path, "[staff]\ntotal_lock_after_failures = 20\n"))


# --- PostgreSQL over the network: verified TLS, no password in the URL ----------------------------------

REMOTE = "postgresql+psycopg://kiosk_app@db.seocho.local:5432/seocho_kiosk"


def _database(tmp_path: Path, url: str, extra: str = "") -> Path:
    return _write(tmp_path, f'[database]\nurl = "{url}"\n{extra}')


def _root_cert(tmp_path: Path) -> Path:
    cert = tmp_path / "db-root.crt"
    cert.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    return cert


@pytest.mark.parametrize(
    "query",
    ["", "?sslmode=require", "?sslmode=verify-ca&sslrootcert={cert}", "?sslmode=verify-full"],
)
def test_a_network_host_without_verified_tls_is_refused(tmp_path: Path, query: str) -> None:
    url = REMOTE + query.format(cert=_root_cert(tmp_path))
    with pytest.raises(ConfigError, match=r"database\.url .*db\.seocho\.local.*sslmode=verify-full"):
        load_config(_database(tmp_path, url))


def test_one_network_host_among_loopback_ones_needs_verified_tls_too(tmp_path: Path) -> None:
    url = "postgresql+psycopg://kiosk_app@127.0.0.1/db?host=10.20.30.4"
    with pytest.raises(ConfigError, match=r"10\.20\.30\.4"):
        load_config(_database(tmp_path, url))


def test_verify_full_with_a_root_certificate_is_accepted(tmp_path: Path) -> None:
    url = f"{REMOTE}?sslmode=verify-full&sslrootcert={_root_cert(tmp_path)}"
    assert load_config(_database(tmp_path, url)).database.resolved_url() == url


def test_a_root_certificate_that_is_not_there_is_refused(tmp_path: Path) -> None:
    url = f"{REMOTE}?sslmode=verify-full&sslrootcert={tmp_path / 'missing.crt'}"
    with pytest.raises(ConfigError, match=r"database\.url .*missing\.crt.*no such file"):
        load_config(_database(tmp_path, url))


def test_an_explicit_opt_out_connects_unverified_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = load_config(_database(tmp_path, REMOTE + "?sslmode=require", "allow_unverified_tls = true\n"))
    with caplog.at_level("WARNING", logger="kiosk.config"):
        assert config.database.resolved_url() == REMOTE + "?sslmode=require"
    (warning,) = caplog.records
    assert warning.levelname == "WARNING"
    assert "db.seocho.local" in warning.getMessage()
    assert "does not verify" in warning.getMessage()


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://kiosk_app@127.0.0.1:5432/db",
        "postgresql+psycopg://kiosk_app@localhost/db",
        "postgresql+psycopg://kiosk_app@[::1]:5432/db",
        "postgresql+psycopg://kiosk_app@/db?host=/var/run/postgresql",
        "postgresql+psycopg:///db",
    ],
)
def test_loopback_and_unix_sockets_need_no_tls(
    tmp_path: Path, url: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("WARNING"):
        assert load_config(_database(tmp_path, url)).database.resolved_url() == url
    assert caplog.records == []


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://kiosk_app:s3cret@127.0.0.1/db",
        "postgresql+psycopg://kiosk_app:s3cret@db.seocho.local/db?sslmode=verify-full&sslrootcert=system",
        "postgresql+psycopg://kiosk_app@127.0.0.1/db?password=s3cret",
    ],
)
def test_a_password_in_the_url_is_refused_pointing_to_a_password_file(tmp_path: Path, url: str) -> None:
    with pytest.raises(ConfigError, match=r"database\.url must not contain the password") as refused:
        load_config(_database(tmp_path, url))
    assert "password_file" in str(refused.value)
    assert "PGPASSFILE" in str(refused.value)
    assert "s3cret" not in str(refused.value)


def test_the_password_file_reaches_libpq_as_its_passfile(tmp_path: Path) -> None:
    from urllib.parse import parse_qs, urlsplit

    secret = tmp_path / "pgpass"
    secret.write_text("127.0.0.1:5432:db:kiosk_app:s3cret\n", encoding="utf-8")
    secret.chmod(0o600)
    url = "postgresql+psycopg://kiosk_app@127.0.0.1/db?application_name=lobby"
    config = load_config(_database(tmp_path, url, f'password_file = "{secret}"\n'))
    query = parse_qs(urlsplit(config.database.resolved_url()).query)
    assert query == {"application_name": ["lobby"], "passfile": [str(secret)]}


@pytest.mark.parametrize("problem", ["missing", "shared", "folder", "sqlite"])
def test_a_password_file_that_cannot_work_is_refused(tmp_path: Path, problem: str) -> None:
    secret = tmp_path / "pgpass"
    secret.write_text("*:*:*:kiosk_app:s3cret\n", encoding="utf-8")
    secret.chmod(0o644 if problem == "shared" else 0o600)
    named = {"missing": tmp_path / "absent", "folder": tmp_path}.get(problem, secret)
    url = "sqlite:///x.db" if problem == "sqlite" else "postgresql+psycopg://kiosk_app@127.0.0.1/db"
    reason = {
        "missing": "cannot be read",
        "shared": "chmod 600",
        "folder": "not a file",
        "sqlite": "needs a PostgreSQL",
    }[problem]
    with pytest.raises(ConfigError, match=rf"database\.password_file .*{reason}"):
        load_config(_database(tmp_path, url, f'password_file = "{named}"\n'))


def test_config_show_masks_passwords_and_the_pin_hash(tmp_path: Path) -> None:
    from kiosk.cli_commands.config_cmd import to_toml
    from kiosk.config import Config, DatabaseSection, StaffSection
    from kiosk.domain.staff_pin import hash_pin

    pin_hash = hash_pin("24681357")
    shown = to_toml(
        Config(
            database=DatabaseSection(
                url="postgresql+psycopg://kiosk_app:s3cret@db.seocho.local/db", password_file="/etc/pgpass"
            ),
            staff=StaffSection(pin_hash=pin_hash),
        )
    )
    assert "s3cret" not in shown and pin_hash not in shown
    assert pin_hash.split("$")[-1] not in shown
    assert 'url = "postgresql+psycopg://kiosk_app:***@db.seocho.local/db"' in shown
    assert 'password_file = "/etc/pgpass"' in shown  # where it is kept is not the secret
    assert "# pin_hash is set; not shown" in shown
    # Saved as a starting point, the output still loads (the PIN hash is left at its default).
    loaded = load_config(_write(tmp_path, to_toml(Config(staff=StaffSection(pin_hash=pin_hash)))))
    assert loaded.staff.pin_hash == ""


def test_config_show_prints_no_pin_hash_from_the_file(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from kiosk.cli import main
    from kiosk.domain.staff_pin import hash_pin

    pin_hash = hash_pin("24681357")
    path = _write(tmp_path, f'[staff]\npin_hash = "{pin_hash}"\n')
    assert main(["--config", str(path), "config", "show"]) == 0
    out = capsys.readouterr().out
    assert pin_hash not in out and "[staff]" in out
