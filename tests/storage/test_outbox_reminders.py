"""Outbox and reminder-request storage added for the reminder engine, on real SQLite files."""

from __future__ import annotations

import datetime as dt

import pytest

from storage import open_database, outbox
from storage import requests as request_store
from storage.chats import get_chats, migrate_chat, register_chat
from storage.db import schema_version
from storage.migrations import MIGRATIONS
from storage.records import NewReminder

T0 = dt.datetime(2023, 4, 13, 0, 0, tzinfo=dt.UTC)


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "newscal.db")
    for chat_id in (1, 2):
        register_chat(
            database, chat_id, language="zh", timezone="Asia/Shanghai", kind="private", now=T0
        )
    return database


def row(key: str, minutes: int, chat_id: int = 1, kind: str = "digest") -> NewReminder:
    return NewReminder(chat_id, kind, at(minutes), key, None, {"on": key})


def test_schema_has_the_reminder_migration(db):
    assert "0002_reminders_requests" in {m.name for m in MIGRATIONS.applied(db)}
    assert schema_version(db) >= 2
    assert db["reminder_requests"].exists()


def test_sync_planned_cancels_revives_and_never_touches_sent(db):
    first = outbox.sync_planned(
        db, chat_id=1, kind="digest", desired=[row("a", 10), row("b", 20)], now=T0, reason="r"
    )
    assert [r.dedup_key for r in first] == ["a", "b"]
    outbox.mark_sent(db, first[0].id, at=at(10))
    second = outbox.sync_planned(
        db, chat_id=1, kind="digest", desired=[row("a", 10), row("c", 30)], now=T0, reason="moved"
    )
    assert [r.dedup_key for r in second] == ["c"]
    assert outbox.get_reminder(db, first[0].id).status == "sent"
    assert outbox.get_reminder(db, first[1].id).last_error == "moved"
    # A cancelled key asked for again comes back, fresh.
    third = outbox.sync_planned(
        db, chat_id=1, kind="digest", desired=[row("b", 25), row("c", 30)], now=T0, reason="x"
    )
    assert [(r.dedup_key, r.due_at, r.attempts) for r in third] == [
        ("b", at(25), 0),
        ("c", at(30), 0),
    ]
    assert third[0].id == first[1].id
    # Another chat's rows are not touched.
    assert outbox.sync_planned(db, chat_id=2, kind="digest", desired=[], now=T0, reason="x") == []
    assert len(outbox.pending_for_chat(db, 1)) == 2


def test_sync_planned_chats_does_what_sync_planned_does_chat_by_chat(tmp_path):
    """The same history of plans, one chat at a time and all chats at once, ends the same."""
    steps = [
        {1: [row("a", 10), row("b", 20)], 2: [row("d", 5, chat_id=2)]},
        {1: [row("a", 10), row("c", 30)], 2: []},  # b cancelled, d cancelled
        {1: [row("b", 25), row("c", 30)], 2: [row("d", 7, chat_id=2)]},  # revived, moved
    ]
    dbs = {}
    for way in ("one by one", "at once"):
        db = dbs[way] = open_database(tmp_path / f"{way}.db")
        for chat_id in (1, 2):
            register_chat(db, chat_id, language="zh", timezone="UTC", kind="private", now=T0)
        for n, plans in enumerate(steps):
            reason = f"step {n}"
            if way == "at once":
                plan = {c: (rows, reason) for c, rows in plans.items()}
                outbox.sync_planned_chats(db, kind="digest", plans=plan, now=T0)
            else:
                for c, rows in plans.items():
                    outbox.sync_planned(
                        db, chat_id=c, kind="digest", desired=rows, now=T0, reason=reason
                    )
            if n == 0:  # a sent row is never touched again
                outbox.mark_sent(db, outbox.pending_for_chat(db, 1)[0].id, at=at(10))

    def everything(db):
        return db.execute(
            "SELECT chat_id, dedup_key, due_at, status, last_error, attempts FROM reminders "
            "ORDER BY id"
        ).fetchall()

    assert everything(dbs["at once"]) == everything(dbs["one by one"])
    assert [r[3] for r in everything(dbs["at once"])] == [
        "sent", "pending", "pending", "pending"
    ]  # fmt: skip


def test_reschedule_keeps_late_and_counts_attempts_only_when_asked(db):
    outbox.enqueue(db, [row("a", 0)], now=T0)
    (r,) = outbox.pending_for_chat(db, 1)
    outbox.reschedule(db, r.id, next_attempt_at=at(5), late=True)
    outbox.reschedule(db, r.id, next_attempt_at=at(6), error="502", count_attempt=True)
    again = outbox.get_reminder(db, r.id)
    assert (again.next_attempt_at, again.late, again.attempts, again.last_error) == (
        at(6),
        True,
        1,
        "502",
    )


def test_postpone_chat_moves_only_earlier_rows_of_that_chat(db):
    outbox.enqueue(db, [row("a", 0), row("b", 60), row("c", 0, chat_id=2)], now=T0)
    assert outbox.postpone_chat(db, 1, until=at(1)) == 1
    due = {r.dedup_key: r.next_attempt_at for r in outbox.reminders_for(db)}
    assert due == {"a": at(1), "b": at(60), "c": at(0)}


def test_record_sent_many_is_one_transaction_with_deliveries(db):
    outbox.enqueue(db, [row("a", 0), row("b", 0)], now=T0)
    a, b = outbox.pending_for_chat(db, 1)
    outbox.record_sent_many(db, [(a.id, 1, at(1), 11, False), (b.id, 1, at(1), 12, True)])
    assert outbox.outbox_counts(db) == {"sent": 2}
    assert [d.message_id for d in outbox.deliveries_of_chat(db, 1)] == [11, 12]
    assert outbox.get_reminder(db, b.id).late


def test_finish_and_cancel_removed_event(db):
    outbox.enqueue(
        db, [NewReminder(1, "reminder", at(0), "reminder:1:ev_1:on_day:x", None)], now=T0
    )
    assert outbox.cancel_removed_event(db, "ev_1", reason="event removed") == 1
    assert outbox.cancel_removed_event(db, "ev%", reason="event removed") == 0
    with pytest.raises(ValueError):
        outbox.finish(db, 1, status="sent", error=None)


def test_requests_follow_a_migrated_chat(db):
    db.execute("INSERT INTO articles VALUES ('a', 's', NULL, NULL, NULL, 't', 'h', 'x', 'x')")
    db.execute(
        'INSERT INTO events (id, article_id, title, start, "end", all_day, timezone, start_at, '
        "end_at, kind, evidence, confidence, created_at, updated_at) VALUES ('e', 'a', '书展', "
        "'2023-04-15', '2023-04-15', 1, 'Asia/Shanghai', ?, ?, 'activity', 'x', 1, ?, ?)",
        ["2023-04-14T16:00:00.000000+00:00", "2023-04-15T16:00:00.000000+00:00"] * 2,
    )
    assert request_store.save_request(db, 1, "e", lead_minutes=None, now=T0) == []
    assert request_store.save_request(db, 1, "e", lead_minutes=120, now=T0) == [120]
    migrate_chat(db, 1, -100)
    assert request_store.requests_for_chat(db, -100) == [("e", [120])]
    assert [e.title for e in request_store.requested_events(db, -100, ends_after=T0)] == ["书展"]
    assert set(get_chats(db, [1, 2, -100])) == {2, -100}
    assert request_store.delete_request(db, -100, "e")
    assert request_store.request_leads(db, -100, "e") is None
