"""Security: admin commands refuse others, the token never shows, floods stop, the file is 0600."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.scale import ROOT, newscal_env
from bot.app import configure_logging
from bot.emulator import BotApiEmulator
from bot.i18n import t
from storage import open_database, outbox
from storage.events import count_events
from tests.reliability.kit import ADMIN, TOKEN, bot_on, emulator_on, manual_clock

SAMPLE = ROOT / "bot" / "examples" / "fengtai-2023-04-14.txt"
SECRET = TOKEN.split(":")[1]


async def test_non_admins_cannot_ingest_broadcast_or_read_stats(tmp_path: Path) -> None:
    clock = manual_clock()
    async with emulator_on(clock) as emu, bot_on(emu, tmp_path, clock) as (_, services):
        eve = emu.user(42, "Eve")
        refusal = t("zh", "admin_only")
        for text in ("/stats", "/broadcast 大家好", "/ingest", "/broadcast@newscal_test_bot 嗨"):
            await eve.send(text)
            assert (await eve.next_message(timeout=10)).text == refusal, text
        doc = await eve.send_document(SAMPLE.read_bytes(), SAMPLE.name, caption="/ingest")
        assert (await eve.next_message(timeout=10)).text == refusal
        await eve.reply_to(doc, "/ingest")
        assert (await eve.next_message(timeout=10)).text == refusal
        assert count_events(services.db) == 0
        assert outbox.outbox_counts(services.db) == {}
        admin = emu.user(ADMIN, "Ada")  # the same commands work for the admin
        await admin.send_document(SAMPLE.read_bytes(), SAMPLE.name, caption="/ingest")
        assert "丰台" in (await admin.next_message(timeout=20)).text
        assert count_events(services.db) > 0


async def test_a_command_flood_gets_one_notice_then_silence_until_the_minute_is_over(
    tmp_path: Path,
) -> None:
    clock = manual_clock()
    async with emulator_on(clock) as emu, bot_on(emu, tmp_path, clock) as (_, services):
        flooder, probe = emu.user(50), emu.user(51)
        for n in range(40):
            await flooder.send(f"/upcoming {n % 5 + 1}")
        await flooder.wait_for(
            lambda m: m.text == t("zh", "flood"), timeout=40
        )  # 21 replies at 1 per second
        await probe.send("/help")  # updates are handled in order: once this is answered …
        await probe.next_message(timeout=10)
        texts = [m.text for m in flooder.messages]  # … the 40 were all handled
        assert len(texts) == 21 and texts[-1] == t("zh", "flood")
        clock.advance(dt.timedelta(seconds=61))
        await flooder.send("/help")
        assert "/upcoming" in (await flooder.wait_for(lambda m: "/search" in m.text, 10)).text


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o000)  # the most permissive umask: the 0600 must come from the code
    try:
        yield
    finally:
        os.umask(old)


def test_the_database_and_its_wal_files_are_owner_only(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "sub" / "newscal.db"
    db = open_database(path)
    db.execute("CREATE TABLE IF NOT EXISTS probe (x)")
    db.execute("INSERT INTO probe VALUES (1)")
    db.conn.commit()
    files = [p for p in path.parent.iterdir()]
    assert {p.name for p in files} >= {"newscal.db", "newscal.db-wal", "newscal.db-shm"}
    assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
    db.close()


def test_newscal_ingest_creates_an_owner_only_database(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "cli.db"
    env = newscal_env(path, "http://127.0.0.1:9/bot", TOKEN)
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ingest", str(SAMPLE)],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert _mode(path) == 0o600


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def captured_logs() -> Iterator[_Capture]:
    """Every log record at DEBUG, through the filter ``newscal run`` installs."""
    root = logging.getLogger()
    capture = _Capture()
    levels = {name: logging.getLogger(name).level for name in ("", "httpx", "telegram")}
    root.addHandler(capture)
    configure_logging(TOKEN, logging.DEBUG)
    logging.getLogger("telegram").setLevel(logging.DEBUG)
    try:
        yield capture
    finally:
        root.removeHandler(capture)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


async def test_the_token_never_shows_in_logs_or_replies_when_things_fail(
    tmp_path: Path, captured_logs: _Capture
) -> None:
    clock = manual_clock()
    async with emulator_on(clock) as emu, bot_on(emu, tmp_path, clock) as (_, services):
        emu.faults.add("500", method="sendMessage", chat_id=61, count=2)  # reply and apology
        emu.faults.add("drop", method="getUpdates", count=1)
        emu.faults.add("400", method="sendMessage", chat_id=62, count=1, description=TOKEN)
        for chat_id in (61, 62, 63):
            await emu.user(chat_id).send("/upcoming")
        assert await emu.user(63).next_message(timeout=15)
        assert await emu.user(62).next_message(timeout=15)  # the apology after the 400
        await emu.user(61).send("/help")  # handled after the failed one
        assert await emu.user(61).next_message(timeout=15)
    text = "\n".join(captured_logs.lines)
    assert "error handling update" in text  # the failures were logged …
    assert TOKEN not in text and SECRET not in text  # … without the token
    for chat_id in (61, 62, 63):
        assert all(SECRET not in (m.text or "") for m in emu.messages(chat_id))


async def test_newscal_run_with_a_refused_token_says_so_without_showing_it(
    tmp_path: Path,
) -> None:
    async with BotApiEmulator(token="1:SOME-OTHER-TOKEN") as emu:
        env = newscal_env(tmp_path / "run.db", emu.base_url, TOKEN)
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", env=env, stderr=asyncio.subprocess.PIPE
        )
        try:
            _, err = await asyncio.wait_for(proc.communicate(), 60)
        finally:
            if proc.returncode is None:
                proc.send_signal(signal.SIGKILL)
    message = err.decode(errors="replace")
    assert proc.returncode != 0
    assert SECRET not in message, message[-300:]
    assert "Traceback" not in message  # a one-line error, as for a missing token
