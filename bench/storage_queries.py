"""Storage-layer query latency at scale: /upcoming, /search and /event queries.

Usage: python bench/storage_queries.py [--events 100000] [--chats 100000] [--runs 300]

Builds a database under a temporary folder with N events spread over two years and M chats,
then times the queries the bot issues. Prints p50/p99 in milliseconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.scale import WORDS, generated_events  # noqa: E402
from extractors import Page  # noqa: E402
from storage import open_database  # noqa: E402
from storage.articles import save_page  # noqa: E402
from storage.chats import register_chat  # noqa: E402
from storage.events import get_event, list_events  # noqa: E402

UTC8 = dt.timezone(dt.timedelta(hours=8))


def build(path: Path, n_events: int, n_chats: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    db = open_database(path)
    now = dt.datetime(2023, 4, 14, tzinfo=UTC8)
    for p, events in generated_events(n_events, rng, dt.date(2022, 6, 1)):
        page = Page(dt.date(2023, 1, 1), True, tuple(events), text=f"page {p}")
        save_page(db, f"page-{p}", page, timezone="Asia/Shanghai", now=now)
    with db.atomic():
        for c in range(n_chats):
            register_chat(
                db, 10_000 + c, language="zh", timezone="Asia/Shanghai", kind="private", now=now
            )
    db.close()


def timed(fn, runs: int) -> tuple[float, float]:
    samples = []
    for i in range(runs):
        t0 = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.99) - 1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--chats", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=300)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        build(path, a.events, a.chats)
        print(f"built {a.events} events, {a.chats} chats in {time.perf_counter() - t0:.1f}s")
        db = open_database(path)
        rng = random.Random(2)
        ids = [r[0] for r in db.execute("SELECT id FROM events").fetchall()]
        days = [dt.datetime(2023, 1, 1, tzinfo=UTC8) + dt.timedelta(days=d) for d in range(365)]
        cases = {
            "upcoming (next 10)": lambda i: list_events(db, ends_after=days[i % 365], limit=10),
            "upcoming page 5": lambda i: list_events(
                db, ends_after=days[i % 365], limit=10, offset=50
            ),
            "week window": lambda i: list_events(
                db, ends_after=days[i % 365], starts_before=days[i % 365] + dt.timedelta(7)
            ),
            "search 2-char word": lambda i: list_events(db, search=rng.choice(WORDS)[:2], limit=10),
            "search 2 words": lambda i: list_events(
                db, search=f"丰台 {rng.choice(WORDS)}", limit=10
            ),
            "search operators": lambda i: list_events(db, search='"AND* (书', limit=10),
            "event by id": lambda i: get_event(db, ids[rng.randrange(len(ids))]),
        }
        for name, fn in cases.items():
            p50, p99 = timed(fn, a.runs)
            print(f"{name:22s} p50={p50:7.3f} ms  p99={p99:7.3f} ms")


if __name__ == "__main__":
    main()
