"""The real Application over real HTTP: the emulator plays Telegram and the users."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.app import build_application, running
from bot.clock import Clock, ManualClock
from bot.config import Config, TelegramConfig
from bot.emulator import BotApiEmulator, SentMessage, SimUser
from bot.ingest import ingest_document
from bot.services import Services
from storage import open_database

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "bot" / "examples" / "fengtai-2023-04-14.txt"
SHANGHAI = dt.timezone(dt.timedelta(hours=8))
ADMIN = 900
TOKEN = "123456:TEST-secret-token-value"
START_AT = dt.datetime(2023, 4, 14, 7, 0, tzinfo=SHANGHAI)


@dataclasses.dataclass
class Harness:
    emu: BotApiEmulator
    app: object
    services: Services
    clock: Clock

    def user(
        self, chat_id: int = 42, language_code: str | None = "zh-hans", **kw: object
    ) -> SimUser:
        return self.emu.user(chat_id, language_code=language_code, **kw)  # type: ignore[arg-type]

    async def ask(self, user: SimUser, text: str, timeout: float = 10) -> SentMessage:
        """Send ``text`` and return the bot's next message in that chat."""
        user.skip_seen()
        await user.send(text)
        return await user.next_message(timeout=timeout)

    async def click(self, user: SimUser, message: SentMessage, label: str) -> None:
        """Click a button and wait until the bot answered the callback query."""
        user.skip_seen()
        query_id = await user.click(message, label)
        await user.answer(query_id, timeout=10)


def make_config(tmp_path: Path, base_url: str, **telegram: object) -> Config:
    tg = TelegramConfig(
        token=TOKEN,
        base_url=base_url,
        admin_chat_ids=frozenset({ADMIN}),
        **telegram,  # type: ignore[arg-type]
    )
    return Config(database=tmp_path / "bot.db", timezone="Asia/Shanghai", telegram=tg)


@asynccontextmanager
async def bot_running(
    tmp_path: Path, *, clock: Clock | None = None, ingest: bool = True
) -> AsyncIterator[Harness]:
    """Yield a harness: emulator, database with the sample page, the bot polling."""
    clock = clock or ManualClock(START_AT)
    async with BotApiEmulator(clock=clock, time_fn=time.monotonic, limits="record") as emu:
        config = make_config(tmp_path, emu.base_url)
        db = open_database(config.database)
        services = Services(config, db, clock)
        if ingest:
            ingest_document(db, SAMPLE, timezone=config.timezone, now=clock.now())
        app = build_application(services)
        async with running(app, poll_timeout=1):
            yield Harness(emu, app, services, clock)
        db.close()
