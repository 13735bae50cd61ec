"""Opening the database: WAL, busy timeout, owner-only file mode, migrations."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

from .migrations import MIGRATIONS

BUSY_TIMEOUT_MS = 5000


def open_database(path: Path | str) -> sqlite_utils.Database:
    """Return the database at ``path``, created (mode 0600) and migrated to the latest schema.

    ``":memory:"`` gives an in-memory database.
    """
    if str(path) != ":memory:":
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            # Create the file readable by its owner only before SQLite opens it.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    if str(path) != ":memory:":
        db.enable_wal()
        db.execute("PRAGMA synchronous = NORMAL")
    MIGRATIONS.apply(db)
    return db


def schema_version(db: sqlite_utils.Database) -> int:
    """Return the number of applied migrations (1 for the first schema)."""
    return len(MIGRATIONS.applied(db))


def database_file(db: sqlite_utils.Database) -> str | None:
    """Return the file of ``db``'s main database, or None for an in-memory one (which no
    other connection can open)."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return str(file) or None
    return None
