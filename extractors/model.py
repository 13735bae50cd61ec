"""Immutable results of extraction: time mentions, events and the page they came from.

Times are naive local wall times of the paper (the caller knows the time zone); a whole-day
time is a ``datetime.date``, a clock time a ``datetime.datetime``. Every time keeps the
precision it was stated with, so ``2022年`` never becomes a fake 1 January.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

Moment = dt.date | dt.datetime
# (compiled, a test against this constant reads a C static; against `dt.datetime` it looks the
# class up in the module at every call, and day_of runs a few hundred times a page)
_DATETIME: Final = dt.datetime
_DATE: Final = dt.date


def _init_args(obj: Any) -> tuple[Any, ...]:
    """Return the fields of a dataclass instance in order: its __init__ arguments.

    The classes below pickle through ``__reduce__`` (their __init__ called again): compiled by
    mypyc they have no other way (``newscal ingest --jobs N`` sends pages between processes).
    """
    return tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    MINUTE = "minute"


class Kind(StrEnum):
    ACTIVITY = "activity"
    DEADLINE = "deadline"
    MEETING = "meeting"
    HOLIDAY = "holiday"
    OTHER = "other"


# The hot classes write their __init__ out (init=False): in the compiled build (mypyc) the one
# dataclass generates runs interpreted, 25 times slower (805 -> 32 ns a TimeMention); through
# object.__setattr__ a frozen class stays frozen, and mypyc makes those calls plain stores.


@dataclass(frozen=True, slots=True, init=False)
class TimeMention:
    """One time expression found in text: where it is, what period it denotes (inclusive)."""

    text: str
    span: tuple[int, int]
    start: Moment
    end: Moment
    precision: Precision
    # Marks the grammar sets: "deadline" (X日前, 截止), "relative" (今天), "anaphora" (当天),
    # "festival", "range", "part" (上旬/月底) ... The event builder reads them.
    flags: frozenset[str]

    def __init__(
        self,
        text: str,
        span: tuple[int, int],
        start: Moment,
        end: Moment,
        precision: Precision,
        flags: frozenset[str] = frozenset(),
    ) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "span", span)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "precision", precision)
        object.__setattr__(self, "flags", flags)

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), _init_args(self)


@dataclass(frozen=True, slots=True, init=False)
class Event:
    """One dated happening read from an article."""

    title: str
    start: Moment
    end: Moment
    kind: Kind
    upcoming: bool
    evidence: str
    location: str | None
    article: str | None
    confidence: float
    sentence: str
    span: tuple[int, int]

    def __init__(
        self,
        title: str,
        start: Moment,
        end: Moment,
        kind: Kind,
        upcoming: bool,
        evidence: str,
        location: str | None = None,
        article: str | None = None,
        confidence: float = 0.5,
        sentence: str = "",
        span: tuple[int, int] = (0, 0),
    ) -> None:
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "upcoming", upcoming)
        object.__setattr__(self, "evidence", evidence)
        object.__setattr__(self, "location", location)
        object.__setattr__(self, "article", article)
        object.__setattr__(self, "confidence", confidence)
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "span", span)

    @property
    def all_day(self) -> bool:
        return type(self.start) is _DATE or not isinstance(self.start, _DATETIME)

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), _init_args(self)


@dataclass(frozen=True, slots=True, init=False)
class Article:
    """One article of a page: title (None when the page has none), text and offset in the page."""

    title: str | None
    text: str
    offset: int = 0
    dateline: dt.date | None = None

    # written out, like Event's: compiled, the __init__ dataclass generates runs interpreted
    def __init__(
        self, title: str | None, text: str, offset: int = 0, dateline: dt.date | None = None
    ) -> None:
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "offset", offset)
        object.__setattr__(self, "dateline", dateline)

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), _init_args(self)


@dataclass(frozen=True, slots=True)
class Page:
    """Everything extracted from one input text."""

    published: dt.date | None
    published_found: bool
    events: tuple[Event, ...]
    articles: tuple[Article, ...] = ()
    page: str | None = None
    section: str | None = None
    title: str | None = None
    text: str = ""
    notes: tuple[str, ...] = field(default=())

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), _init_args(self)


def moment_iso(value: Moment) -> str:
    """Return ``YYYY-MM-DD`` for a date, ``YYYY-MM-DDTHH:MM`` for a clock time."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    return value.isoformat()


def moment_from_iso(text: str) -> Moment:
    """Inverse of :func:`moment_iso`."""
    if "T" in text:
        return dt.datetime.fromisoformat(text)
    return dt.date.fromisoformat(text)


def day_of(value: Moment) -> dt.date:
    """Return the calendar day of a moment."""
    # (a date's exact type first: most moments are dates, and isinstance against a class the
    # object is not of runs the generic protocol, ~200 instructions a call)
    if type(value) is _DATE:
        return value
    return value.date() if isinstance(value, _DATETIME) else value
