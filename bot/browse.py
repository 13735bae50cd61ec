"""Use cases behind the bot's lists: upcoming events in a span, search, an event by short id."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass

from bot.dates import Window
from bot.services import Services
from storage import StoredEvent
from storage.events import get_event, list_events
from storage.queries import count_events_matching, events_by_id_prefix

SHORT_ID = 6  # characters of an event id shown to users


@dataclass(frozen=True, slots=True)
class EventPage:
    events: list[StoredEvent]
    total: int
    offset: int
    limit: int

    @property
    def page(self) -> int:
        return self.offset // self.limit + 1

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.limit))

    @property
    def has_prev(self) -> bool:
        return self.offset > 0

    @property
    def has_next(self) -> bool:
        return self.offset + self.limit < self.total


def window_bounds(window: Window, tz: zoneinfo.ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """Return the instants where the local days of ``window`` start and end."""
    start = dt.datetime.combine(window.first_on, dt.time(0), tz)
    end = dt.datetime.combine(window.last_on + dt.timedelta(days=1), dt.time(0), tz)
    return start, end


def upcoming_events(
    services: Services,
    tz: zoneinfo.ZoneInfo,
    *,
    window: Window | None = None,
    search: str | None = None,
    offset: int = 0,
    limit: int = 5,
) -> EventPage:
    """Return one page of events not over yet, in ``window`` and matching ``search`` if given."""
    now = services.clock.now()
    ends_after, starts_before = now, None
    if window is not None:
        first, starts_before = window_bounds(window, tz)
        ends_after = max(now, first)
    filters = {"ends_after": ends_after, "starts_before": starts_before, "search": search}
    total = count_events_matching(services.db, **filters)
    offset = max(0, min(offset, max(total - 1, 0)))
    events = list_events(services.db, **filters, limit=limit, offset=offset)
    return EventPage(events, total, offset, limit)


def search_events(services: Services, query: str, *, offset: int = 0, limit: int = 5) -> EventPage:
    """Return one page of all events (past ones too) matching every word of ``query``."""
    total = count_events_matching(services.db, search=query)
    offset = max(0, min(offset, max(total - 1, 0)))
    events = list_events(services.db, search=query, limit=limit, offset=offset)
    return EventPage(events, total, offset, limit)


def find_events(services: Services, ref: str) -> list[StoredEvent]:
    """Return the events a user's id text names: one when unique, several when ambiguous,
    none when unknown."""
    ref = ref.strip().lower()
    if len(ref) >= 16:
        event = get_event(services.db, ref)
        return [event] if event else []
    return events_by_id_prefix(services.db, ref)


def short_id(event_id: str) -> str:
    """Return the id users see and type."""
    return event_id[:SHORT_ID]
