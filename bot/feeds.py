"""Use cases of feeds: subscribe, poll (each new item's page ingested once), report failures.

``poll_feeds`` is what the JobQueue calls every ``[feeds] poll_minutes``; it never raises
for one feed's trouble: a failing feed backs off exponentially (stored in the database, so
a restart keeps it) and is reported, the others go on.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import aiohttp

from bot.ingest import after_ingest, extract_text
from bot.services import Services
from sources import SourceError, read_bytes
from sources.feeds import Entry, fetch, parse_feed
from storage.articles import SavedPage, save_page
from storage.feeds import (
    Feed,
    NewItem,
    PendingItem,
    add_feed,
    add_items,
    due_feeds,
    mark_item_failed,
    mark_item_ingested,
    pending_items,
    record_poll_failure,
    record_poll_ok,
)

log = logging.getLogger(__name__)

PARALLEL_FEEDS = 4  # feeds fetched at the same time


class FeedUrlError(ValueError):
    """A feed address the user gave is not usable; str() says why."""


@dataclass(frozen=True, slots=True)
class FeedFailure:
    url: str
    error: str
    failures: int  # consecutive
    next_poll_at: dt.datetime


@dataclass
class FeedPollReport:
    """What one poll of the feeds did."""

    polled: int = 0  # feeds asked
    not_modified: int = 0  # feeds that answered 304
    backing_off: int = 0  # feeds skipped: still waiting after failures
    new_items: int = 0
    ingested: int = 0  # item pages stored (new or updated articles)
    new_events: int = 0
    alerts: int = 0
    item_errors: list[str] = field(default_factory=list)  # "URL: reason"
    failed: list[FeedFailure] = field(default_factory=list)
    recovered: list[str] = field(default_factory=list)  # feeds that work again
    saved: list[SavedPage] = field(default_factory=list)

    def summary(self) -> str:
        """Return one line for logs and the CLI."""
        return (
            f"{self.polled} feeds polled ({self.not_modified} unchanged, "
            f"{self.backing_off} backing off, {len(self.failed)} failed); "
            f"{self.new_items} new items, {self.ingested} ingested, "
            f"{len(self.item_errors)} item errors; {self.new_events} new events"
        )


def check_feed_url(url: str) -> str:
    """Return the URL, trimmed; raise FeedUrlError when it is not an http(s) address."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FeedUrlError(f"{url!r} is not an http:// or https:// address")
    return url


def subscribe_feed(services: Services, url: str) -> tuple[Feed, bool]:
    """Return the feed for ``url`` and whether it is new. Raises FeedUrlError."""
    return add_feed(services.db, check_feed_url(url), now=services.clock.now())


def backoff(failures: int, poll_minutes: int, max_minutes: int) -> dt.timedelta:
    """Return how long a feed waits after ``failures`` consecutive failures (doubling)."""
    minutes = poll_minutes * 2 ** min(max(failures - 1, 0), 20)
    return dt.timedelta(minutes=min(minutes, max_minutes))


async def poll_feeds(
    services: Services, *, session: aiohttp.ClientSession | None = None
) -> FeedPollReport:
    """Poll every feed not backing off; ingest each new item's page once; return a report."""
    cfg = services.config.feeds
    now = services.clock.now()
    report = FeedPollReport()
    feeds = due_feeds(services.db, now)
    report.backing_off = _count_feeds(services) - len(feeds)
    if not feeds:
        return report
    own = session is None
    if session is None:
        session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=cfg.timeout_seconds))
    limit = asyncio.Semaphore(PARALLEL_FEEDS)

    async def one(feed: Feed) -> None:
        async with limit:
            try:
                await _poll_feed(services, session, feed, report)
            except Exception as exc:  # ours: log with context, keep the other feeds going
                log.exception("feed %s: unexpected error", feed.url)
                _failed(services, feed, f"internal error: {exc.__class__.__name__}: {exc}", report)

    try:
        await asyncio.gather(*(one(feed) for feed in feeds))
    finally:
        if own:
            await session.close()
    report.new_events = sum(len(s.added) for s in report.saved)
    if report.saved:
        try:
            report.alerts = after_ingest(services, report.saved)
        except Exception:
            log.exception("feeds: replanning or alerts after ingest failed")
    log.info("feeds: %s", report.summary())
    return report


def _count_feeds(services: Services) -> int:
    from storage.feeds import list_feeds

    return len(list_feeds(services.db))


async def _poll_feed(
    services: Services, session: aiohttp.ClientSession, feed: Feed, report: FeedPollReport
) -> None:
    report.polled += 1
    try:
        got = await fetch(session, feed.url, etag=feed.etag, last_modified=feed.last_modified)
        parsed = None if got.not_modified else parse_feed(got.body or b"")
    except SourceError as exc:
        _failed(services, feed, str(exc), report)
        return
    now = services.clock.now()
    if parsed is None:
        report.not_modified += 1
    else:
        items = [_new_item(e, services) for e in parsed.entries]
        report.new_items += add_items(services.db, feed.id, items, now=now)
    record_poll_ok(
        services.db,
        feed.id,
        now=now,
        etag=got.etag,
        last_modified=got.last_modified,
        title=parsed.title if parsed else None,
    )
    if feed.failures:
        report.recovered.append(feed.url)
        log.info("feed %s works again after %d failures", feed.url, feed.failures)
    contents = {e.key: e for e in parsed.entries} if parsed else {}
    for item in pending_items(services.db, feed.id):
        await _ingest_item(services, session, feed, item, contents.get(item.key), report)


def _failed(services: Services, feed: Feed, error: str, report: FeedPollReport) -> None:
    cfg = services.config.feeds
    now = services.clock.now()
    wait = backoff(feed.failures + 1, cfg.poll_minutes, cfg.max_backoff_minutes)
    after = record_poll_failure(services.db, feed.id, now=now, error=error, next_poll_at=now + wait)
    log.warning(
        "feed %s failed (%d in a row): %s; next try at %s",
        feed.url,
        after.failures,
        error,
        after.next_poll_at,
    )
    assert after.next_poll_at is not None
    report.failed.append(FeedFailure(feed.url, error, after.failures, after.next_poll_at))


def _new_item(entry: Entry, services: Services) -> NewItem:
    published = (
        entry.published_at.astimezone(services.config.tz).date() if entry.published_at else None
    )
    return NewItem(key=entry.key, link=entry.link, title=entry.title, published_on=published)


async def _ingest_item(
    services: Services,
    session: aiohttp.ClientSession,
    feed: Feed,
    item: PendingItem,
    entry: Entry | None,
    report: FeedPollReport,
) -> None:
    """Fetch an item's page (or use the item's own content) and store it, once."""
    cfg = services.config
    where = item.link or item.key
    try:
        if item.link:
            page = await fetch(session, item.link)
            doc = read_bytes(page.body or b"", item.link, kind=_kind(page.content_type))
        elif entry is not None and entry.content:
            doc = read_bytes(entry.content.encode("utf-8"), "item.html", kind="html")
        else:
            raise SourceError("the item has neither a link nor content")
        if doc.published is None and item.published_on is not None:
            doc = dataclasses.replace(doc, published=item.published_on)
        if doc.title is None and item.title:
            doc = dataclasses.replace(doc, title=item.title)
        now = services.clock.now()
        extracted = extract_text(doc, None, now.astimezone(cfg.tz).date())
        saved = save_page(
            services.db,
            item.link or item.key,
            extracted.page,
            timezone=cfg.timezone,
            now=now,
            source=where,
        )
    except SourceError as exc:
        give_up = item.attempts + 1 >= cfg.feeds.max_item_attempts
        mark_item_failed(
            services.db,
            feed.id,
            item.key,
            error=str(exc),
            give_up=give_up,
            now=services.clock.now(),
        )
        report.item_errors.append(f"{where}: {exc}")
        log.warning("feed %s item %s: %s%s", feed.url, where, exc, " (given up)" if give_up else "")
        return
    mark_item_ingested(
        services.db, feed.id, item.key, article_id=saved.article_id, now=services.clock.now()
    )
    report.ingested += 1
    report.saved.append(saved)


def _kind(content_type: str) -> str | None:
    """Return the format a Content-Type names, or None to sniff the bytes."""
    media = content_type.split(";")[0].strip().lower()
    if media == "application/pdf":
        return "pdf"
    if media in ("text/html", "application/xhtml+xml"):
        return "html"
    return None


def admin_notice(report: FeedPollReport) -> str | None:
    """Return a message for the admins about feeds that started failing or work again.

    None when there is nothing new to tell: a feed is reported on its first failure and on
    recovery, not on every failed poll while it backs off.
    """
    lines = [
        f"⚠️ 订阅源抓取失败 (feed failing): {f.url}\n   {f.error}; "
        f"下次重试 next try {f.next_poll_at:%Y-%m-%d %H:%M} UTC"
        for f in report.failed
        if f.failures == 1
    ]
    lines += [f"✅ 订阅源恢复 (feed works again): {url}" for url in report.recovered]
    return "\n".join(lines) or None


def queue_admin_notice(services: Services, report: FeedPollReport) -> int:
    """Queue :func:`admin_notice` to every admin chat the bot knows; return how many queued.

    Sent through the outbox as an announcement (``broadcast`` rows), so delivery limits,
    quiet hours and retries apply as to any message.
    """
    import hashlib

    from storage.chats import get_chat
    from storage.outbox import enqueue
    from storage.records import NewReminder

    notice = admin_notice(report)
    if notice is None:
        return 0
    now = services.clock.now()
    digest = hashlib.sha256(f"{now.isoformat()}|{notice}".encode()).hexdigest()[:16]
    rows = [
        NewReminder(chat_id, "broadcast", now, f"feeds:{chat_id}:{digest}", None, {"text": notice})
        for chat_id in sorted(services.config.telegram.admin_chat_ids)
        if get_chat(services.db, chat_id) is not None
    ]
    if not rows:
        log.warning("feeds: no admin chat to tell: %s", notice)
        return 0
    return enqueue(services.db, rows, now=now)
