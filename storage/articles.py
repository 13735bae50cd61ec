"""Saving extracted pages: idempotent, and a corrected page updates its events in place."""

from __future__ import annotations

import datetime as dt
import hashlib
import zoneinfo
from collections import Counter
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from extractors.model import Event, Page, moment_iso

from .records import IngestOutcome
from .search import index_text
from .times import epoch_minute, to_db


@dataclass(frozen=True, slots=True)
class SavedPage:
    outcome: IngestOutcome
    article_id: str
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def article_id_for(source_key: str) -> str:
    """Return the article id of a source key (file name, URL): stable across corrections."""
    return _hash("article", source_key)


def save_page(
    db: sqlite_utils.Database,
    source_key: str,
    page: Page,
    *,
    timezone: str,
    now: dt.datetime,
    source: str | None = None,
) -> SavedPage:
    """Store a page and its events; return what changed.

    Saving the same text again changes nothing. Saving a corrected text for the same
    ``source_key`` updates events in place (their ids are stable), adds new ones and removes
    vanished ones, cancelling their pending reminders.
    """
    article_id = article_id_for(source_key)
    text_hash = _hash("text", page.text)
    existing = db.execute("SELECT text_hash FROM articles WHERE id = ?", [article_id]).fetchone()
    if existing is not None and existing[0] == text_hash:
        return SavedPage(IngestOutcome.UNCHANGED, article_id)
    stamp = to_db(now)
    rows = _event_rows(article_id, page.events, zoneinfo.ZoneInfo(timezone), stamp)
    with db.atomic():
        db.execute(
            """
            INSERT INTO articles (id, source, published_on, title, page, text, text_hash,
                                  ingested_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET
                source = excluded.source, published_on = excluded.published_on,
                title = excluded.title, page = excluded.page, text = excluded.text,
                text_hash = excluded.text_hash, updated_at = excluded.updated_at
            """,
            [
                article_id,
                source or source_key,
                page.published.isoformat() if page.published else None,
                page.title,
                page.page,
                page.text,
                text_hash,
                stamp,
                stamp,
            ],
        )
        before = {
            row[0]: row[1:]
            for row in db.execute(
                'SELECT id, title, start, "end", kind, location, evidence FROM events '
                "WHERE article_id = ?",
                [article_id],
            ).fetchall()
        }
        added, changed = [], []
        for row in rows:
            old = before.get(row["id"])
            key = (
                row["title"],
                row["start"],
                row["end"],
                row["kind"],
                row["location"],
                row["evidence"],
            )
            if old is None:
                added.append(row["id"])
                db.table("events").insert(row)
            elif tuple(old) != key:
                changed.append(row["id"])
                update = {k: v for k, v in row.items() if k not in ("id", "created_at")}
                db.table("events").update(row["id"], update)
            else:
                continue
            index_event(db, row["id"])
        removed = sorted(set(before) - {row["id"] for row in rows})
        for event_id in removed:
            db.execute(
                "UPDATE reminders SET status = 'cancelled', last_error = 'event removed' "
                "WHERE event_id = ? AND status = 'pending'",
                [event_id],
            )
            unindex_event(db, event_id)
            db.execute("DELETE FROM events WHERE id = ?", [event_id])
    outcome = IngestOutcome.NEW if existing is None else IngestOutcome.UPDATED
    return SavedPage(outcome, article_id, tuple(added), tuple(changed), tuple(removed))


def _event_rows(
    article_id: str, events: tuple[Event, ...], tz: zoneinfo.ZoneInfo, stamp: str
) -> list[dict[str, Any]]:
    seen: Counter[str] = Counter()
    rows = []
    for event in events:
        title_key = "".join(event.title.split())
        seen[title_key] += 1
        rows.append(
            {
                "id": _hash("event", article_id, title_key, str(seen[title_key])),
                "article_id": article_id,
                "title": event.title,
                "start": moment_iso(event.start),
                "end": moment_iso(event.end),
                "all_day": int(event.all_day),
                "timezone": tz.key,
                "start_at": to_db(local_instant(event.start, tz)),
                "end_at": to_db(local_instant(event.end, tz, end=True)),
                "kind": str(event.kind),
                "location": event.location,
                "evidence": event.evidence,
                "sentence": event.sentence,
                "article_title": event.article,
                "confidence": event.confidence,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    return rows


def local_instant(value: dt.date, tz: zoneinfo.ZoneInfo, *, end: bool = False) -> dt.datetime:
    """Return the aware instant of a local date or wall time.

    A whole day starts at local midnight; with ``end`` it ends at the next local midnight.
    """
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=tz)
    day = value + dt.timedelta(days=1) if end else value
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=tz)


def index_event(db: sqlite_utils.Database, event_id: str) -> None:
    """(Re)write the search and interval index entries of one event."""
    row = db.execute(
        "SELECT rowid, title, location, evidence, article_title, start_at, end_at "
        "FROM events WHERE id = ?",
        [event_id],
    ).fetchone()
    unindex_event(db, event_id)
    db.execute(
        "INSERT INTO events_fts (rowid, bigrams, chars) VALUES (?, ?, ?)",
        [row[0], *index_text(*row[1:5])],
    )
    db.execute(
        "INSERT INTO events_span (id, start_minute, end_minute) VALUES (?, ?, ?)",
        [row[0], epoch_minute(row[5]), epoch_minute(row[6], ceil=True)],
    )


def unindex_event(db: sqlite_utils.Database, event_id: str) -> None:
    """Remove one event from the search and interval indexes."""
    for table, key in (("events_fts", "rowid"), ("events_span", "id")):
        db.execute(
            f"DELETE FROM {table} WHERE {key} = (SELECT rowid FROM events WHERE id = ?)",
            [event_id],
        )
