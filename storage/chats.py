"""Chats and their subscriptions."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import sqlite_utils

from .records import Chat
from .times import to_db

_COLUMNS = "id, language, timezone, active, kind, settings"


def _chat(row: tuple[Any, ...]) -> Chat:
    return Chat(
        id=row[0],
        language=row[1],
        timezone=row[2],
        active=bool(row[3]),
        kind=row[4],
        settings=json.loads(row[5]),
    )


def get_chat(db: sqlite_utils.Database, chat_id: int) -> Chat | None:
    """Return the chat, or None when it never used the bot."""
    row = db.execute(f"SELECT {_COLUMNS} FROM chats WHERE id = ?", [chat_id]).fetchone()
    return None if row is None else _chat(row)


def register_chat(
    db: sqlite_utils.Database,
    chat_id: int,
    *,
    language: str,
    timezone: str,
    kind: str,
    now: dt.datetime,
) -> Chat:
    """Return the chat, created when new and marked active; settings of a known chat stay."""
    stamp = to_db(now)
    db.execute(
        """
        INSERT INTO chats (id, kind, language, timezone, active, settings, created_at, updated_at)
        VALUES (?, ?, ?, ?, 1, '{}', ?, ?)
        ON CONFLICT(id) DO UPDATE SET active = 1, kind = excluded.kind,
            updated_at = excluded.updated_at
        """,
        [chat_id, kind, language, timezone, stamp, stamp],
    )
    chat = get_chat(db, chat_id)
    assert chat is not None
    return chat


def update_chat(
    db: sqlite_utils.Database,
    chat_id: int,
    *,
    now: dt.datetime,
    language: str | None = None,
    timezone: str | None = None,
    active: bool | None = None,
    settings: dict[str, Any] | None = None,
) -> None:
    """Change the given fields of a chat; others stay."""
    changes: dict[str, Any] = {"updated_at": to_db(now)}
    if language is not None:
        changes["language"] = language
    if timezone is not None:
        changes["timezone"] = timezone
    if active is not None:
        changes["active"] = int(active)
    if settings is not None:
        changes["settings"] = json.dumps(settings, ensure_ascii=False, sort_keys=True)
    sets = ", ".join(f"{k} = ?" for k in changes)
    db.execute(f"UPDATE chats SET {sets} WHERE id = ?", [*changes.values(), chat_id])


def known_chat_ids(db: sqlite_utils.Database, chat_ids: frozenset[int]) -> list[int]:
    """Return those of ``chat_ids`` that are active chats here, sorted."""
    if not chat_ids:
        return []
    rows = db.execute("SELECT id FROM chats WHERE active = 1").fetchall()
    return sorted(r[0] for r in rows if r[0] in chat_ids)


def migrate_chat(db: sqlite_utils.Database, old_id: int, new_id: int) -> None:
    """Move a chat (a group upgraded to a supergroup) to its new id, with everything it owns."""
    with db.atomic():
        if db.execute("SELECT 1 FROM chats WHERE id = ?", [new_id]).fetchone():
            db.execute("DELETE FROM chats WHERE id = ?", [new_id])
        db.execute("UPDATE chats SET id = ? WHERE id = ?", [new_id, old_id])
        db.execute("UPDATE reminders SET chat_id = ? WHERE chat_id = ?", [new_id, old_id])


def subscribe(
    db: sqlite_utils.Database, chat_id: int, topic: str, keyword: str = "", *, now: dt.datetime
) -> bool:
    """Return True when the subscription is new."""
    cur = db.execute(
        "INSERT OR IGNORE INTO subscriptions (chat_id, topic, keyword, created_at) "
        "VALUES (?, ?, ?, ?)",
        [chat_id, topic, keyword, to_db(now)],
    )
    return cur.rowcount > 0


def unsubscribe(
    db: sqlite_utils.Database, chat_id: int, topic: str | None = None, keyword: str = ""
) -> int:
    """Remove one subscription, or all of the chat's when ``topic`` is None; return how many."""
    if topic is None:
        cur = db.execute("DELETE FROM subscriptions WHERE chat_id = ?", [chat_id])
    else:
        cur = db.execute(
            "DELETE FROM subscriptions WHERE chat_id = ? AND topic = ? AND keyword = ?",
            [chat_id, topic, keyword],
        )
    return cur.rowcount


def subscriptions(db: sqlite_utils.Database, chat_id: int) -> list[tuple[str, str]]:
    """Return the chat's (topic, keyword) pairs, sorted."""
    rows = db.execute(
        "SELECT topic, keyword FROM subscriptions WHERE chat_id = ? ORDER BY topic, keyword",
        [chat_id],
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def subscribed_chats(
    db: sqlite_utils.Database, topic: str, chat_ids: list[int] | None = None
) -> list[Chat]:
    """Return the active chats subscribed to ``topic`` (any keyword), by id; only those of
    ``chat_ids`` when given."""
    sql = (
        f"SELECT DISTINCT {', '.join('c.' + c for c in _COLUMNS.split(', '))} FROM chats c "
        "JOIN subscriptions s ON s.chat_id = c.id WHERE s.topic = ? AND c.active = 1"
    )
    params: list[Any] = [topic]
    if chat_ids is not None:
        sql += f" AND c.id IN ({','.join('?' * len(chat_ids))})"
        params += chat_ids
    rows = db.execute(sql + " ORDER BY c.id", params).fetchall()
    return [_chat(r) for r in rows]


def chats_needing_digest(
    db: sqlite_utils.Database, now: str, *, after: int | None = None, limit: int = 1000
) -> list[int]:
    """Return up to ``limit`` ids, above ``after``, of active digest-subscribed chats with no
    digest pending after ``now`` (a stored UTC instant), by id: the ones an hourly planning
    run has work for. Page on with ``after`` = the last id returned."""
    rows = db.execute(
        "SELECT DISTINCT s.chat_id FROM subscriptions s JOIN chats c ON c.id = s.chat_id "
        "WHERE s.topic = 'digest' AND c.active = 1 AND s.chat_id > ? AND NOT EXISTS "
        "(SELECT 1 FROM reminders r WHERE r.chat_id = s.chat_id AND r.kind = 'digest' "
        "AND r.status = 'pending' AND r.due_at > ?) ORDER BY s.chat_id LIMIT ?",
        [-(2**63) if after is None else after, now, limit],
    ).fetchall()
    return [r[0] for r in rows]


def keyword_subscriptions(db: sqlite_utils.Database) -> list[tuple[int, str]]:
    """Return (chat id, keyword) of every keyword subscription of an active chat."""
    rows = db.execute(
        "SELECT s.chat_id, s.keyword FROM subscriptions s JOIN chats c ON c.id = s.chat_id "
        "WHERE s.topic = 'keyword' AND c.active = 1 ORDER BY s.chat_id, s.keyword"
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def count_chats(db: sqlite_utils.Database) -> tuple[int, int]:
    """Return (all chats, active chats)."""
    row = db.execute("SELECT count(*), ifnull(sum(active), 0) FROM chats").fetchone()
    return int(row[0]), int(row[1])


def get_chats(db: sqlite_utils.Database, chat_ids: list[int]) -> dict[int, Chat]:
    """Return the known chats among ``chat_ids``, by id (unknown ones left out)."""
    found: dict[int, Chat] = {}
    ids = sorted(set(chat_ids))
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        rows = db.execute(
            f"SELECT {_COLUMNS} FROM chats WHERE id IN ({','.join('?' * len(part))})", part
        ).fetchall()
        found.update((r[0], _chat(r)) for r in rows)
    return found


def is_subscribed(db: sqlite_utils.Database, chat_id: int, topic: str) -> bool:
    """Return True when the chat has a subscription to ``topic`` (any keyword)."""
    row = db.execute(
        "SELECT 1 FROM subscriptions WHERE chat_id = ? AND topic = ? LIMIT 1", [chat_id, topic]
    ).fetchone()
    return row is not None
