"""Domain records returned by storage functions. Instants (``*_at``) are aware, in UTC."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from extractors.model import Moment


class IngestOutcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: str
    source: str
    published_on: dt.date | None
    title: str | None
    page: str | None
    text_hash: str


@dataclass(frozen=True, slots=True)
class StoredEvent:
    id: str
    article_id: str
    title: str
    start: Moment
    end: Moment
    all_day: bool
    timezone: str
    start_at: dt.datetime
    end_at: dt.datetime
    kind: str
    location: str | None
    evidence: str
    sentence: str
    article_title: str | None
    confidence: float
    source: str = ""
    published_on: dt.date | None = None
    updated_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Chat:
    id: int
    language: str
    timezone: str
    active: bool
    kind: str = "private"
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class NewReminder:
    """A message to queue in the outbox. ``dedup_key`` makes queuing idempotent."""

    chat_id: int
    kind: str
    due_at: dt.datetime
    dedup_key: str
    event_id: str | None = None
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reminder:
    id: int
    chat_id: int
    kind: str
    due_at: dt.datetime
    next_attempt_at: dt.datetime
    dedup_key: str
    event_id: str | None
    payload: dict[str, Any]
    status: str
    attempts: int
    late: bool
    sent_at: dt.datetime | None
    last_error: str | None


@dataclass(frozen=True, slots=True)
class Delivery:
    id: int
    reminder_id: int | None
    chat_id: int
    attempted_at: dt.datetime
    outcome: str
    error: str | None
    retry_after: float | None
    message_id: int | None


@dataclass(frozen=True, slots=True)
class EventSource:
    """One article stating an event, with what it says (dates as stated there)."""

    event_id: str
    article_id: str
    source: str  # file name, URL or feed item
    published_on: dt.date | None
    article_title: str | None
    title: str
    start: Moment
    end: Moment
    location: str | None
    evidence: str
    added_at: dt.datetime
