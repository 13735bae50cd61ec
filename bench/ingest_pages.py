"""Ingest: 1,000 newspaper pages through ``newscal ingest``, pages per second.

Usage: python bench/ingest_pages.py [--pages 1000] [--jobs 2 1]

The pages are the sample page (丰台报, 2023-04-14, page 2; about 19 KB, 8 events) made
distinct: page ``i`` is dated ``i`` days later (every date in it moves with the header, so
each page's events are its own). ``newscal ingest FOLDER --jobs N`` runs once
per ``--jobs`` value on a fresh database; the time is the whole command (start-up included).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.scale import ROOT  # noqa: E402

SAMPLE = ROOT / "bot" / "examples" / "fengtai-2023-04-14.txt"
_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")


def page(text: str, shift: int, number: int) -> str:
    """Return the page with every full or month-day date moved ``shift`` days, numbered."""

    def moved(m: re.Match[str]) -> str:
        year = int(m.group(1) or 2023)
        try:
            day = dt.date(year, int(m.group(2)), int(m.group(3))) + dt.timedelta(days=shift)
        except ValueError:
            return m.group(0)
        head = f"{day.year}年" if m.group(1) else ""
        return f"{head}{day.month}月{day.day}日"

    return _DATE.sub(moved, text).replace("第2版", f"第{number}版", 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[2, 1])
    a = ap.parse_args()
    text = SAMPLE.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for i in range(a.pages):
            (folder / f"page-{i:04d}.txt").write_text(page(text, i, i + 2), encoding="utf-8")
        size = sum(p.stat().st_size for p in folder.iterdir()) / 2**20
        print(f"{a.pages} pages, {size:.1f} MiB, cpus {os.cpu_count()}")
        for jobs in a.jobs:
            db = Path(tmp) / f"ingest-{jobs}.db"
            env = {**os.environ, "PYTHONPATH": str(ROOT), "NEWSCAL_DATABASE": str(db)}
            env.pop("NEWSCAL_CONFIG", None)
            t0 = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "bot.cli", "ingest", str(folder), "--jobs", str(jobs)],
                env=env,
                capture_output=True,
                text=True,
            )
            seconds = time.perf_counter() - t0
            summary = (done.stdout.strip().splitlines() or [""])[-1]
            print(
                f"--jobs {jobs}: {seconds:6.1f} s  {a.pages / seconds:5.1f} pages/s  "
                f"exit {done.returncode}  | {summary}"
            )


if __name__ == "__main__":
    main()
