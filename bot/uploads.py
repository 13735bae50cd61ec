"""Use case behind /ingest: a document uploaded to the bot becomes stored events and alerts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.ingest import DocumentError, Extracted, after_ingest, extract_text
from bot.services import Services
from sources import SourceError, read_bytes
from storage import StoredEvent
from storage.articles import SavedPage, save_page
from storage.events import get_events

SUFFIXES = (".txt", ".text", ".pdf", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024  # what the Bot API lets a bot download


@dataclass(frozen=True, slots=True)
class Uploaded:
    saved: SavedPage
    published: dt.date | None
    events: list[StoredEvent]  # added, changed or newly sourced by this document
    alerts: int  # new-event alerts queued


def accepts(filename: str) -> bool:
    """Return True when /ingest reads files with this name."""
    return filename.lower().endswith(SUFFIXES)


def read_upload(data: bytes, filename: str, today: dt.date) -> Extracted:
    """Return the events of an uploaded document (pure CPU work: safe in a worker thread).

    The publication date comes from the document, else ``today``. Raises DocumentError with
    a one-line reason when the document cannot be read.
    """
    try:
        doc = read_bytes(data, filename)
    except SourceError as exc:
        raise DocumentError(str(exc)) from None
    return extract_text(doc, None, today)


def store_upload(services: Services, extracted: Extracted, filename: str) -> Uploaded:
    """Store an extracted upload; replan reminders and queue alerts."""
    page = extracted.page
    saved = save_page(
        services.db,
        f"{page.published}|{filename}",
        page,
        timezone=services.config.timezone,
        now=services.clock.now(),
        source=f"telegram:{filename}",
    )
    alerts = after_ingest(services, [saved])
    touched = list(dict.fromkeys((*saved.added, *saved.changed, *saved.merged)))
    return Uploaded(saved, page.published, get_events(services.db, touched), alerts)
