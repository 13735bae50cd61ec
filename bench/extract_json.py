#!/usr/bin/env python3
"""Print the `newscal extract --json` contract object for one file (a stand-in for the CLI).

Usage: python bench/extract_json.py PATH [--published YYYY-MM-DD] [--times MODULE:FUNCTION]

--times swaps the time grammar (default: extractors.timex.find_times), for comparisons.
Bad input gives a one-line error on stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractors import UnreadableInput, decode_text, extract_page, moment_iso  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--published", type=dt.date.fromisoformat)
    ap.add_argument("--times", help="MODULE:FUNCTION of another time grammar")
    a = ap.parse_args()
    try:
        text = decode_text(Path(a.path).read_bytes())
    except (OSError, UnreadableInput) as e:
        print(f"error: {a.path}: {e}", file=sys.stderr)
        return 1
    finder = None
    if a.times:
        module, _, func = a.times.partition(":")
        finder = getattr(importlib.import_module(module), func)
    page = extract_page(text, a.published, find_times=finder)
    if page.published is None:
        print(f"warning: {a.path}: no publication date found", file=sys.stderr)
    doc = {
        "source": a.path,
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
                "sentence": e.sentence,
            }
            for e in page.events
        ],
    }
    print(json.dumps(doc, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
