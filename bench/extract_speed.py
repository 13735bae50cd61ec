#!/usr/bin/env python3
"""Speed of the extractor against JioNLP and dateparser on the same pages, in one run.

Usage: python bench/extract_speed.py [--pages N] [--peer-pages N] [--repeat N] [--sample-repeat N]

Pages: the sample page (丰台报 2023-04-14 p.2), then a batch built in memory from its
articles: shuffled, re-dated (every M月D日 and the header moved by one random offset per
page) and hard-wrapped again like PDF text. Each tool reads the whole page text:

- newscal: ``extractors.extract_page(text)`` (layout, time grammar, event builder), and the
  share of it spent in ``extractors.timex.find_times``;
- JioNLP: ``jionlp.ner.extract_time(text, time_base=…)``;
- dateparser: ``dateparser.search.search_dates(text, languages=["zh"])``.

Peers run on the first --peer-pages pages only (dateparser takes ~0.3 s a page). Figures are
per page (median and mean, milliseconds of process CPU time, best of --repeat runs: on a
shared machine wall time mostly measures the neighbours) and the ratios peer / newscal. The
sample page alone is timed best of --sample-repeat runs (20) of each tool in a row: one page
three times still measures the processor warming up to a tool after another's runs (its first
runs are ~10 % slower). Not a timed test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import build_extractor  # noqa: E402

# the checkout's compiled extractor when built in place, else (or with NEWSCAL_PURE=1) pure
BUILD = build_extractor.select()

from extractors import extract_page  # noqa: E402
from extractors.layout import read_layout  # noqa: E402

SAMPLE = ROOT / "tests/extractors/golden/fengtai-2023-04-14.txt"
WEEKDAYS = "一二三四五六日"
_MD = re.compile(r"(\d{1,2})(\s*)月(\s*)(\d{1,2})(\s*)日")


def build_pages(sample: str, n: int, seed: int = 7) -> list[tuple[str, dt.date]]:
    """Return n pages made of the sample page's articles, shuffled and re-dated."""
    stories = read_layout(sample).stories
    pages = []
    for i in range(n):
        rng = random.Random(seed + i)
        shift = dt.timedelta(days=rng.randint(-300, 300))
        published = dt.date(2023, 4, 14) + shift
        order = stories[:]
        rng.shuffle(order)
        parts = [
            f"{rng.randint(1, 16):02d} {published.year} 年 {published.month} 月 {published.day} 日"
            f"    星期{WEEKDAYS[published.weekday()]}综合 责任编辑：徐伟"
        ]
        for story in order:
            body = _MD.sub(functools.partial(_moved, shift=shift), story.text)
            if story.title:
                parts.append(story.title)
            parts.extend(_wrap(p, rng.choice((30, 34, 48))) for p in body.split("\n"))
        pages.append(("\n\n".join(parts) + "\n", published))
    return pages


def _moved(m: re.Match[str], shift: dt.timedelta) -> str:
    try:
        day = dt.date(2023, int(m.group(1)), int(m.group(4))) + shift
    except ValueError:
        return m.group(0)
    return f"{day.month}月{day.day}日"


def _wrap(paragraph: str, width: int) -> str:
    lines, line, cells = [], "", 0.0
    for ch in paragraph:
        cell = 0.5 if ch.isascii() else 1.0
        if cells + cell > width and ch not in "，。、；：！？”）,.;:!?)":
            lines.append(line)
            line, cells = "", 0.0
        line += ch
        cells += cell
    lines.append(line)
    return "\n\n".join(lines)


def per_page(run: Callable[[str, dt.date], object], pages, repeat: int) -> list[float]:
    """Return the best-of-``repeat`` milliseconds of ``run`` for every page."""
    out = []
    for text, published in pages:
        best = float("inf")
        for _ in range(repeat):
            t0 = time.process_time()
            run(text, published)
            best = min(best, time.process_time() - t0)
        out.append(best * 1000)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--peer-pages", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sample-repeat", type=int, default=20)
    a = ap.parse_args()

    from extractors import timex

    print(f"newscal extractor: {BUILD}")

    sample = SAMPLE.read_text(encoding="utf-8")
    sample_page = [(sample, dt.date(2023, 4, 14))]
    batch = build_pages(sample, a.pages)
    spent = [0.0]
    finder = timex.find_times

    def timed_finder(text: str, ref: dt.date):  # type: ignore[no-untyped-def]
        t0 = time.process_time()
        try:
            return finder(text, ref)
        finally:
            spent[0] += time.process_time() - t0

    def newscal(text: str, published: dt.date) -> object:
        return extract_page(text)

    def newscal_grammar_share(text: str, published: dt.date) -> object:
        return extract_page(text, find_times=timed_finder)

    import jionlp  # noqa: F401  (import cost kept out of the timings)
    from dateparser.search import search_dates

    def jionlp_time(text: str, published: dt.date) -> object:
        base = time.mktime(dt.datetime(published.year, published.month, published.day).timetuple())
        return jionlp.ner.extract_time(text, time_base=base)

    def dateparser_time(text: str, published: dt.date) -> object:
        return search_dates(text, languages=["zh"])

    for pages, label in ((sample_page, "sample page"), (batch, f"batch of {len(batch)} pages")):
        for run in (newscal, jionlp_time, dateparser_time):
            run(*pages[0])  # warm caches and lazy imports
        chars = statistics.mean(len(t) for t, _ in pages)
        peer_pages = pages[: a.peer_pages]
        repeat = a.sample_repeat if len(pages) == 1 else a.repeat
        ours = per_page(newscal, pages, repeat)
        jio = per_page(jionlp_time, peer_pages, repeat)
        spent[0] = 0.0
        per_page(newscal_grammar_share, pages, 1)
        grammar = spent[0] * 1000 / len(pages)
        dp = per_page(dateparser_time, peer_pages, 1)
        ours_peer = ours[: len(peer_pages)]
        print(f"== {label}: {len(pages)} pages, {chars:.0f} characters a page")
        print(
            f"newscal extract_page   median {statistics.median(ours):8.2f} ms/page"
            f"  mean {statistics.mean(ours):8.2f}  (time grammar ≈ {grammar:.2f} ms/page)"
        )
        for name, times in (("jionlp extract_time", jio), ("dateparser search", dp)):
            ratio = statistics.mean(times) / statistics.mean(ours_peer)
            print(
                f"{name:22s} median {statistics.median(times):8.2f} ms/page"
                f"  mean {statistics.mean(times):8.2f}  ({len(times)} pages)"
                f"  = {ratio:5.1f}x newscal on the same pages"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
