"""``newscal run`` in webhook mode, end to end on loopback: the emulator POSTs updates to the
webhook server PTB starts for our Application, and a command gets its answer."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from pathlib import Path

import aiohttp

from bot.emulator import BotApiEmulator
from tests.bot.harness import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_newscal_run_with_a_webhook_answers_commands(tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/newscal/hook"
    config = tmp_path / "config.toml"
    config.write_text(
        f'database = "{tmp_path / "run.db"}"\n'
        "[telegram]\n"
        'mode = "webhook"\n'
        f'webhook_url = "{url}"\n'
        'webhook_listen = "127.0.0.1"\n'
        f"webhook_port = {port}\n",
        encoding="utf-8",
    )
    async with BotApiEmulator(limits=True) as emu:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "NEWSCAL_CONFIG": str(config),
            "TELEGRAM_BOT_TOKEN": "765432:HOOK-secret-token",
            "NEWSCAL_TELEGRAM_BASE_URL": emu.base_url,
        }
        # The clock is fixed in the afternoon, past the 08:00 digest and its grace: on the wall
        # clock a digest could arrive between the two answers.
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            *("-m", "bot.cli", "run", "--start-at", "2023-04-13T14:00+08:00"),
            env=env,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            ann = emu.user(42, "Ann")
            # Sent before the bot is up: Telegram (the emulator) keeps it until the webhook is
            # set, then posts it there.
            await ann.send("/start")
            welcome = await ann.next_message(timeout=30)
            await ann.send("/help")
            help_text = await ann.next_message(timeout=10)
            assert emu.world.webhook is not None and emu.world.webhook["url"] == url
            # An update posted without the secret Telegram echoes is refused.
            forged = {"update_id": 99, "message": {"message_id": 1, "date": 0, "text": "/help"}}
            async with aiohttp.ClientSession() as http, http.post(url, json=forged) as answer:
                refused = answer.status
        finally:
            proc.send_signal(signal.SIGINT)
            _, err = await asyncio.wait_for(proc.communicate(), timeout=30)
        assert proc.returncode == 0, err.decode()
    assert "/upcoming" in (welcome.text or "")
    assert "/search" in (help_text.text or "")
    assert refused == 403
    assert emu.violations == []
    assert b"HOOK-secret-token" not in err  # the log never shows the token
