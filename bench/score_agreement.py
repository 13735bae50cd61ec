#!/usr/bin/env python3
"""How far two annotators of the same articles agree, and how far the extractor agrees with each.

Usage: python bench/score_agreement.py ARTICLES GOLD_A GOLD_B

ARTICLES holds ``NAME.txt``; GOLD_A and GOLD_B hold a gold file ``NAME.json`` for each (the
annotator brief's format, bench/annotator_brief.md), written independently. Prints the
upcoming-event F1 of B against A (the same figure with A and B swapped, P and R exchanged),
and of the extractor against each, with the shared scorer's matching (equal start and end
days), pooled over the articles. The first line is the ceiling a held-out figure can be read
against: a second careful annotator does not score 1.0 either. ``--show`` lists, per article,
the extractor's upcoming events that neither gold has and the events both golds agree on that
the extractor misses (its errors that are no matter of convention).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from score_real import TZ, _short, extract_document, page_json, se


def _upcoming(gold: dict) -> list[dict]:
    return [dict(e, title=e.get("what")) for e in gold.get("events", []) if e.get("upcoming")]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", type=Path)
    ap.add_argument("gold_a", type=Path)
    ap.add_argument("gold_b", type=Path)
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    counts = {
        key: [0, 0, 0] for key in ("B against A", "extractor against A", "extractor against B")
    }

    def add(key: str, pred: list[dict], want: list[dict]) -> list[tuple[dict, dict]]:
        pairs = se.match(pred, want)
        tally = counts[key]
        tally[0] += len(pairs)
        tally[1] += len(pred) - len(pairs)
        tally[2] += len(want) - len(pairs)
        return pairs

    for path in sorted(a.articles.glob("*.txt")):
        gold_a = json.loads((a.gold_a / f"{path.stem}.json").read_text(encoding="utf-8"))
        gold_b = json.loads((a.gold_b / f"{path.stem}.json").read_text(encoding="utf-8"))
        given = (
            None if gold_a.get("published_in_text") else dt.date.fromisoformat(gold_a["published"])
        )
        doc = page_json(str(path), extract_document(path, given, TZ).page)
        pred = [e for e in doc["events"] if e.get("start") and e.get("upcoming")]
        want_a, want_b = _upcoming(gold_a), _upcoming(gold_b)
        agreed = add("B against A", want_b, want_a)
        hit_a = add("extractor against A", pred, want_a)
        hit_b = add("extractor against B", pred, want_b)
        if a.show:
            found = {id(p) for _, p in hit_a} | {id(p) for _, p in hit_b}
            for p in pred:
                if id(p) not in found:
                    print(f"  {path.stem} IN NEITHER {_short(p)}")
            found_a = {id(g) for g, _ in hit_a}
            for g, _ in agreed:
                if id(g) not in found_a:
                    print(f"  {path.stem} BOTH MISSED {_short(g)}")
    for key, (tp, fp, fn) in counts.items():
        p, r, f = se.prf(tp, fp, fn)
        print(f"{key:20s} upcoming F1 {f:.3f} (P {p:.3f} R {r:.3f}; {tp}/{fp}/{fn})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
