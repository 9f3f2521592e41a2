"""The kiosk's configuration: one TOML file, every option declared once with its type and default.

A missing file means all defaults. Unknown keys, wrong types and out-of-range values are refused at
start with a `ConfigError` naming the key, so a typo never silently falls back to a default.
"""

from __future__ import annotations

import dataclasses
import logging
import stat
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from kiosk import database_url, paths
from kiosk.domain.staff_pin import InvalidPinHash, LockRule, parse_pin_hash
from kiosk.domain.time_limits import InvalidTimeLimits, TimeLimits

log = logging.getLogger(__name__)


class ConfigError(Exception):
    """The configuration file cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class KioskSection:
    language: str = "ko"
    idle_seconds: int = 120
    idle_warning_seconds: int = 30
    staff_idle_seconds: int = 90
    fullscreen: bool = True
    name: str = "Seocho-gu Office lobby"

    def time_limits(self) -> TimeLimits:
        """The idle limits until staff save others on screen."""
        return TimeLimits(self.idle_seconds, self.idle_warning_seconds)

    def validate(self) -> None:
        _require(self.language in ("ko", "en"), "kiosk.language", 'must be "ko" or "en"')
        # The same ranges staff may choose on screen (kiosk/domain/time_limits.py, accessibility K11).
        try:
            self.time_limits()
        except InvalidTimeLimits as err:
            raise ConfigError(f"kiosk.idle_seconds / kiosk.idle_warning_seconds: {err}") from None
        _require(self.staff_idle_seconds >= 30, "kiosk.staff_idle_seconds", "must be at least 30")


@dataclass(frozen=True)
class DatabaseSection:
    # Empty means SQLite in the user data folder. PostgreSQL on another host: verified TLS, no password
    # in the URL (kiosk/database_url.py).
    url: str = ""
    # libpq's password file (host:port:database:user:password lines, mode 0600) for a PostgreSQL URL.
    password_file: str = ""
    # Connect to a PostgreSQL server on the network without verifying its certificate (logged).
    allow_unverified_tls: bool = False

    def resolved_url(self) -> str:
        """The SQLAlchemy URL to connect to (with the password file as libpq's `passfile`)."""
        if not self.url:
            return f"sqlite:///{paths.user_data_dir() / 'kiosk.sqlite3'}"
        warning = database_url.check_url(self.url, self.allow_unverified_tls)
        if warning:
            log.warning("%s", warning)
        if not self.password_file:
            return self.url
        joiner = "&" if urlsplit(self.url).query else "?"
        return f"{self.url}{joiner}{urlencode({'passfile': self.password_file_path()})}"

    def password_file_path(self) -> Path:
        return Path(self.password_file).expanduser()

    def validate(self) -> None:
        if not self.url:
            _require(not self.password_file, "database.password_file", "needs a PostgreSQL database.url")
            return
        _require("://" in self.url, "database.url", "must be an SQLAlchemy URL such as sqlite:///path")
        try:
            database_url.check_url(self.url, self.allow_unverified_tls)
        except database_url.UnsafeDatabaseUrl as err:
            raise ConfigError(f"database.url {err}") from None
        if self.password_file:
            _require(
                database_url.is_postgresql(self.url),
                "database.password_file",
                "needs a PostgreSQL database.url",
            )
            self._check_password_file()

    def _check_password_file(self) -> None:
        path = self.password_file_path()
        try:
            mode = path.stat().st_mode
        except OSError as err:
            raise ConfigError(f"database.password_file {path} cannot be read: {err.strerror}") from None
        _require(stat.S_ISREG(mode), "database.password_file", f"{path} is not a file")
        # libpq silently ignores a password file that others can read; say so instead.
        _require(
            mode & 0o077 == 0,
            "database.password_file",
            f"{path} can be read by others: make it the kiosk user's only (chmod 600)",
        )


@dataclass(frozen=True)
class StationSection:
    """Addresses of the online Seocho Tax Station (the ZEP URL is not published: set it here)."""

    metaverse_url: str = "https://zep.us/play/seocho-tax-station"
    consultation_room_url: str = "https://zep.us/play/seocho-tax-station?room=consultation"
    lecture_room_url: str = "https://zep.us/play/seocho-tax-station?room=lecture"
    district_tax_url: str = "https://www.seocho.go.kr"
    payment_url: str = "https://etax.seoul.go.kr"
    staff_phone: str = "02-2155-6114"

    def validate(self) -> None:
        for f in dataclasses.fields(self):
            if f.name.endswith("_url"):
                _require_http_url(getattr(self, f.name), f"station.{f.name}")


@dataclass(frozen=True)
class PrinterSection:
    # "none" shows slips on screen and offers PDF; "system" uses Qt/CUPS; "escpos" a receipt printer.
    kind: str = "none"
    name: str = ""
    paper: str = "80mm"
    escpos_target: str = ""

    def validate(self) -> None:
        _require(
            self.kind in ("none", "system", "escpos"), "printer.kind", 'must be "none", "system" or "escpos"'
        )
        _require(self.paper in ("80mm", "58mm", "a4"), "printer.paper", 'must be "80mm", "58mm" or "a4"')


@dataclass(frozen=True)
class BookingSection:
    min_notice_days: int = 7
    horizon_days: int = 60
    max_bookings_per_phone_per_day: int = 1
    retention_days: int = 30

    def validate(self) -> None:
        _require(self.min_notice_days >= 0, "booking.min_notice_days", "must be 0 or more")
        _require(
            self.horizon_days > self.min_notice_days,
            "booking.horizon_days",
            "must be larger than booking.min_notice_days",
        )
        _require(
            self.max_bookings_per_phone_per_day >= 1,
            "booking.max_bookings_per_phone_per_day",
            "must be at least 1",
        )
        _require(self.retention_days >= 1, "booking.retention_days", "must be at least 1")


@dataclass(frozen=True)
class StaffSection:
    # scrypt hash made by `kiosk staff set-pin`; empty means this kiosk has no staff mode.
    pin_hash: str = ""
    # Each run of this many wrong PINs locks a kiosk's pad longer (5, 15, 60 minutes, then until unlock).
    lock_after_failures: int = 5
    # Wrong PINs on all kiosks together before every pad is locked until staff unlock it.
    total_lock_after_failures: int = 100
    # Where the bookings desk writes a day's list; empty means <user data>/exports.
    export_dir: str = ""

    def export_path(self) -> Path:
        """The folder for exports (created by the writer)."""
        return Path(self.export_dir).expanduser() if self.export_dir else paths.user_data_dir() / "exports"

    def validate(self) -> None:
        if self.pin_hash.strip():
            try:
                parse_pin_hash(self.pin_hash)
            except InvalidPinHash as err:
                raise ConfigError(
                    f"[staff] pin_hash: {err.reason}; make a new one with kiosk staff set-pin"
                ) from None
        _require(self.lock_after_failures >= 1, "staff.lock_after_failures", "must be at least 1")
        # One kiosk's guesses must never lock the others and the staff console.
        most = LockRule(self.lock_after_failures).most_failures()
        _require(
            self.total_lock_after_failures > most,
            "staff.total_lock_after_failures",
            f"must be more than the {most} wrong PINs one kiosk can make before it waits for unlock",
        )


@dataclass(frozen=True)
class ScreenSection:
    """The physical panel, so that sizes can be checked in millimetres (accessibility K01, K09)."""

    width_mm: float = 597.9  # 27-inch 16:9 panel
    height_mm: float = 336.3
    width_px: int = 1920
    height_px: int = 1080
    bottom_edge_height_mm: float = 700.0  # above the floor
    tilt_degrees: float = 0.0
    # Low-reach mode keeps every control below this height: a child of 5-8 reaches about 1016 mm
    # forward (ADA 308 advisory), a wheelchair user over a counter about 1120 mm (ADA 308.2.2).
    low_reach_top_mm: float = 950.0

    def validate(self) -> None:
        _require(self.width_mm > 0 and self.height_mm > 0, "screen.width_mm", "must be positive")
        _require(self.width_px > 0 and self.height_px > 0, "screen.width_px", "must be positive")
        _require(0 <= self.tilt_degrees < 90, "screen.tilt_degrees", "must be from 0 up to 90")
        _require(
            self.low_reach_top_mm > self.bottom_edge_height_mm,
            "screen.low_reach_top_mm",
            "must be above screen.bottom_edge_height_mm",
        )


@dataclass(frozen=True)
class SpeechSection:
    """Voice guidance (accessibility K16): Qt's text-to-speech engine and how it speaks."""

    # "speechd" (speech-dispatcher with espeak-ng), "mock" (Qt's silent test engine) or "none".
    engine: str = "speechd"
    # -1.0 .. 1.0; a little slower than normal for older residents.
    rate: float = -0.2
    # The calibrated volume steps (K18); empty means resources/content/volume_steps.toml. A site that
    # measured its speaker with a sound-level meter points this at its own copy.
    volume_steps: str = ""

    def volume_steps_path(self) -> Path:
        """The volume table to load."""
        return (
            Path(self.volume_steps).expanduser()
            if self.volume_steps
            else paths.content_dir() / "volume_steps.toml"
        )

    def validate(self) -> None:
        _require(
            self.engine in ("speechd", "mock", "none"), "speech.engine", 'must be "speechd", "mock" or "none"'
        )
        _require(-1.0 <= self.rate <= 1.0, "speech.rate", "must be from -1.0 to 1.0")


@dataclass(frozen=True)
class SoundSection:
    """Feedback sounds (accessibility K23) and the audio outputs watched for earphones (K17)."""

    # A click on every activation and a chime on completion; staff may switch them off.
    feedback: bool = True
    # "auto" plays through Qt Multimedia when the machine has a sound card or server, "qt" always tries,
    # "none" is silent (and does not watch for earphones).
    output: str = "auto"

    def validate(self) -> None:
        _require(self.output in ("auto", "qt", "none"), "sound.output", 'must be "auto", "qt" or "none"')


@dataclass(frozen=True)
class Config:
    kiosk: KioskSection = field(default_factory=KioskSection)
    database: DatabaseSection = field(default_factory=DatabaseSection)
    station: StationSection = field(default_factory=StationSection)
    printer: PrinterSection = field(default_factory=PrinterSection)
    booking: BookingSection = field(default_factory=BookingSection)
    staff: StaffSection = field(default_factory=StaffSection)
    screen: ScreenSection = field(default_factory=ScreenSection)
    speech: SpeechSection = field(default_factory=SpeechSection)
    sound: SoundSection = field(default_factory=SoundSection)
    source: Path | None = None


def load_config(path: Path | None = None) -> Config:
    """Read and validate the configuration; a missing file gives the defaults."""
    path = path or paths.default_config_file()
    if not path.exists():
        return _build({}, None)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as err:
        raise ConfigError(f"{path}: not UTF-8 text ({err.reason})") from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from err
    except OSError as err:
        raise ConfigError(f"{path}: cannot be read: {err.strerror}") from err
    try:
        return _build(raw, path)
    except ConfigError as err:
        raise ConfigError(f"{path}: {err}") from None


def default_config() -> Config:
    return _build({}, None)


def _build(raw: dict[str, Any], source: Path | None) -> Config:
    sections: dict[str, Any] = {}
    section_types = {f.name: f for f in dataclasses.fields(Config) if f.name != "source"}
    for key in raw:
        if key not in section_types:
            raise ConfigError(f"unknown section [{key}]; known: {', '.join(section_types)}")
    for name, f in section_types.items():
        section_cls = f.default_factory  # type: ignore[misc]
        values = raw.get(name, {})
        if not isinstance(values, dict):
            raise ConfigError(f"[{name}] must be a table")
        section = _build_section(name, section_cls, values)  # type: ignore[arg-type]
        section.validate()
        sections[name] = section
    return Config(**sections, source=source)


def _build_section(name: str, cls: type, values: dict[str, Any]) -> Any:
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(f"unknown key {name}.{key}; known: {', '.join(sorted(known))}")
        _check_type(f"{name}.{key}", value, hints[key])
    return cls(**values)


def _check_type(key: str, value: Any, expected: Any) -> None:
    allowed = typing.get_args(expected) if isinstance(expected, types.UnionType) else (expected,)
    if float in allowed and isinstance(value, int) and not isinstance(value, bool):
        return
    if isinstance(value, bool) and bool not in allowed:
        raise ConfigError(f"{key} must be {_type_name(expected)}, not true/false")
    if not isinstance(value, allowed):
        raise ConfigError(f"{key} must be {_type_name(expected)}, not {type(value).__name__}")


def _type_name(expected: Any) -> str:
    return {str: "a string", int: "a whole number", float: "a number", bool: "true or false"}.get(
        expected, str(expected)
    )


def _require(condition: bool, key: str, message: str) -> None:
    if not condition:
        raise ConfigError(f"{key} {message}")


def _require_http_url(url: str, key: str) -> None:
    parts = urlsplit(url)
    _require(
        parts.scheme in ("http", "https") and bool(parts.netloc),
        key,
        f"must be an http(s) address, not {url!r}",
    )
