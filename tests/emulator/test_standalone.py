"""``python -m bot.emulator`` as its own process, driven through the control API."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from pathlib import Path

import aiohttp
from telegram import Bot

from bot.emulator.ptb import TEST_TOKEN

ROOT = Path(__file__).resolve().parents[2]


async def test_standalone_process_serves_ptb_and_the_control_api() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.emulator",
        "--port",
        "0",
        "--limits",
        "record",
        stdout=asyncio.subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        line = (await asyncio.wait_for(proc.stdout.readline(), 10)).decode()
        match = re.search(r"base_url (http://127\.0\.0\.1:\d+)/bot ", line)
        assert match, line
        url = match.group(1)
        async with aiohttp.ClientSession() as http:

            async def control(verb: str, action: str, **body):
                async with http.request(verb, f"{url}/_emulator/{action}", json=body) as r:
                    return (await r.json())["result"]

            await control("POST", "send", chat_id=42, first_name="Ann", text="/start")
            async with Bot(TEST_TOKEN, base_url=f"{url}/bot") as bot:
                [update] = await bot.get_updates(timeout=5)
                assert update.message.text == "/start"
                await bot.send_message(42, "<b>欢迎</b>", parse_mode="HTML")
                await bot.send_message(42, "第二条")
            assert await control("GET", "wait?chat_id=42&count=2&timeout=5") == 2
            messages = await control("GET", "messages?chat_id=42")
            stats = await control("GET", "stats")
            violations = await control("GET", "violations")
            fault = await control("POST", "faults", kind="429", method="sendMessage", retry_after=5)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, _ = await asyncio.wait_for(proc.communicate(), 10)
    assert [m["text"] for m in messages] == ["欢迎", "第二条"]
    assert messages[0]["source"] == "<b>欢迎</b>"
    assert stats["sends"] == 2
    assert [v["limit"] for v in violations] == ["private"]
    assert fault["retry_after"] == 5
    assert proc.returncode == 0
    assert b"2 sends, 1 violations" in out
