"""A dated happening being assembled from the mentions that state it, and the helpers that
move its days and clock times.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..model import Moment, day_of
from .cues import ONE_DAY


@dataclass(slots=True, init=False)
class Candidate:
    """A dated happening being assembled: its period and the mentions that state it."""

    start: Moment
    end: Moment
    span: tuple[int, int]
    flags: frozenset[str]
    sentence: tuple[int, int]
    para: int
    timed: bool = False
    texts: list[str] = field(default_factory=list)
    anchor: tuple[int, int] = (0, 0)  # the date words the happening is named around
    named: str = ""  # the festival or observance among them (`端午节`, `“4·23”`)
    refers: Candidate | None = None  # the happening a `开幕式当天` names, when it names one

    # written out (the fields' defaults as declared above): compiled, the __init__ dataclass
    # generates runs interpreted; ``dataclasses.replace`` passes the fields by these names
    def __init__(
        self,
        start: Moment,
        end: Moment,
        span: tuple[int, int],
        flags: frozenset[str],
        sentence: tuple[int, int],
        para: int,
        timed: bool = False,
        texts: list[str] | None = None,
        anchor: tuple[int, int] = (0, 0),
        named: str = "",
        refers: Candidate | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.span = span
        self.flags = flags
        self.sentence = sentence
        self.para = para
        self.timed = timed
        self.texts = [] if texts is None else texts
        self.anchor = span if anchor == (0, 0) else anchor
        self.named = named
        self.refers = refers


def with_day(value: Moment, day: dt.date) -> Moment:
    if isinstance(value, dt.datetime):
        return dt.datetime.combine(day, value.time())
    return day


def within_days(inner: Candidate, outer: Candidate) -> bool:
    return day_of(outer.start) <= day_of(inner.start) and day_of(inner.end) <= day_of(outer.end)


def with_weekend(start: Moment, end: Moment) -> tuple[Moment, Moment]:
    """Return a public-holiday break stretched over the weekend days next to it: a break joins
    the weekend it touches (`4月4日(星期一)放假,与周末连休` runs from Saturday the 2nd;
    `5月1日(星期日)放假,5月2日补休` from Saturday 30 April)."""
    first, last = day_of(start), day_of(end)
    while (first - ONE_DAY).weekday() >= 5:
        first -= ONE_DAY
    while (last + ONE_DAY).weekday() >= 5:
        last += ONE_DAY
    return with_day(start, first), with_day(end, last)
