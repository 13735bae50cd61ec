"""The [feeds] and [watch] configuration keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_config


def test_defaults():
    cfg = load_config(None, environ={})
    assert cfg.feeds.poll_minutes == 30 and cfg.feeds.max_backoff_minutes == 1440
    assert cfg.watch.dirs == () and cfg.watch.settle_seconds == 2


def test_file_and_environment(tmp_path: Path):
    path = tmp_path / "c.toml"
    path.write_text(
        '[feeds]\npoll_minutes = 10\n[watch]\ndirs = ["~/papers", "/srv/in"]\n', encoding="utf-8"
    )
    cfg = load_config(path, environ={})
    assert cfg.feeds.poll_minutes == 10
    assert cfg.watch.dirs == (Path("~/papers").expanduser(), Path("/srv/in"))
    env = load_config(path, environ={"NEWSCAL_WATCH_DIRS": "/a:/b"})
    assert env.watch.dirs == (Path("/a"), Path("/b"))


@pytest.mark.parametrize(
    "text, key",
    [
        ("[feeds]\npoll_minutes = 0", "feeds.poll_minutes"),
        ('[feeds]\ntimeout_seconds = "soon"', "feeds.timeout_seconds"),
        ("[watch]\ndirs = [1, 2]", "watch.dirs"),
        ("[watch]\nsettle_seconds = -1", "watch.settle_seconds"),
        ("[feeds]\nurls = []", "feeds.urls"),
    ],
)
def test_bad_values_name_the_key(tmp_path: Path, text, key):
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        load_config(path, environ={})
