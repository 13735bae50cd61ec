"""Faults: 429 storms, 403, 5xx and slow answers; nothing is lost and other chats keep flowing.

The real dispatcher and the real PTB Bot against the emulator with Telegram's limits enforced,
both on one ManualClock: a wait is a postponement in the outbox, the test moves the clock and
runs the dispatcher again (no sleeping).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.scale import seed
from bot.clock import ManualClock
from bot.delivery import Dispatcher
from bot.emulator import BotApiEmulator
from bot.emulator.ptb import application_builder
from bot.send_limits import Limits, SendLimiter
from bot.services import Services
from storage import open_database, outbox
from storage.chats import get_chat
from storage.records import NewReminder
from tests.reliability.kit import T0, config_for

CHATS = range(1, 13)
PER_CHAT = 3


@dataclass
class Rig:
    clock: ManualClock
    services: Services
    emu: BotApiEmulator
    dispatcher: Dispatcher

    def pending(self) -> int:
        return outbox.outbox_counts(self.services.db).get("pending", 0)

    async def run_until_done(self, step: dt.timedelta, max_steps: int = 2000) -> int:
        """Advance the clock by ``step`` and dispatch until nothing is pending; return steps."""
        for n in range(max_steps):
            if not self.pending():
                return n
            self.clock.advance(step)
            await self.dispatcher.run_due()
        raise AssertionError(f"still {self.pending()} pending after {max_steps} steps")

    def texts(self, chat_id: int) -> list[str]:
        return [m.text for m in self.emu.messages(chat_id)]


@pytest.fixture
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    clock = ManualClock(T0)
    seed(tmp_path / "bot.db", events=PER_CHAT, chats=len(CHATS), now=T0)
    async with BotApiEmulator(clock=clock, limits=True) as emu:
        db = open_database(tmp_path / "bot.db")
        services = Services(config_for(tmp_path, emu.base_url), db, clock)
        events = [r[0] for r in db.execute("SELECT id FROM events ORDER BY id")]
        outbox.enqueue(
            db,
            [
                NewReminder(c, "reminder", T0, f"fault:{c}:{i}", events[i])
                for c in CHATS
                for i in range(PER_CHAT)
            ],
            now=T0,
        )
        for c in CHATS:
            emu.user(c)
        app = application_builder(emu, token=services.config.telegram.token or "").build()
        await app.initialize()
        limiter = SendLimiter(Limits(), monotonic=lambda: clock.now().timestamp())
        dispatcher = Dispatcher(
            services, app.bot, limiter=limiter, backoff=(2.0, 60.0), inline_wait=0.0
        )
        try:
            yield Rig(clock, services, emu, dispatcher)
        finally:
            await app.shutdown()
            db.close()
        assert emu.violations == []  # the dispatcher itself never broke a limit


def assert_all_sent_once(rig: Rig, chats: list[int]) -> None:
    for c in chats:
        texts = rig.texts(c)
        assert len(texts) == PER_CHAT and len(set(texts)) == PER_CHAT, (c, texts)
    counts = outbox.outbox_counts(rig.services.db)
    assert counts.get("pending", 0) == 0


async def test_one_chat_in_a_429_storm_waits_while_the_others_flow(rig: Rig) -> None:
    rig.emu.faults.add("429", method="sendMessage", chat_id=1, retry_after=30, count=4)
    rig.emu.faults.add("403", method="sendMessage", chat_id=2, count=None)
    rig.emu.faults.add("502", method="sendMessage", chat_id=3, count=2)
    rig.emu.faults.add("slow", method="sendMessage", chat_id=4, delay=0.3, count=None)

    await rig.dispatcher.run_due()
    assert rig.texts(1) == [] and rig.texts(2) == []
    assert all(len(rig.texts(c)) == 1 for c in CHATS if c > 3)  # the others flow at once

    steps = await rig.run_until_done(dt.timedelta(seconds=1))
    assert_all_sent_once(rig, [c for c in CHATS if c != 2])
    others_done = max(m.date for c in CHATS if c > 3 for m in rig.emu.messages(c))
    first_to_1 = min(m.date for m in rig.emu.messages(1))
    assert first_to_1 - others_done >= 60  # the storm held chat 1 for four retry_afters …
    assert steps < 200  # … and no longer than needed

    db = rig.services.db
    blocked = outbox.reminders_for(db, chat_id=2)
    assert [r.status for r in blocked] == ["failed", "cancelled", "cancelled"]  # recorded, kept
    assert all("blocked" in (r.last_error or "") for r in blocked)
    assert get_chat(db, 2).active is False  # type: ignore[union-attr]
    outcomes = [d.outcome for d in outbox.deliveries_of_chat(db, 3)]
    assert sorted(outcomes) == ["retry", "retry", "sent", "sent", "sent"]
    storm = outbox.deliveries_for(db, outbox.reminders_for(db, chat_id=1)[0].id)
    assert [d.outcome for d in storm].count("rate_limited") == 4
    assert {d.retry_after for d in storm if d.outcome == "rate_limited"} == {30.0}


async def test_a_5xx_storm_over_every_chat_loses_nothing(rig: Rig) -> None:
    rig.emu.faults.add("503", method="sendMessage", count=None, duration=12)
    await rig.dispatcher.run_due()
    assert all(rig.texts(c) == [] for c in CHATS)
    await rig.run_until_done(dt.timedelta(seconds=1))
    assert_all_sent_once(rig, list(CHATS))
    assert outbox.outbox_counts(rig.services.db) == {"sent": len(CHATS) * PER_CHAT}


async def test_a_global_429_storm_then_dropped_connections_lose_nothing(rig: Rig) -> None:
    rig.emu.faults.add("429", method="sendMessage", retry_after=5, count=20)
    rig.emu.faults.add("drop", method="sendMessage", count=5)
    await rig.run_until_done(dt.timedelta(seconds=1))
    assert_all_sent_once(rig, list(CHATS))
    assert outbox.outbox_counts(rig.services.db) == {"sent": len(CHATS) * PER_CHAT}
