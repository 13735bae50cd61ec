"""A second look at each upcoming event of a page: how likely an annotator lists it.

The rules find every dated happening they can read; on pages no rule was written from, about
one upcoming event in three of theirs is in no gold (a festival named in passing, a measure's
sub-step, a figure's day). A logistic model learnt from the golds of real published articles
scores each upcoming event from what the extractor already knows of it: its kind, its own
confidence, whether it is timed, how long it runs, how far ahead of the paper it lies, whether
it has a place, its title's length, how many events its article and its sentence hold, whether
it is its article's first, and the pairs of characters of its evidence (`将于`, `举行`, `日至`
for; `周末`, `期間`, `春节` against). Events scored under the model's threshold are dropped;
past events are left as they are (the model never saw them).

The weights are data (:mod:`.rerank_weights`), written by ``bench/train_reranker.py`` from
annotated articles kept outside the repository; retrain them when the rules change much.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping

from ..model import Event, day_of
from ..reader import nfkc_same_length
from ..script import simplify
from .rerank_weights import BIAS, THRESHOLD, WEIGHTS


def features(
    event: Event, published: dt.date, article: list[Event], traditional: bool = False
) -> dict[str, float]:
    """Return the model's features of an upcoming ``event`` of a page published on
    ``published``, among the events of its ``article`` (in page order, the event included).

    The evidence is read half-width, and simplified on a ``traditional`` page (as the rules
    read it), so a page scores the same in any width or script."""
    start, end = day_of(event.start), day_of(event.end)
    length = (end - start).days
    ahead = (start - published).days
    confidence = event.confidence
    same_sentence = sum(1 for other in article if other.sentence == event.sentence)
    found: dict[str, float] = {
        "kind=" + event.kind.value: 1.0,
        "conf": confidence,
        f"confb={confidence:.1f}": 1.0,
        "timed": 0.0 if event.all_day else 1.0,
        "span=" + _span(length): 1.0,
        "ahead=" + _ahead(ahead): 1.0,
        "loc": 1.0 if event.location else 0.0,
        f"tlen={min(len(event.title) // 4, 6)}": 1.0,
        f"nev={min(len(article), 8)}": 1.0,
        "first": 1.0 if article[0] is event else 0.0,
        f"samesent={min(same_sentence, 4)}": 1.0,
    }
    evidence = nfkc_same_length(event.evidence)
    if traditional:
        evidence = simplify(evidence)
    for k in range(len(evidence) - 1):
        found["eb:" + evidence[k : k + 2]] = 1.0
    return found


def probability(
    found: dict[str, float], weights: Mapping[str, float] = WEIGHTS, bias: float = BIAS
) -> float:
    """Return the logistic of ``found``'s features under ``weights`` and ``bias`` (the shipped
    model's by default; the trainer passes the ones it has just fitted)."""
    z = bias
    weight = weights.get
    for name, value in found.items():
        if value:
            z += weight(name, 0.0) * value
    return 1.0 / (1.0 + math.exp(-z))


def likelihood(
    event: Event, published: dt.date, article: list[Event], traditional: bool = False
) -> float:
    """Return the model's probability that an annotator lists upcoming ``event``."""
    return probability(features(event, published, article, traditional))


def by_article(events: list[Event]) -> dict[str | None, list[Event]]:
    """Return a page's ``events`` grouped by their article, each group in page order."""
    groups: dict[str | None, list[Event]] = {}
    for e in events:
        groups.setdefault(e.article, []).append(e)
    return groups


def kept(events: list[Event], published: dt.date, traditional: bool = False) -> list[Event]:
    """Return ``events`` (a page's, in page order) without the upcoming ones the model scores
    under its threshold."""
    groups = by_article(events)
    return [
        e
        for e in events
        if not e.upcoming or likelihood(e, published, groups[e.article], traditional) >= THRESHOLD
    ]


def _span(days: int) -> str:
    if days == 0:
        return "0"
    if days < 7:
        return "1-6"
    return "7-31" if days < 32 else "long"


def _ahead(days: int) -> str:
    if days < 0:
        return "neg"
    if days < 2:
        return str(days)
    if days < 8:
        return "2-7"
    if days < 32:
        return "8-31"
    return "32-120" if days < 121 else "far"
