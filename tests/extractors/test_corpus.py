"""Realistic articles written for the rules (notices, windows, closures, festivals, lists),
each beside its gold file in the layout of ../shared/bench/score_events.py."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from extractors import extract_page, moment_iso

from .conftest import CORPUS

ARTICLES = sorted((CORPUS / "articles").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_article_events_match_gold(path) -> None:
    gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    given = None if gold["published_in_text"] else dt.date.fromisoformat(gold["published"])
    page = extract_page(path.read_text(encoding="utf-8"), given)
    assert page.published is not None and page.published.isoformat() == gold["published"]
    got = sorted((moment_iso(e.start), moment_iso(e.end), e.upcoming) for e in page.events)
    want = sorted((g["start"], g["end"], g["upcoming"]) for g in gold["events"])
    assert got == want
    located = {(moment_iso(e.start), e.location) for e in page.events}
    for g in gold["events"]:
        if g.get("location"):
            assert (g["start"], g["location"]) in located
