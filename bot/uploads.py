"""Use case behind /ingest: a document uploaded to the bot becomes stored events and alerts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.ingest import DocumentError, after_ingest, extract_text
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


def ingest_upload(services: Services, data: bytes, filename: str) -> Uploaded:
    """Read, extract and store an uploaded document; replan reminders and queue alerts.

    The publication date comes from the document, else today on the services' clock.
    Raises DocumentError with a one-line reason when the document cannot be read.
    """
    try:
        doc = read_bytes(data, filename)
    except SourceError as exc:
        raise DocumentError(str(exc)) from None
    cfg = services.config
    now = services.clock.now()
    extracted = extract_text(doc, None, now.astimezone(cfg.tz).date())
    page = extracted.page
    saved = save_page(
        services.db,
        f"{page.published}|{filename}",
        page,
        timezone=cfg.timezone,
        now=now,
        source=f"telegram:{filename}",
    )
    alerts = after_ingest(services, [saved])
    touched = list(dict.fromkeys((*saved.added, *saved.changed, *saved.merged)))
    return Uploaded(saved, page.published, get_events(services.db, touched), alerts)
