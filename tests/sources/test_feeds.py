"""Feeds from a local HTTP server: items ingested once, conditional requests, back-off."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.config import Config, FeedConfig
from bot.feeds import (
    FeedUrlError,
    admin_notice,
    backoff,
    check_feed_url,
    poll_feeds,
    subscribe_feed,
)
from bot.services import Services
from sources import SourceError
from sources.feeds import parse_feed
from storage.events import list_events
from storage.feeds import get_feed, item_counts, list_feeds, remove_feed

from .pages import article_html
from .server import Site, atom, rss, start

STORIES = {
    "/news/1.html": ("区图书馆读书会", "4月20日，丰台区图书馆举办春季读书会，欢迎市民参加。"),
    "/news/2.html": ("宛平城灯光秀", "4月28日至5月3日，宛平城将举办灯光秀，每晚准时亮灯。"),
    "/news/3.html": ("园博园花展", "5月10日，园博园郁金香花展开幕，展期一个月。"),
    "/news/4.html": ("青龙湖半程马拉松", "5月21日，青龙湖半程马拉松鸣枪开跑，报名已经开始。"),
}

FILLER = "本报记者现场探访了准备工作，各项筹备工作已基本就绪，届时将有大批市民参与。"


def _page(path: str) -> tuple[int, str, bytes]:
    title, sentence = STORIES[path]
    html = article_html(
        title=title,
        paragraphs=(
            sentence,
            "本报记者现场探访了准备工作，各项筹备工作已基本就绪，届时将有大批市民参与。",
        ),
        head_meta='<meta name="publishdate" content="2023-04-14">',
    )
    return 200, "text/html", html.encode("utf-8")


@pytest.fixture
async def site():
    s = Site()
    for path in STORIES:
        s.pages[path] = _page(path)
    runner = await start(s)
    yield s
    await runner.cleanup()


@pytest.fixture
def services(db, clock):
    cfg = Config(feeds=FeedConfig(poll_minutes=30, max_backoff_minutes=240, timeout_seconds=5))
    return Services(config=cfg, db=db, clock=clock)


def _items(site: Site, n: int) -> list[tuple[str, str, str]]:
    paths = list(STORIES)[:n]
    return [(f"urn:fengtai:{i}", site.url(p), STORIES[p][0]) for i, p in enumerate(paths, 1)]


@pytest.mark.parametrize("validator", ["etag", "last-modified"])
async def test_three_items_once_then_nothing_then_the_new_one(site, services, validator):
    site.validator = validator
    site.feeds["/rss.xml"] = rss("丰台报", _items(site, 3))
    subscribe_feed(services, site.url("/rss.xml"))

    first = await poll_feeds(services)
    assert (first.polled, first.new_items, first.ingested, first.failed) == (1, 3, 3, [])
    assert first.new_events >= 3
    found = list_events(services.db)
    assert {e.start for e in found} >= {dt.date(2023, 4, 20), dt.date(2023, 5, 10)}
    assert all("首页" not in e.title for e in found)  # navigation left out
    feed = get_feed(services.db, site.url("/rss.xml"))
    assert feed is not None and feed.title == "丰台报" and (feed.etag or feed.last_modified)

    second = await poll_feeds(services)
    assert (second.polled, second.not_modified, second.new_items, second.ingested) == (1, 1, 0, 0)
    assert site.not_modified["/rss.xml"] == 1
    assert all(site.hits[p] == 1 for p in list(STORIES)[:3])

    site.feeds["/rss.xml"] = rss("丰台报", _items(site, 4))
    third = await poll_feeds(services)
    assert (third.new_items, third.ingested) == (1, 1)
    assert site.hits["/news/4.html"] == 1 and site.hits["/news/1.html"] == 1
    assert item_counts(services.db, feed.id) == {"ingested": 4}


async def test_atom_feed(site, services):
    site.feeds["/atom.xml"] = atom("丰台报 Atom", _items(site, 2))
    subscribe_feed(services, site.url("/atom.xml"))
    report = await poll_feeds(services)
    assert (report.new_items, report.ingested) == (2, 2)


async def test_broken_feed_backs_off_is_reported_and_never_stops_the_others(site, services, clock):
    site.feeds["/rss.xml"] = rss("丰台报", _items(site, 2))
    site.pages["/broken.xml"] = (200, "application/rss+xml", b"<rss><channel><item><title>x")
    site.pages["/gone.xml"] = (500, "text/plain", b"oops")
    for path in ("/broken.xml", "/gone.xml", "/rss.xml"):
        subscribe_feed(services, site.url(path))

    report = await poll_feeds(services)
    assert report.ingested == 2
    errors = {f.url.rsplit("/", 1)[1]: f for f in report.failed}
    assert set(errors) == {"broken.xml", "gone.xml"}
    assert errors["gone.xml"].error == "HTTP 500 Internal Server Error"
    assert "feed" in errors["broken.xml"].error and "\n" not in errors["broken.xml"].error
    assert errors["gone.xml"].next_poll_at == clock.now() + dt.timedelta(minutes=30)
    notice = admin_notice(report)
    assert notice is not None and "gone.xml" in notice and "broken.xml" in notice

    # Backing off: not asked again before its time.
    hits = site.hits["/gone.xml"]
    again = await poll_feeds(services)
    assert again.backing_off == 2 and site.hits["/gone.xml"] == hits
    assert admin_notice(again) is None

    clock.advance(dt.timedelta(minutes=31))
    third = await poll_feeds(services)
    gone = next(f for f in third.failed if f.url.endswith("gone.xml"))
    assert gone.failures == 2
    assert gone.next_poll_at == clock.now() + dt.timedelta(minutes=60)
    assert admin_notice(third) is None  # reported once, not on every failure

    site.pages["/gone.xml"] = (200, "application/rss+xml", rss("回来了", []).encode())
    clock.advance(dt.timedelta(minutes=61))
    fourth = await poll_feeds(services)
    assert site.url("/gone.xml") in fourth.recovered
    assert "works again" in (admin_notice(fourth) or "")
    feed = get_feed(services.db, site.url("/gone.xml"))
    assert feed is not None and feed.failures == 0 and feed.next_poll_at is None


async def test_unreachable_feed(services, site):
    subscribe_feed(services, "http://127.0.0.1:9/feed.xml")  # discard port: refused
    report = await poll_feeds(services)
    assert report.failed and report.failed[0].error.startswith("cannot fetch")


async def test_item_page_errors_are_retried_then_given_up(site, services, clock):
    site.pages["/news/2.html"] = (404, "text/plain", b"no")
    site.pages["/news/3.html"] = (200, "text/html", _page("/news/3.html")[2][:600])  # truncated
    site.feeds["/rss.xml"] = rss("丰台报", _items(site, 3))
    feed, _ = subscribe_feed(services, site.url("/rss.xml"))

    first = await poll_feeds(services)
    assert first.ingested == 1 and len(first.item_errors) == 2
    assert any("HTTP 404" in e for e in first.item_errors)
    assert any("truncated HTML" in e for e in first.item_errors)
    assert first.failed == []  # the feed itself works

    site.pages["/news/3.html"] = _page("/news/3.html")  # fixed
    second = await poll_feeds(services)  # 304 for the feed, the pending items are retried
    assert second.not_modified == 1 and second.ingested == 1
    await poll_feeds(services)
    assert item_counts(services.db, feed.id) == {"ingested": 2, "failed": 1}
    fourth = await poll_feeds(services)
    assert fourth.item_errors == []


async def test_item_without_link_uses_its_content(site, services):
    site.feeds["/rss.xml"] = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        "<item><guid>urn:only-content</guid><title>读书会</title>"
        "<pubDate>Fri, 14 Apr 2023 00:30:00 GMT</pubDate><description><![CDATA[<p>"
        + STORIES["/news/1.html"][1]
        + "</p>]]></description></item></channel></rss>"
    )
    subscribe_feed(services, site.url("/rss.xml"))
    report = await poll_feeds(services)
    assert report.ingested == 1 and report.new_events == 1
    event = list_events(services.db)[0]
    assert event.start == dt.date(2023, 4, 20) and event.published_on == dt.date(2023, 4, 14)


def test_subscribe_list_remove(services):
    feed, new = subscribe_feed(services, " https://example.org/rss.xml ")
    assert new and feed.url == "https://example.org/rss.xml"
    assert subscribe_feed(services, feed.url)[1] is False
    assert [f.url for f in list_feeds(services.db)] == [feed.url]
    assert remove_feed(services.db, feed.url) is True
    assert remove_feed(services.db, feed.url) is False
    assert list_feeds(services.db) == []


@pytest.mark.parametrize("url", ["ftp://x/feed", "example.org/rss", "", "http://"])
def test_bad_feed_url(url):
    with pytest.raises(FeedUrlError):
        check_feed_url(url)


@pytest.mark.parametrize(
    "failures, minutes", [(1, 30), (2, 60), (3, 120), (4, 240), (5, 240), (50, 240)]
)
def test_backoff_doubles_up_to_the_limit(failures, minutes):
    assert backoff(failures, 30, 240) == dt.timedelta(minutes=minutes)


@pytest.mark.parametrize(
    "data",
    [b"<html><body>not a feed</body></html>", b"", b"\x00\x01binary", b"<rss><channel><item>"],
    ids=["html", "empty", "binary", "cut"],
)
def test_parse_feed_rejects_non_feeds(data):
    with pytest.raises(SourceError):
        parse_feed(data)


def test_config_keys():
    from bot.config import load_config

    assert dataclasses.asdict(load_config(None, environ={}).feeds)["poll_minutes"] == 30
