"""The feed job through PTB's JobQueue objects, the outbox and the emulator: a new event from
a feed reaches the chat subscribed to alerts; a failing feed reaches the admin."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator

import pytest

from bot.config import FeedConfig, TelegramConfig, WatchConfig
from bot.delivery import Dispatcher
from bot.emulator.ptb import application_builder
from bot.emulator.pytest_plugin import emulator_factory  # noqa: F401 - fixture
from bot.jobs import FEEDS_JOB, WATCH_JOB, install_source_jobs
from bot.send_limits import Limits, SendLimiter
from bot.services import Services
from tests.bot._reminder_kit import add_chat, make_services

from .pages import article_html
from .server import Site, rss, start

ADMIN, READER = 1, 100


@pytest.fixture
async def site() -> AsyncIterator[Site]:
    s = Site()
    runner = await start(s)
    yield s
    await runner.cleanup()


@pytest.fixture
async def env(tmp_path, emulator_factory, site):  # noqa: F811
    base = make_services(tmp_path, "2023-04-14T07:00")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    cfg = dataclasses.replace(
        base.config,
        telegram=TelegramConfig(admin_chat_ids=frozenset({ADMIN})),
        feeds=FeedConfig(poll_minutes=30),
        watch=WatchConfig(dirs=(inbox,), settle_seconds=0),
    )
    services = Services(config=cfg, db=base.db, clock=base.clock)
    emulator = await emulator_factory(clock=services.clock, limits="record")
    app = application_builder(emulator).build()
    await app.initialize()
    limiter = SendLimiter(Limits(), monotonic=lambda: services.clock.now().timestamp())
    dispatcher = Dispatcher(services, app.bot, limiter=limiter, inline_wait=0.0)
    try:
        yield services, emulator, app, dispatcher
    finally:
        await app.shutdown()


async def test_feed_job_alerts_readers_and_tells_admins(env, site):
    services, emu, app, dispatcher = env
    admin = emu.user(ADMIN, "Admin")
    reader = emu.user(READER, "Reader")
    add_chat(services, ADMIN)
    add_chat(services, READER, topics=("alerts",))
    site.pages["/a.html"] = (
        200,
        "text/html",
        article_html(head_meta='<meta name="publishdate" content="2023-04-14">').encode(),
    )
    site.feeds["/rss.xml"] = rss("丰台报", [("urn:1", site.url("/a.html"), "书市")])
    from bot.feeds import subscribe_feed

    subscribe_feed(services, site.url("/rss.xml"))
    subscribe_feed(services, site.url("/gone.xml"))

    install_source_jobs(app, services)
    assert app.job_queue is not None
    assert len(app.job_queue.get_jobs_by_name(WATCH_JOB)) == 1
    [job] = app.job_queue.get_jobs_by_name(FEEDS_JOB)
    await job.run(app)  # the job itself, run directly: no waiting on the scheduler

    [rearmed] = app.job_queue.get_jobs_by_name(FEEDS_JOB)
    assert rearmed is not job  # re-armed for the next poll
    stats = await dispatcher.run_due()
    assert stats.sent == 2
    alert = await reader.next_message()
    assert "北京书市" in (alert.text or "")
    notice = await admin.next_message()
    assert "gone.xml" in (notice.text or "") and "HTTP 404" in (notice.text or "")
