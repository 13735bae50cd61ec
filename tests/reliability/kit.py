"""The bot as ``newscal run`` builds it, on an injected clock, against an emulator."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.app import build_application, running
from bot.clock import Clock, ManualClock
from bot.config import Config, TelegramConfig
from bot.emulator import BotApiEmulator
from bot.services import Services
from storage import open_database

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
T0 = dt.datetime(2023, 4, 14, 7, 0, tzinfo=SHANGHAI)
TOKEN = "777001:RELIABILITY-secret-token"
ADMIN = 900


def config_for(tmp_path: Path, base_url: str) -> Config:
    tg = TelegramConfig(token=TOKEN, base_url=base_url, admin_chat_ids=frozenset({ADMIN}))
    return Config(database=tmp_path / "bot.db", timezone="Asia/Shanghai", telegram=tg)


def manual_clock(at: dt.datetime = T0) -> ManualClock:
    return ManualClock(at)


@asynccontextmanager
async def emulator_on(clock: Clock, limits: object = "record") -> AsyncIterator[BotApiEmulator]:
    """An emulator dating messages by ``clock`` and judging limits in real seconds."""
    async with BotApiEmulator(clock=clock, time_fn=time.monotonic, limits=limits) as emu:  # type: ignore[arg-type]
        yield emu


@asynccontextmanager
async def bot_on(
    emu: BotApiEmulator, tmp_path: Path, clock: Clock
) -> AsyncIterator[tuple[object, Services]]:
    """Run the bot (``build_application``, jobs installed by its post_init) until the block ends."""
    config = config_for(tmp_path, emu.base_url)
    db = open_database(config.database)
    services = Services(config, db, clock)
    app = build_application(services)
    try:
        async with running(app, poll_timeout=1):
            yield app, services
    finally:
        db.close()
