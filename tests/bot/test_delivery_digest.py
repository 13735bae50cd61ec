# ruff: noqa: F811 - the fixtures are imported from the test kits
"""The daily digest: planned at the chat's local time, today's and this week's events."""

from __future__ import annotations

from bot.emulator.pytest_plugin import emulator_factory  # noqa: F401 - fixture
from bot.reminders import plan_digests, update_chat_settings
from storage import outbox
from tests.bot._delivery_kit import env, user  # noqa: F401 - fixture
from tests.bot._reminder_kit import local, save_events

EVENTS = (
    ("报名", "2023-04-10", "2023-04-13", "deadline"),
    ("讲座", "2023-04-14T19:30", "2023-04-14T21:00", "meeting"),
    ("书展", "2023-04-15", "2023-04-20", "activity"),
    ("音乐会", "2023-04-17T19:00", "2023-04-17T21:00", "activity"),
    ("早市", "2023-04-13T06:00", "2023-04-13T07:30", "activity"),
)


async def test_digest_at_08_lists_today_and_this_week(env):
    ann = user(env, 42)
    env.services.db.execute("INSERT INTO subscriptions VALUES (42, 'digest', '', 'x')")
    save_events(env.services, "p1", *EVENTS)
    env.at("2023-04-13T07:00")
    plan_digests(env.services)
    stats = await env.run()
    assert stats.sent == 0 and stats.next_due_at == local("2023-04-13T08:00")
    env.at("2023-04-13T08:00")
    assert (await env.run()).sent == 1
    text = (await ann.next_message(timeout=5)).text
    head, _, rest = text.partition("\n\n")
    today, _, week = rest.partition("\n\n")
    assert head == "📅 每日摘要 · 4月13日（周四）"
    assert today.splitlines()[0] == "今天"
    assert "报名" in today and "早市" in today  # what is on today, also already past
    assert week.splitlines()[0] == "本周稍后"
    assert "讲座" in week and "书展" in week and "4月15日（周六）至4月20日（周四）" in week
    assert "音乐会" not in text  # next Monday is next week
    # The next day's digest is planned as soon as this one is out.
    (following,) = outbox.pending_for_chat(env.services.db, 42, "digest")
    assert following.due_at == local("2023-04-14T08:00")


async def test_digest_time_and_switch_off(env):
    ann = user(env, 42)
    env.services.db.execute("INSERT INTO subscriptions VALUES (42, 'digest', '', 'x')")
    update_chat_settings(env.services, 42, digest_at="18:45")
    (row,) = outbox.pending_for_chat(env.services.db, 42, "digest")
    assert row.due_at == local("2023-04-13T18:45")
    update_chat_settings(env.services, 42, digest_enabled=False)
    env.at("2023-04-13T18:45")
    assert (await env.run()).sent == 0
    assert ann.messages == []


async def test_digest_of_a_chat_that_unsubscribed_is_cancelled(env):
    user(env, 42)
    env.services.db.execute("INSERT INTO subscriptions VALUES (42, 'digest', '', 'x')")
    plan_digests(env.services)
    env.services.db.execute("DELETE FROM subscriptions WHERE chat_id = 42")
    env.at("2023-04-13T08:00")
    stats = await env.run()
    assert stats.cancelled == 1
    assert outbox.reminders_for(env.services.db, kind="digest")[0].last_error == "digest turned off"


async def test_digest_missed_while_down_goes_late_within_grace(env):
    ann = user(env, 42)
    env.services.db.execute("INSERT INTO subscriptions VALUES (42, 'digest', '', 'x')")
    save_events(env.services, "p1", *EVENTS)
    env.at("2023-04-13T09:10")  # started after 08:00: nothing was planned for today yet
    plan_digests(env.services)
    assert (await env.run()).late == 1
    assert "迟到：原定 08:00 发送" in (await ann.next_message(timeout=5)).text
