#!/usr/bin/env python3
"""Score folders of annotated articles in one process, with the shared scorer's matching.

Usage: python bench/score_real.py DIR [DIR ...] [--show missed,spurious,time] [--only NAME]

Each DIR is laid out as ``../shared/bench/score_events.py`` wants (``articles/*.txt``,
``gold/*.json``). Every article goes through ``bot.ingest.extract_document`` and
``extractors.contract.page_json``, exactly what ``newscal extract --json`` prints, but
without starting an interpreter per article, so a few hundred articles score in seconds.
The matching, F1 and clock-time figures are the shared scorer's own functions; run that
script through the CLI for a figure to report. Prints a line per folder and the pooled
figures; ``--show`` lists the missed and spurious upcoming events and wrong clock times.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import zoneinfo
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT.parent / "shared" / "bench"))

import score_events as se  # noqa: E402

import build_extractor  # noqa: E402

BUILD = build_extractor.select()  # before the extractor is imported: compiled or pure

from bot.ingest import extract_document  # noqa: E402
from extractors.contract import page_json  # noqa: E402

TZ = zoneinfo.ZoneInfo("Asia/Shanghai")


class Tally:
    def __init__(self) -> None:
        self.up = [0, 0, 0]
        self.time = [0, 0]
        self.published = [0, 0]

    def add(self, other: Tally) -> None:
        for mine, theirs in ((self.up, other.up), (self.time, other.time)):
            for i, v in enumerate(theirs):
                mine[i] += v
        for i, v in enumerate(other.published):
            self.published[i] += v

    def line(self) -> str:
        p, r, f = se.prf(*self.up)
        tp, fp, fn = self.up
        ok, n = self.time
        good, arts = self.published
        return (
            f"upcoming F1 {f:.3f} (P {p:.3f} R {r:.3f}; {tp}/{fp}/{fn})  "
            f"clock {ok}/{n}  published {good}/{arts}"
        )


def _short(e: dict) -> str:
    name = e.get("title") or e.get("what")
    return f"{e.get('start')}..{e.get('end')} {name} «{e.get('evidence')}»"


def score_article(art: Path, gold: dict, show: set[str]) -> Tally:
    published = None if gold.get("published_in_text") else dt.date.fromisoformat(gold["published"])
    doc = page_json(str(art), extract_document(art, published, TZ).page)
    t = Tally()
    t.published = [int(se.day(doc["published"]) == gold["published"]), 1]
    events = [p for p in doc["events"] if p.get("start")]
    for g, p in se.match(events, gold.get("events", [])):
        if se.hhmm(g["start"]):
            t.time[1] += 1
            if se.hhmm(p.get("start")) == se.hhmm(g["start"]):
                t.time[0] += 1
            elif "time" in show:
                print(f"  {art.stem} TIME got {p.get('start')} for {_short(g)}")
    pred = [p for p in events if p.get("upcoming")]
    want = [g for g in gold.get("events", []) if g.get("upcoming")]
    pairs = se.match(pred, want)
    t.up = [len(pairs), len(pred) - len(pairs), len(want) - len(pairs)]
    hit_g = {id(g) for g, _ in pairs}
    hit_p = {id(p) for _, p in pairs}
    if "missed" in show:
        for g in want:
            if id(g) not in hit_g:
                print(f"  {art.stem} MISSED {_short(g)}")
    if "spurious" in show:
        for p in pred:
            if id(p) not in hit_p:
                print(f"  {art.stem} SPURIOUS {_short(p)}")
    if not t.published[0] and "published" in show:
        print(f"  {art.stem} PUBLISHED gold {gold['published']} got {doc['published']}")
    return t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--show", default="", help="comma list: missed, spurious, time, published")
    ap.add_argument("--only", help="score only articles whose name contains this")
    a = ap.parse_args()
    show = set(filter(None, a.show.split(",")))
    total = Tally()
    for folder in a.dirs:
        tally = Tally()
        for gpath in sorted((folder / "gold").glob("*.json")):
            art = folder / "articles" / f"{gpath.stem}.txt"
            if not art.exists() or (a.only and a.only not in gpath.stem):
                continue
            gold = json.loads(gpath.read_text(encoding="utf-8"))
            tally.add(score_article(art, gold, show))
        print(f"{folder.name}: {tally.line()}")
        total.add(tally)
    if len(a.dirs) > 1:
        print(f"pooled: {total.line()}")


if __name__ == "__main__":
    main()
