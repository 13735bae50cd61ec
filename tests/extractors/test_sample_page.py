"""The sample page (丰台报 2023-04-14 p.2) against its golden output and the shared gold.

Refresh the golden file after a deliberate change with

    NEWSCAL_REFRESH_GOLDEN=1 python -m pytest tests/extractors/test_sample_page.py

which rewrites ``golden/fengtai-2023-04-14.json`` and prints the diff to review.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import pytest

from extractors import Page, extract_page, moment_iso

from .conftest import GOLDEN, SAMPLE_PAGE

GOLDEN_JSON = GOLDEN / "fengtai-2023-04-14.json"
SHARED_GOLD = Path(__file__).resolve().parents[3] / "shared/samples/fengtai-2023-04-14.gold.json"


def contract(page: Page) -> dict[str, object]:
    """Return the page in the shape of `newscal extract --json` (spec/events.md)."""
    return {
        "published": page.published.isoformat() if page.published else None,
        "events": [
            {
                "title": e.title,
                "start": moment_iso(e.start),
                "end": moment_iso(e.end),
                "kind": str(e.kind),
                "upcoming": e.upcoming,
                "location": e.location,
                "evidence": e.evidence,
                "article": e.article,
                "confidence": e.confidence,
            }
            for e in page.events
        ],
    }


def test_sample_page_matches_its_golden_file(sample_text: str) -> None:
    got = json.dumps(contract(extract_page(sample_text)), ensure_ascii=False, indent=1) + "\n"
    old = GOLDEN_JSON.read_text(encoding="utf-8") if GOLDEN_JSON.exists() else ""
    if os.environ.get("NEWSCAL_REFRESH_GOLDEN") == "1":
        GOLDEN_JSON.write_text(got, encoding="utf-8")
        diff = difflib.unified_diff(old.splitlines(), got.splitlines(), "old", "new", lineterm="")
        print("\n".join(diff) or "golden file unchanged")
        return
    assert got == old, "output changed: review it with NEWSCAL_REFRESH_GOLDEN=1"


def _bigram_dice(a: str, b: str) -> float:
    ga = {a[i : i + 2] for i in range(len(a) - 1)}
    gb = {b[i : i + 2] for i in range(len(b) - 1)}
    return 2 * len(ga & gb) / (len(ga) + len(gb)) if ga and gb else 0.0


@pytest.mark.skipif(not SHARED_GOLD.exists(), reason="../shared is not beside the project")
def test_sample_page_finds_every_gold_event_and_nothing_else(sample_text: str) -> None:
    gold = json.loads(SHARED_GOLD.read_text(encoding="utf-8"))
    page = extract_page(sample_text)
    assert page.published is not None and page.published.isoformat() == gold["published"]
    got = {(moment_iso(e.start)[:10], moment_iso(e.end)[:10]): e for e in page.events}
    assert len(got) == len(page.events)
    wanted = {(g["start"], g["end"]): g for g in gold["events"]}
    assert set(got) == set(wanted)
    for key, g in wanted.items():
        assert got[key].upcoming == g["upcoming"]
        assert got[key].kind == g["kind"]
        assert _bigram_dice(got[key].title, g["what"]) >= 0.6, (got[key].title, g["what"])


def test_sample_page_copy_is_the_shipped_one() -> None:
    assert SAMPLE_PAGE.read_bytes().startswith(b"\n02 2023")
