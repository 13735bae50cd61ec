"""Bulk ingest: files per second in one process and in worker processes, same files.

    python bench/ingest_bulk.py [--files 1000] [--pdf 100]

Makes text pages (and PDF pages when reportlab is installed) in a temporary folder, ingests
them into fresh databases with 1 and with all cores, and prints the figures.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from bot.bulk import expand_paths, ingest_files
from bot.clock import SystemClock
from bot.config import Config
from bot.services import Services
from storage import open_database

SAMPLE = Path(__file__).resolve().parents[1] / "bot" / "examples" / "fengtai-2023-04-14.txt"


def make_pages(folder: Path, files: int, pdfs: int) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for i in range(files):
        # A year of pages: the same page moved to another month, so dates spread out and
        # copies of a month are merged as one happening reported by several papers.
        month = 1 + i % 12
        page = text.replace("4 月", f"{month} 月").replace("4月", f"{month}月")
        (folder / f"{i:05d}.txt").write_text(page, encoding="utf-8")
    if pdfs:
        import sys

        sys.path.insert(0, str(SAMPLE.parents[2]))
        from tests.sources.render import columns_pdf

        lines = text.split("\n")
        data = columns_pdf(lines[0], "\n".join(lines[1:]))
        for i in range(pdfs):
            (folder / f"p{i:04d}.pdf").write_bytes(data)


def run(folder: Path, workers: int) -> tuple[float, str]:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.db")
        services = Services(config=Config(), db=db, clock=SystemClock())
        files = expand_paths([folder])
        start = time.perf_counter()
        report = ingest_files(services, files, workers=workers)
        return time.perf_counter() - start, report.summary()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--pdf", type=int, default=100)
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_pages(folder, args.files, args.pdf)
        total = args.files + args.pdf
        for workers in (1, cores):
            seconds, summary = run(folder, workers)
            print(
                f"workers={workers}: {total} files in {seconds:.1f} s "
                f"({total / seconds:.0f} files/s) — {summary}"
            )


if __name__ == "__main__":
    main()
