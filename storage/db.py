"""Opening the database: WAL, busy timeout, owner-only file mode, migrations."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from .migrations import MIGRATIONS

BUSY_TIMEOUT_MS = 5000


class Database(sqlite_utils.Database):
    """sqlite-utils' Database whose transactions take the write lock when they begin.

    A deferred transaction that reads and then writes fails at once with "database is
    locked" (busy_timeout does not help) when another connection committed in between: the
    digest planning thread, or ``newscal ingest`` beside ``newscal run``. BEGIN IMMEDIATE
    makes it wait for the lock (busy_timeout) before reading instead.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:  # nested: sqlite-utils' savepoint
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.conn.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.rollback()
                raise


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
    db = Database(conn)
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
