"""Realistic articles written for the rules (notices, windows, closures, festivals, lists),
each beside its gold file in the layout of ../shared/bench/score_events.py."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest

from extractors import extract_page, moment_iso

from .conftest import CORPUS

# Known gaps of the extractor, each with what it gets wrong.
GRAMMAR_GAPS: dict[str, str] = {
    "games-day-only": "`比赛将持续至10月底` a paragraph after the opening day is read as a "
    "one-day target, not as the competition running from the 15th to 31 October",
    "recycling-week": "`每个社区回收时间为上午9时至11时30分` a paragraph after the range "
    "`9月16日至22日` is not read as the range's daily time",
}
ARTICLES = [
    pytest.param(
        p,
        id=p.stem,
        marks=[pytest.mark.xfail(reason=GRAMMAR_GAPS[p.stem])] if p.stem in GRAMMAR_GAPS else [],
    )
    for p in sorted((CORPUS / "articles").glob("*.txt"))
]


@pytest.mark.parametrize("path", ARTICLES)
def test_article_events_match_gold(path) -> None:
    gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    given = None if gold["published_in_text"] else dt.date.fromisoformat(gold["published"])
    page = extract_page(path.read_text(encoding="utf-8"), given)
    assert page.published is not None and page.published.isoformat() == gold["published"]
    got = sorted((moment_iso(e.start), moment_iso(e.end), e.upcoming) for e in page.events)
    want = sorted((g["start"], g["end"], g["upcoming"]) for g in gold["events"])
    assert got == want
    located = {(moment_iso(e.start), _fold(e.location)) for e in page.events}
    for g in gold["events"]:
        if g.get("location"):
            assert (g["start"], _fold(g["location"])) in located


def _fold(place: str | None) -> str:
    """Return place with full-width forms folded (（ and ( name the same place)."""
    return unicodedata.normalize("NFKC", place or "")
