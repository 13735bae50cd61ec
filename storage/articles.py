"""Saving extracted pages: idempotent, a corrected page updates its events in place, and one
event stated by several articles is stored once with every article as a source."""

from __future__ import annotations

import datetime as dt
import hashlib
import zoneinfo
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from extractors.model import Event, Page, day_of, moment_from_iso, moment_iso

from .dedup import (
    CHANGE_WORDS,
    MATCH_WINDOW_DAYS,
    MAX_CANDIDATES,
    MOVE_DAYS,
    Statement,
    moved_happening,
    same_happening,
    similarity,
)
from .records import IngestOutcome
from .search import index_text
from .times import epoch_minute, to_db


@dataclass(frozen=True, slots=True)
class SavedPage:
    outcome: IngestOutcome
    article_id: str
    added: tuple[str, ...] = ()  # new events
    changed: tuple[str, ...] = ()  # events whose stored fields changed (dates, title …)
    removed: tuple[str, ...] = ()  # events no article states any more
    merged: tuple[str, ...] = ()  # existing events this article is a new source of


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def article_id_for(source_key: str) -> str:
    """Return the article id of a source key (file name, URL): stable across corrections."""
    return _hash("article", source_key)


_STATED = ("title", "start", "end", "kind", "location", "evidence")


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
    vanished ones, cancelling their pending reminders. An event another article already
    states (a teaser and its story, two outlets) gains this article as a source instead of
    being stored twice; a newer article announcing a new date moves the event.
    """
    article_id = article_id_for(source_key)
    text_hash = _hash("text", page.text)
    existing = db.execute("SELECT text_hash FROM articles WHERE id = ?", [article_id]).fetchone()
    if existing is not None and existing[0] == text_hash:
        return SavedPage(IngestOutcome.UNCHANGED, article_id)
    stamp = to_db(now)
    tz = zoneinfo.ZoneInfo(timezone)
    published_on = page.published.isoformat() if page.published else None
    rows = _event_rows(article_id, page.events, tz, stamp)
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
                published_on,
                page.title,
                page.page,
                page.text,
                text_hash,
                stamp,
                stamp,
            ],
        )
        before = {
            row[0]: (row[1], tuple(row[2:]))
            for row in db.execute(
                'SELECT statement_id, event_id, title, start, "end", kind, location, evidence '
                "FROM event_sources WHERE article_id = ?",
                [article_id],
            ).fetchall()
        }
        added: list[str] = []
        merged: list[str] = []
        touched: set[str] = set()
        for row in rows:
            statement_id = str(row["id"])
            known = before.get(statement_id)
            if known is not None:
                if known[1] != tuple(row[k] for k in _STATED):
                    _update_statement(db, statement_id, row, published_on, stamp)
                    touched.add(known[0])
                continue
            event_id = _matching_event(db, article_id, row, page.published)
            if (
                event_id is None
                and db.execute("SELECT 1 FROM events WHERE id = ?", [statement_id]).fetchone()
            ):
                event_id = statement_id  # its own event, kept alive by other sources
            if event_id is None:
                db.table("events").insert(row)
                index_event(db, statement_id)
                added.append(statement_id)
                event_id = statement_id
            else:
                merged.append(event_id)
                touched.add(event_id)
            _insert_statement(db, statement_id, event_id, row, published_on, stamp)
        for statement_id in sorted(set(before) - {str(row["id"]) for row in rows}):
            db.execute("DELETE FROM event_sources WHERE statement_id = ?", [statement_id])
            touched.add(before[statement_id][0])
        changed, removed = [], []
        for event_id in sorted(touched):
            outcome = _refresh_event(db, event_id, tz, stamp)
            if outcome == "removed":
                removed.append(event_id)
            elif outcome == "changed" and event_id not in added:
                changed.append(event_id)
    outcome = IngestOutcome.NEW if existing is None else IngestOutcome.UPDATED
    return SavedPage(
        outcome,
        article_id,
        tuple(added),
        tuple(changed),
        tuple(removed),
        tuple(dict.fromkeys(merged)),
    )


def _statement_values(
    row: dict[str, object], published_on: str | None, stamp: str
) -> dict[str, object]:
    return {
        "title": row["title"],
        "start": row["start"],
        "end": row["end"],
        "all_day": row["all_day"],
        "kind": row["kind"],
        "location": row["location"],
        "evidence": row["evidence"],
        "sentence": row["sentence"],
        "article_title": row["article_title"],
        "confidence": row["confidence"],
        "published_on": published_on,
        "updated_at": stamp,
    }


def _insert_statement(
    db: sqlite_utils.Database,
    statement_id: str,
    event_id: str,
    row: dict[str, object],
    published_on: str | None,
    stamp: str,
) -> None:
    values = {
        "statement_id": statement_id,
        "event_id": event_id,
        "article_id": row["article_id"],
        **_statement_values(row, published_on, stamp),
        "added_at": stamp,
    }
    # Plain SQL: sqlite-utils' insert looks the table up again on every call (a fifth of
    # ingest's time when pages restate known events).
    names = ", ".join(f'"{k}"' for k in values)
    db.execute(
        f"INSERT INTO event_sources ({names}) VALUES ({', '.join('?' * len(values))})",
        list(values.values()),
    )


def _update_statement(
    db: sqlite_utils.Database,
    statement_id: str,
    row: dict[str, object],
    published_on: str | None,
    stamp: str,
) -> None:
    db.table("event_sources").update(statement_id, _statement_values(row, published_on, stamp))


def _as_statement(row: Sequence[Any]) -> Statement:
    """(title, evidence, start, end, location, published_on, sentence) to a Statement."""
    return Statement(
        title=row[0],
        evidence=row[1],
        start_day=day_of(moment_from_iso(row[2])),
        end_day=day_of(moment_from_iso(row[3])),
        location=row[4],
        published_on=dt.date.fromisoformat(row[5]) if row[5] else None,
        sentence=row[6] or "",
    )


def _matching_event(
    db: sqlite_utils.Database,
    article_id: str,
    row: dict[str, object],
    published: dt.date | None,
) -> str | None:
    """Return the id of an event another article already states as this row's happening."""
    new = _as_statement(
        [
            row["title"],
            row["evidence"],
            row["start"],
            row["end"],
            row["location"],
            published.isoformat() if published else None,
            row["sentence"],
        ]
    )
    others = (
        "s.article_id != :article AND s.event_id NOT IN "
        "(SELECT event_id FROM event_sources WHERE article_id = :article) "
        "AND (:published IS NULL OR s.published_on IS NULL "
        "OR s.published_on BETWEEN :published_lo AND :published_hi)"
    )
    window = dt.timedelta(days=MATCH_WINDOW_DAYS)
    common = {
        "article": article_id,
        "published": published.isoformat() if published else None,
        "published_lo": (published - window).isoformat() if published else None,
        "published_hi": (published + window).isoformat() if published else None,
        "limit": MAX_CANDIDATES,
    }
    columns = 's.event_id, s.title, s.evidence, s.start, s."end", s.location, s.published_on, '
    columns += "s.sentence"
    same_days = db.execute(
        f"SELECT {columns} FROM event_sources s WHERE substr(s.start, 1, 10) = :start "
        f'AND substr(s."end", 1, 10) = :end AND {others} '
        "ORDER BY s.added_at DESC, s.statement_id LIMIT :limit",
        {"start": new.start_day.isoformat(), "end": new.end_day.isoformat(), **common},
    ).fetchall()
    best: tuple[float, str] | None = None
    compared: set[tuple[str, str, str, str | None]] = set()
    for cand in same_days:
        # Outlets copy each other: compare one event's identical statements once.
        signature = (cand[0], cand[1], cand[2], cand[5])
        if signature in compared:
            continue
        compared.add(signature)
        old = _as_statement(cand[1:])
        if same_happening(new, old):
            score = similarity(new, old)
            if best is None or score > best[0]:
                best = (score, cand[0])
            if score >= 1.0:
                break
    if best is not None:
        return best[1]
    if not any(word in new.evidence + new.sentence for word in CHANGE_WORDS):
        return None
    move = dt.timedelta(days=MOVE_DAYS)
    nearby = db.execute(
        f"SELECT {columns}, (SELECT max(published_on) FROM event_sources x "
        "WHERE x.event_id = s.event_id) FROM event_sources s "
        f"WHERE substr(s.start, 1, 10) BETWEEN :lo AND :hi AND {others} "
        "ORDER BY s.added_at DESC, s.statement_id LIMIT :limit",
        {
            "lo": (new.start_day - move).isoformat(),
            "hi": (new.start_day + move).isoformat(),
            **common,
        },
    ).fetchall()
    for cand in nearby:
        latest = dt.date.fromisoformat(cand[8]) if cand[8] else None
        if moved_happening(new, _as_statement(cand[1:8]), latest=latest):
            return str(cand[0])
    return None


def _refresh_event(
    db: sqlite_utils.Database, event_id: str, tz: zoneinfo.ZoneInfo, stamp: str
) -> str:
    """Set an event from its sources; return "removed", "changed" or "same".

    The newest article's word wins; on the same day a stated clock time beats a whole day,
    then the first source. An event left without sources is deleted and its pending
    reminders cancelled.
    """
    # Both read along the event_sources_best index: the first entry, not all of them sorted.
    order = "ORDER BY published_on IS NULL, published_on DESC, all_day, added_at, statement_id"
    best = db.execute(
        'SELECT article_id, title, start, "end", all_day, kind, location, evidence, sentence, '
        f"article_title, confidence FROM event_sources WHERE event_id = ? {order} LIMIT 1",
        [event_id],
    ).fetchone()
    if best is None:
        db.execute(
            "UPDATE reminders SET status = 'cancelled', last_error = 'event removed' "
            "WHERE event_id = ? AND status = 'pending'",
            [event_id],
        )
        unindex_event(db, event_id)
        db.execute("DELETE FROM events WHERE id = ?", [event_id])
        return "removed"
    location = best[6]
    if not location:  # the best source gives none: the first one that does
        row = db.execute(
            f"SELECT location FROM event_sources WHERE event_id = ? AND location != '' "
            f"{order} LIMIT 1",
            [event_id],
        ).fetchone()
        location = row[0] if row else None
    start, end = moment_from_iso(best[2]), moment_from_iso(best[3])
    values: dict[str, object] = {
        "article_id": best[0],
        "title": best[1],
        "start": best[2],
        "end": best[3],
        "all_day": best[4],
        "timezone": tz.key,
        "start_at": to_db(local_instant(start, tz)),
        "end_at": to_db(local_instant(end, tz, end=True)),
        "kind": best[5],
        "location": location,
        "evidence": best[7],
        "sentence": best[8],
        "article_title": best[9],
        "confidence": best[10],
    }
    names = ", ".join(f'"{k}"' for k in values)
    current = db.execute(f"SELECT {names} FROM events WHERE id = ?", [event_id]).fetchone()
    if current is not None and tuple(current) == tuple(values.values()):
        return "same"
    db.table("events").update(event_id, {**values, "updated_at": stamp})
    index_event(db, event_id)
    return "changed"


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
