"""Opening, migrating and protecting the database file."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from storage import open_database
from storage.db import schema_version
from storage.migrations import MIGRATIONS


def test_new_database_is_migrated_to_latest(db_path):
    db = open_database(db_path)
    assert schema_version(db) == len(MIGRATIONS._migrations) >= 1
    assert {"articles", "events", "chats", "subscriptions", "reminders", "deliveries"} <= set(
        db.table_names()
    )
    db.close()


def test_reopening_applies_nothing_twice(db_path):
    open_database(db_path).close()
    db = open_database(db_path)
    assert MIGRATIONS.pending(db) == []
    assert schema_version(db) == len(MIGRATIONS._migrations)
    db.close()


def test_wal_mode_and_busy_timeout(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_file_is_readable_by_owner_only(db_path):
    open_database(db_path).close()
    mode = stat.S_IMODE(db_path.stat().st_mode)
    assert mode & (stat.S_IRWXG | stat.S_IRWXO) == 0


def test_a_transaction_takes_the_write_lock_when_it_begins(db_path):
    """Another connection cannot commit between a transaction's read and its write (which
    would make that write fail at once with "database is locked")."""
    db, other = open_database(db_path), open_database(db_path)
    other.execute("PRAGMA busy_timeout = 0")  # fail at once instead of waiting
    db["notes"].insert({"id": 1, "n": 0}, pk="id")
    with db.atomic():
        n = db.execute("SELECT n FROM notes WHERE id = 1").fetchone()[0]
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("UPDATE notes SET n = 5 WHERE id = 1")
        db.execute("UPDATE notes SET n = ? WHERE id = 1", [n + 1])
    other.execute("UPDATE notes SET n = n + 10 WHERE id = 1")
    assert db.execute("SELECT n FROM notes").fetchone()[0] == 11
    with db.atomic(), db.atomic():  # nested: a savepoint inside
        db.execute("UPDATE notes SET n = 0")
    assert other.execute("SELECT n FROM notes").fetchone()[0] == 0
    db.close()
    other.close()
