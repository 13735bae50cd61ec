"""The ``newscal extract --json`` object of spec/events.md, built in one place."""

from __future__ import annotations

from typing import Any

from .model import Page, moment_iso


def page_json(source: str, page: Page) -> dict[str, Any]:
    """Return the contract object for ``page`` read from ``source`` (spec/events.md, plus
    ``confidence`` and ``sentence``)."""
    return {
        "source": source,
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
                "confidence": round(e.confidence, 3),
                "sentence": e.sentence,
            }
            for e in page.events
        ],
    }
