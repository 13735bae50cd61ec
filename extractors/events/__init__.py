"""Events from one story: time mentions (from the time grammar) grouped into happenings.

For every story the builder

1. reads the story's time mentions with ``find_times`` (reference date: the dateline's date
   when the story has one, else the publication date) and settles their years (``mentions``);
2. drops mentions that are not events (dateline, reporting dates, statistics, signature
   dates, bare years, durations, recurring rules, opening hours, cancelled events:
   ``filters``);
3. joins mentions that state one happening together (``“4·23”世界阅读日当天``,
   ``端午节放假时间为6月22日至24日``, ``明天开唱,持续至26日``: ``merging``), and clock times to
   their dates (``4月20日 … 上午9时``; a daily time over a range; a time line shared by a list
   of dated items: ``clock_times``);
4. names each happening from its clause or from the notice fields around it (``活动时间:`` /
   ``地点:`` / ``主题:``), and drops repeated statements of one happening (``titles``).

``story.StoryText`` is what every stage reads the story through: its sentences, clauses and
quotes; ``candidate.Candidate`` is a happening being assembled.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from .. import rx
from ..layout import Story
from ..model import Event, day_of
from .candidate import Candidate
from .clock_times import attach_times, hours_of_a_schedule
from .filters import candidates
from .mentions import (
    TimeFinder,
    coming_occasion,
    find_in_dated_sentences,
    glossed_days_joined,
    glosses_in_their_days_year,
    holiday_breaks,
    in_that_year,
    year_of_schedule,
    years_carried,
)
from .merging import (
    during,
    lasting,
    launched_with,
    merge,
    restored,
    running,
    shared_date,
    until_it_ends,
)
from .story import StoryText
from .titles import dedupe, event, named_once, scene_then_told, timed_again

__all__ = ["TimeFinder", "build_events", "dateline_date", "dedupe", "today_said"]

# the weakest reading of a lone anaphor's day reported (see _weak_anaphor)
MIN_CONFIDENCE: Final = 0.4


def dateline_date(story: Story, published: dt.date, find_times: TimeFinder) -> dt.date | None:
    """Return the date of the story's dateline (`本报杭州11月19日讯`); None when it has none."""
    if not story.dateline:
        return None
    found = find_times(story.dateline, published)
    return day_of(found[0].start) if found else None


# `今(20)日`: the story's today, its day of the month in brackets (the reader blanks it)
_TODAY_SAID: Final = rx.compile(r"今\s*[(（]\s*(\d{1,2})\s*[)）]\s*日")


def today_said(story: Story, source: str, published: dt.date) -> dt.date | None:
    """Return the day a story's `今(20)日` says is its today, when it is not ``published``: a
    web page dated the evening before (`2017-12-19` over `特區政府今(20)日舉行連串活動`) reads
    its relative words by the text's own day, as by a dateline. None when the story says none
    or one more than three days from ``published``."""
    if not story.text:
        return None
    start = story.source_map.to_source(0)
    end = story.source_map.to_source(len(story.text) - 1) + 1
    said = _TODAY_SAID.search(source, start, end)
    if said is None:
        return None
    for shift in (1, -1, 2, -2, 3, -3):
        day = published + dt.timedelta(days=shift)
        if day.day == int(said[1]):
            return day
    return None


def build_events(
    story: Story,
    published: dt.date,
    find_times: TimeFinder,
    source: str,
    dateline: dt.date | None = None,
) -> list[Event]:
    """Return the story's events in text order; an empty list when it states no dated happening.

    Relative words read against ``dateline`` (the story's dateline date) when given, else
    against ``published``; ``source`` is the page text the story's offsets point into.
    """
    text = story.text
    if not text:
        return []
    ref = dateline or published
    st = StoryText(story, published, source)
    mentions = glossed_days_joined(
        text, find_in_dated_sentences(find_times, text, ref, st.sentences)
    )
    mentions = [coming_occasion(find_times, text, m, published) for m in mentions]
    mentions = holiday_breaks(text, mentions, published)
    mentions = years_carried(find_times, text, mentions)
    mentions = glosses_in_their_days_year(find_times, text, mentions)
    mentions = in_that_year(find_times, text, mentions)
    mentions = year_of_schedule(story, published, mentions)
    st.mask(mentions)
    cands, times = candidates(st, mentions)
    cands = launched_with(st, during(st, merge(st, cands), mentions))
    cands = hours_of_a_schedule(st, attach_times(st, lasting(st, running(st, cands)), times))
    cands = restored(st, until_it_ends(st, shared_date(st, cands)))
    made = [(c, event(st, c)) for c in cands]
    weak = {id(e) for c, e in made if e is not None and _weak_anaphor(c, e)}
    named = [(c, e) for c, e in made if e is not None]
    scenes = {
        id(c) for i, (c, e) in enumerate(named[:-1]) if scene_then_told(st, c, e, *named[i + 1])
    }
    # (a time field that names nothing still gives its hours to the item before it)
    told = dedupe(named_once(timed_again(st, [(c, e) for c, e in made if id(c) not in scenes])))
    return [e for e in told if id(e) not in weak]


def _weak_anaphor(c: Candidate, e: Event) -> bool:
    """True for a lone anaphor's day (`当天`, `当晚`) named by no happening and of no kind
    (`当晚一阵微雨过后`, `科技馆当日接待量达到3030人`): wrong far more often than right. A
    measure during a period named before (`放假期间,…暂停对外办公`) is kept."""
    return "anaphora" in c.flags and "during" not in c.flags and e.confidence < MIN_CONFIDENCE
