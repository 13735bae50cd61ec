"""Configuration: defaults, the file, environment overrides, errors naming the key."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from bot.config import Config, ConfigError, load_config

ROOT = Path(__file__).resolve().parents[2]


def test_defaults_without_file():
    cfg = load_config(None, environ={})
    assert cfg.timezone == "Asia/Shanghai" and cfg.telegram.token is None
    assert cfg.reminders.day_before == dt.time(9) and cfg.reminders.grace_minutes == 120


def test_shipped_config_equals_builtin_defaults():
    cfg = load_config(ROOT / "config.toml", environ={})
    assert cfg == Config()


def test_every_key_is_commented():
    lines = (ROOT / "config.toml").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if "=" in line and not line.lstrip().startswith("#"):
            above = lines[max(0, i - 3) : i]
            assert any(x.lstrip().startswith("#") for x in above), f"uncommented key: {line}"
    tomllib.loads("\n".join(lines))


def test_environment_overrides(tmp_path):
    cfg = load_config(
        None,
        environ={
            "TELEGRAM_BOT_TOKEN": "1:abc",
            "NEWSCAL_DATABASE": str(tmp_path / "x.db"),
            "NEWSCAL_TIMEZONE": "Asia/Tokyo",
            "NEWSCAL_ADMIN_CHAT_IDS": "1, 2",
        },
    )
    assert cfg.telegram.token == "1:abc" and cfg.database == tmp_path / "x.db"
    assert cfg.timezone == "Asia/Tokyo" and cfg.telegram.admin_chat_ids == {1, 2}


def test_config_is_frozen():
    with pytest.raises(AttributeError):
        Config().timezone = "UTC"  # type: ignore[misc]


@pytest.mark.parametrize(
    "text,key",
    [
        pytest.param('timezone = "Nowhere/City"', "timezone", id="tz"),
        pytest.param('[reminders]\nday_before = "25:00"', "reminders.day_before", id="time"),
        pytest.param('[reminders]\ngrace_minutes = "soon"', "reminders.grace_minutes", id="int"),
        pytest.param('[reminders]\nquiet_hours = "22-7"', "reminders.quiet_hours", id="quiet"),
        pytest.param('[telegram]\nmode = "push"', "telegram.mode", id="mode"),
        pytest.param('[telegram]\ntoken = "1:x"', "telegram.token", id="token-in-file"),
        pytest.param('[telegram]\nadmin_chat_ids = ["a"]', "telegram.admin_chat_ids", id="ids"),
        pytest.param("colour = 1", "colour", id="unknown"),
        pytest.param("timezone = ", "not valid TOML", id="syntax"),
    ],
)
def test_bad_value_names_the_key(tmp_path, text, key):
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        load_config(path, environ={})


@pytest.mark.parametrize(
    "text,environ,expected",
    [
        pytest.param("", {}, Path("~/.cache/newscal").expanduser(), id="default"),
        pytest.param("", {"XDG_CACHE_HOME": "/x/cache"}, Path("/x/cache/newscal"), id="xdg"),
        pytest.param('cache_dir = "/y"', {"XDG_CACHE_HOME": "/x"}, Path("/y"), id="file-wins"),
        pytest.param('cache_dir = "/y"', {"NEWSCAL_CACHE_DIR": "/z"}, Path("/z"), id="env-wins"),
        pytest.param('cache_dir = ""', {"XDG_CACHE_HOME": "/x"}, None, id="empty-is-none"),
    ],
)
def test_cache_dir(tmp_path, text, environ, expected):
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    assert load_config(path, environ=environ).cache_dir == expected
