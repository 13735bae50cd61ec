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

import sqlite_utils

from extractors import Page, extract_page
from sources import Document, SourceError, read_bytes
from storage.articles import SavedPage, save_page

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)


class DocumentError(ValueError):
    """A document cannot be read; str() is one line naming the file and the reason."""


@dataclass(frozen=True, slots=True)
class Extracted:
    page: Page
    published_from: str  # "option", "metadata", "text", "file date" or "fallback"
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


def extract_text(doc: Document, published: dt.date | None, fallback: dt.date) -> Extracted:
    """Return the events of a read document.

    The publication date is ``published`` when given, else the document's metadata, else
    found in the text, else ``fallback``.
    """
    if published is not None:
        found, source = published, "option"
    elif doc.published is not None:
        found, source = doc.published, "metadata"
    else:
        found, source = None, "text"
    page = extract_page(doc.text, found)
    if found is None and page.published is None:
        page, source = extract_page(doc.text, fallback), "fallback"
    if page.title is None and doc.title:
        page = dataclasses.replace(page, title=doc.title)
    return Extracted(page, source, doc.kind)


def extract_document(path: Path, published: dt.date | None, tz: dt.tzinfo) -> Extracted:
    """Return the events of a document file.

    The publication date is ``published`` when given, else the document's metadata (HTML),
    else found in the text, else the file's modification date (in ``tz``).
    """
    doc = read_source(path)
    try:
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, tz).date()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror})") from None
    extracted = extract_text(doc, published, mtime)
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
    """Replan reminders of changed events and queue alerts for new upcoming ones.

    Returns how many alerts were queued (0 while the reminders module is not installed).
    """
    saved = list(saved)
    added = [e for s in saved for e in s.added]
    changed = sorted({e for s in saved for e in (*s.changed, *s.merged, *s.removed)})
    try:
        from bot import reminders
    except ImportError:
        log.debug("bot.reminders not available: no replanning or alerts")
        return 0
    if changed and hasattr(reminders, "replan_events"):
        reminders.replan_events(services, changed)
    if not added or not hasattr(reminders, "queue_new_event_alerts"):
        return 0
    from storage.events import get_events

    now = services.clock.now()
    upcoming = [e.id for e in get_events(services.db, added) if e.end_at >= now]
    return int(reminders.queue_new_event_alerts(services, upcoming)) if upcoming else 0
