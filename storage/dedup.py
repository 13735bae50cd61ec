"""When two statements in different articles are about the same happening. Pure: no SQL.

A page-1 teaser and the page-2 story, or two outlets, state one event in different words.
They are the same happening when their days agree, their titles or evidence share most
character bigrams (Dice coefficient), and their locations, when both give one, agree.
A later article that moves the date is matched more strictly: it must announce the change
(延期, 改期 …), have a very similar title, move it by at most a few weeks, and not be older
than what it corrects.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from extractors.script import simplify

# Dice of character bigrams from which two titles (or evidences) name the same happening.
SIMILAR = 0.5
# A date change is accepted only from a title at least this similar ...
SIMILAR_MOVED = 0.75
# ... moving the event by at most this many days.
MOVE_DAYS = 60
# Only articles published this close to each other are compared (a preview, the teaser, the
# story and other outlets' reports come out within weeks of each other) ...
MATCH_WINDOW_DAYS = 60
# ... and at most this many of their statements, the most recent first.
MAX_CANDIDATES = 200
# Words announcing a changed date: 延期 postponed, 推迟 delayed, 改期 rescheduled, 提前 brought
# forward, 调整 adjusted, 顺延 pushed back, 改为 changed to, 更改 changed.
CHANGE_WORDS = ("延期", "推迟", "改期", "提前", "调整", "顺延", "改为", "更改", "变更")

_NOISE = re.compile(r"[\s“”\"'‘’《》〈〉「」『』()（）【】\[\]，,。.、：:；;！!？?·—-]+")


@dataclass(frozen=True, slots=True)
class Statement:
    """What one article says about one event (the fields matching needs)."""

    title: str
    evidence: str
    start_day: dt.date
    end_day: dt.date
    location: str | None
    published_on: dt.date | None = None
    sentence: str = ""


@functools.lru_cache(maxsize=65536)
def bigrams(text: str) -> frozenset[str]:
    """Return the character bigrams of ``text`` without spaces and punctuation, traditional
    characters read as simplified (two outlets may print one story in either script)."""
    clean = _NOISE.sub("", simplify(text))
    if len(clean) == 1:
        return frozenset((clean,))
    return frozenset(clean[i : i + 2] for i in range(len(clean) - 1))


def dice(a: str, b: str) -> float:
    """Return the Dice coefficient of the bigram sets of ``a`` and ``b`` (0.0 to 1.0)."""
    x, y = bigrams(a), bigrams(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def similarity(a: Statement, b: Statement) -> float:
    """Return how alike two statements read: the best of title/title and evidence/evidence,
    and of each title against the other's evidence (a teaser's title is often the story's
    sentence)."""
    return max(
        dice(a.title, b.title),
        dice(a.evidence, b.evidence),
        _contained(a.title, b.evidence),
        _contained(b.title, a.evidence),
    )


def _contained(title: str, evidence: str) -> float:
    """Return the share of the title's bigrams found in the evidence (0 for short titles)."""
    x = bigrams(title)
    if len(x) < 4:
        return 0.0
    return len(x & bigrams(evidence)) / len(x)


_NUMBER = re.compile(r"\d+")


def numbers_differ(a: str, b: str) -> bool:
    """Return True when both texts carry numbers and share none (第1届 vs 第85届, 3号馆 vs 5号馆).

    Templated notices differ only in such numbers, which bigram similarity hardly sees.
    """
    x, y = set(_NUMBER.findall(a)), set(_NUMBER.findall(b))
    return bool(x) and bool(y) and not (x & y)


def same_place(a: str | None, b: str | None) -> bool:
    """Return False only when both give a location and they plainly differ."""
    if not a or not b:
        return True
    a, b = _NOISE.sub("", a), _NOISE.sub("", b)
    if numbers_differ(a, b):
        return False
    return a in b or b in a or dice(a, b) >= SIMILAR


def same_happening(new: Statement, old: Statement) -> bool:
    """Return True when ``new`` states the same happening on the same days as ``old``."""
    return (
        new.start_day == old.start_day
        and new.end_day == old.end_day
        and same_place(new.location, old.location)
        and not numbers_differ(new.title, old.title)
        and similarity(new, old) >= SIMILAR
    )


def moved_happening(new: Statement, old: Statement, *, latest: dt.date | None) -> bool:
    """Return True when ``new`` is a later word on ``old``'s happening that moves its days.

    ``latest`` is the newest publication date among the event's sources: an older article
    never moves an event that a newer one dated.
    """
    if (new.start_day, new.end_day) == (old.start_day, old.end_day):
        return False
    if latest is not None and (new.published_on is None or new.published_on < latest):
        return False
    if abs((new.start_day - old.start_day).days) > MOVE_DAYS:
        return False
    if not same_place(new.location, old.location) or numbers_differ(new.title, old.title):
        return False
    # Without a word announcing the change it may as well be the next of a series.
    said = new.evidence + new.sentence
    if not any(w in said for w in CHANGE_WORDS):
        return False
    return max(dice(new.title, old.title), similarity(new, old)) >= SIMILAR_MOVED
