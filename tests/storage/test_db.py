"""Opening, migrating and protecting the database file."""

from __future__ import annotations

import stat

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
