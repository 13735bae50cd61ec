"""Extraction time of one long run-on sentence: how the extractor scales with it.

Usage: python bench/extract_worst.py [--sizes 2500 5000 10000 20000]

A page without sentence breaks full of date words (``4月`` repeated, ``4月5日`` repeated)
is the worst input found by the fuzz tests: per date mention the event rules looked at the
whole clause and sentence, so the time grew with the square of the sentence (98 KiB: 162 s).
They now look at most ``extractors.events._WINDOW`` characters away, so it is linear.
Compares a page of the same size with a break every 100 characters.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractors import extract_page  # noqa: E402


def seconds(text: str) -> float:
    t0 = time.perf_counter()
    extract_page(text, dt.date(2023, 4, 1))
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[2500, 5000, 10000, 20000])
    a = ap.parse_args()
    seconds("4月5日")  # warm the grammar
    for n in a.sizes:
        run_on = "4月" * n
        broken = ("4月" * 50 + "。") * (n // 50)
        print(
            f"{len(run_on) / 1024:6.0f} KiB  one sentence {seconds(run_on):7.2f} s   "
            f"sentences of 100 chars {seconds(broken):6.2f} s"
        )


if __name__ == "__main__":
    main()
