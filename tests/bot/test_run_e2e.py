"""``newscal run`` as a user starts it: a subprocess polling the emulator, with a scaled clock."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from bot.emulator import BotApiEmulator
from tests.bot.harness import ROOT, SAMPLE


async def test_newscal_run_with_start_at_and_speed_serves_and_stops(tmp_path: Path) -> None:
    db = tmp_path / "run.db"
    token = "654321:RUN-secret-token"
    async with BotApiEmulator(limits="record") as emu:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "TELEGRAM_BOT_TOKEN": token,
            "NEWSCAL_DATABASE": str(db),
            "NEWSCAL_TELEGRAM_BASE_URL": emu.base_url,
            "NEWSCAL_ADMIN_CHAT_IDS": "77",
        }
        ingest = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "ingest", str(SAMPLE), env=env
        )
        assert await ingest.wait() == 0
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.cli",
            "run",
            "--start-at",
            "2023-04-13T08:00+08:00",
            "--speed",
            "60",
            env=env,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            admin = emu.user(77)
            await admin.send("/stats")
            stats = await admin.wait_for(lambda m: "统计" in (m.text or ""), timeout=30)
            assert "时钟：2023-04-13 08:0" in stats.text  # the scaled clock, a few minutes in
            await admin.send("/upcoming 4月14日")
            listing = await admin.wait_for(lambda m: "书市" in (m.text or ""), timeout=10)
            assert "2023年4月14日（周五）" in listing.text
            assert [c["command"] for c in emu.commands][:2] == ["start", "upcoming"]
        finally:
            proc.send_signal(signal.SIGINT)
            _, err = await asyncio.wait_for(proc.communicate(), timeout=30)
        assert proc.returncode == 0, err.decode()
        assert b"RUN-secret-token" not in err  # the log never shows the token
