"""Queries over stored events."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlite_utils

from extractors.model import moment_from_iso

from .records import EventSource, StoredEvent
from .search import match_query
from .times import epoch_minute, from_db, to_db

_COLUMNS = (
    'e.id, e.article_id, e.title, e.start, e."end", e.all_day, e.timezone, e.start_at, '
    "e.end_at, e.kind, e.location, e.evidence, e.sentence, e.article_title, e.confidence, "
    "a.source, a.published_on, e.updated_at"
)
_FROM = "FROM events e JOIN articles a ON a.id = e.article_id"


def _event(row: tuple[Any, ...]) -> StoredEvent:
    return StoredEvent(
        id=row[0],
        article_id=row[1],
        title=row[2],
        start=moment_from_iso(row[3]),
        end=moment_from_iso(row[4]),
        all_day=bool(row[5]),
        timezone=row[6],
        start_at=from_db(row[7]),  # type: ignore[arg-type]
        end_at=from_db(row[8]),  # type: ignore[arg-type]
        kind=row[9],
        location=row[10],
        evidence=row[11],
        sentence=row[12],
        article_title=row[13],
        confidence=row[14],
        source=row[15],
        published_on=dt.date.fromisoformat(row[16]) if row[16] else None,
        updated_at=from_db(row[17]),
    )


def get_event(db: sqlite_utils.Database, event_id: str) -> StoredEvent | None:
    """Return the event with this id, or None."""
    row = db.execute(f"SELECT {_COLUMNS} {_FROM} WHERE e.id = ?", [event_id]).fetchone()
    return None if row is None else _event(row)


def get_events(db: sqlite_utils.Database, event_ids: list[str]) -> list[StoredEvent]:
    """Return the events with these ids (missing ones left out), in start order."""
    if not event_ids:
        return []
    marks = ",".join("?" * len(event_ids))
    rows = db.execute(
        f"SELECT {_COLUMNS} {_FROM} WHERE e.id IN ({marks}) ORDER BY e.start_at, e.id",
        list(event_ids),
    ).fetchall()
    return [_event(r) for r in rows]


def list_events(
    db: sqlite_utils.Database,
    *,
    ends_after: dt.datetime | None = None,
    starts_before: dt.datetime | None = None,
    search: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[StoredEvent]:
    """Return events in start order: those not over by ``ends_after``, starting before
    ``starts_before``, matching every word of ``search``. Empty list when none."""
    if ends_after is not None and not (search and search.split()):
        return _not_over(db, ends_after, starts_before, limit, offset)
    where, params = filter_clause(ends_after, starts_before, search)
    order = " ORDER BY e.start_at, e.id"
    if limit is None:
        sql = f"SELECT {_COLUMNS} {_FROM}{where}{order}"
    else:
        # Sort only the ids of the matches, then read the page's rows: a common search word
        # matches thousands of events, and sorting whole rows costs three times as much.
        sql = (
            f"SELECT {_COLUMNS} {_FROM} WHERE e.rowid IN "
            f"(SELECT e.rowid FROM events e{where}{order} LIMIT ? OFFSET ?){order}"
        )
        params.extend([limit, offset])
    return [_event(r) for r in db.execute(sql, params).fetchall()]


def filter_clause(
    ends_after: dt.datetime | None, starts_before: dt.datetime | None, search: str | None
) -> tuple[str, list[Any]]:
    """Return the `` WHERE …`` clause (empty when no filter) and parameters of the event
    filters shared by listing and counting."""
    where: list[str] = []
    params: list[Any] = []
    if ends_after is not None:
        where.append("e.end_at > ?")
        params.append(to_db(ends_after))
    if starts_before is not None:
        where.append("e.start_at < ?")
        params.append(to_db(starts_before))
    if search and search.split():
        clause, search_params = _search_clause(search)
        where.append(clause)
        params.extend(search_params)
    return (" WHERE " + " AND ".join(where) if where else ""), params


def _not_over(
    db: sqlite_utils.Database,
    now: dt.datetime,
    starts_before: dt.datetime | None,
    limit: int | None,
    offset: int,
) -> list[StoredEvent]:
    """Events not over at ``now``, in start order, from two index-backed queries: those
    running at ``now`` (the interval index) and those starting later (the start index)."""
    at = to_db(now)
    minute = epoch_minute(now)
    before = "" if starts_before is None else " AND e.start_at < ?"
    extra = [] if starts_before is None else [to_db(starts_before)]
    running = db.execute(
        f"SELECT {_COLUMNS} {_FROM} WHERE e.rowid IN (SELECT id FROM events_span "
        "WHERE start_minute <= ? AND end_minute > ?) AND e.start_at <= ? AND e.end_at > ?" + before,
        [minute, minute, at, at, *extra],
    ).fetchall()
    sql = f"SELECT {_COLUMNS} {_FROM} WHERE e.start_at > ?{before} ORDER BY e.start_at, e.id"
    params: list[Any] = [at, *extra]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(offset + limit)
    later = db.execute(sql, params).fetchall()
    rows = sorted(running + later, key=lambda r: (r[7], r[0]))
    return [_event(r) for r in rows[offset : None if limit is None else offset + limit]]


def count_events(db: sqlite_utils.Database) -> int:
    """Return the number of stored events."""
    return int(db.execute("SELECT count(*) FROM events").fetchone()[0])


def _search_clause(search: str) -> tuple[str, list[str]]:
    """Return SQL matching every word of ``search``; user text never reaches SQL or FTS syntax.

    The bigram index answers words of two or more characters; a query with a single CJK
    character falls back to LIKE with escaped wildcards.
    """
    query = match_query(search)
    if query is not None:
        return "e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)", [query]
    clauses: list[str] = []
    params: list[str] = []
    for word in search.split():
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append(
            "(e.title LIKE ? ESCAPE '\\' OR ifnull(e.location, '') LIKE ? ESCAPE '\\' "
            "OR e.evidence LIKE ? ESCAPE '\\' OR ifnull(e.article_title, '') LIKE ? ESCAPE '\\')"
        )
        params.extend([pattern] * 4)
    return "(" + " AND ".join(clauses) + ")", params


def event_sources(db: sqlite_utils.Database, event_id: str) -> list[EventSource]:
    """Return every article stating the event, oldest publication first (empty if none)."""
    rows = db.execute(
        "SELECT s.event_id, s.article_id, a.source, a.published_on, "
        'ifnull(s.article_title, a.title), s.title, s.start, s."end", s.location, s.evidence, '
        "s.added_at FROM event_sources s JOIN articles a ON a.id = s.article_id "
        "WHERE s.event_id = ? ORDER BY a.published_on IS NULL, a.published_on, s.added_at, "
        "s.statement_id",
        [event_id],
    ).fetchall()
    return [
        EventSource(
            event_id=r[0],
            article_id=r[1],
            source=r[2],
            published_on=dt.date.fromisoformat(r[3]) if r[3] else None,
            article_title=r[4],
            title=r[5],
            start=moment_from_iso(r[6]),
            end=moment_from_iso(r[7]),
            location=r[8],
            evidence=r[9],
            added_at=from_db(r[10]),  # type: ignore[arg-type]
        )
        for r in rows
    ]
