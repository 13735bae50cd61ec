"""Telegram's limits in real time against the strict emulator (a breach would be a 429)."""

from __future__ import annotations

import asyncio
import time

from bot.delivery import Dispatcher
from bot.emulator.ptb import application_builder
from bot.emulator.pytest_plugin import strict_emulator  # noqa: F401 - fixture
from bot.send_limits import NO_LIMITS, Limits, SendLimiter, SharedRateLimiter
from storage import outbox
from tests.bot._reminder_kit import add_chat, make_services, queue_broadcasts


async def test_overall_and_private_limits_hold_without_stalling(tmp_path, strict_emulator):  # noqa: F811
    services = make_services(tmp_path, "2023-04-13T08:00")
    for chat_id in range(100, 145):
        strict_emulator.user(chat_id)
        add_chat(services, chat_id)
        queue_broadcasts(services, chat_id, 1)
    strict_emulator.user(7)
    add_chat(services, 7)
    queue_broadcasts(services, 7, 3)
    app = application_builder(strict_emulator).build()
    await app.initialize()
    try:
        started = time.monotonic()
        stats = await Dispatcher(services, app.bot, limits=Limits()).run_due()
        elapsed = time.monotonic() - started
    finally:
        await app.shutdown()
    assert stats.sent == 48
    assert strict_emulator.violations == []
    assert strict_emulator.stats.peak(1.0) <= 30
    assert strict_emulator.stats.min_spacing(7) >= 0.95
    # 48 messages at 30/s and three a second apart to one chat: about two seconds, not 48
    # (the bound is loose for loaded test machines).
    assert 1.9 < elapsed < 12.0


async def test_limits_off_is_fast(tmp_path, strict_emulator):  # noqa: F811
    strict_emulator.limits = False
    services = make_services(tmp_path, "2023-04-13T08:00")
    strict_emulator.user(7)
    add_chat(services, 7)
    queue_broadcasts(services, 7, 200)
    app = application_builder(strict_emulator).build()
    await app.initialize()
    try:
        stats = await Dispatcher(services, app.bot, limits=NO_LIMITS).run_due()
    finally:
        await app.shutdown()
    assert stats.sent == 200
    assert outbox.outbox_counts(services.db) == {"sent": 200}


def test_limiter_windows_with_a_fake_clock():
    now = [0.0]
    limiter = SendLimiter(Limits(), monotonic=lambda: now[0])
    for _ in range(20):
        assert limiter.chat_wait(-1, "group") == 0
        limiter.record(-1, "group")
    assert limiter.chat_wait(-1, "group") == 60.05
    assert limiter.chat_wait(2, "private") == 0
    limiter.record(2, "private")
    assert limiter.chat_wait(2, "private") == 1.05
    for n in range(8):
        limiter.record(3 + n, "private")
    assert limiter.overall_wait() == 0  # 29 so far
    limiter.record(11, "private")
    assert limiter.overall_wait() == 1.05  # 30 sends in this instant
    limiter.block(5, 30)
    assert limiter.chat_wait(5, "private") == 30
    now[0] = 61.0
    assert limiter.chat_wait(-1, "group") == 0 and limiter.overall_wait() == 0
    limiter.forget_idle()
    assert limiter.chat_wait(5, "private") == 0


async def test_replies_and_reminders_share_one_count(tmp_path, strict_emulator):  # noqa: F811
    services = make_services(tmp_path, "2023-04-13T08:00")
    strict_emulator.user(7)
    add_chat(services, 7)
    queue_broadcasts(services, 7, 2)
    app = application_builder(strict_emulator).rate_limiter(SharedRateLimiter()).build()
    await app.initialize()
    try:
        dispatcher = Dispatcher(services, app.bot, inline_wait=5.0)
        assert dispatcher.limiter is app.bot.rate_limiter.limiter
        replies = [app.bot.send_message(7, f"回复 {n}") for n in range(2)]
        stats, *_ = await asyncio.gather(dispatcher.run_due(), *replies)
    finally:
        await app.shutdown()
    assert stats.sent == 2 and len(strict_emulator.user(7).messages) == 4
    assert strict_emulator.violations == []
    assert strict_emulator.stats.min_spacing(7) >= 0.95
