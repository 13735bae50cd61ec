"""One page (or article) of text in, its dated events out: the extractor's entry point."""

from __future__ import annotations

import datetime as dt

from .events import TimeFinder, build_events
from .layout import read_layout
from .model import Article, Event, Page


def extract_page(
    text: str,
    published: dt.date | None = None,
    *,
    find_times: TimeFinder | None = None,
) -> Page:
    """Return the page's articles and dated events.

    ``published`` defaults to the date the text states (page header, ``发布时间`` line);
    ``Page.published_found`` tells whether it was found. With neither, the page has no
    events (year-less dates cannot be read) and a note says why.
    ``find_times`` is the time grammar (``extractors.timex.find_times`` by default).
    """
    layout = read_layout(text)
    ref = published or layout.published
    articles = tuple(
        Article(title=s.title, text=s.text, offset=s.source_map.to_source(0))
        for s in layout.stories
    )
    notes: tuple[str, ...] = ()
    events: list[Event] = []
    if ref is None:
        notes = ("no publication date given or found in the text",)
    else:
        finder = find_times or _default_finder()
        for story in layout.stories:
            events.extend(build_events(story, ref, finder, text))
    return Page(
        published=ref,
        published_found=published is None and layout.published is not None,
        events=tuple(events),
        articles=articles,
        page=layout.page,
        section=layout.section,
        title=layout.stories[0].title if len(layout.stories) == 1 else None,
        text=text,
        notes=notes,
    )


def _default_finder() -> TimeFinder:
    from .timex import find_times  # imported on first use: keeps `import extractors` light

    return find_times
