"""RSS and Atom feeds: conditional HTTP requests (aiohttp) and parsing (feedparser).

Nothing here knows the database: the use case in ``bot/feeds.py`` keeps the validators
(ETag, Last-Modified), the items already taken and the back-off.
"""

from __future__ import annotations

import asyncio
import calendar
import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

import aiohttp

from .errors import SourceError

MAX_BYTES = 20 * 1024 * 1024  # a feed or page larger than this is refused
USER_AGENT = "newscal (+https://github.com/newscal)"


@dataclass(frozen=True, slots=True)
class Fetched:
    """One HTTP response: ``body`` is None when the server said 304 Not Modified."""

    url: str
    body: bytes | None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""

    @property
    def not_modified(self) -> bool:
        return self.body is None


@dataclass(frozen=True, slots=True)
class Entry:
    """One feed item."""

    key: str  # id (guid), else link, else a hash of title and date
    link: str | None
    title: str | None
    published_at: dt.datetime | None  # aware, UTC
    content: str | None  # the item's own HTML (content or summary), when it has one


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    entries: tuple[Entry, ...]


async def fetch(
    session: aiohttp.ClientSession,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Fetched:
    """Return the response to a GET of ``url``, conditional on the validators given.

    Raises SourceError (one line) for network errors, time-outs, HTTP errors and bodies cut
    short.
    """
    headers = {"User-Agent": USER_AGENT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        async with session.get(url, headers=headers) as resp:
            if resp.status == 304:
                return Fetched(url, None, etag, last_modified)
            if resp.status >= 400:
                raise SourceError(f"HTTP {resp.status} {resp.reason or ''}".strip())
            if resp.content_length is not None and resp.content_length > MAX_BYTES:
                raise SourceError(f"too large ({resp.content_length} bytes)")
            body = await resp.content.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                raise SourceError(f"too large (over {MAX_BYTES} bytes)")
            return Fetched(
                url,
                body,
                resp.headers.get("ETag"),
                resp.headers.get("Last-Modified"),
                resp.headers.get("Content-Type", ""),
            )
    except SourceError:
        raise
    except aiohttp.ClientPayloadError:
        raise SourceError("the response was cut short") from None
    except aiohttp.InvalidURL:
        raise SourceError("not a valid URL") from None
    except aiohttp.ClientError as exc:
        raise SourceError(f"cannot fetch ({exc.__class__.__name__}: {exc})") from None
    except TimeoutError:
        raise SourceError("timed out") from None
    except asyncio.CancelledError:
        raise


_ROOTS = ((b"<rss", b"</rss>"), (b"<feed", b"</feed>"), (b"<rdf:rdf", b"</rdf:rdf>"))


def parse_feed(data: bytes) -> ParsedFeed:
    """Return the title and items of an RSS or Atom document.

    Raises SourceError when ``data`` is not a feed (an HTML page, broken XML without items).
    """
    import feedparser

    lowered = data.lower()
    for opening, closing in _ROOTS:
        if opening in lowered[:4096] and closing not in lowered:
            # feedparser would read the items before the cut; a cut feed is refused whole
            # and read again on the next poll.
            raise SourceError(f"broken feed: truncated (no closing {closing.decode()})")
    parsed: Any = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({str(reason).splitlines()[0]})" if reason else ""
        raise SourceError(f"not an RSS or Atom feed{detail}")
    if parsed.get("bozo") and not parsed.entries:
        raise SourceError(f"broken feed ({str(parsed.bozo_exception).splitlines()[0]})")
    entries = tuple(_entry(e) for e in parsed.entries)
    return ParsedFeed(title=parsed.feed.get("title") or None, entries=entries)


def _entry(e: Any) -> Entry:
    link = e.get("link") or None
    if link and not link.lower().startswith(("http://", "https://")):
        link = None  # an RSS <guid> taken for a permalink: "urn:…", "tag:…"
    title = e.get("title") or None
    stamp = e.get("published_parsed") or e.get("updated_parsed")
    published = (
        dt.datetime.fromtimestamp(calendar.timegm(stamp), dt.UTC) if stamp is not None else None
    )
    key = e.get("id") or link
    if not key:
        key = "hash:" + hashlib.sha256(f"{title}|{published}".encode()).hexdigest()[:16]
    content = None
    if e.get("content"):
        content = e.content[0].get("value") or None
    elif e.get("summary"):
        content = e.summary
    return Entry(key=key, link=link, title=title, published_at=published, content=content)
