"""Time find_times on a newspaper page and, with --peer, JioNLP's extract_time on the same page.

    python bench/timex_speed.py [PAGE] [--peer] [--repeat N]

Each figure is the best of 5 rounds. PAGE defaults to ../shared/samples/fengtai-2023-04-14.txt;
it is padded with its own text to 19 KB (UTF-8) so the figure is per 19 KB page.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from extractors.timex import find_times  # noqa: E402

DEFAULT_PAGE = os.path.join(_ROOT, "..", "shared", "samples", "fengtai-2023-04-14.txt")


def page_of(path: str, size: int = 19 * 1024) -> str:
    """Return the text of path, padded with itself to size bytes."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    page = text
    while len(page.encode()) < size:
        page += text[:500]
    return page


def per_page_ms(f, page: str, repeat: int, rounds: int = 5) -> float:  # type: ignore[no-untyped-def]
    """Best of rounds of repeat calls (the machine is shared: the minimum is the steady figure)."""
    f(page)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(repeat):
            f(page)
        best = min(best, (time.perf_counter() - start) / repeat * 1000)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("page", nargs="?", default=DEFAULT_PAGE)
    ap.add_argument("--peer", action="store_true", help="also time jionlp.ner.extract_time")
    ap.add_argument("--repeat", type=int, default=50)
    a = ap.parse_args()
    page = page_of(a.page)
    ref = dt.date(2023, 4, 14)
    ours = per_page_ms(lambda t: find_times(t, ref), page, a.repeat)
    print(f"page: {len(page.encode())} bytes, {len(find_times(page, ref))} mentions")
    print(f"timex.find_times        {ours:8.2f} ms/page")
    if a.peer:
        import jionlp as jio

        base = dt.datetime(2023, 4, 14)
        theirs = per_page_ms(
            lambda t: jio.ner.extract_time(t, time_base=base, with_parsing=True),
            page,
            max(3, a.repeat // 10),
        )
        print(f"jionlp.ner.extract_time {theirs:8.2f} ms/page  ({theirs / ours:.1f}x slower)")


if __name__ == "__main__":
    main()
