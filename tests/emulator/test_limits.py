"""Telegram's flood limits: the exact rules, enforcement as PTB sees it, the violation record."""

from __future__ import annotations

import datetime as dt

import pytest
from telegram import Bot
from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter

from bot.clock import ManualClock
from bot.emulator import BotApiEmulator, Limits, Violation
from bot.emulator.limits import LimitTracker
from bot.emulator.ptb import TEST_TOKEN, application_builder

EXACT = Limits(tolerance=0.0)


def accepted(times: list[float], chat_id: int, is_group: bool, limits: Limits = EXACT) -> list:
    tracker = LimitTracker(limits)
    return [tracker.check("sendmessage", chat_id, is_group, t) is None for t in times]


@pytest.mark.parametrize(
    ("times", "expected"),
    [
        pytest.param([0.0, 1.0, 2.0], [True, True, True], id="one-per-second"),
        pytest.param([0.0, 0.5], [True, False], id="half-second-apart"),
        pytest.param([0.0, 0.5, 1.0], [True, False, True], id="rejected-send-not-counted"),
        pytest.param([0.0, 0.999], [True, False], id="just-under"),
    ],
)
def test_private_rule(times: list[float], expected: list[bool]) -> None:
    assert accepted(times, 42, is_group=False) == expected


def test_private_tolerance_absorbs_jitter() -> None:
    assert accepted([0.0, 0.96], 42, False, Limits()) == [True, True]
    assert accepted([0.0, 0.94], 42, False, Limits()) == [True, False]


def test_group_rule_burst_of_twenty_then_one_every_three_seconds() -> None:
    assert accepted([0.0] * 21, -500, is_group=True) == [True] * 20 + [False]
    assert accepted([0.0] * 20 + [2.9, 3.0, 5.9, 6.0], -500, True) == [True] * 20 + [
        False,
        True,
        False,
        True,
    ]


def test_global_rule_thirty_per_second_over_all_chats() -> None:
    tracker = LimitTracker(EXACT)
    results = [tracker.check("sendmessage", chat, False, 0.0) for chat in range(1, 32)]
    assert all(r is None for r in results[:30])
    violation = results[30]
    assert violation is not None and violation.limit == "global"
    assert tracker.check("sendmessage", 99, False, 1 / 30) is None
    assert tracker.violations == [violation]


async def test_enforced_send_gets_429_and_is_recorded(emulator_factory) -> None:
    now = [1000.0]
    emu: BotApiEmulator = await emulator_factory(limits=True, time_fn=lambda: now[0])
    emu.user(42, "Ann")
    async with Bot(TEST_TOKEN, base_url=emu.base_url) as bot:
        await bot.send_message(42, "一")
        now[0] += 0.5
        with pytest.raises(RetryAfter) as info:
            await bot.send_message(42, "二")
        now[0] += 0.5
        await bot.send_message(42, "二")
        await bot.edit_message_text("改", 42, 1)  # edits are not sends
    assert info.value.retry_after == 1
    assert emu.violations == [Violation(1000.5, "sendmessage", 42, "private", 1)]
    assert [m.text for m in emu.messages(42)] == ["改", "二"]
    assert emu.stats.times[42] == [1000.0, 1001.0]


async def test_record_mode_delivers_and_records(emulator: BotApiEmulator) -> None:
    emulator.user(42, "Ann")
    async with Bot(TEST_TOKEN, base_url=emulator.base_url) as bot:
        await bot.send_message(42, "一")
        await bot.send_message(42, "二")
    assert len(emulator.messages(42)) == 2
    assert [v.limit for v in emulator.violations] == ["private"]


async def test_limits_off_checks_nothing(emulator_factory) -> None:
    emu: BotApiEmulator = await emulator_factory(limits=False)
    emu.user(42, "Ann")
    async with Bot(TEST_TOKEN, base_url=emu.base_url) as bot:
        for i in range(5):
            await bot.send_message(42, str(i))
    assert emu.violations == [] and emu.stats.total == 5


async def test_injected_clock_drives_limits_and_dates(emulator_factory) -> None:
    clock = ManualClock(dt.datetime(2023, 4, 14, 8, 0, tzinfo=dt.UTC))
    emu: BotApiEmulator = await emulator_factory(limits=True, clock=clock)
    emu.user(42, "Ann")
    async with Bot(TEST_TOKEN, base_url=emu.base_url) as bot:
        first = await bot.send_message(42, "一")
        clock.advance(dt.timedelta(seconds=1))
        second = await bot.send_message(42, "二")
        with pytest.raises(RetryAfter):
            await bot.send_message(42, "三")  # the simulated clock did not move
    assert first.date == dt.datetime(2023, 4, 14, 8, 0, tzinfo=dt.UTC)
    assert second.date == dt.datetime(2023, 4, 14, 8, 0, 1, tzinfo=dt.UTC)
    assert len(emu.violations) == 1


async def test_ptb_rate_limiter_stays_within_the_global_rule(strict_emulator) -> None:
    for chat in range(1, 46):
        strict_emulator.user(chat, f"U{chat}")
    app = application_builder(strict_emulator).rate_limiter(AIORateLimiter(max_retries=0)).build()
    async with app:
        for chat in range(1, 46):
            await app.bot.send_message(chat, "摘要")
    assert strict_emulator.violations == []
    assert strict_emulator.stats.total == 45
    # a full bucket of 30 at once, then one every 1/30 s: the last 15 take half a second
    stats = strict_emulator.stats
    assert stats.last_at is not None and stats.first_at is not None
    assert stats.last_at - stats.first_at >= 15 / 30 - 0.05


def test_sliding_windows_are_the_literal_reading() -> None:
    exact = Limits.sliding_windows(tolerance=0.0)
    tracker = LimitTracker(exact)
    # a full bucket at once, then one every 1/30 s: fine for the bucket, not for the window
    times = [0.0] * 30 + [k / 30 for k in range(1, 4)] + [1.0]
    results = [tracker.check("sendmessage", i, False, t) for i, t in enumerate(times)]
    assert [r is None for r in results] == [True] * 30 + [False] * 3 + [True]
    assert {r.limit for r in results if r} == {"global"}
    assert accepted([0.0] * 20 + [59.9, 60.0], -500, True, exact) == [True] * 20 + [False, True]
    assert accepted([0.0, 0.5, 1.0], 42, False, exact) == [True, False, True]


async def test_record_mode_uses_up_the_limits(emulator_factory) -> None:
    now = [0.0]
    emu: BotApiEmulator = await emulator_factory(limits="record", time_fn=lambda: now[0])
    emu.user(42, "Ann")
    async with Bot(TEST_TOKEN, base_url=emu.base_url) as bot:
        for t in (0.0, 0.5, 1.0, 1.5):
            now[0] = t
            await bot.send_message(42, f"{t}")
    # delivered sends count: 1.0 comes 0.5 s after the (delivered) send at 0.5
    assert [v.at for v in emu.violations] == [0.5, 1.0, 1.5]
