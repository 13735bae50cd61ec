"""Instants as stored: ISO 8601 text in UTC, so string order is time order."""

from __future__ import annotations

import datetime as dt


def to_db(instant: dt.datetime) -> str:
    """Return ``instant`` as UTC ISO text (``2023-04-13T01:00:00.000000+00:00``)."""
    if instant.tzinfo is None:
        raise ValueError("instants must be time-zone aware")
    return instant.astimezone(dt.UTC).isoformat(timespec="microseconds")


def from_db(text: str | None) -> dt.datetime | None:
    """Inverse of :func:`to_db`; None stays None."""
    return None if text is None else dt.datetime.fromisoformat(text)


def epoch_minute(value: str | dt.datetime, *, ceil: bool = False) -> int:
    """Return minutes since the Unix epoch of a stored or aware instant (rounded up with
    ``ceil``), the unit of the events_span interval index."""
    instant = from_db(value) if isinstance(value, str) else value
    assert instant is not None
    seconds = instant.timestamp()
    minute = int(seconds // 60)
    return minute + 1 if ceil and seconds % 60 else minute
