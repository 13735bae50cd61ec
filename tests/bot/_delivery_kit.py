"""The dispatcher test bench: real SQLite, ManualClock, real PTB Bot, emulator on that clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from bot.delivery import Dispatcher, DispatchStats
from bot.emulator import BotApiEmulator, SimUser
from bot.emulator.ptb import application_builder
from bot.send_limits import Limits, SendLimiter
from bot.services import Services
from storage import outbox
from tests.bot._reminder_kit import add_chat, local, make_services


@dataclass
class Env:
    services: Services
    emu: BotApiEmulator
    dispatcher: Dispatcher

    def at(self, text: str) -> None:
        self.services.clock.set(local(text))  # type: ignore[attr-defined]

    async def run(self) -> DispatchStats:
        return await self.dispatcher.run_due()

    def outcomes(self, reminder_id: int) -> list[str]:
        return [d.outcome for d in outbox.deliveries_for(self.services.db, reminder_id)]


@pytest.fixture
async def env(tmp_path, emulator_factory) -> AsyncIterator[Env]:  # noqa: F811
    services = make_services(tmp_path, "2023-04-13T08:00")
    # The emulator checks the limits on the same ManualClock (and dates messages by it).
    emulator = await emulator_factory(clock=services.clock, limits="record")
    app = application_builder(emulator).build()
    await app.initialize()
    # Limits on, measured on the ManualClock: waits become postponements, never sleeps.
    limiter = SendLimiter(Limits(), monotonic=lambda: services.clock.now().timestamp())
    dispatcher = Dispatcher(
        services, app.bot, limiter=limiter, backoff=(2.0, 60.0), inline_wait=0.0
    )
    try:
        yield Env(services, emulator, dispatcher)
    finally:
        await app.shutdown()
    assert emulator.violations == []


def user(env: Env, chat_id: int, **kw: object) -> SimUser:
    sim = env.emu.user(chat_id, **kw)  # type: ignore[arg-type]
    add_chat(
        env.services,
        chat_id,
        kind=sim.chat.type,
        language="en" if kw.get("language_code") == "en" else "zh",
    )
    return sim
