"""One page (or article) of text in, its dated events out: the extractor's entry point."""

from __future__ import annotations

import dataclasses
import datetime as dt
import string
from typing import Final

from .events import TimeFinder, build_events, dateline_date, dedupe, today_said
from .events.rerank import kept
from .layout import (
    bare_cells,
    date_glyphs_restored,
    dateline_day,
    markup_blanked,
    outline_broken,
    read_layout,
    rows_of_cells,
)
from .model import Article, Event, Page, day_of
from .script import PageScript


def extract_page(
    text: str,
    published: dt.date | None = None,
    *,
    fallback: dt.date | None = None,
    find_times: TimeFinder | None = None,
    rerank: bool = True,
) -> Page:
    """Return the page's articles and dated events.

    ``published`` defaults to the date the text states (page header, ``发布时间`` line);
    ``Page.published_found`` tells whether it was found. Where the text states none, the
    page is read by the day of a year-less stamp or its first dateline (`06-25 06:13:27 来源:`,
    `本报1月29日讯`, in the year :func:`dateline_day` finds), else by ``fallback`` (a file's
    date). With none of them, the page has no events (year-less dates cannot be read) and a
    note says why.
    ``find_times`` is the time grammar (``extractors.timex.find_times`` by default).
    ``rerank`` drops the upcoming events a model learnt from real articles' golds scores as
    unlikely (see :mod:`extractors.events.rerank`); off, every event the rules find is kept.
    """
    # (same length: offsets into the text read are offsets into the input)
    text = date_glyphs_restored(outline_broken(bare_cells(rows_of_cells(markup_blanked(text)))))
    layout = read_layout(text)
    ref = published or layout.published
    if ref is None and fallback is not None:
        ref = dateline_day(layout, fallback) or fallback
    notes: tuple[str, ...] = ()
    events: list[Event] = []
    articles: list[Article] = []
    finder = find_times or _default_finder()
    for story in layout.stories:
        dated = dateline_date(story, ref, finder) or today_said(story, text, ref) if ref else None
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
    events = _without_translations(events)
    title = layout.stories[0].title if len(layout.stories) == 1 else None
    if layout.written:
        # (read in simplified characters, named in the page's own)
        script = PageScript(layout.written, layout.normalized)
        events = [_in_script(e, script) for e in events]
        articles = [dataclasses.replace(a, title=_or_none(a.title, script)) for a in articles]
        title = _or_none(title, script)
    if rerank and ref is not None:
        events = kept(events, ref, traditional=bool(layout.written))
    return Page(
        published=ref,
        published_found=published is None and layout.published is not None,
        events=tuple(events),
        articles=tuple(articles),
        page=layout.page,
        section=layout.section,
        title=title,
        text=text,
        notes=notes,
    )


def _in_latin(text: str) -> bool:
    """True when Latin letters make up most of ``text``: counted among its ASCII characters,
    which an encoding squeezes together in C (a few bytes of a Chinese sentence, where a regex
    scans every character and a loop over them would make a string of each)."""
    squeezed = text.encode("ascii", "ignore")
    letters = len(squeezed) - len(squeezed.translate(None, _LATIN_LETTERS))
    return 2 * letters > len(text)


_LATIN_LETTERS: Final = string.ascii_letters.encode("ascii")


def _without_translations(events: list[Event]) -> list[Event]:
    """Return ``events`` without those a page tells again in English (`The opening ceremony …
    will kick off on February 6` under `…开幕式将于2月6日…启幕`): an English sentence's event
    on days a Chinese sentence's event covers (an English one alone stays)."""
    latin = [_in_latin(e.sentence) for e in events]  # (each sentence told once)
    if not any(latin):
        return events
    chinese = [e for e, said in zip(events, latin, strict=True) if not said]
    return [
        e
        for e, said in zip(events, latin, strict=True)
        if not said
        or not any(
            day_of(o.start) <= day_of(e.start) and day_of(e.end) <= day_of(o.end) for o in chinese
        )
    ]


def _in_script(e: Event, script: PageScript) -> Event:
    """Return ``e`` with its names in the page's own characters."""
    return dataclasses.replace(
        e,
        title=script(e.title),
        location=_or_none(e.location, script),
        article=_or_none(e.article, script),
    )


def _or_none(words: str | None, script: PageScript) -> str | None:
    return script(words) if words is not None else None


def _default_finder() -> TimeFinder:
    from .timex import find_times  # imported on first use: keeps `import extractors` light

    return find_times
