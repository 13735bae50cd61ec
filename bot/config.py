"""Configuration: read once from TOML and the environment into a frozen dataclass."""

from __future__ import annotations

import os
import tomllib
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import time
from pathlib import Path
from typing import Any

DEFAULT_DATABASE = "~/.local/share/newscal/newscal.db"
DEFAULT_CACHE_DIR = "~/.cache/newscal"  # ($XDG_CACHE_HOME/newscal where that is set)


class ConfigError(ValueError):
    """A configuration value is wrong; str() names the key and says what is expected."""


@dataclass(frozen=True)
class TelegramConfig:
    token: str | None = None
    base_url: str | None = None
    mode: str = "polling"
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    admin_chat_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class ReminderConfig:
    day_before: time = time(9, 0)
    on_day: time = time(8, 0)
    timed_lead_minutes: int = 60
    deadline_at: time = time(9, 0)
    digest_at: time = time(8, 0)
    digest_enabled: bool = True
    quiet_hours: tuple[time, time] | None = None
    grace_minutes: int = 120


@dataclass(frozen=True)
class FeedConfig:
    poll_minutes: int = 30
    max_backoff_minutes: int = 24 * 60
    timeout_seconds: int = 30
    max_item_attempts: int = 3


@dataclass(frozen=True)
class WatchConfig:
    dirs: tuple[Path, ...] = ()
    settle_seconds: int = 2
    poll_seconds: int = 5


@dataclass(frozen=True)
class Config:
    database: Path = field(default_factory=lambda: Path(DEFAULT_DATABASE).expanduser())
    timezone: str = "Asia/Shanghai"
    # where the command keeps what it may rebuild (compiled patterns); None: nowhere
    cache_dir: Path | None = field(default_factory=lambda: Path(DEFAULT_CACHE_DIR).expanduser())
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    reminders: ReminderConfig = field(default_factory=ReminderConfig)
    feeds: FeedConfig = field(default_factory=FeedConfig)
    watch: WatchConfig = field(default_factory=WatchConfig)

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


_ENV = {
    "NEWSCAL_DATABASE": "database",
    "NEWSCAL_TIMEZONE": "timezone",
    "NEWSCAL_CACHE_DIR": "cache_dir",
    "NEWSCAL_TELEGRAM_BASE_URL": "telegram.base_url",
    "NEWSCAL_TELEGRAM_MODE": "telegram.mode",
    "NEWSCAL_WEBHOOK_URL": "telegram.webhook_url",
    "NEWSCAL_ADMIN_CHAT_IDS": "telegram.admin_chat_ids",
    "NEWSCAL_WATCH_DIRS": "watch.dirs",
}


def load_config(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """Return the configuration from ``path`` (or $NEWSCAL_CONFIG) and the environment.

    Without a file the built-in defaults apply. Raises ConfigError naming the bad key.
    """
    env = os.environ if environ is None else environ
    raw: dict[str, Any] = {}
    if path is None and env.get("NEWSCAL_CONFIG"):
        path = Path(env["NEWSCAL_CONFIG"])
    if path is not None:
        try:
            raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    flat = _flatten(raw)
    for var, key in _ENV.items():
        if env.get(var):
            flat[key] = env[var]
    if "cache_dir" not in flat and env.get("XDG_CACHE_HOME"):
        flat["cache_dir"] = str(Path(env["XDG_CACHE_HOME"]) / "newscal")
    token = env.get("TELEGRAM_BOT_TOKEN") or None
    if "telegram.token" in flat:
        raise ConfigError("telegram.token: put the token in TELEGRAM_BOT_TOKEN, not in the file")
    return _build(flat, token)


def _flatten(raw: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if isinstance(value, Mapping):
            out.update(_flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def _build(flat: dict[str, Any], token: str | None) -> Config:
    known = {"database", "timezone", "cache_dir"}
    known |= {f"telegram.{f.name}" for f in fields(TelegramConfig) if f.name != "token"}
    known |= {f"reminders.{f.name}" for f in fields(ReminderConfig)}
    known |= {f"feeds.{f.name}" for f in fields(FeedConfig)}
    known |= {f"watch.{f.name}" for f in fields(WatchConfig)}
    unknown = sorted(set(flat) - known)
    if unknown:
        raise ConfigError(f"{unknown[0]}: unknown configuration key")
    cfg = Config()
    if "database" in flat:
        cfg = replace(cfg, database=Path(_str(flat, "database")).expanduser())
    if "cache_dir" in flat:
        folder = _str(flat, "cache_dir")
        cfg = replace(cfg, cache_dir=Path(folder).expanduser() if folder else None)
    if "timezone" in flat:
        tz = _str(flat, "timezone")
        try:
            zoneinfo.ZoneInfo(tz)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ConfigError(f"timezone: unknown time zone {tz!r} (e.g. Asia/Shanghai)") from None
        cfg = replace(cfg, timezone=tz)
    tg = TelegramConfig(
        token=token,
        base_url=_str(flat, "telegram.base_url", "") or None,
        mode=_choice(flat, "telegram.mode", ("polling", "webhook"), "polling"),
        webhook_url=_str(flat, "telegram.webhook_url", "") or None,
        webhook_listen=_str(flat, "telegram.webhook_listen", "127.0.0.1"),
        webhook_port=_int(flat, "telegram.webhook_port", 8443, 1, 65535),
        admin_chat_ids=_ids(flat, "telegram.admin_chat_ids"),
    )
    if tg.mode == "webhook" and not tg.webhook_url:
        raise ConfigError("telegram.webhook_url: required when telegram.mode is 'webhook'")
    d = ReminderConfig()
    rem = ReminderConfig(
        day_before=_time(flat, "reminders.day_before", d.day_before),
        on_day=_time(flat, "reminders.on_day", d.on_day),
        timed_lead_minutes=_int(flat, "reminders.timed_lead_minutes", 60, 0, 7 * 24 * 60),
        deadline_at=_time(flat, "reminders.deadline_at", d.deadline_at),
        digest_at=_time(flat, "reminders.digest_at", d.digest_at),
        digest_enabled=_bool(flat, "reminders.digest_enabled", True),
        quiet_hours=parse_quiet_hours(
            _str(flat, "reminders.quiet_hours", ""), key="reminders.quiet_hours"
        ),
        grace_minutes=_int(flat, "reminders.grace_minutes", 120, 0, 7 * 24 * 60),
    )
    feeds = FeedConfig(
        poll_minutes=_int(flat, "feeds.poll_minutes", 30, 1, 7 * 24 * 60),
        max_backoff_minutes=_int(flat, "feeds.max_backoff_minutes", 24 * 60, 1, 30 * 24 * 60),
        timeout_seconds=_int(flat, "feeds.timeout_seconds", 30, 1, 600),
        max_item_attempts=_int(flat, "feeds.max_item_attempts", 3, 1, 100),
    )
    watch = WatchConfig(
        dirs=_paths(flat, "watch.dirs"),
        settle_seconds=_int(flat, "watch.settle_seconds", 2, 0, 3600),
        poll_seconds=_int(flat, "watch.poll_seconds", 5, 1, 3600),
    )
    return replace(cfg, telegram=tg, reminders=rem, feeds=feeds, watch=watch)


def _str(flat: dict[str, Any], key: str, default: str | None = None) -> str:
    value = flat.get(key, default)
    if not isinstance(value, str):
        raise ConfigError(f"{key}: expected a string, got {value!r}")
    return value


def _int(flat: dict[str, Any], key: str, default: int, lo: int, hi: int) -> int:
    value = flat.get(key, default)
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{key}: expected a whole number, got {value!r}") from None
    if isinstance(value, bool) or not lo <= number <= hi:
        raise ConfigError(f"{key}: expected a number from {lo} to {hi}, got {value!r}")
    return number


def _bool(flat: dict[str, Any], key: str, default: bool) -> bool:
    value = flat.get(key, default)
    if isinstance(value, str) and value.lower() in ("true", "false", "1", "0", "yes", "no"):
        return value.lower() in ("true", "1", "yes")
    if not isinstance(value, bool):
        raise ConfigError(f"{key}: expected true or false, got {value!r}")
    return value


def _choice(flat: dict[str, Any], key: str, choices: tuple[str, ...], default: str) -> str:
    value = _str(flat, key, default)
    if value not in choices:
        raise ConfigError(f"{key}: expected one of {', '.join(choices)}, got {value!r}")
    return value


def _ids(flat: dict[str, Any], key: str) -> frozenset[int]:
    value = flat.get(key, [])
    items = value.split(",") if isinstance(value, str) else value
    try:
        return frozenset(int(str(v).strip()) for v in items if str(v).strip())
    except (TypeError, ValueError):
        raise ConfigError(f"{key}: expected a list of chat ids, got {value!r}") from None


def _paths(flat: dict[str, Any], key: str) -> tuple[Path, ...]:
    value = flat.get(key, [])
    # From the environment: paths separated by the OS path separator (":" on Linux).
    items = value.split(os.pathsep) if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        raise ConfigError(f"{key}: expected a list of folder paths, got {value!r}")
    return tuple(Path(v).expanduser() for v in items if v.strip())


def _time(flat: dict[str, Any], key: str, default: time) -> time:
    value = flat.get(key)
    if value is None:
        return default
    parsed = parse_hhmm(value) if isinstance(value, str) else None
    if parsed is None:
        raise ConfigError(f'{key}: expected a time of day like "09:00", got {value!r}')
    return parsed


def parse_hhmm(text: str) -> time | None:
    """Return the time of ``HH:MM`` text, or None when it is not one."""
    hh, sep, mm = text.strip().partition(":")
    if not sep or not hh.isdecimal() or not mm.isdecimal() or len(mm) != 2:
        return None
    if not (0 <= int(hh) <= 23 and 0 <= int(mm) <= 59):
        return None
    return time(int(hh), int(mm))


def parse_quiet_hours(text: str, key: str = "quiet_hours") -> tuple[time, time] | None:
    """Return (start, end) of ``HH:MM-HH:MM``; None for empty text. Raises ConfigError."""
    if not text.strip():
        return None
    start, sep, end = text.partition("-")
    a, b = parse_hhmm(start), parse_hhmm(end)
    if not sep or a is None or b is None or a == b:
        raise ConfigError(f'{key}: expected a span like "22:00-07:00", got {text!r}')
    return a, b
