"""One page (or article) of text in, its dated events out: the extractor's entry point."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Final

from .events import TimeFinder, build_events, dateline_date, dedupe
from .layout import Layout, read_layout, rows_of_cells
from .model import Article, Event, Page

_DATELINE_DAY: Final = re.compile(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
_FULL_DATE: Final = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# a year the text names (`2019年春节`, `2018年全年`), not a span of years (`2019年代`)
_YEAR: Final = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!代)")


def extract_page(
    text: str,
    published: dt.date | None = None,
    *,
    fallback: dt.date | None = None,
    find_times: TimeFinder | None = None,
) -> Page:
    """Return the page's articles and dated events.

    ``published`` defaults to the date the text states (page header, ``发布时间`` line);
    ``Page.published_found`` tells whether it was found. Where the text states none, the
    page is read by its first dateline's day (`本报1月29日讯`, in the year :func:`dateline_day`
    finds), else by ``fallback`` (a file's date). With none of them, the page has no events
    (year-less dates cannot be read) and a note says why.
    ``find_times`` is the time grammar (``extractors.timex.find_times`` by default).
    """
    text = rows_of_cells(text)  # (same length: offsets into it are offsets into the input)
    layout = read_layout(text)
    ref = published or layout.published
    if ref is None and fallback is not None:
        ref = dateline_day(layout, fallback) or fallback
    notes: tuple[str, ...] = ()
    events: list[Event] = []
    articles: list[Article] = []
    finder = find_times or _default_finder()
    for story in layout.stories:
        dated = dateline_date(story, ref, finder) if ref else None
        offset = story.source_map.to_source(0)
        articles.append(Article(title=story.title, text=story.text, offset=offset, dateline=dated))
        if ref is not None:
            events.extend(build_events(story, ref, finder, text, dated))
    if ref is None:
        notes = ("no publication date given or found in the text",)
    # a happening told by two stories of the page (a headline over its notice, a page-1
    # teaser, one story printed from two papers) is one event; names must be closer than
    # within a story (`全国人大常委会…会议闭幕` and `全国政协常委会…会议闭幕` are two)
    events = dedupe(events, alike=0.75)
    return Page(
        published=ref,
        published_found=published is None and layout.published is not None,
        events=tuple(events),
        articles=tuple(articles),
        page=layout.page,
        section=layout.section,
        title=layout.stories[0].title if len(layout.stories) == 1 else None,
        text=text,
        notes=notes,
    )


def dateline_day(layout: Layout, fallback: dt.date) -> dt.date | None:
    """Return the day of the page's first dateline that states one; None when none does.

    A year-less dateline (`大众网青岛3月16日讯`) takes the year of a full date of that day in
    the text (`2017年3月16日至…`); else the last year that puts it on or before ``fallback``
    (a file is saved after its paper came out), unless the text's years never name that year:
    then the year they name most (the latest of equals), when it is earlier.
    """
    words = next((story.dateline for story in layout.stories if story.dateline), None)
    m = _DATELINE_DAY.fullmatch(words or "")
    if m is None:
        return None
    month, day = int(m["m"]), int(m["d"])
    if m["y"]:
        return _day(int(m["y"]), month, day)
    text = layout.normalized
    same_day = [
        int(y) for y, mo, d in _FULL_DATE.findall(text) if (int(mo), int(d)) == (month, day)
    ]
    year = fallback.year if (month, day) <= (fallback.month, fallback.day) else fallback.year - 1
    named = Counter(int(y) for y in _YEAR.findall(text))
    if same_day:
        year = max(same_day)
    elif named and year not in named:
        most = max(named, key=lambda y: (named[y], y))
        year = min(year, most)
    return _day(year, month, day)


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _default_finder() -> TimeFinder:
    from .timex import find_times  # imported on first use: keeps `import extractors` light

    return find_times
