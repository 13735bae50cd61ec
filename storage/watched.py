"""Files of watched folders already read: path, size and modification time of that version."""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from .times import to_db


def read_versions(db: sqlite_utils.Database) -> dict[str, tuple[int, int]]:
    """Return (size, mtime_ns) of the version last read, by absolute path."""
    rows = db.execute("SELECT path, size, mtime_ns FROM watched_files").fetchall()
    return {r[0]: (int(r[1]), int(r[2])) for r in rows}


def record_read(
    db: sqlite_utils.Database,
    path: str,
    version: tuple[int, int],
    *,
    outcome: str,
    now: dt.datetime,
    error: str | None = None,
) -> None:
    """Remember that this version of the file was read (or failed)."""
    db.execute(
        "INSERT INTO watched_files (path, size, mtime_ns, outcome, error, read_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET size = excluded.size, "
        "mtime_ns = excluded.mtime_ns, outcome = excluded.outcome, error = excluded.error, "
        "read_at = excluded.read_at",
        [path, version[0], version[1], outcome, error, to_db(now)],
    )
