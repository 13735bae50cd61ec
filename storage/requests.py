"""Reminder requests: which chat asked to be reminded of which event, with its extra leads."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import sqlite_utils

from .events import _COLUMNS as _EVENT_COLUMNS
from .events import _FROM as _EVENT_FROM
from .events import _event
from .records import StoredEvent
from .times import to_db


def save_request(
    db: sqlite_utils.Database,
    chat_id: int,
    event_id: str,
    *,
    lead_minutes: int | None,
    now: dt.datetime,
) -> list[int]:
    """Record that the chat wants reminders of the event; return its extra leads (minutes).

    Asking again keeps the earlier extra leads and adds ``lead_minutes`` when given.
    """
    leads = request_leads(db, chat_id, event_id) or []
    if lead_minutes is not None and lead_minutes not in leads:
        leads = sorted([*leads, lead_minutes])
    db.execute(
        "INSERT INTO reminder_requests (chat_id, event_id, leads, created_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(chat_id, event_id) DO UPDATE SET leads = excluded.leads",
        [chat_id, event_id, json.dumps(leads), to_db(now)],
    )
    return leads


def request_leads(db: sqlite_utils.Database, chat_id: int, event_id: str) -> list[int] | None:
    """Return the extra leads (minutes) of the chat's request, or None when it has none."""
    row = db.execute(
        "SELECT leads FROM reminder_requests WHERE chat_id = ? AND event_id = ?",
        [chat_id, event_id],
    ).fetchone()
    return None if row is None else [int(m) for m in json.loads(row[0])]


def delete_request(db: sqlite_utils.Database, chat_id: int, event_id: str) -> bool:
    """Forget the chat's request; return True when there was one."""
    cur = db.execute(
        "DELETE FROM reminder_requests WHERE chat_id = ? AND event_id = ?", [chat_id, event_id]
    )
    return cur.rowcount > 0


def requests_for_event(db: sqlite_utils.Database, event_id: str) -> list[tuple[int, list[int]]]:
    """Return (chat id, extra leads) of every request for the event, by chat id."""
    rows = db.execute(
        "SELECT chat_id, leads FROM reminder_requests WHERE event_id = ? ORDER BY chat_id",
        [event_id],
    ).fetchall()
    return [(r[0], [int(m) for m in json.loads(r[1])]) for r in rows]


def requests_for_chat(db: sqlite_utils.Database, chat_id: int) -> list[tuple[str, list[int]]]:
    """Return (event id, extra leads) of every request of the chat, by event id."""
    rows = db.execute(
        "SELECT event_id, leads FROM reminder_requests WHERE chat_id = ? ORDER BY event_id",
        [chat_id],
    ).fetchall()
    return [(r[0], [int(m) for m in json.loads(r[1])]) for r in rows]


def requested_events(
    db: sqlite_utils.Database, chat_id: int, *, ends_after: dt.datetime
) -> list[StoredEvent]:
    """Return the events the chat asked reminders of that are not over, in start order."""
    params: list[Any] = [chat_id, to_db(ends_after)]
    rows = db.execute(
        f"SELECT {_EVENT_COLUMNS} {_EVENT_FROM} JOIN reminder_requests r ON r.event_id = e.id "
        "WHERE r.chat_id = ? AND e.end_at > ? ORDER BY e.start_at, e.id",
        params,
    ).fetchall()
    return [_event(r) for r in rows]
