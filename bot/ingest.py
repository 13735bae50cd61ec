"""Use cases: read a document, extract its events, store them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from extractors import Page, UnreadableInput, decode_text, extract_page
from storage.articles import SavedPage, save_page


class DocumentError(ValueError):
    """A document cannot be read; str() is one line naming the file and the reason."""


@dataclass(frozen=True, slots=True)
class Extracted:
    page: Page
    published_from: str  # "option", "text" or "file date"


def read_document(path: Path) -> str:
    """Return the text of a document file. Raises DocumentError."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise DocumentError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return decode_text(data)
    except UnreadableInput as exc:
        raise DocumentError(f"{path}: {exc}") from None


def extract_document(path: Path, published: dt.date | None, tz: dt.tzinfo) -> Extracted:
    """Return the events of a document file.

    The publication date is ``published`` when given, else found in the text, else the
    file's modification date (in ``tz``).
    """
    text = read_document(path)
    page = extract_page(text, published)
    if published is not None:
        return Extracted(page, "option")
    if page.published is not None:
        return Extracted(page, "text")
    mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, tz).date()
    return Extracted(extract_page(text, mtime), "file date")


def ingest_document(
    db: sqlite_utils.Database,
    path: Path,
    *,
    timezone: str,
    now: dt.datetime,
    published: dt.date | None = None,
) -> SavedPage:
    """Extract a document and store it; return what changed.

    The article is keyed by its publication date and file name, so a corrected copy of a
    page replaces the old one, while ``02.txt`` of two different days stay apart.
    """
    import zoneinfo

    extracted = extract_document(path, published, zoneinfo.ZoneInfo(timezone))
    key = f"{extracted.page.published}|{path.name}"
    return save_page(db, key, extracted.page, timezone=timezone, now=now, source=str(path))
