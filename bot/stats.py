"""Use case of the admin command /stats (broadcasts are queued by bot.reminders)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.services import Services
from storage.chats import count_chats
from storage.events import count_events
from storage.outbox import outbox_counts


@dataclass(frozen=True, slots=True)
class Stats:
    events: int
    chats: int
    active_chats: int
    outbox: dict[str, int]


def bot_stats(services: Services) -> Stats:
    """Return counts of events, chats and outbox rows by status."""
    chats, active = count_chats(services.db)
    return Stats(count_events(services.db), chats, active, outbox_counts(services.db))
