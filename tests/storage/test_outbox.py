"""The outbox: idempotent queueing, due order, retries, final states, the delivery log."""

from __future__ import annotations

import datetime as dt

import pytest

from storage import NewReminder, outbox


@pytest.fixture
def t0(clock):
    return clock.now()


def _new(key, due, chat=1, kind="reminder"):
    return NewReminder(chat_id=chat, kind=kind, due_at=due, dedup_key=key, payload={"k": key})


def test_enqueue_is_idempotent(db, t0):
    assert outbox.enqueue(db, [_new("a", t0), _new("b", t0)], now=t0) == 2
    assert outbox.enqueue(db, [_new("a", t0), _new("c", t0)], now=t0) == 1
    assert outbox.outbox_counts(db) == {"pending": 3}


def test_due_rows_in_order_and_next_due(db, t0):
    later = t0 + dt.timedelta(hours=1)
    outbox.enqueue(
        db, [_new("late", later), _new("now", t0), _new("past", t0 - dt.timedelta(1))], now=t0
    )
    assert [r.dedup_key for r in outbox.due_reminders(db, t0)] == ["past", "now"]
    assert outbox.next_due_at(db) == t0 - dt.timedelta(1)
    for r in outbox.due_reminders(db, t0):
        outbox.mark_sent(db, r.id, at=t0)
    assert outbox.next_due_at(db) == later
    assert outbox.due_reminders(db, t0) == []


def test_retry_moves_next_attempt_and_counts(db, t0):
    outbox.enqueue(db, [_new("a", t0)], now=t0)
    row = outbox.due_reminders(db, t0)[0]
    outbox.mark_retry(db, row.id, next_attempt_at=t0 + dt.timedelta(seconds=30), error="429")
    assert outbox.due_reminders(db, t0) == []
    again = outbox.due_reminders(db, t0 + dt.timedelta(seconds=30))[0]
    assert again.attempts == 1 and again.last_error == "429" and again.due_at == t0


def test_final_states_and_cancel(db, t0):
    outbox.enqueue(db, [_new("a", t0), _new("b", t0, chat=2), _new("c", t0, chat=2)], now=t0)
    a, b, c = outbox.due_reminders(db, t0)
    outbox.mark_final(db, a.id, status="expired", error="beyond grace")
    assert outbox.cancel_pending(db, chat_id=2, reason="chat stopped") == 2
    assert outbox.outbox_counts(db) == {"expired": 1, "cancelled": 2}
    with pytest.raises(ValueError):
        outbox.mark_final(db, a.id, status="sent", error="")


def test_deliveries_log_every_attempt(db, t0):
    outbox.enqueue(db, [_new("a", t0)], now=t0)
    row = outbox.due_reminders(db, t0)[0]
    outbox.record_delivery(
        db, reminder_id=row.id, chat_id=1, at=t0, outcome="rate_limited", retry_after=3
    )
    outbox.record_delivery(db, reminder_id=row.id, chat_id=1, at=t0, outcome="sent", message_id=7)
    assert [d.outcome for d in outbox.deliveries_for(db, row.id)] == ["rate_limited", "sent"]


def test_rows_survive_reopening(db_path, t0):
    from storage import open_database

    db = open_database(db_path)
    outbox.enqueue(db, [_new("a", t0)], now=t0)
    db.close()
    db = open_database(db_path)
    assert [r.dedup_key for r in outbox.due_reminders(db, t0)] == ["a"]
    db.close()
