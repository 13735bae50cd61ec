"""A real HTTP server on 127.0.0.1 (ephemeral port) serving feeds and pages for the tests."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from aiohttp import web


@dataclass
class Site:
    """What the server serves; tests change it between polls."""

    feeds: dict[str, str] = field(default_factory=dict)  # path -> feed XML
    pages: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)  # path -> response
    validator: str = "etag"  # "etag" or "last-modified"
    hits: Counter[str] = field(default_factory=Counter)
    not_modified: Counter[str] = field(default_factory=Counter)
    base: str = ""

    def url(self, path: str) -> str:
        return self.base + path

    async def handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        self.hits[path] += 1
        if path in self.feeds:
            body = self.feeds[path].encode("utf-8")
            tag = '"' + hashlib.sha256(body).hexdigest()[:12] + '"'
            stamp = f"Fri, 14 Apr 2023 0{len(body) % 10}:00:00 GMT"
            if self.validator == "etag":
                if request.headers.get("If-None-Match") == tag:
                    self.not_modified[path] += 1
                    return web.Response(status=304)
                headers = {"ETag": tag}
            else:
                if request.headers.get("If-Modified-Since") == stamp:
                    self.not_modified[path] += 1
                    return web.Response(status=304)
                headers = {"Last-Modified": stamp}
            return web.Response(body=body, content_type="application/rss+xml", headers=headers)
        if path in self.pages:
            status, content_type, body = self.pages[path]
            return web.Response(status=status, body=body, content_type=content_type)
        return web.Response(status=404, text="not found")


def rss(title: str, items: list[tuple[str, str, str]]) -> str:
    """Return an RSS 2.0 document of (guid, link, title) items."""
    entries = "\n".join(
        f"<item><guid>{guid}</guid><link>{link}</link><title>{t}</title>"
        f"<pubDate>Fri, 14 Apr 2023 00:30:00 GMT</pubDate></item>"
        for guid, link, t in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{title}</title><link>http://127.0.0.1/</link><description>d</description>"
        f"{entries}</channel></rss>"
    )


def atom(title: str, items: list[tuple[str, str, str]]) -> str:
    entries = "\n".join(
        f'<entry><id>{guid}</id><link href="{link}"/><title>{t}</title>'
        f"<updated>2023-04-14T00:30:00Z</updated></entry>"
        for guid, link, t in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{title}</title><id>urn:x</id><updated>2023-04-14T00:30:00Z</updated>"
        f"{entries}</feed>"
    )


async def start(site: Site) -> web.AppRunner:
    app = web.Application()
    app.router.add_route("GET", "/{tail:.*}", site.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    port = runner.addresses[0][1]
    site.base = f"http://127.0.0.1:{port}"
    return runner
