"""When to remind: pure rules over an event, a chat's settings and "now" (no I/O, no clock).

The rules, documented in README.md ``## Reminders``:

- all-day events: the day before at ``day_before`` (09:00) and on the day at ``on_day`` (08:00);
- timed events: the same two, plus ``timed_leads`` (one hour) before the start;
- deadlines: on the deadline's day at ``deadline_at`` (09:00), plus ``timed_leads`` before a
  deadline with a clock time;
- an extra lead asked with ``/remind <id> 2h``: that long before the start (timed), before
  ``on_day`` on the event's day (all-day), before the deadline (deadlines);
- nothing at or after the moment it would be pointless (a timed event's start, the end of an
  all-day event, the deadline), nothing in the past, one message per instant.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.config import ConfigError, ReminderConfig, parse_hhmm, parse_quiet_hours
from extractors.model import day_of
from storage.records import Chat, StoredEvent

# Which messages quiet hours hold back. Urgent ones concern today and would be useless later.
URGENT_RULES = frozenset({"on_day", "lead", "deadline"})
DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class ChatSettings:
    """A chat's reminder settings: the config's defaults overridden by the chat's own."""

    timezone: str
    language: str
    day_before: dt.time | None
    on_day: dt.time | None
    timed_leads: tuple[dt.timedelta, ...]
    deadline_at: dt.time | None
    digest_at: dt.time
    digest_enabled: bool
    quiet_hours: tuple[dt.time, dt.time] | None

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


@dataclass(frozen=True, slots=True)
class Planned:
    """One reminder the rules ask for."""

    rule: str  # day_before, on_day, lead, deadline, custom
    due_at: dt.datetime
    urgent: bool
    lead: dt.timedelta | None = None


SETTING_NAMES = (
    "timezone",
    "language",
    "day_before",
    "on_day",
    "timed_leads",
    "deadline_at",
    "digest_at",
    "digest_enabled",
    "quiet_hours",
)


def chat_settings(chat: Chat, defaults: ReminderConfig | None = None) -> ChatSettings:
    """Return the chat's settings: ``defaults`` (the config's [reminders]) overridden by the
    chat's ``settings`` JSON. Unreadable stored values fall back to the default."""
    d = defaults or ReminderConfig()
    s: Mapping[str, Any] = chat.settings or {}

    def clock(key: str, default: dt.time | None, nullable: bool) -> dt.time | None:
        if key not in s:
            return default
        value = s[key]
        if value is None:
            return None if nullable else default
        parsed = parse_hhmm(value) if isinstance(value, str) else None
        return default if parsed is None else parsed

    leads: tuple[dt.timedelta, ...] = (dt.timedelta(minutes=d.timed_lead_minutes),)
    if d.timed_lead_minutes == 0:
        leads = ()
    if isinstance(s.get("timed_leads"), list):
        leads = tuple(
            dt.timedelta(minutes=int(m))
            for m in s["timed_leads"]
            if isinstance(m, int) and not isinstance(m, bool) and m > 0
        )
    quiet = d.quiet_hours
    if "quiet_hours" in s:
        try:
            quiet = parse_quiet_hours(s["quiet_hours"] or "")
        except (ConfigError, TypeError, AttributeError):
            quiet = d.quiet_hours
    digest_at = clock("digest_at", d.digest_at, nullable=False)
    assert digest_at is not None
    enabled = s.get("digest_enabled", d.digest_enabled)
    return ChatSettings(
        timezone=chat.timezone,
        language=chat.language,
        day_before=clock("day_before", d.day_before, nullable=True),
        on_day=clock("on_day", d.on_day, nullable=True),
        timed_leads=tuple(sorted(set(leads), reverse=True)),
        deadline_at=clock("deadline_at", d.deadline_at, nullable=True),
        digest_at=digest_at,
        digest_enabled=enabled if isinstance(enabled, bool) else d.digest_enabled,
        quiet_hours=quiet,
    )


def settings_json(settings: ChatSettings, defaults: ReminderConfig | None = None) -> dict[str, Any]:
    """Return the chat ``settings`` JSON holding what differs from ``defaults``."""
    base = chat_settings(Chat(0, settings.language, settings.timezone, True), defaults)
    out: dict[str, Any] = {}
    for name in ("day_before", "on_day", "deadline_at", "digest_at"):
        value = getattr(settings, name)
        if value != getattr(base, name):
            out[name] = None if value is None else value.strftime("%H:%M")
    if settings.timed_leads != base.timed_leads:
        out["timed_leads"] = [int(lead.total_seconds() // 60) for lead in settings.timed_leads]
    if settings.digest_enabled != base.digest_enabled:
        out["digest_enabled"] = settings.digest_enabled
    if settings.quiet_hours != base.quiet_hours:
        q = settings.quiet_hours
        out["quiet_hours"] = "" if q is None else f"{q[0]:%H:%M}-{q[1]:%H:%M}"
    return out


def at_local(day: dt.date, clock: dt.time, tz: dt.tzinfo) -> dt.datetime:
    """Return the UTC instant of ``clock`` on ``day`` in ``tz`` (a gap time moves forward)."""
    local = dt.datetime.combine(day, clock, tzinfo=tz)
    # Round-tripping through UTC resolves nonexistent (DST gap) wall times.
    return local.astimezone(dt.UTC)


def _event_instant(value: dt.date, event: StoredEvent) -> dt.datetime:
    assert isinstance(value, dt.datetime)
    return value.replace(tzinfo=zoneinfo.ZoneInfo(event.timezone)).astimezone(dt.UTC)


def plan_event(
    event: StoredEvent,
    settings: ChatSettings,
    now: dt.datetime,
    extra_leads: Sequence[dt.timedelta] = (),
) -> list[Planned]:
    """Return the reminders of ``event`` for a chat, in time order (empty when all are past)."""
    tz = settings.tz
    timed = not event.all_day
    items: list[Planned] = []
    if event.kind == "deadline":
        deadline_at = (
            _event_instant(event.end, event) if isinstance(event.end, dt.datetime) else None
        )
        day = deadline_at.astimezone(tz).date() if deadline_at else day_of(event.end)
        cutoff = deadline_at or event.end_at
        if settings.deadline_at is not None:
            items.append(Planned("deadline", at_local(day, settings.deadline_at, tz), True))
        if deadline_at is not None:
            items += [
                Planned("lead", deadline_at - lead, lead < DAY, lead)
                for lead in settings.timed_leads
            ]
        base = deadline_at or at_local(day, settings.deadline_at or dt.time(9, 0), tz)
    else:
        day = event.start_at.astimezone(tz).date() if timed else day_of(event.start)
        cutoff = event.start_at if timed else event.end_at
        if settings.day_before is not None:
            items.append(Planned("day_before", at_local(day - DAY, settings.day_before, tz), False))
        if settings.on_day is not None:
            items.append(Planned("on_day", at_local(day, settings.on_day, tz), True))
        if timed:
            items += [
                Planned("lead", event.start_at - lead, lead < DAY, lead)
                for lead in settings.timed_leads
            ]
        base = event.start_at if timed else at_local(day, settings.on_day or dt.time(8, 0), tz)
    items += [Planned("custom", base - lead, lead < DAY, lead) for lead in extra_leads]
    seen: set[dt.datetime] = set()
    out = []
    # Urgent first so that of two rules at one instant the urgent one is kept.
    for item in sorted(items, key=lambda p: (p.due_at, not p.urgent)):
        if now < item.due_at < cutoff and item.due_at not in seen:
            seen.add(item.due_at)
            out.append(item)
    return out


def quiet_release(
    instant: dt.datetime, quiet_hours: tuple[dt.time, dt.time] | None, tz: dt.tzinfo
) -> dt.datetime | None:
    """Return when quiet hours around ``instant`` end, or None when it is not in them.

    Quiet hours are ``[start, end)`` in local time and may span midnight (22:00-07:00).
    """
    if quiet_hours is None:
        return None
    start, end = quiet_hours
    local = instant.astimezone(tz)
    t = local.time().replace(tzinfo=None)
    day = local.date()
    if start < end:
        inside = start <= t < end
        end_day = day
    else:
        inside = t >= start or t < end
        end_day = day + DAY if t >= start else day
    return at_local(end_day, end, tz) if inside else None


def digest_due(
    settings: ChatSettings, now: dt.datetime, grace: dt.timedelta, done_days: set[dt.date]
) -> tuple[dt.date, dt.datetime]:
    """Return the local day and instant of the chat's next digest.

    Today's when its time is still ahead, or passed less than ``grace`` ago and today's was
    not already sent (it goes out marked late); else tomorrow's.
    """
    tz = settings.tz
    today = now.astimezone(tz).date()
    due = at_local(today, settings.digest_at, tz)
    if due > now or (now - due <= grace and today not in done_days):
        return today, due
    return today + DAY, at_local(today + DAY, settings.digest_at, tz)


_LEAD = re.compile(
    r"^\s*(\d{1,4})\s*(m|min|mins|minutes?|分钟?|h|hr|hrs|hours?|小时|个小时|钟头|d|days?|天)?\s*$",
    re.IGNORECASE,
)


def parse_lead(text: str) -> dt.timedelta | None:
    """Return the lead of ``30m``, ``2h``, ``1d``, ``90`` (minutes), ``2小时``, ``1天``;
    None when the text is not one (or is zero or above 30 days)."""
    m = _LEAD.match(text)
    if not m:
        return None
    number, unit = int(m.group(1)), (m.group(2) or "m").lower()
    if unit.startswith(("h", "小", "个", "钟")):
        lead = dt.timedelta(hours=number)
    elif unit.startswith(("d", "天")):
        lead = dt.timedelta(days=number)
    else:
        lead = dt.timedelta(minutes=number)
    return lead if dt.timedelta(0) < lead <= dt.timedelta(days=30) else None
