"""Use case: ingest many files. Extraction in worker processes, storage in this one.

Reading PDFs and extracting events is CPU work that parallelises; SQLite writes do not, so
workers return extracted pages and the calling process stores them in input order (which
keeps event ids and the choice of an event's first source deterministic).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

from bot.ingest import Extracted, after_ingest, extract_file, save_extracted
from bot.services import Services
from storage.articles import SavedPage

log = logging.getLogger(__name__)

POOL_FROM = 16  # fewer files than this are not worth starting worker processes


@dataclass
class BulkReport:
    files: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)  # one line each: "path: reason"
    new_events: int = 0
    merged: int = 0  # existing events that gained a source
    changed_events: int = 0
    alerts: int = 0
    workers: int = 1

    def summary(self) -> str:
        """Return the closing line of ``newscal ingest``."""
        return (
            f"{self.files} files: {self.new} new, {self.updated} updated, "
            f"{self.unchanged} unchanged, {len(self.failed)} failed; "
            f"{self.new_events} new events, {self.merged} more sources of known events, "
            f"{self.changed_events} events changed"
        )


def expand_paths(paths: tuple[Path, ...] | list[Path]) -> list[Path]:
    """Return the files named, folders read recursively (hidden files skipped), in order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and not any(x.startswith(".") for x in p.relative_to(path).parts)
                )
            )
        else:
            files.append(path)
    return files


def default_workers(files: int) -> int:
    """Return how many worker processes suit ``files`` files (1: none)."""
    if files < POOL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, files // 4))


def ingest_files(
    services: Services,
    files: list[Path],
    *,
    published: dt.date | None = None,
    workers: int | None = None,
    on_file: Callable[[Path, SavedPage | str], None] = lambda _p, _r: None,
) -> BulkReport:
    """Extract and store ``files``; a file that cannot be read is reported and skipped.

    ``on_file`` is called after each file with what was saved or the one-line error.
    """
    cfg = services.config
    workers = default_workers(len(files)) if workers is None else max(1, workers)
    report = BulkReport(files=len(files), workers=workers)
    saved_pages: list[SavedPage] = []
    for path, result in zip(
        files, _extracted(files, published, cfg.timezone, workers), strict=True
    ):
        if isinstance(result, str):
            report.failed.append(result)
            on_file(path, result)
            continue
        try:
            saved = save_extracted(
                services.db, path, result, timezone=cfg.timezone, now=services.clock.now()
            )
        except Exception as exc:  # ours: keep the other files, log with context
            log.exception("storing %s failed", path)
            message = f"{path}: could not be stored ({exc.__class__.__name__}: {exc})"
            report.failed.append(message)
            on_file(path, message)
            continue
        saved_pages.append(saved)
        setattr(report, saved.outcome.value, getattr(report, saved.outcome.value) + 1)
        report.new_events += len(saved.added)
        report.merged += len(saved.merged)
        report.changed_events += len(saved.changed)
        on_file(path, saved)
    if saved_pages:
        report.alerts = after_ingest(services, saved_pages)
    return report


def _extracted(
    files: list[Path], published: dt.date | None, timezone: str, workers: int
) -> Iterator[Extracted | str]:
    """Yield the extraction of each file, in order; in worker processes when workers > 1."""
    if workers <= 1:
        yield from map(extract_file, files, repeat(published), repeat(timezone))
        return
    done = 0
    chunk = max(1, min(16, len(files) // (workers * 8)))
    try:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for result in pool.map(
                extract_file, files, repeat(published), repeat(timezone), chunksize=chunk
            ):
                done += 1
                yield result
    except BrokenProcessPool:
        # A worker died (out of memory, a crash in a PDF library): finish here, one by one.
        log.warning("a worker process died; reading the remaining %d files here", len(files) - done)
        yield from map(extract_file, files[done:], repeat(published), repeat(timezone))
