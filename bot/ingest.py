"""Use cases: read a document (text, PDF or HTML), extract its events, store them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from extractors import Page, extract_page
from sources import Document, SourceError, read_bytes

if TYPE_CHECKING:
    import sqlite_utils

    from bot.services import Services
    from storage.articles import SavedPage

log = logging.getLogger(__name__)


class DocumentError(ValueError):
    """A document cannot be read; str() is one line naming the file and the reason."""


@dataclass(frozen=True, slots=True)
class Extracted:
    page: Page
    # "option", "metadata", "text", "dateline" (the day of a year-less stamp or dateline; the
    # year from the text or the fallback), "file date" or "fallback"
    published_from: str
    kind: str = "text"  # "text", "pdf" or "html"


def read_source(path: Path) -> Document:
    """Return the document in a file (format told by its content, then its name).

    Raises DocumentError naming the file and the reason.
    """
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise DocumentError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return read_bytes(data, path.name)
    except SourceError as exc:
        raise DocumentError(f"{path}: {exc}") from None


def read_document(path: Path) -> str:
    """Return the text of a document file (text, PDF or HTML). Raises DocumentError."""
    return read_source(path).text


def extract_text(
    doc: Document, published: dt.date | None, fallback: dt.date, tz: dt.tzinfo | None = None
) -> Extracted:
    """Return the events of a read document.

    The publication date is ``published`` when given, else the document's metadata (its day
    in ``tz`` when the metadata gave an instant), else found in the text, else the day of its
    year-less stamp or dateline (see :func:`extractors.layout.dateline_day`), else ``fallback``.
    """
    meta = doc.published if tz is None else doc.published_in(tz)
    if published is not None:
        found, source = published, "option"
    elif meta is not None:
        found, source = meta, "metadata"
    else:
        found, source = None, "text"
    page = extract_page(doc.text, found, fallback=fallback)
    if found is None and not page.published_found:
        source = "fallback" if page.published == fallback else "dateline"
    if page.title is None and doc.title:
        page = dataclasses.replace(page, title=doc.title)
    return Extracted(page, source, doc.kind)


def extract_document(path: Path, published: dt.date | None, tz: dt.tzinfo) -> Extracted:
    """Return the events of a document file.

    The publication date is ``published`` when given, else the document's metadata (HTML),
    else found in the text, else the day of its year-less stamp or dateline, else the file's
    modification date (in ``tz``).
    """
    doc = read_source(path)
    try:
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, tz).date()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror})") from None
    extracted = extract_text(doc, published, mtime, tz)
    if extracted.published_from == "fallback":
        return dataclasses.replace(extracted, published_from="file date")
    return extracted


def extract_file(path: Path, published: dt.date | None, timezone: str) -> Extracted | str:
    """Return the events of a file, or the one-line reason it cannot be read.

    Made for worker processes: arguments and results pickle, and errors come back as text.
    """
    try:
        return extract_document(path, published, zoneinfo.ZoneInfo(timezone))
    except DocumentError as exc:
        return str(exc)
    except Exception as exc:  # ours (an extractor bug): one file lost, never the batch
        log.exception("extracting %s failed", path)
        return f"{path}: extraction failed ({exc.__class__.__name__}: {exc})"


def source_key(path: Path, page: Page) -> str:
    """Return the article key of a file: its publication date and file name.

    A corrected copy of a page replaces the old one, while ``02.txt`` of two different days
    stay apart.
    """
    return f"{page.published}|{path.name}"


def save_extracted(
    db: sqlite_utils.Database, path: Path, extracted: Extracted, *, timezone: str, now: dt.datetime
) -> SavedPage:
    """Store the events of an extracted file; return what changed."""
    page = extracted.page
    from storage.articles import save_page  # lazy: `newscal extract` never opens a database

    return save_page(db, source_key(path, page), page, timezone=timezone, now=now, source=str(path))


def ingest_document(
    db: sqlite_utils.Database,
    path: Path,
    *,
    timezone: str,
    now: dt.datetime,
    published: dt.date | None = None,
) -> SavedPage:
    """Extract a document (text, PDF or HTML) and store it; return what changed."""
    extracted = extract_document(path, published, zoneinfo.ZoneInfo(timezone))
    return save_extracted(db, path, extracted, timezone=timezone, now=now)


def after_ingest(services: Services, saved: Iterable[SavedPage]) -> int:
    """Replan the reminders of changed, merged and removed events and queue alerts for new
    upcoming ones (one per chat, batched); return how many alerts were queued.

    The pages are stored already: a failure here is logged and never undoes them.
    """
    from bot.reminders import queue_new_event_alerts, replan_events
    from storage.events import get_events

    saved = list(saved)
    added = [e for s in saved for e in s.added]
    changed = sorted({e for s in saved for e in (*s.changed, *s.merged, *s.removed)})
    try:
        if changed:
            replan_events(services, changed)
        now = services.clock.now()
        upcoming = [e.id for e in get_events(services.db, added) if e.end_at >= now]
        return queue_new_event_alerts(services, upcoming) if upcoming else 0
    except Exception:
        log.exception(
            "after ingest: replanning %d events or alerting %d failed", len(changed), len(added)
        )
        return 0
