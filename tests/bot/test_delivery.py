# ruff: noqa: F811 - the fixtures are imported from the test kits
"""The dispatcher with the real PTB Bot over real HTTP against the emulator, on real SQLite.

The clock is a ManualClock shared by the database, the limiter and the emulator's limit
checks; the dispatcher is driven directly (``run_due``), so nothing waits on wall time. Every
test ends with no flood-limit violation recorded by the emulator.
"""

from __future__ import annotations

import datetime as dt

from bot.emulator.pytest_plugin import emulator_factory  # noqa: F401 - fixture
from bot.reminders import (
    queue_broadcast,
    queue_new_event_alerts,
    remind_event,
    update_chat_settings,
)
from storage import chats as chat_store
from storage import outbox
from tests.bot._delivery_kit import env, user  # noqa: F401 - fixture
from tests.bot._reminder_kit import local, save_events

FAIR = ("书展 <春季> & 读书会", "2023-04-15", "2023-04-20", "activity")
TALK = ("讲座", "2023-04-14T19:30", "2023-04-14T21:00", "meeting")


async def test_reminder_arrives_with_title_when_where_and_link(env):
    ann = user(env, 42)
    fair, _ = save_events(env.services, "p1", FAIR, TALK)
    day_before, _ = remind_event(env.services, 42, fair)
    stats = await env.run()
    assert stats.sent == 0 and stats.next_due_at == local("2023-04-14T09:00")
    env.at("2023-04-14T09:00")
    stats = await env.run()
    assert stats.sent == 1 and stats.late == 0
    msg = await ann.next_message(timeout=5)
    assert msg.text.startswith("⏰ 明天：书展 <春季> & 读书会")
    assert "4月15日（周六）至4月20日（周四）" in msg.text
    assert "📍 地点：区图书馆" in msg.text
    assert f"/event {fair}" in msg.text
    assert "迟到" not in msg.text
    row = outbox.get_reminder(env.services.db, day_before.id)
    assert row.status == "sent" and row.sent_at == local("2023-04-14T09:00") and not row.late
    assert env.outcomes(row.id) == ["sent"]
    assert outbox.deliveries_for(env.services.db, row.id)[0].message_id == msg.message_id
    assert stats.next_due_at == local("2023-04-15T08:00")


async def test_english_chat_gets_english(env):
    bob = user(env, 43, language_code="en")
    _, talk = save_events(env.services, "p1", FAIR, TALK)
    remind_event(env.services, 43, talk)
    env.at("2023-04-14T18:30")
    await env.run()
    msg = await bob.next_message(timeout=5)
    assert msg.text.splitlines()[0] == "⏰ Starts in 1 h: 讲座"
    assert "Fri 14 Apr 19:30–21:00" in msg.text


async def test_late_within_grace_is_sent_marked_late(env):
    ann = user(env, 42)
    fair, _ = save_events(env.services, "p1", FAIR, TALK)
    row, _ = remind_event(env.services, 42, fair)
    env.at("2023-04-14T10:45")  # the bot was down from before 09:00 until now
    stats = await env.run()
    assert (stats.sent, stats.late) == (1, 1)
    msg = await ann.next_message(timeout=5)
    assert "迟到：原定 4月14日（周五） 09:00" in msg.text
    assert outbox.get_reminder(env.services.db, row.id).late


async def test_beyond_grace_is_recorded_expired(env):
    ann = user(env, 42)
    fair, _ = save_events(env.services, "p1", FAIR, TALK)
    row, on_day = remind_event(env.services, 42, fair)
    env.at("2023-04-14T11:01")
    stats = await env.run()
    assert (stats.sent, stats.expired) == (0, 1)
    expired = outbox.get_reminder(env.services.db, row.id)
    assert expired.status == "expired"
    assert expired.last_error == "overdue by 121 min (grace 120 min)"
    assert ann.messages == []
    assert outbox.get_reminder(env.services.db, on_day.id).status == "pending"


async def test_quiet_hours_hold_non_urgent_and_let_urgent_through(env):
    ann = user(env, 42)
    update_chat_settings(env.services, 42, quiet_hours="22:00-07:00", day_before="23:00")
    fair, talk = save_events(
        env.services, "p1", FAIR, ("夜场", "2023-04-14T00:30", "2023-04-14T02:00", "activity")
    )
    before, on_day = remind_event(env.services, 42, fair)
    assert before.due_at == local("2023-04-14T23:00")
    night = remind_event(env.services, 42, talk)
    lead = [r for r in night if r.payload["rule"] == "lead"][0]
    assert lead.due_at == local("2023-04-13T23:30")
    env.at("2023-04-13T23:30")
    stats = await env.run()
    assert stats.sent == 1  # the urgent one-hour-before goes through the quiet hours
    assert "夜场" in (await ann.next_message(timeout=5)).text
    env.at("2023-04-14T23:00")
    stats = await env.run()
    assert (stats.sent, stats.held) == (0, 1)
    held = outbox.get_reminder(env.services.db, before.id)
    assert held.status == "pending" and held.next_attempt_at == local("2023-04-15T07:00")
    assert env.outcomes(before.id) == []  # holding is not an attempt
    assert stats.next_due_at == local("2023-04-15T07:00")
    env.at("2023-04-15T07:00")
    stats = await env.run()
    assert stats.sent == 1 and stats.late == 0
    assert "书展" in (await ann.next_message(timeout=5)).text


async def test_alert_and_broadcast_are_held_in_quiet_hours_too(env):
    ann = user(env, 42)
    chat_store.subscribe(env.services.db, 42, "alerts", now=env.services.clock.now())
    update_chat_settings(env.services, 42, quiet_hours="07:00-09:00")
    ids = save_events(env.services, "p1", FAIR, TALK)
    assert queue_new_event_alerts(env.services, ids) == 1
    assert queue_broadcast(env.services, "系统 <维护>") == 1
    assert (await env.run()).held == 2
    env.at("2023-04-13T09:00")
    assert (await env.run()).sent == 1
    env.at("2023-04-13T09:00:02")
    assert (await env.run()).sent == 1
    texts = [m.text for m in ann.messages]
    assert texts[0].startswith("🆕 新活动") and "讲座" in texts[0] and "书展" in texts[0]
    assert texts[1] == "📢 通知\n系统 <维护>"


async def test_429_pauses_that_chat_only(env):
    ann, bob = user(env, 42), user(env, 43)
    fair, _ = save_events(env.services, "p1", FAIR, TALK)
    a1, _ = remind_event(env.services, 42, fair)
    remind_event(env.services, 43, fair)
    env.emu.faults.add("429", chat_id=42, retry_after=30)
    chat_store.subscribe(env.services.db, 42, "alerts", now=env.services.clock.now())
    env.at("2023-04-14T09:00")
    queue_new_event_alerts(env.services, [fair])  # a second row for Ann, due now too
    stats = await env.run()
    assert stats.sent == 1 and stats.by_outcome["rate_limited"] == 1
    assert len(bob.messages) == 1 and ann.messages == []
    (d,) = outbox.deliveries_for(env.services.db, a1.id)
    assert (d.outcome, d.retry_after) == ("rate_limited", 30.0)
    assert outbox.get_reminder(env.services.db, a1.id).next_attempt_at == local(
        "2023-04-14T09:00:30"
    )
    (alert,) = outbox.reminders_for(env.services.db, kind="alert")
    assert alert.next_attempt_at == local("2023-04-14T09:00:30")  # the whole chat waits
    assert stats.next_due_at == local("2023-04-14T09:00:30")
    env.at("2023-04-14T09:00:30")
    stats = await env.run()
    assert (stats.sent, stats.held) == (1, 1)  # then one second between two messages
    env.at("2023-04-14T09:00:32")
    assert (await env.run()).sent == 1
    assert len(ann.messages) == 2
    assert env.outcomes(a1.id) == ["rate_limited", "sent"]


async def test_403_marks_chat_inactive_and_ends_its_rows(env):
    ann, bob = user(env, 42), user(env, 43)
    ann.block()
    fair, talk = save_events(env.services, "p1", FAIR, TALK)
    a1, a2 = remind_event(env.services, 42, fair)
    remind_event(env.services, 43, fair)
    env.at("2023-04-14T09:00")
    stats = await env.run()
    assert stats.sent == 1 and stats.by_outcome["blocked"] == 1
    assert not chat_store.get_chat(env.services.db, 42).active
    first = outbox.get_reminder(env.services.db, a1.id)
    assert first.status == "failed" and first.last_error.startswith("blocked: Forbidden")
    rest = outbox.get_reminder(env.services.db, a2.id)
    assert rest.status == "cancelled" and rest.last_error.startswith("chat inactive: blocked")
    assert env.outcomes(a1.id) == ["blocked"]
    assert len(bob.messages) == 1


async def test_migrated_group_moves_and_is_retried(env):
    group = user(env, -5, title="读书群")
    fair, _ = save_events(env.services, "p1", FAIR, TALK)
    row, later = remind_event(env.services, -5, fair)
    new_id = env.emu.migrate(-5)
    env.at("2023-04-14T09:00")
    stats = await env.run()
    assert stats.sent == 1
    assert "书展" in (await group.next_message(timeout=5)).text
    assert chat_store.get_chat(env.services.db, -5) is None
    assert chat_store.get_chat(env.services.db, new_id).kind == "group"
    moved = outbox.get_reminder(env.services.db, row.id)
    assert moved.chat_id == new_id and moved.status == "sent"
    assert outbox.get_reminder(env.services.db, later.id).chat_id == new_id
    assert env.outcomes(row.id) == ["migrated", "sent"]


async def test_5xx_retries_with_backoff_then_succeeds(env):
    ann = user(env, 42)
    fair, _ = save_events(env.services, "p1", FAIR, TALK)
    row, _ = remind_event(env.services, 42, fair)
    env.emu.faults.add("502", chat_id=42, count=1)
    env.emu.faults.add("500", chat_id=42, count=1)
    env.at("2023-04-14T09:00")
    stats = await env.run()
    assert stats.retried == 1
    assert outbox.get_reminder(env.services.db, row.id).next_attempt_at == local(
        "2023-04-14T09:00:02"
    )
    env.at("2023-04-14T09:00:02")
    await env.run()
    assert outbox.get_reminder(env.services.db, row.id).next_attempt_at == local(
        "2023-04-14T09:00:06"
    )
    env.at("2023-04-14T09:00:06")
    stats = await env.run()
    assert stats.sent == 1 and len(ann.messages) == 1
    assert env.outcomes(row.id) == ["retry", "retry", "sent"]
    errors = [d.error for d in outbox.deliveries_for(env.services.db, row.id)]
    assert errors[0] == "NetworkError: Bad Gateway"
    assert outbox.get_reminder(env.services.db, row.id).attempts == 3


async def test_gives_up_after_max_attempts(env):
    user(env, 42)
    fair, _ = save_events(env.services, "p1", FAIR, TALK)
    row, _ = remind_event(env.services, 42, fair)
    env.emu.faults.add("503", chat_id=42, count=None)
    env.at("2023-04-14T09:00")
    for _ in range(5):
        await env.run()
        env.services.clock.advance(dt.timedelta(minutes=1))
    final = outbox.get_reminder(env.services.db, row.id)
    assert final.status == "failed" and "after 5 attempts" in final.last_error
    assert env.outcomes(row.id) == ["retry"] * 4 + ["failed"]


async def test_event_removed_after_queuing_is_cancelled_not_sent(env):
    ann = user(env, 42)
    fair, _ = save_events(env.services, "p1", FAIR, TALK)
    row, _ = remind_event(env.services, 42, fair)
    env.services.db.execute("DELETE FROM events WHERE id = ?", [fair])
    env.at("2023-04-14T09:00")
    stats = await env.run()
    assert stats.cancelled == 1 and ann.messages == []
    assert outbox.get_reminder(env.services.db, row.id).last_error == "event removed"


async def test_group_limit_postpones_the_21st_message(env):
    group = user(env, -7, title="大群")
    add = env.services.db.execute
    for n in range(22):
        add(
            "INSERT INTO reminders (chat_id, kind, dedup_key, due_at, next_attempt_at, payload,"
            " created_at) VALUES (-7, 'broadcast', ?, ?, ?, ?, ?)",
            [f"b{n}", *["2023-04-13T00:00:00.000000+00:00"] * 2, f'{{"text": "m{n}"}}', "x"],
        )
    stats = await env.run()
    assert stats.sent == 20 and len(group.messages) == 20
    pending = outbox.pending_for_chat(env.services.db, -7)
    assert len(pending) == 2
    assert {r.next_attempt_at for r in pending} == {local("2023-04-13T08:01:00.050000")}
    assert stats.next_due_at == local("2023-04-13T08:01:00.050000")
