"""Reminder use cases on a real SQLite file with a ManualClock."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.reminders import (
    UnknownChat,
    UnknownEvent,
    cancel_event_reminders,
    chat_settings,
    plan_digests,
    queue_broadcast,
    queue_new_event_alerts,
    remind_event,
    reminded_events,
    replan_events,
    update_chat_settings,
)
from storage import chats as chat_store
from storage import outbox
from storage.articles import save_page
from tests.bot._reminder_kit import SHANGHAI, add_chat, local, make_services, save_events

FAIR = ("书展", "2023-04-15", "2023-04-20", "activity")
TALK = ("讲座", "2023-04-14T19:30", "2023-04-14T21:00", "meeting")


def times(rows):
    return [
        (r.payload["rule"], r.due_at.astimezone(SHANGHAI).strftime("%m-%d %H:%M")) for r in rows
    ]


@pytest.fixture
def services(tmp_path):
    s = make_services(tmp_path, "2023-04-13T08:00")
    add_chat(s, 1)
    return s


def test_remind_event_queues_per_rules_and_is_idempotent(services):
    fair, _ = save_events(services, "p1", FAIR, TALK)
    rows = remind_event(services, 1, fair)
    assert times(rows) == [("day_before", "04-14 09:00"), ("on_day", "04-15 08:00")]
    again = remind_event(services, 1, fair)
    assert [r.id for r in again] == [r.id for r in rows]
    assert outbox.outbox_counts(services.db) == {"pending": 2}


def test_remind_with_lead_adds_one_and_keeps_it(services):
    _, talk = save_events(services, "p1", FAIR, TALK)
    rows = remind_event(services, 1, talk, dt.timedelta(hours=3))
    assert ("custom", "04-14 16:30") in times(rows)
    assert len(remind_event(services, 1, talk)) == 4  # the lead asked before stays


def test_unknown_chat_and_event(services):
    fair, _ = save_events(services, "p1", FAIR, TALK)
    with pytest.raises(UnknownChat):
        remind_event(services, 99, fair)
    with pytest.raises(UnknownEvent):
        remind_event(services, 1, "nope")


def test_event_over_gives_nothing(services):
    (old,) = save_events(services, "p0", ("旧展", "2023-04-01", "2023-04-02", "activity"))
    assert remind_event(services, 1, old) == []
    assert reminded_events(services, 1) == []


def test_reminded_events_and_cancel(services):
    fair, talk = save_events(services, "p1", FAIR, TALK)
    remind_event(services, 1, fair)
    remind_event(services, 1, talk)
    assert [e.title for e in reminded_events(services, 1)] == ["讲座", "书展"]
    assert cancel_event_reminders(services, 1, talk) == 3
    assert [e.title for e in reminded_events(services, 1)] == ["书展"]
    cancelled = outbox.reminders_for(services.db, event_id=talk)
    assert {(r.status, r.last_error) for r in cancelled} == {("cancelled", "cancelled by user")}
    assert cancel_event_reminders(services, 1, talk) == 0
    # Asking again revives the cancelled rows.
    assert len(remind_event(services, 1, talk)) == 3


def test_ongoing_event_is_listed_though_nothing_is_left_to_send(services):
    fair, _ = save_events(services, "p1", FAIR, TALK)
    services.clock.set(local("2023-04-16T12:00"))
    assert remind_event(services, 1, fair) == []
    assert [e.id for e in reminded_events(services, 1)] == [fair]


def test_edit_moves_pending_reminders_and_removal_cancels(services):
    fair, talk = save_events(services, "p1", FAIR, TALK)
    remind_event(services, 1, fair)
    remind_event(services, 1, talk)
    moved = ("书展", "2023-04-22", "2023-04-25", "activity")
    # The corrected page: the fair moved a week, the talk is gone.
    from extractors.model import Event, Kind, Page

    page = Page(
        published=dt.date(2023, 4, 13),
        published_found=True,
        events=(
            Event("书展", dt.date(2023, 4, 22), dt.date(2023, 4, 25), Kind.ACTIVITY, True, "改期"),
        ),
        text="corrected" + repr(moved),
    )
    saved = save_page(services.db, "p1", page, timezone="Asia/Shanghai", now=services.clock.now())
    assert saved.changed == (fair,) and saved.removed == (talk,)
    replan_events(services, [*saved.changed, *saved.removed])
    pending = outbox.pending_for_event(services.db, fair)
    assert times(pending) == [("day_before", "04-21 09:00"), ("on_day", "04-22 08:00")]
    old = [r for r in outbox.reminders_for(services.db, chat_id=1) if r.status == "cancelled"]
    reasons = {r.last_error for r in old}
    assert reasons == {"rescheduled: event changed", "event removed"}
    assert outbox.outbox_counts(services.db) == {"pending": 2, "cancelled": 5}


def test_replan_never_resends_what_went_out(services):
    fair, _ = save_events(services, "p1", FAIR, TALK)
    first, _ = remind_event(services, 1, fair)
    outbox.mark_sent(services.db, first.id, at=services.clock.now())
    replan_events(services, [fair])
    assert outbox.get_reminder(services.db, first.id).status == "sent"
    assert len(outbox.pending_for_event(services.db, fair)) == 1


def test_update_settings_replans_and_validates(services):
    _, talk = save_events(services, "p1", FAIR, TALK)
    remind_event(services, 1, talk)
    settings = update_chat_settings(services, 1, day_before=None, timed_leads=[30])
    assert settings.day_before is None
    assert times(outbox.pending_for_event(services.db, talk)) == [
        ("on_day", "04-14 08:00"),
        ("lead", "04-14 19:00"),
    ]
    chat = chat_store.get_chat(services.db, 1)
    assert chat.settings == {"day_before": None, "timed_leads": [30]}
    assert chat_settings(chat, services) == settings
    with pytest.raises(ValueError, match="colour"):
        update_chat_settings(services, 1, colour="red")
    with pytest.raises(ValueError, match="timezone"):
        update_chat_settings(services, 1, timezone="Mars/Base")
    with pytest.raises(ValueError, match="quiet_hours"):
        update_chat_settings(services, 1, quiet_hours="22:00")
    assert update_chat_settings(services, 1, quiet_hours="22:00-07:00").quiet_hours == (
        dt.time(22),
        dt.time(7),
    )


def test_time_zone_change_moves_reminders(services):
    fair, _ = save_events(services, "p1", FAIR, TALK)
    remind_event(services, 1, fair)
    update_chat_settings(services, 1, timezone="Europe/Berlin")
    assert times(outbox.pending_for_event(services.db, fair)) == [
        ("day_before", "04-14 15:00"),
        ("on_day", "04-15 14:00"),
    ]


def test_new_event_alerts(services):
    add_chat(services, 2, topics=("alerts",))
    add_chat(services, 3)
    add_chat(services, 4)
    now = services.clock.now()
    chat_store.subscribe(services.db, 3, "keyword", "书展", now=now)
    chat_store.subscribe(services.db, 4, "keyword", "音乐会", now=now)
    ids = save_events(services, "p1", FAIR, TALK, ("旧展", "2023-04-01", "2023-04-02", "activity"))
    assert queue_new_event_alerts(services, ids) == 2
    assert queue_new_event_alerts(services, ids) == 0  # the same batch is never queued twice
    alerts = {r.chat_id: r for r in outbox.reminders_for(services.db, kind="alert")}
    assert alerts[2].payload == {"event_ids": [ids[1], ids[0]], "keywords": []}  # start order
    assert alerts[3].payload == {"event_ids": [ids[0]], "keywords": ["书展"]}
    assert alerts[2].due_at == now
    assert queue_new_event_alerts(services, []) == 0


def test_plan_digests(services):
    add_chat(services, 2, topics=("digest",))
    add_chat(services, 3, topics=("digest",))
    update_chat_settings(services, 3, digest_at="20:30")
    services.clock.set(local("2023-04-13T07:00"))
    plan_digests(services)
    plan_digests(services)
    rows = {
        r.chat_id: r for r in outbox.reminders_for(services.db, kind="digest", status="pending")
    }
    assert rows[2].due_at == local("2023-04-13T08:00")
    assert rows[3].due_at == local("2023-04-13T20:30")
    assert 1 not in rows  # not subscribed
    update_chat_settings(services, 2, digest_enabled=False)
    assert outbox.pending_for_chat(services.db, 2, "digest") == []
    assert outbox.reminders_for(services.db, chat_id=2)[0].last_error == "digest turned off"


def test_overdue_digest_is_left_for_the_dispatcher(services):
    add_chat(services, 2, topics=("digest",))
    services.clock.set(local("2023-04-13T07:00"))
    plan_digests(services)
    services.clock.set(local("2023-04-13T11:00"))  # down past the grace period
    plan_digests(services)
    pending = outbox.pending_for_chat(services.db, 2, "digest")
    assert [r.due_at for r in pending] == [local("2023-04-13T08:00"), local("2023-04-14T08:00")]


def test_broadcast_goes_to_active_chats(services):
    add_chat(services, 2)
    chat_store.update_chat(services.db, 2, now=services.clock.now(), active=False)
    assert queue_broadcast(services, "<b>停机维护</b>") == 1
    (row,) = outbox.reminders_for(services.db, kind="broadcast")
    assert row.chat_id == 1 and row.payload == {"text": "<b>停机维护</b>"}
