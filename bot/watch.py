"""Use case of watched folders: ingest each file once as it appears."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.ingest import DocumentError, after_ingest, ingest_document
from bot.services import Services
from sources.watch import FolderWatcher
from storage.articles import SavedPage
from storage.watched import read_versions, record_read

log = logging.getLogger(__name__)


@dataclass
class WatchReport:
    """What one look at the watched folders did."""

    saved: list[tuple[Path, SavedPage]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one line each: "path: reason"
    alerts: int = 0

    @property
    def new_events(self) -> int:
        return sum(len(s.added) for _p, s in self.saved)


def watcher_for(services: Services, dirs: tuple[Path, ...] = ()) -> FolderWatcher:
    """Return a watcher of ``dirs``, else of the configured ``[watch] dirs``.

    Files read by an earlier run and unchanged since are not read again.
    """
    cfg = services.config.watch
    folders = tuple(d.absolute() for d in (dirs or cfg.dirs))
    watcher = FolderWatcher(folders, settle_seconds=cfg.settle_seconds)
    watcher.already_read({Path(p): v for p, v in read_versions(services.db).items()})
    return watcher


def watch_once(services: Services, watcher: FolderWatcher, now: float) -> WatchReport:
    """Ingest the files that are ready at ``now`` (monotonic seconds); return what happened.

    A file that cannot be read is reported once per version and never stops the others.
    """
    report = WatchReport()
    cfg = services.config
    for path in watcher.poll(now):
        error: str | None = None
        try:
            saved = ingest_document(
                services.db, path, timezone=cfg.timezone, now=services.clock.now()
            )
        except DocumentError as exc:
            error = str(exc)
            log.warning("watch: skipped %s", exc)
        except Exception:  # ours: logged with context; the file is tried again when it changes
            log.exception("watch: ingesting %s failed", path)
            error = f"{path}: internal error (see the log)"
        else:
            report.saved.append((path, saved))
        if error is not None:
            report.failed.append(error)
        version = watcher.done(path)
        if version is not None:
            outcome = "failed" if error is not None else str(saved.outcome)
            record_read(
                services.db,
                str(path),
                version,
                outcome=outcome,
                now=services.clock.now(),
                error=error,
            )
    if report.saved:
        report.alerts = after_ingest(services, [s for _p, s in report.saved])
    return report


def run_watch(
    services: Services,
    watcher: FolderWatcher,
    *,
    monotonic: Callable[[], float],
    sleep: Callable[[float], None],
    on_report: Callable[[WatchReport], None],
    keep_going: Callable[[], bool] = lambda: True,
) -> None:
    """Look at the folders every ``[watch] poll_seconds`` until ``keep_going`` says stop."""
    while keep_going():
        report = watch_once(services, watcher, monotonic())
        if report.saved or report.failed:
            on_report(report)
        sleep(services.config.watch.poll_seconds)
