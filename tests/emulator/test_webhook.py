"""setWebhook: updates are POSTed to the bot's URL in order; failures are retried."""

from __future__ import annotations

import asyncio

from aiohttp import web
from telegram import Bot

from bot.emulator import BotApiEmulator
from bot.emulator.ptb import TEST_TOKEN


async def test_updates_are_posted_to_the_webhook(emulator: BotApiEmulator) -> None:
    received: asyncio.Queue[tuple[str | None, dict]] = asyncio.Queue()
    failures = [1]

    async def hook(request: web.Request) -> web.Response:
        if failures[0]:
            failures[0] -= 1
            return web.Response(status=500)
        token = request.headers.get("X-Telegram-Bot-Api-Secret-Token")
        await received.put((token, await request.json()))
        return web.Response()

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        async with Bot(TEST_TOKEN, base_url=emulator.base_url) as bot:
            await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cret")
            ann = emulator.user(42, "Ann")
            await ann.send("/start")
            await ann.send("/help")
            first = await asyncio.wait_for(received.get(), 5)
            second = await asyncio.wait_for(received.get(), 5)
            info = await bot.get_webhook_info()
            await bot.delete_webhook()
            assert await bot.get_updates(timeout=0) == ()
    finally:
        await runner.cleanup()
    assert first[0] == "s3cret"
    assert [first[1]["message"]["text"], second[1]["message"]["text"]] == ["/start", "/help"]
    assert info.pending_update_count == 0
    assert info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"
