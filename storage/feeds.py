"""Subscribed feeds, their conditional-request state and back-off, and the items taken."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from .times import from_db, to_db


@dataclass(frozen=True, slots=True)
class Feed:
    id: int
    url: str
    title: str | None
    etag: str | None
    last_modified: str | None
    added_at: dt.datetime
    last_polled_at: dt.datetime | None
    last_ok_at: dt.datetime | None
    failures: int  # consecutive failed polls; 0 when the last one worked
    next_poll_at: dt.datetime | None  # set while backing off
    last_error: str | None


@dataclass(frozen=True, slots=True)
class NewItem:
    """An item read from a feed."""

    key: str  # the item's id (guid), else its link
    link: str | None
    title: str | None
    published_on: dt.date | None


@dataclass(frozen=True, slots=True)
class PendingItem:
    feed_id: int
    key: str
    link: str | None
    title: str | None
    published_on: dt.date | None
    attempts: int


_COLUMNS = (
    "id, url, title, etag, last_modified, added_at, last_polled_at, last_ok_at, failures, "
    "next_poll_at, last_error"
)


def _feed(row: tuple[Any, ...]) -> Feed:
    return Feed(
        id=row[0],
        url=row[1],
        title=row[2],
        etag=row[3],
        last_modified=row[4],
        added_at=from_db(row[5]),  # type: ignore[arg-type]
        last_polled_at=from_db(row[6]),
        last_ok_at=from_db(row[7]),
        failures=row[8],
        next_poll_at=from_db(row[9]),
        last_error=row[10],
    )


def add_feed(db: sqlite_utils.Database, url: str, *, now: dt.datetime) -> tuple[Feed, bool]:
    """Return the feed with this URL and whether it was new."""
    known = get_feed(db, url)
    if known is not None:
        return known, False  # (no INSERT OR IGNORE: it would use up an id)
    db.execute("INSERT INTO feeds (url, added_at) VALUES (?, ?)", [url, to_db(now)])
    feed = get_feed(db, url)
    assert feed is not None
    return feed, True


def get_feed(db: sqlite_utils.Database, url_or_id: str | int) -> Feed | None:
    """Return the feed with this URL (or id), or None."""
    column = "id" if isinstance(url_or_id, int) else "url"
    row = db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE {column} = ?", [url_or_id]).fetchone()
    return None if row is None else _feed(row)


def list_feeds(db: sqlite_utils.Database) -> list[Feed]:
    """Return every feed, in the order they were added (empty list when none)."""
    return [_feed(r) for r in db.execute(f"SELECT {_COLUMNS} FROM feeds ORDER BY id").fetchall()]


def remove_feed(db: sqlite_utils.Database, url_or_id: str | int) -> bool:
    """Forget a feed and its items (articles already ingested stay); return whether it existed."""
    feed = get_feed(db, url_or_id)
    if feed is None:
        return False
    with db.atomic():
        db.execute("DELETE FROM feed_items WHERE feed_id = ?", [feed.id])
        db.execute("DELETE FROM feeds WHERE id = ?", [feed.id])
    return True


def due_feeds(db: sqlite_utils.Database, now: dt.datetime) -> list[Feed]:
    """Return the feeds not backing off at ``now``, in the order they were added."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM feeds WHERE next_poll_at IS NULL OR next_poll_at <= ? ORDER BY id",
        [to_db(now)],
    ).fetchall()
    return [_feed(r) for r in rows]


def failing_feeds(db: sqlite_utils.Database) -> list[Feed]:
    """Return the feeds whose last poll failed, most failures first (empty list when none)."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM feeds WHERE failures > 0 ORDER BY failures DESC, id"
    ).fetchall()
    return [_feed(r) for r in rows]


def record_poll_ok(
    db: sqlite_utils.Database,
    feed_id: int,
    *,
    now: dt.datetime,
    etag: str | None,
    last_modified: str | None,
    title: str | None = None,
) -> None:
    """Record a poll that worked: validators kept for the next conditional request."""
    db.execute(
        "UPDATE feeds SET etag = ?, last_modified = ?, title = ifnull(?, title), "
        "last_polled_at = ?, last_ok_at = ?, failures = 0, next_poll_at = NULL, "
        "last_error = NULL WHERE id = ?",
        [etag, last_modified, title, to_db(now), to_db(now), feed_id],
    )


def record_poll_failure(
    db: sqlite_utils.Database,
    feed_id: int,
    *,
    now: dt.datetime,
    error: str,
    next_poll_at: dt.datetime,
) -> Feed:
    """Record a failed poll and when to try again; return the feed as it now is."""
    db.execute(
        "UPDATE feeds SET last_polled_at = ?, failures = failures + 1, next_poll_at = ?, "
        "last_error = ? WHERE id = ?",
        [to_db(now), to_db(next_poll_at), error, feed_id],
    )
    feed = get_feed(db, feed_id)
    assert feed is not None
    return feed


def add_items(
    db: sqlite_utils.Database, feed_id: int, items: list[NewItem], *, now: dt.datetime
) -> int:
    """Remember items not seen before as pending; return how many were new."""
    new = 0
    with db.atomic():
        for item in items:
            cur = db.execute(
                "INSERT OR IGNORE INTO feed_items (feed_id, item_key, link, title, "
                "published_on, seen_at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    feed_id,
                    item.key,
                    item.link,
                    item.title,
                    item.published_on.isoformat() if item.published_on else None,
                    to_db(now),
                ],
            )
            new += cur.rowcount
    return new


def pending_items(db: sqlite_utils.Database, feed_id: int) -> list[PendingItem]:
    """Return the feed's items still to ingest, oldest first (empty list when none)."""
    rows = db.execute(
        "SELECT feed_id, item_key, link, title, published_on, attempts FROM feed_items "
        "WHERE feed_id = ? AND status = 'pending' ORDER BY seen_at, rowid",
        [feed_id],
    ).fetchall()
    return [
        PendingItem(r[0], r[1], r[2], r[3], dt.date.fromisoformat(r[4]) if r[4] else None, r[5])
        for r in rows
    ]


def mark_item_ingested(
    db: sqlite_utils.Database, feed_id: int, key: str, *, article_id: str, now: dt.datetime
) -> None:
    """Record that an item's page is stored: it is never fetched again."""
    db.execute(
        "UPDATE feed_items SET status = 'ingested', attempts = attempts + 1, article_id = ?, "
        "error = NULL, done_at = ? WHERE feed_id = ? AND item_key = ?",
        [article_id, to_db(now), feed_id, key],
    )


def mark_item_failed(
    db: sqlite_utils.Database,
    feed_id: int,
    key: str,
    *,
    error: str,
    give_up: bool,
    now: dt.datetime,
) -> None:
    """Record a failed attempt; with ``give_up`` the item is not tried again."""
    db.execute(
        "UPDATE feed_items SET attempts = attempts + 1, error = ?, status = ?, done_at = ? "
        "WHERE feed_id = ? AND item_key = ?",
        [error, "failed" if give_up else "pending", to_db(now) if give_up else None, feed_id, key],
    )


def item_counts(db: sqlite_utils.Database, feed_id: int) -> dict[str, int]:
    """Return the number of the feed's items per status."""
    rows = db.execute(
        "SELECT status, count(*) FROM feed_items WHERE feed_id = ? GROUP BY status", [feed_id]
    ).fetchall()
    return {r[0]: int(r[1]) for r in rows}
