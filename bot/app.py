"""The composition root: configuration, database, clock and (later) the Telegram Application."""

from __future__ import annotations

import sqlite_utils

from bot.clock import Clock, SystemClock
from bot.config import Config
from storage import open_database


def open_db(cfg: Config) -> sqlite_utils.Database:
    """Return the configured database, created and migrated when needed."""
    return open_database(cfg.database)


def system_clock() -> Clock:
    """Return the wall clock; the only place outside tests and demos that reads it."""
    return SystemClock()
