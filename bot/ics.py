"""Events as an iCalendar file: all-day events as DATE values, timed ones with their TZID."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable
from pathlib import PurePath

from icalendar import Calendar
from icalendar import Event as VEvent

from storage import StoredEvent

PRODID = "-//newscal//Telegram bot//ZH"


def calendar_bytes(events: Iterable[StoredEvent], *, now: dt.datetime, name: str) -> bytes:
    """Return a VCALENDAR holding one VEVENT per event (an empty calendar for none)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for event in events:
        cal.add_component(_vevent(event, now))
    cal.add_missing_timezones()
    return cal.to_ical()


def _vevent(event: StoredEvent, now: dt.datetime) -> VEvent:
    vevent = VEvent()
    vevent.add("uid", f"{event.id}@newscal")
    vevent.add("dtstamp", now.astimezone(dt.UTC))
    vevent.add("summary", event.title)
    if event.all_day:
        first = _day(event.start)
        last = _day(event.end)
        vevent.add("dtstart", first)
        vevent.add("dtend", last + dt.timedelta(days=1))  # DTEND of a DATE is exclusive
    else:
        tz = zoneinfo.ZoneInfo(event.timezone)
        start = event.start_at.astimezone(tz)
        end = event.end_at.astimezone(tz)
        vevent.add("dtstart", start)
        vevent.add("dtend", end if end > start else start + dt.timedelta(hours=1))
    if event.location:
        vevent.add("location", event.location)
    source = event.article_title or (PurePath(event.source).name if event.source else "")
    description = event.evidence
    if source:
        published = f" ({event.published_on.isoformat()})" if event.published_on else ""
        description += f"\n\n{source}{published}"
    vevent.add("description", description)
    vevent.add("categories", [event.kind])
    return vevent


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value
