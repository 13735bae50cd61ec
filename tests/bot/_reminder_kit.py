"""Helpers for the reminder tests: a real SQLite file, a ManualClock, events saved for real."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

from bot.clock import ManualClock
from bot.config import Config, ReminderConfig
from bot.services import Services
from extractors.model import Event, Kind, Page
from storage import open_database, outbox
from storage.articles import save_page
from storage.chats import register_chat, subscribe
from storage.records import NewReminder, StoredEvent

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")


def local(text: str) -> dt.datetime:
    """Return the aware Shanghai instant of ``2023-04-13T08:00``."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


def make_services(tmp_path: Path, now: str, **reminders: object) -> Services:
    db = open_database(tmp_path / "newscal.db")
    cfg = Config(database=tmp_path / "newscal.db", reminders=ReminderConfig(**reminders))  # type: ignore[arg-type]
    return Services(config=cfg, db=db, clock=ManualClock(local(now)))


def add_chat(
    services: Services,
    chat_id: int,
    *,
    kind: str = "private",
    language: str = "zh",
    topics: tuple[str, ...] = (),
    timezone: str = "Asia/Shanghai",
) -> None:
    now = services.clock.now()
    register_chat(services.db, chat_id, language=language, timezone=timezone, kind=kind, now=now)
    for topic in topics:
        subscribe(services.db, chat_id, topic, now=now)


def moment(text: str) -> dt.date:
    return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)


def save_events(
    services: Services,
    source: str,
    *events: tuple[str, str, str, Kind | str],
    location: str = "区图书馆",
) -> list[str]:
    """Save a page of (title, start, end, kind) events under ``source``; return their ids."""
    page = Page(
        published=dt.date(2023, 4, 13),
        published_found=True,
        events=tuple(
            Event(
                title=title,
                start=moment(start),
                end=moment(end),
                kind=Kind(kind),
                upcoming=True,
                evidence=f"{title}将于{start}举行",
                location=location,
                sentence=f"{title}将于{start}举行。",
            )
            for title, start, end, kind in events
        ),
        text="|".join(repr(e) for e in events),
    )
    saved = save_page(services.db, source, page, timezone="Asia/Shanghai", now=services.clock.now())
    ids = services.db.execute(
        "SELECT id FROM events WHERE article_id = ? ORDER BY rowid", [saved.article_id]
    ).fetchall()
    return [r[0] for r in ids]


def stored(title: str, start: str, end: str, kind: str = "activity") -> StoredEvent:
    """Return a StoredEvent as the database would hold it, without a database."""
    from storage.articles import local_instant

    first, last = moment(start), moment(end)
    return StoredEvent(
        id="e" + str(abs(hash((title, start, end))) % 10**8),
        article_id="a1",
        title=title,
        start=first,
        end=last,
        all_day=not isinstance(first, dt.datetime),
        timezone="Asia/Shanghai",
        start_at=local_instant(first, SHANGHAI).astimezone(dt.UTC),
        end_at=local_instant(last, SHANGHAI, end=True).astimezone(dt.UTC),
        kind=kind,
        location="区图书馆",
        evidence=title,
        sentence=title,
        article_title=None,
        confidence=0.9,
    )


def queue_broadcasts(services: Services, chat_id: int, n: int) -> None:
    """Queue ``n`` broadcast messages to the chat, due at once (07:00 on the test morning)."""
    outbox.enqueue(
        services.db,
        [
            NewReminder(
                chat_id,
                "broadcast",
                local("2023-04-13T07:00"),
                f"{chat_id}:{i}",
                None,
                {"text": f"消息 {i}"},
            )
            for i in range(n)
        ],
        now=services.clock.now(),
    )
