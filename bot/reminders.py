"""Reminder use cases: plan what to send into the outbox. No Telegram here.

The outbox (storage.outbox) is the source of truth; bot/delivery sends it, bot/jobs schedules.
After queuing something, callers inside the bot call ``bot.jobs.wake_dispatcher(application)``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zoneinfo
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from bot.config import ConfigError, parse_hhmm, parse_quiet_hours
from bot.reminder_rules import (
    SETTING_NAMES,
    ChatSettings,
    Planned,
    digest_due,
    plan_event,
    settings_json,
)
from bot.reminder_rules import chat_settings as _chat_settings
from bot.services import Services
from storage import chats as chat_store
from storage import events as event_store
from storage import outbox
from storage import requests as request_store
from storage.records import Chat, NewReminder, Reminder, StoredEvent
from storage.times import to_db

__all__ = [
    "ChatSettings",
    "UnknownChat",
    "UnknownEvent",
    "cancel_event_reminders",
    "chat_settings",
    "plan_digests",
    "plan_missing_digests",
    "queue_broadcast",
    "queue_new_event_alerts",
    "remind_event",
    "reminded_events",
    "replan_chat",
    "replan_events",
    "update_chat_settings",
]


class UnknownChat(LookupError):
    """The chat never used the bot (no /start)."""


class UnknownEvent(LookupError):
    """No event has this id."""


def chat_settings(chat: Chat, defaults: Any = None) -> ChatSettings:
    """Return the chat's settings: defaults from the config, overridden by the chat's own.

    ``defaults`` is the ``ReminderConfig`` (``services.config.reminders``), a ``Config`` or
    ``Services``; without it the built-in defaults apply.
    """
    if isinstance(defaults, Services):
        defaults = defaults.config.reminders
    elif defaults is not None and hasattr(defaults, "reminders"):
        defaults = defaults.reminders
    return _chat_settings(chat, defaults)


def _chat(services: Services, chat_id: int) -> Chat:
    chat = chat_store.get_chat(services.db, chat_id)
    if chat is None:
        raise UnknownChat(chat_id)
    return chat


def _reminder_rows(chat: Chat, event: StoredEvent, plans: list[Planned]) -> list[NewReminder]:
    return [
        NewReminder(
            chat_id=chat.id,
            kind="reminder",
            due_at=p.due_at,
            dedup_key=f"reminder:{chat.id}:{event.id}:{p.rule}:{to_db(p.due_at)}",
            event_id=event.id,
            payload={
                "rule": p.rule,
                "urgent": p.urgent,
                "lead_minutes": None if p.lead is None else int(p.lead.total_seconds() // 60),
            },
        )
        for p in plans
    ]


def _sync_event(
    services: Services, chat: Chat, event: StoredEvent, leads: list[int], reason: str
) -> list[Reminder]:
    now = services.clock.now()
    settings = chat_settings(chat, services)
    plans = plan_event(event, settings, now, [dt.timedelta(minutes=m) for m in leads])
    return outbox.sync_planned(
        services.db,
        chat_id=chat.id,
        kind="reminder",
        event_id=event.id,
        desired=_reminder_rows(chat, event, plans),
        now=now,
        reason=reason,
    )


def remind_event(
    services: Services, chat_id: int, event_id: str, lead: dt.timedelta | None = None
) -> list[Reminder]:
    """Queue the reminders of an event for a chat; return its pending reminder rows.

    The rules and the chat's settings decide the times; ``lead`` adds one more at that long
    before the start (kept for later replanning). Asking again is harmless. Times already
    past are not queued, so the list is empty when none is left (or the event is over).
    Raises UnknownChat or UnknownEvent.
    """
    chat = _chat(services, chat_id)
    event = event_store.get_event(services.db, event_id)
    if event is None:
        raise UnknownEvent(event_id)
    now = services.clock.now()
    if event.end_at <= now:
        return []
    minutes = None if lead is None else max(1, int(lead.total_seconds() // 60))
    with services.db.atomic():
        leads = request_store.save_request(
            services.db, chat.id, event.id, lead_minutes=minutes, now=now
        )
        return _sync_event(services, chat, event, leads, reason="rescheduled")


def cancel_event_reminders(services: Services, chat_id: int, event_id: str) -> int:
    """Forget the chat's request for the event and cancel its pending reminders; return how
    many pending reminders were cancelled (0 when there were none)."""
    with services.db.atomic():
        request_store.delete_request(services.db, chat_id, event_id)
        return outbox.cancel_pending(
            services.db,
            chat_id=chat_id,
            event_id=event_id,
            kind="reminder",
            reason="cancelled by user",
        )


def reminded_events(services: Services, chat_id: int) -> list[StoredEvent]:
    """Return the events the chat asked reminders of and that are not over, in start order
    (empty when none); for /reminders and /ics."""
    return request_store.requested_events(services.db, chat_id, ends_after=services.clock.now())


def replan_events(services: Services, event_ids: Iterable[str]) -> None:
    """Carry event edits and removals through to pending reminders.

    A changed event's pending reminders move to the new times (rows whose time changed are
    cancelled as ``rescheduled`` and new ones queued); a removed event's are cancelled.
    """
    db = services.db
    for event_id in dict.fromkeys(event_ids):
        event = event_store.get_event(db, event_id)
        if event is None:
            outbox.cancel_removed_event(db, event_id, reason="event removed")
            continue
        for chat_id, leads in request_store.requests_for_event(db, event_id):
            chat = chat_store.get_chat(db, chat_id)
            if chat is not None and chat.active:
                _sync_event(services, chat, event, leads, reason="rescheduled: event changed")


def _replan_chat(services: Services, chat: Chat, reason: str) -> None:
    for event_id, leads in request_store.requests_for_chat(services.db, chat.id):
        event = event_store.get_event(services.db, event_id)
        if event is not None:
            _sync_event(services, chat, event, leads, reason=reason)


def replan_chat(services: Services, chat_id: int) -> None:
    """Plan a chat's reminders and digest again from its requests and settings.

    For a chat coming back (``/start`` after it blocked the bot, which cancelled its pending
    rows): what it asked for and is still ahead is queued again. Raises UnknownChat.
    """
    chat = _chat(services, chat_id)
    with services.db.atomic():
        _replan_chat(services, chat, reason="rescheduled")
        plan_digests(services, [chat_id])


def _matches(event: StoredEvent, keyword: str) -> bool:
    haystack = " ".join(
        x or "" for x in (event.title, event.location, event.evidence, event.article_title)
    )
    return keyword.casefold() in haystack.casefold()


def queue_new_event_alerts(services: Services, event_ids: Iterable[str]) -> int:
    """Queue one alert per chat about newly ingested events that are not over yet: all of them
    for chats subscribed to 'alerts', those matching a keyword for keyword subscribers.
    Return how many alerts were queued (0 when nobody is interested)."""
    db = services.db
    now = services.clock.now()
    events = [e for e in event_store.get_events(db, list(event_ids)) if e.end_at > now]
    if not events:
        return 0
    wanted: dict[int, tuple[list[str], set[str]]] = {}
    for chat in chat_store.subscribed_chats(db, "alerts"):
        wanted[chat.id] = ([e.id for e in events], set())
    for chat_id, keyword in chat_store.keyword_subscriptions(db):
        if chat_id in wanted and not wanted[chat_id][1] and len(wanted[chat_id][0]) == len(events):
            continue  # already gets everything
        hits = [e.id for e in events if keyword.strip() and _matches(e, keyword.strip())]
        if hits:
            ids, words = wanted.setdefault(chat_id, ([], set()))
            ids.extend(i for i in hits if i not in ids)
            words.add(keyword)
    rows = []
    for chat_id, (ids, words) in sorted(wanted.items()):
        order = {e.id: n for n, e in enumerate(events)}
        ids = sorted(ids, key=order.__getitem__)
        digest = hashlib.sha256(",".join(sorted(ids)).encode()).hexdigest()[:16]
        rows.append(
            NewReminder(
                chat_id=chat_id,
                kind="alert",
                due_at=now,
                dedup_key=f"alert:{chat_id}:{digest}",
                payload={"event_ids": ids, "keywords": sorted(words)},
            )
        )
    return outbox.enqueue(db, rows, now=now)


def plan_digests(services: Services, chat_ids: Iterable[int] | None = None) -> None:
    """Queue each digest-subscribed chat's next daily digest at its local digest time.

    Idempotent (one digest per chat and local day). Today's digest is still queued when its
    time passed less than the grace period ago and it was not sent (it goes out marked late).
    A chat with the digest turned off gets its pending digest cancelled. ``chat_ids`` limits
    the planning to those chats.
    """
    db = services.db
    now = services.clock.now()
    grace = dt.timedelta(minutes=services.config.reminders.grace_minutes)
    only = None if chat_ids is None else list(chat_ids)
    # Read and decide first, then write every chat's rows in one short transaction. A change
    # made meanwhile (a digest sent, the digest turned off) is safe: sent rows are never
    # touched, and the dispatcher checks the setting again before it sends.
    plans: dict[int, tuple[list[NewReminder], str]] = {}
    for chat in chat_store.subscribed_chats(db, "digest", only):
        settings = chat_settings(chat, services)
        desired: list[NewReminder] = []
        if settings.digest_enabled:
            done = {
                dt.date.fromisoformat(key.rsplit(":", 1)[1])
                for key in outbox.sent_digest_days(db, chat.id)
            }
            day, due = digest_due(settings, now, grace, done)
            desired.append(
                NewReminder(
                    chat.id, "digest", due, f"digest:{chat.id}:{day}", None, {"on": str(day)}
                )
            )
            # Overdue ones stay for the dispatcher to send late or record as expired.
            desired += [
                NewReminder(r.chat_id, r.kind, r.due_at, r.dedup_key, r.event_id, r.payload)
                for r in outbox.pending_for_chat(db, chat.id, "digest")
                if r.due_at <= now
            ]
        reason = "digest rescheduled" if settings.digest_enabled else "digest turned off"
        plans[chat.id] = (desired, reason)
    outbox.sync_planned_chats(db, kind="digest", plans=plans, now=now)


def chats_needing_digest(
    services: Services, after: int | None = None, limit: int = 200
) -> list[int]:
    """Return up to ``limit`` chats (ids above ``after``) whose next digest is not queued yet;
    plan them with plan_digests, then ask again with ``after`` = the last id."""
    return chat_store.chats_needing_digest(
        services.db, to_db(services.clock.now()), after=after, limit=limit
    )


def plan_missing_digests(
    services: Services, *, chunk: int = 50, keep_going: Callable[[], bool] = lambda: True
) -> int:
    """Plan the digest of every chat that has none queued, asking the database for ``chunk``
    chats at a time; return how many chats were planned (0 when none needed it).

    ``keep_going`` is asked between chunks: planning stops early when it says False (the bot
    is stopping; the next run picks up where this one stopped).
    """
    planned = 0
    batch = chats_needing_digest(services, limit=chunk)
    while batch and keep_going():
        plan_digests(services, batch)
        planned += len(batch)
        batch = chats_needing_digest(services, batch[-1], chunk)
    return planned


def queue_broadcast(services: Services, text: str) -> int:
    """Queue ``text`` (plain text, escaped when sent) to every active chat; return how many.

    Broadcasts are not urgent: quiet hours hold them back.
    """
    db = services.db
    now = services.clock.now()
    digest = hashlib.sha256(f"{to_db(now)}|{text}".encode()).hexdigest()[:16]
    chats = db.execute("SELECT id FROM chats WHERE active = 1 ORDER BY id").fetchall()
    rows = [
        NewReminder(c[0], "broadcast", now, f"broadcast:{c[0]}:{digest}", None, {"text": text})
        for c in chats
    ]
    return outbox.enqueue(db, rows, now=now)


def update_chat_settings(services: Services, chat_id: int, **changes: Any) -> ChatSettings:
    """Change a chat's settings and replan its reminders and digest; return the new settings.

    Keys: timezone (IANA name), language ('zh'/'en'), day_before, on_day, deadline_at
    (``datetime.time``, "HH:MM" or None for off), digest_at (time or "HH:MM"),
    digest_enabled (bool), timed_leads (timedeltas or minutes; empty for none),
    quiet_hours ((start, end) times, "22:00-07:00", or None/"" for none).
    Raises ValueError naming the bad key, UnknownChat.
    """
    unknown = sorted(set(changes) - set(SETTING_NAMES))
    if unknown:
        raise ValueError(f"{unknown[0]}: not a chat setting")
    chat = _chat(services, chat_id)
    current = chat_settings(chat, services)
    new = replace(current, **{k: _coerce(k, v) for k, v in changes.items()})
    now = services.clock.now()
    with services.db.atomic():
        chat_store.update_chat(
            services.db,
            chat_id,
            now=now,
            language=new.language if new.language != chat.language else None,
            timezone=new.timezone if new.timezone != chat.timezone else None,
            settings=settings_json(new, services.config.reminders),
        )
        chat = _chat(services, chat_id)
        _replan_chat(services, chat, reason="rescheduled: settings changed")
        plan_digests(services, [chat_id])
    return chat_settings(chat, services)


def _coerce(key: str, value: Any) -> Any:
    if key == "timezone":
        try:
            zoneinfo.ZoneInfo(str(value))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"timezone: unknown time zone {value!r}") from None
        return str(value)
    if key == "language":
        if value not in ("zh", "en"):
            raise ValueError(f"language: expected 'zh' or 'en', got {value!r}")
        return value
    if key in ("day_before", "on_day", "deadline_at", "digest_at"):
        if value is None and key != "digest_at":
            return None
        if isinstance(value, dt.time):
            return value.replace(second=0, microsecond=0, tzinfo=None)
        parsed = parse_hhmm(value) if isinstance(value, str) else None
        if parsed is None:
            raise ValueError(f"{key}: expected a time like 09:00, got {value!r}")
        return parsed
    if key == "digest_enabled":
        if not isinstance(value, bool):
            raise ValueError(f"digest_enabled: expected true or false, got {value!r}")
        return value
    if key == "timed_leads":
        leads = []
        for item in value or ():
            lead = item if isinstance(item, dt.timedelta) else dt.timedelta(minutes=int(item))
            if not dt.timedelta(minutes=1) <= lead <= dt.timedelta(days=30):
                raise ValueError(f"timed_leads: expected 1 minute to 30 days, got {item!r}")
            leads.append(dt.timedelta(minutes=int(lead.total_seconds() // 60)))
        return tuple(sorted(set(leads), reverse=True))
    if key == "quiet_hours":
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                return parse_quiet_hours(value)
            except ConfigError as exc:
                raise ValueError(str(exc)) from None
        start, end = value
        if start == end:
            raise ValueError("quiet_hours: start and end must differ")
        return (start, end)
    raise ValueError(f"{key}: not a chat setting")
