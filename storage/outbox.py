"""The reminders outbox: one row per message to send, and the log of every attempt."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import sqlite_utils

from .records import Delivery, NewReminder, Reminder
from .times import from_db, to_db

_COLUMNS = (
    "id, chat_id, kind, due_at, next_attempt_at, dedup_key, event_id, payload, status, "
    "attempts, late, sent_at, last_error"
)


def _reminder(row: tuple[Any, ...]) -> Reminder:
    return Reminder(
        id=row[0],
        chat_id=row[1],
        kind=row[2],
        due_at=from_db(row[3]),  # type: ignore[arg-type]
        next_attempt_at=from_db(row[4]),  # type: ignore[arg-type]
        dedup_key=row[5],
        event_id=row[6],
        payload=json.loads(row[7]),
        status=row[8],
        attempts=row[9],
        late=bool(row[10]),
        sent_at=from_db(row[11]),
        last_error=row[12],
    )


def _insert_values(r: NewReminder, stamp: str) -> tuple[Any, ...]:
    """Return the values of a new row, in the column order both inserts use."""
    return (
        r.chat_id,
        r.event_id,
        r.kind,
        r.dedup_key,
        to_db(r.due_at),
        to_db(r.due_at),
        json.dumps(r.payload, ensure_ascii=False, sort_keys=True),
        stamp,
    )


def enqueue(db: sqlite_utils.Database, items: Iterable[NewReminder], *, now: dt.datetime) -> int:
    """Queue messages; one already queued under the same dedup key is left alone.

    Returns how many were new.
    """
    stamp = to_db(now)
    rows = [_insert_values(r, stamp) for r in items]
    with db.atomic():
        before = db.conn.total_changes
        db.conn.executemany(
            "INSERT OR IGNORE INTO reminders (chat_id, event_id, kind, dedup_key, due_at, "
            "next_attempt_at, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        return db.conn.total_changes - before


def get_reminder(db: sqlite_utils.Database, reminder_id: int) -> Reminder | None:
    """Return the outbox row, or None."""
    row = db.execute(f"SELECT {_COLUMNS} FROM reminders WHERE id = ?", [reminder_id]).fetchone()
    return None if row is None else _reminder(row)


def due_reminders(db: sqlite_utils.Database, now: dt.datetime, limit: int = 500) -> list[Reminder]:
    """Return pending rows whose next attempt is due at ``now``, oldest first (empty if none)."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM reminders WHERE status = 'pending' AND next_attempt_at <= ? "
        "ORDER BY next_attempt_at, id LIMIT ?",
        [to_db(now), limit],
    ).fetchall()
    return [_reminder(r) for r in rows]


def next_due_at(db: sqlite_utils.Database) -> dt.datetime | None:
    """Return when the next pending row is due, or None when nothing is pending."""
    row = db.execute(
        "SELECT min(next_attempt_at) FROM reminders WHERE status = 'pending'"
    ).fetchone()
    return from_db(row[0])


def pending_for_chat(
    db: sqlite_utils.Database, chat_id: int, kind: str | None = None
) -> list[Reminder]:
    """Return the chat's pending rows (of one kind when given), in due order."""
    sql = f"SELECT {_COLUMNS} FROM reminders WHERE chat_id = ? AND status = 'pending'"
    params: list[Any] = [chat_id]
    if kind is not None:
        sql += " AND kind = ?"
        params.append(kind)
    rows = db.execute(sql + " ORDER BY due_at, id", params).fetchall()
    return [_reminder(r) for r in rows]


def pending_for_event(db: sqlite_utils.Database, event_id: str) -> list[Reminder]:
    """Return the pending rows about one event, in due order."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM reminders WHERE event_id = ? AND status = 'pending' "
        "ORDER BY due_at, id",
        [event_id],
    ).fetchall()
    return [_reminder(r) for r in rows]


def mark_sent(
    db: sqlite_utils.Database, reminder_id: int, *, at: dt.datetime, late: bool = False
) -> None:
    """Record that the message went out."""
    db.execute(
        "UPDATE reminders SET status = 'sent', sent_at = ?, attempts = attempts + 1, late = ?, "
        "last_error = NULL WHERE id = ?",
        [to_db(at), int(late), reminder_id],
    )


def mark_retry(
    db: sqlite_utils.Database, reminder_id: int, *, next_attempt_at: dt.datetime, error: str
) -> None:
    """Keep the row pending and try again at ``next_attempt_at``."""
    db.execute(
        "UPDATE reminders SET next_attempt_at = ?, attempts = attempts + 1, last_error = ? "
        "WHERE id = ?",
        [to_db(next_attempt_at), error, reminder_id],
    )


def mark_final(db: sqlite_utils.Database, reminder_id: int, *, status: str, error: str) -> None:
    """End a row without sending: ``failed``, ``expired`` or ``cancelled``, with the reason."""
    if status not in ("failed", "expired", "cancelled"):
        raise ValueError(f"not a final status: {status}")
    db.execute(
        "UPDATE reminders SET status = ?, last_error = ? WHERE id = ? AND status = 'pending'",
        [status, error, reminder_id],
    )


def cancel_pending(
    db: sqlite_utils.Database,
    *,
    chat_id: int | None = None,
    event_id: str | None = None,
    kind: str | None = None,
    reason: str,
) -> int:
    """Cancel pending rows matching every given filter; return how many."""
    where, params = ["status = 'pending'"], []
    for column, value in (("chat_id", chat_id), ("event_id", event_id), ("kind", kind)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    cur = db.execute(
        f"UPDATE reminders SET status = 'cancelled', last_error = ? WHERE {' AND '.join(where)}",
        [reason, *params],
    )
    return cur.rowcount


def record_delivery(
    db: sqlite_utils.Database,
    *,
    reminder_id: int | None,
    chat_id: int,
    at: dt.datetime,
    outcome: str,
    error: str | None = None,
    retry_after: float | None = None,
    message_id: int | None = None,
) -> None:
    """Log one send attempt."""
    db.execute(
        "INSERT INTO deliveries (reminder_id, chat_id, attempted_at, outcome, error, retry_after, "
        "message_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [reminder_id, chat_id, to_db(at), outcome, error, retry_after, message_id],
    )


def deliveries_for(db: sqlite_utils.Database, reminder_id: int) -> list[Delivery]:
    """Return the attempts of one outbox row, in order."""
    rows = db.execute(
        "SELECT id, reminder_id, chat_id, attempted_at, outcome, error, retry_after, message_id "
        "FROM deliveries WHERE reminder_id = ? ORDER BY id",
        [reminder_id],
    ).fetchall()
    return [
        Delivery(r[0], r[1], r[2], from_db(r[3]), r[4], r[5], r[6], r[7])  # type: ignore[arg-type]
        for r in rows
    ]


def outbox_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Return the number of outbox rows per status."""
    rows = db.execute("SELECT status, count(*) FROM reminders GROUP BY status").fetchall()
    return {r[0]: int(r[1]) for r in rows}


_CANCEL = "UPDATE reminders SET status = 'cancelled', last_error = ? WHERE id = ?"
# Queue a planned row: a cancelled one under its dedup key is revived, a pending one gets the
# new due time; one sent, failed or expired stays as it is (never sent twice).
_PLAN = """
    INSERT INTO reminders (chat_id, event_id, kind, dedup_key, due_at, next_attempt_at,
                           payload, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(dedup_key) DO UPDATE SET
        status = 'pending', due_at = excluded.due_at,
        next_attempt_at = excluded.next_attempt_at, payload = excluded.payload,
        attempts = 0, late = 0, last_error = NULL, sent_at = NULL,
        chat_id = excluded.chat_id
    WHERE reminders.status = 'cancelled'
       OR (reminders.status = 'pending' AND reminders.due_at != excluded.due_at)
"""


def sync_planned(
    db: sqlite_utils.Database,
    *,
    chat_id: int,
    kind: str,
    desired: Iterable[NewReminder],
    now: dt.datetime,
    reason: str,
    event_id: str | None = None,
) -> list[Reminder]:
    """Make the pending rows of one chat and kind (and event, when given) be ``desired``.

    Pending rows not desired any more are cancelled with ``reason``; desired rows are queued,
    a cancelled row with the same dedup key is revived, a pending one gets the new due time;
    rows already sent, failed or expired stay as they are (never sent twice).
    Returns the pending rows afterwards, in due order.
    """
    wanted = list(desired)
    keys = {r.dedup_key for r in wanted}
    where = "chat_id = ? AND kind = ? AND status = 'pending'"
    params: list[Any] = [chat_id, kind]
    if event_id is not None:
        where += " AND event_id = ?"
        params.append(event_id)
    with db.atomic():
        stale = [
            (reason, row[0])
            for row in db.execute(f"SELECT id, dedup_key FROM reminders WHERE {where}", params)
            if row[1] not in keys
        ]
        db.conn.executemany(_CANCEL, stale)
        db.conn.executemany(_PLAN, [_insert_values(r, to_db(now)) for r in wanted])
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM reminders WHERE {where} ORDER BY due_at, id", params
    ).fetchall()
    return [_reminder(r) for r in rows]


def sync_planned_chats(
    db: sqlite_utils.Database,
    *,
    kind: str,
    plans: Mapping[int, tuple[Sequence[NewReminder], str]],
    now: dt.datetime,
) -> None:
    """Do what sync_planned does (no event filter) for many chats at once: ``plans`` maps a
    chat id to (its desired rows of ``kind``, the reason to cancel the others).

    One write transaction of a few statements, however many chats: a worker planning
    thousands of chats holds the write lock only briefly, so the bot's own writes do not
    queue behind it.
    """
    if not plans:
        return
    stamp = to_db(now)
    chat_ids = list(plans)
    keys = {chat_id: {r.dedup_key for r in wanted} for chat_id, (wanted, _) in plans.items()}
    with db.atomic():
        rows = db.execute(
            "SELECT id, chat_id, dedup_key FROM reminders WHERE kind = ? AND status = 'pending' "
            f"AND chat_id IN ({','.join('?' * len(chat_ids))})",
            [kind, *chat_ids],
        ).fetchall()
        stale = [(plans[c][1], i) for i, c, key in rows if key not in keys[c]]
        db.conn.executemany(_CANCEL, stale)
        db.conn.executemany(
            _PLAN, [_insert_values(r, stamp) for wanted, _ in plans.values() for r in wanted]
        )


def cancel_removed_event(db: sqlite_utils.Database, event_id: str, *, reason: str) -> int:
    """Cancel pending rows about a removed event (its id may already be cleared); how many."""
    cur = db.execute(
        "UPDATE reminders SET status = 'cancelled', last_error = ? WHERE status = 'pending' "
        "AND (event_id = ? OR (kind = 'reminder' AND dedup_key LIKE ? ESCAPE '\\'))",
        [reason, event_id, "reminder:%:" + _like(event_id) + ":%"],
    )
    return cur.rowcount


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def get_reminders(db: sqlite_utils.Database, ids: Iterable[int]) -> list[Reminder]:
    """Return the outbox rows with these ids (missing ones left out), by id."""
    wanted = list(ids)
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted))
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM reminders WHERE id IN ({marks}) ORDER BY id", wanted
    ).fetchall()
    return [_reminder(r) for r in rows]


def reschedule(
    db: sqlite_utils.Database,
    reminder_id: int,
    *,
    next_attempt_at: dt.datetime,
    error: str | None = None,
    count_attempt: bool = False,
    late: bool = False,
) -> None:
    """Keep a row pending and try it at ``next_attempt_at``; ``late`` sticks once set.

    ``count_attempt`` adds one to its attempts (a failed send), else it was only held back.
    """
    db.execute(
        "UPDATE reminders SET next_attempt_at = ?, attempts = attempts + ?, "
        "last_error = coalesce(?, last_error), late = max(late, ?) "
        "WHERE id = ? AND status = 'pending'",
        [to_db(next_attempt_at), int(count_attempt), error, int(late), reminder_id],
    )


def postpone_chat(
    db: sqlite_utils.Database, chat_id: int, *, until: dt.datetime, error: str | None = None
) -> int:
    """Move the chat's pending rows due before ``until`` to ``until``; return how many."""
    cur = db.execute(
        "UPDATE reminders SET next_attempt_at = ?, last_error = coalesce(?, last_error) "
        "WHERE chat_id = ? AND status = 'pending' AND next_attempt_at < ?",
        [to_db(until), error, chat_id, to_db(until)],
    )
    return cur.rowcount


def finish(
    db: sqlite_utils.Database,
    reminder_id: int,
    *,
    status: str,
    error: str | None,
    count_attempt: bool = False,
) -> None:
    """End a pending row as ``failed``, ``expired`` or ``cancelled`` with the reason."""
    if status not in ("failed", "expired", "cancelled"):
        raise ValueError(f"not a final status: {status}")
    db.execute(
        "UPDATE reminders SET status = ?, last_error = ?, attempts = attempts + ? "
        "WHERE id = ? AND status = 'pending'",
        [status, error, int(count_attempt), reminder_id],
    )


def reminders_for(
    db: sqlite_utils.Database,
    *,
    chat_id: int | None = None,
    kind: str | None = None,
    event_id: str | None = None,
    status: str | None = None,
) -> list[Reminder]:
    """Return the rows matching every given filter, in due order (empty when none)."""
    where, params = ["1 = 1"], []
    for column, value in (
        ("chat_id", chat_id),
        ("kind", kind),
        ("event_id", event_id),
        ("status", status),
    ):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM reminders WHERE {' AND '.join(where)} ORDER BY due_at, id",
        params,
    ).fetchall()
    return [_reminder(r) for r in rows]


def sent_digest_days(db: sqlite_utils.Database, chat_id: int) -> set[str]:
    """Return the dedup keys of the chat's digests that are no longer pending."""
    rows = db.execute(
        "SELECT dedup_key FROM reminders WHERE chat_id = ? AND kind = 'digest' "
        "AND status != 'pending' AND status != 'cancelled'",
        [chat_id],
    ).fetchall()
    return {r[0] for r in rows}


def deliveries_of_chat(db: sqlite_utils.Database, chat_id: int) -> list[Delivery]:
    """Return the attempts made to one chat, in order."""
    rows = db.execute(
        "SELECT id, reminder_id, chat_id, attempted_at, outcome, error, retry_after, message_id "
        "FROM deliveries WHERE chat_id = ? ORDER BY id",
        [chat_id],
    ).fetchall()
    return [
        Delivery(r[0], r[1], r[2], from_db(r[3]), r[4], r[5], r[6], r[7])  # type: ignore[arg-type]
        for r in rows
    ]


def record_sent_many(
    db: sqlite_utils.Database,
    sent: Iterable[tuple[int, int, dt.datetime, int | None, bool]],
) -> None:
    """Mark rows sent and log their deliveries, all in one transaction.

    Each item is (reminder id, chat id, sent at, Telegram message id, late).
    """
    items = [(rid, cid, to_db(at), mid, int(late)) for rid, cid, at, mid, late in sent]
    if not items:
        return
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO deliveries (reminder_id, chat_id, attempted_at, outcome, message_id) "
            "VALUES (?, ?, ?, 'sent', ?)",
            [(rid, cid, at, mid) for rid, cid, at, mid, _ in items],
        )
        db.conn.executemany(
            "UPDATE reminders SET status = 'sent', sent_at = ?, attempts = attempts + 1, "
            "late = ?, last_error = NULL WHERE id = ?",
            [(at, late, rid) for rid, _, at, _, late in items],
        )
