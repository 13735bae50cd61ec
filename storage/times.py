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
