"""Wiring python-telegram-bot to the emulator: a builder and a polling context manager."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram.ext import Application, ApplicationBuilder

from .server import BotApiEmulator

TEST_TOKEN = "123:TEST"


def application_builder(emu: BotApiEmulator, token: str = TEST_TOKEN) -> ApplicationBuilder:
    """Return an ApplicationBuilder whose bot talks to ``emu`` (add handlers, then build)."""
    return (
        Application.builder().token(token).base_url(emu.base_url).base_file_url(emu.base_file_url)
    )


@asynccontextmanager
async def polling(
    app: Application, *, timeout: int = 1, **kwargs: object
) -> AsyncIterator[Application]:
    """Run ``app`` with long polling for the duration of the block, then shut it down.

    ``timeout`` is getUpdates' long-poll timeout: the emulator answers as soon as an update
    arrives, so it only bounds how long stopping takes.
    """
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=timeout, **kwargs)  # type: ignore[arg-type]
    try:
        yield app
    finally:
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()
