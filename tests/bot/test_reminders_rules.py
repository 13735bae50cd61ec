"""The reminder rules as a table: event, chat settings, now → the reminders planned."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.config import ReminderConfig
from bot.reminder_rules import (
    chat_settings,
    digest_due,
    parse_lead,
    plan_event,
    quiet_release,
    settings_json,
)
from storage.records import Chat
from tests.bot._reminder_kit import SHANGHAI, local, stored

NOW = "2023-04-13T08:00"
DEFAULT = chat_settings(Chat(1, "zh", "Asia/Shanghai", True))


def planned(event, now=NOW, settings=DEFAULT, leads=()):
    plans = plan_event(event, settings, local(now), [dt.timedelta(minutes=m) for m in leads])
    return [
        (p.rule, p.due_at.astimezone(SHANGHAI).strftime("%m-%d %H:%M"), p.urgent) for p in plans
    ]


RULES = [
    pytest.param(
        stored("书展", "2023-04-15", "2023-04-15"),
        {},
        [("day_before", "04-14 09:00", False), ("on_day", "04-15 08:00", True)],
        id="all-day: day before 09:00, on the day 08:00",
    ),
    pytest.param(
        stored("书展", "2023-04-15", "2023-04-20"),
        {},
        [("day_before", "04-14 09:00", False), ("on_day", "04-15 08:00", True)],
        id="multi-day: reminded about its first day",
    ),
    pytest.param(
        stored("讲座", "2023-04-14T19:30", "2023-04-14T21:00", "meeting"),
        {},
        [
            ("day_before", "04-13 09:00", False),
            ("on_day", "04-14 08:00", True),
            ("lead", "04-14 18:30", True),
        ],
        id="timed: also one hour before",
    ),
    pytest.param(
        stored("晨跑", "2023-04-14T07:30", "2023-04-14T09:00"),
        {},
        [("day_before", "04-13 09:00", False), ("lead", "04-14 06:30", True)],
        id="timed before 08:00: no on-the-day after the start",
    ),
    pytest.param(
        stored("开幕", "2023-04-14T09:00", "2023-04-14T10:00"),
        {},
        [("day_before", "04-13 09:00", False), ("on_day", "04-14 08:00", True)],
        id="two rules at one instant: one message",
    ),
    pytest.param(
        stored("报名", "2023-04-13", "2023-04-18", "deadline"),
        {},
        [("deadline", "04-18 09:00", True)],
        id="deadline: 09:00 on its last day",
    ),
    pytest.param(
        stored("申报", "2023-04-13T08:00", "2023-04-18T17:00", "deadline"),
        {},
        [("deadline", "04-18 09:00", True), ("lead", "04-18 16:00", True)],
        id="deadline with a time: also one hour before it",
    ),
    pytest.param(
        stored("讲座", "2023-04-14T19:30", "2023-04-14T21:00"),
        {"leads": [120]},
        [
            ("day_before", "04-13 09:00", False),
            ("on_day", "04-14 08:00", True),
            ("custom", "04-14 17:30", True),
            ("lead", "04-14 18:30", True),
        ],
        id="custom lead 2h on a timed event",
    ),
    pytest.param(
        stored("书展", "2023-04-16", "2023-04-20"),
        {"leads": [2 * 24 * 60]},
        [
            ("custom", "04-14 08:00", False),
            ("day_before", "04-15 09:00", False),
            ("on_day", "04-16 08:00", True),
        ],
        id="custom lead 2 days on an all-day event: counted from on_day, not urgent",
    ),
    pytest.param(
        stored("庙会", "2023-04-13", "2023-04-13"),
        {},
        [],
        id="today's all-day event at 08:00: everything past",
    ),
    pytest.param(
        stored("讲座", "2023-04-13T10:00", "2023-04-13T11:00"),
        {},
        [("lead", "04-13 09:00", True)],
        id="today's timed event: only what is still ahead",
    ),
    pytest.param(
        stored("旧闻", "2023-04-01", "2023-04-02"),
        {},
        [],
        id="event over: nothing",
    ),
    pytest.param(
        stored("讲座", "2023-04-14T19:30", "2023-04-14T21:00"),
        {"settings": {"day_before": None, "timed_leads": [30, 180]}},
        [
            ("on_day", "04-14 08:00", True),
            ("lead", "04-14 16:30", True),
            ("lead", "04-14 19:00", True),
        ],
        id="chat settings: no day-before, leads 3h and 30 min",
    ),
    pytest.param(
        stored("讲座", "2023-04-14T19:30", "2023-04-14T21:00"),
        {"settings": {"on_day": "07:15", "day_before": "20:00"}},
        [
            ("day_before", "04-13 20:00", False),
            ("on_day", "04-14 07:15", True),
            ("lead", "04-14 18:30", True),
        ],
        id="chat settings: own day-before and on-the-day times",
    ),
    pytest.param(
        stored("书展", "2023-04-15", "2023-04-15"),
        {"timezone": "Europe/Berlin"},
        [("day_before", "04-14 15:00", False), ("on_day", "04-15 14:00", True)],
        id="chat in Berlin: the event's day at Berlin's 09:00 and 08:00",
    ),
]


@pytest.mark.parametrize(("event", "chat", "expected"), RULES)
def test_rule_table(event, chat, expected):
    settings = chat_settings(
        Chat(
            1, "zh", chat.get("timezone", "Asia/Shanghai"), True, settings=chat.get("settings", {})
        )
    )
    assert planned(event, settings=settings, leads=chat.get("leads", ())) == expected


def test_config_defaults_apply():
    cfg = ReminderConfig(day_before=dt.time(18, 0), on_day=dt.time(7, 0), timed_lead_minutes=0)
    settings = chat_settings(Chat(1, "zh", "Asia/Shanghai", True), cfg)
    event = stored("讲座", "2023-04-14T19:30", "2023-04-14T21:00")
    assert planned(event, settings=settings) == [
        ("day_before", "04-13 18:00", False),
        ("on_day", "04-14 07:00", True),
    ]


def test_settings_json_round_trip_keeps_only_overrides():
    chat = Chat(1, "zh", "Asia/Shanghai", True, settings={"quiet_hours": "22:00-07:00"})
    settings = chat_settings(chat)
    assert settings.quiet_hours == (dt.time(22), dt.time(7))
    assert settings_json(settings) == {"quiet_hours": "22:00-07:00"}
    assert settings_json(DEFAULT) == {}


def test_broken_stored_settings_fall_back_to_defaults():
    chat = Chat(1, "zh", "Asia/Shanghai", True, settings={"day_before": "9点", "quiet_hours": 5})
    assert chat_settings(chat).day_before == dt.time(9)
    assert chat_settings(chat).quiet_hours is None


QUIET = [
    pytest.param("2023-04-13T23:00", ("22:00", "07:00"), "2023-04-14T07:00", id="late evening"),
    pytest.param("2023-04-14T06:59", ("22:00", "07:00"), "2023-04-14T07:00", id="early morning"),
    pytest.param("2023-04-14T07:00", ("22:00", "07:00"), None, id="end is not quiet"),
    pytest.param("2023-04-13T21:59", ("22:00", "07:00"), None, id="before start"),
    pytest.param("2023-04-13T13:30", ("12:00", "14:00"), "2023-04-13T14:00", id="noon nap"),
    pytest.param("2023-04-13T14:30", ("12:00", "14:00"), None, id="after the nap"),
]


@pytest.mark.parametrize(("at", "hours", "release"), QUIET)
def test_quiet_release(at, hours, release):
    quiet = (dt.time.fromisoformat(hours[0]), dt.time.fromisoformat(hours[1]))
    got = quiet_release(local(at), quiet, SHANGHAI)
    assert got == (None if release is None else local(release))


def test_no_quiet_hours_never_holds():
    assert quiet_release(local("2023-04-13T03:00"), None, SHANGHAI) is None


DIGESTS = [
    pytest.param("2023-04-13T07:00", set(), "2023-04-13T08:00", id="before the time: today"),
    pytest.param("2023-04-13T09:30", set(), "2023-04-13T08:00", id="within grace: today, late"),
    pytest.param(
        "2023-04-13T09:30", {dt.date(2023, 4, 13)}, "2023-04-14T08:00", id="already sent: tomorrow"
    ),
    pytest.param("2023-04-13T10:30", set(), "2023-04-14T08:00", id="beyond grace: tomorrow"),
]


@pytest.mark.parametrize(("now", "done", "due"), DIGESTS)
def test_digest_due(now, done, due):
    day, at = digest_due(DEFAULT, local(now), dt.timedelta(hours=2), done)
    assert at == local(due)
    assert day == local(due).date()


LEADS = [
    ("30m", dt.timedelta(minutes=30)),
    ("90", dt.timedelta(minutes=90)),
    ("2h", dt.timedelta(hours=2)),
    ("1d", dt.timedelta(days=1)),
    ("2小时", dt.timedelta(hours=2)),
    ("30分钟", dt.timedelta(minutes=30)),
    ("3天", dt.timedelta(days=3)),
    ("0", None),
    ("31d", None),
    ("明天", None),
    ("-2h", None),
]


@pytest.mark.parametrize(("text", "lead"), LEADS, ids=[t for t, _ in LEADS])
def test_parse_lead(text, lead):
    assert parse_lead(text) == lead
