"""The bot as ``newscal run`` builds it, on an injected clock, against an emulator."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.app import build_application, running
from bot.clock import Clock, ManualClock
from bot.config import Config, TelegramConfig
from bot.emulator import BotApiEmulator, SentMessage
from bot.ingest import ingest_document
from bot.services import Services
from storage import open_database

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
T0 = dt.datetime(2023, 4, 14, 7, 0, tzinfo=SHANGHAI)
TOKEN = "777001:RELIABILITY-secret-token"
ADMIN = 900


def config_for(
    tmp_path: Path, base_url: str, admins: frozenset[int] = frozenset({ADMIN})
) -> Config:
    tg = TelegramConfig(token=TOKEN, base_url=base_url, admin_chat_ids=admins)
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
    emu: BotApiEmulator,
    tmp_path: Path,
    clock: Clock,
    admins: frozenset[int] = frozenset({ADMIN}),
) -> AsyncIterator[tuple[object, Services]]:
    """Run the bot (``build_application``, jobs installed by its post_init) until the block ends."""
    config = config_for(tmp_path, emu.base_url, admins)
    db = open_database(config.database)
    services = Services(config, db, clock)
    app = build_application(services)
    try:
        async with running(app, poll_timeout=1):
            yield app, services
    finally:
        db.close()


class LiveBot:
    """The bot and the emulator on an event loop in a thread, for synchronous hypothesis tests.

    ``ask(chat_id, text)`` sends a message and returns the bot's next message in that chat;
    ``errors`` collects every ERROR record the bot logs.
    """

    def __init__(self, tmp_path: Path, admins: frozenset[int], sample: Path | None) -> None:
        self.tmp_path, self.admins, self.sample = tmp_path, admins, sample
        self.clock = manual_clock()
        self.errors: list[str] = []
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_until_complete, args=(self._main(),))
        self._failure: BaseException | None = None

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        try:
            async with emulator_on(self.clock) as emu:
                self.emu = emu
                if self.sample is not None:
                    db = open_database(self.tmp_path / "bot.db")
                    ingest_document(db, self.sample, timezone="Asia/Shanghai", now=T0)
                    db.close()
                async with bot_on(emu, self.tmp_path, self.clock, self.admins) as (app, services):
                    self.app, self.services = app, services
                    self._ready.set()
                    await self._stop.wait()
        except BaseException as exc:  # reported by start()
            self._failure = exc
            self._ready.set()

    def __enter__(self) -> LiveBot:
        handler = _ErrorCollector(self.errors)
        logging.getLogger("newscal").addHandler(handler)
        self._handler = handler
        self.thread.start()
        if not self._ready.wait(60) or self._failure is not None:
            raise RuntimeError("the bot did not start") from self._failure
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._stop is not None
        self.loop.call_soon_threadsafe(self._stop.set)
        self.thread.join(60)
        self.loop.close()
        logging.getLogger("newscal").removeHandler(self._handler)

    def run(self, coro: Any, timeout: float = 60) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def ask(self, chat_id: int, text: str, timeout: float = 20) -> SentMessage:
        async def go() -> SentMessage:
            user = self.emu.user(chat_id)
            user.skip_seen()
            await user.send(text)
            return await user.next_message(timeout=timeout)

        return self.run(go(), timeout + 5)

    def upload(
        self, chat_id: int, data: bytes, filename: str, caption: str = "/ingest"
    ) -> SentMessage:
        async def go() -> SentMessage:
            user = self.emu.user(chat_id)
            user.skip_seen()
            await user.send_document(data, filename, caption=caption)
            return await user.next_message(timeout=60)

        return self.run(go(), 90)


class _ErrorCollector(logging.Handler):
    def __init__(self, sink: list[str]) -> None:
        super().__init__(logging.ERROR)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        self.sink.append(record.getMessage())
