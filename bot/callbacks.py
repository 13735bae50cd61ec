"""Inline-button payloads (``callback_data``, at most 64 bytes): how they are written and read.

Shapes, fields separated by ``|``:
    ev|o|<event id>       open an event          ev|r|<event id>   remind me
    ev|c|<event id>       cancel its reminders   ev|i|<event id>   send its .ics
    pg|u|<first>|<last>|<name>|<offset>|<limit>   page through upcoming events
    pg|s|<offset>|<limit>|<query>                 page through search results
    rm|<event id>         cancel from the /reminders list
    st|<setting>|<value>                          change a setting
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.dates import Window

MAX_BYTES = 64

EVENT_PATTERN = r"^ev\|"
PAGE_PATTERN = r"^pg\|"
SETTINGS_PATTERN = r"^st\|"
REMINDERS_PATTERN = r"^rm\|"


def open_(event_id: str) -> str:
    return f"ev|o|{event_id}"


def remind(event_id: str) -> str:
    return f"ev|r|{event_id}"


def cancel(event_id: str) -> str:
    return f"ev|c|{event_id}"


def ics(event_id: str) -> str:
    return f"ev|i|{event_id}"


def cancel_listed(event_id: str) -> str:
    return f"rm|{event_id}"


def parse_cancel_listed(data: str) -> str | None:
    """Return the event id of an ``rm|`` payload, or None when malformed."""
    head, _, event_id = data.partition("|")
    return event_id if head == "rm" and event_id else None


def setting(name: str, value: str) -> str:
    return f"st|{name}|{value}"


def parse_event(data: str) -> tuple[str, str] | None:
    """Return (action, event id) of an ``ev|`` payload, or None when malformed."""
    parts = data.split("|")
    if len(parts) != 3 or parts[0] != "ev" or parts[1] not in "orci" or not parts[2]:
        return None
    return parts[1], parts[2]


def parse_setting(data: str) -> tuple[str, str] | None:
    """Return (setting, value) of an ``st|`` payload, or None when malformed."""
    parts = data.split("|", 2)
    if len(parts) != 3 or parts[0] != "st":
        return None
    return parts[1], parts[2]


@dataclass(frozen=True, slots=True)
class PageTurn:
    """What a list shows, so a button can show another page of it."""

    window: Window | None = None
    query: str | None = None

    def at(self, offset: int, limit: int) -> str:
        """Return the payload of the page at ``offset``."""
        if self.query is not None:
            head = f"pg|s|{offset}|{limit}|"
            return head + _fit(self.query, MAX_BYTES - len(head.encode()))
        if self.window is None:
            return f"pg|u||||{offset}|{limit}"
        w = self.window
        return f"pg|u|{w.first_on:%Y%m%d}|{w.last_on:%Y%m%d}|{w.name}|{offset}|{limit}"


def parse_page(data: str) -> tuple[PageTurn, int, int] | None:
    """Return (what, offset, limit) of a ``pg|`` payload, or None when malformed."""
    try:
        if data.startswith("pg|s|"):
            _, _, offset, limit, query = data.split("|", 4)
            return PageTurn(query=query), int(offset), int(limit)
        if data.startswith("pg|u|"):
            _, _, first, last, name, offset, limit = data.split("|")
            window = None
            if first:
                window = Window(
                    dt.datetime.strptime(first, "%Y%m%d").date(),
                    dt.datetime.strptime(last, "%Y%m%d").date(),
                    name,
                )
            return PageTurn(window=window), int(offset), int(limit)
    except ValueError:
        return None
    return None


def _fit(text: str, budget: int) -> str:
    """Return the longest prefix of ``text`` whose UTF-8 fits in ``budget`` bytes."""
    while len(text.encode()) > budget:
        text = text[:-1]
    return text
