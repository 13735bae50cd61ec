"""Crash during a fan-out: kill -9 ``newscal run`` mid-way, restart it, count what arrived.

Usage: python bench/crash.py [--messages 10000] [--kill-at 0.4]

N reminders are due at once to N chats. ``newscal run`` (its own process, token and base_url
from the environment) sends them through an emulator running in this process at Telegram's
limits; when a fraction of them has arrived the bot gets SIGKILL. It is started again and
runs until every chat has its message. Asserts: every reminder arrived at least once; the
ones that arrived twice are at most those in flight at the kill (accepted by the emulator
but not yet recorded as sent in the database); every outbox row ends ``sent`` with exactly
one ``sent`` delivery; the token never shows on stderr. ``tests/reliability/test_crash.py``
runs the same with a few hundred messages.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.scale import START_AT, newscal_env, seed  # noqa: E402
from bot.emulator import BotApiEmulator  # noqa: E402
from storage import open_database, outbox  # noqa: E402

TOKEN = "424242:CRASH-secret-token-value"


@dataclass
class CrashResult:
    messages: int
    sent_at_kill: int  # messages the emulator had accepted when the bot died
    recorded_at_kill: int  # outbox rows marked sent in the database then
    in_flight: int  # accepted but not recorded: may be sent again after the restart
    delivered: int  # total messages accepted by the emulator, both runs
    duplicates: int  # chats that got their reminder more than once (extra messages)
    missing: int  # chats that got nothing
    statuses: dict[str, int]
    sent_deliveries: Counter[int]  # reminder id -> deliveries recorded as sent
    stderr: str
    seconds: float


async def _start_bot(env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "run",
        "--start-at",
        START_AT.isoformat(),
        env=env,
        stderr=asyncio.subprocess.PIPE,
    )


async def _wait_sends(emu: BotApiEmulator, count: int, timeout: float) -> None:
    await emu.world.changed.wait_until(lambda: emu.stats.total >= count or None, timeout)


async def crash_run(messages: int, workdir: Path, *, kill_at: float = 0.4) -> CrashResult:
    """Run the crash scenario with ``messages`` reminders; return what happened."""
    db_path = workdir / "crash.db"
    seed(db_path, events=20, chats=messages, reminders=messages, due_at=START_AT)
    timeout = 60 + messages / 10  # the limit is 30/s; a third of that leaves room
    t0 = time.perf_counter()
    async with BotApiEmulator(limits=True, token=TOKEN) as emu:
        for chat_id in range(1, messages + 1):
            emu.user(chat_id)
        env = newscal_env(db_path, emu.base_url, TOKEN)
        bot = await _start_bot(env)
        stderr = []
        try:
            await _wait_sends(emu, max(1, int(messages * kill_at)), timeout)
            bot.kill()  # SIGKILL: no handler, no flush, no shutdown
            _, err = await bot.communicate()
            stderr.append(err.decode(errors="replace"))
            sent_at_kill = emu.stats.total
            db = open_database(db_path)
            recorded_at_kill = outbox.outbox_counts(db).get("sent", 0)
            db.close()
            bot = await _start_bot(env)
            await emu.world.changed.wait_until(
                lambda: len(emu.stats.times) >= messages or None, timeout
            )
        finally:
            if bot.returncode is None:
                bot.send_signal(signal.SIGINT)  # a clean stop commits the last deliveries
                _, err = await asyncio.wait_for(bot.communicate(), 60)
                stderr.append(err.decode(errors="replace"))
        per_chat = Counter({c: len(ts) for c, ts in emu.stats.times.items()})
        delivered = emu.stats.total
    db = open_database(db_path)
    statuses = outbox.outbox_counts(db)
    sent_deliveries: Counter[int] = Counter()
    for row in outbox.reminders_for(db):
        attempts = outbox.deliveries_for(db, row.id)
        sent_deliveries[row.id] = sum(d.outcome == "sent" for d in attempts)
    db.close()
    return CrashResult(
        messages=messages,
        sent_at_kill=sent_at_kill,
        recorded_at_kill=recorded_at_kill,
        in_flight=sent_at_kill - recorded_at_kill,
        delivered=delivered,
        duplicates=sum(n - 1 for n in per_chat.values() if n > 1),
        missing=sum(1 for c in range(1, messages + 1) if per_chat[c] == 0),
        statuses=statuses,
        sent_deliveries=sent_deliveries,
        stderr="".join(stderr),
        seconds=time.perf_counter() - t0,
    )


def check(result: CrashResult) -> None:
    """The asserts shared by the test and the script."""
    assert result.missing == 0, f"{result.missing} reminders never arrived"
    assert result.duplicates <= result.in_flight, (
        f"{result.duplicates} sent twice, but only {result.in_flight} were in flight at the kill"
    )
    assert result.statuses == {"sent": result.messages}, result.statuses
    wrong = {i: n for i, n in result.sent_deliveries.items() if n != 1}
    assert not wrong, f"rows without exactly one 'sent' delivery: {list(wrong.items())[:5]}"
    assert TOKEN not in result.stderr and TOKEN.split(":")[1] not in result.stderr


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--messages", type=int, default=10_000)
    ap.add_argument("--kill-at", type=float, default=0.4, help="fraction sent before the kill")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        r = asyncio.run(crash_run(a.messages, Path(tmp), kill_at=a.kill_at))
    print(f"messages                  {r.messages}")
    print(f"accepted at the kill      {r.sent_at_kill}")
    print(f"recorded sent at the kill {r.recorded_at_kill}")
    print(f"in flight at the kill     {r.in_flight}")
    print(f"delivered (both runs)     {r.delivered}")
    print(f"duplicates                {r.duplicates}")
    print(f"missing                   {r.missing}")
    print(f"outbox                    {r.statuses}")
    print(f"wall time                 {r.seconds:.1f} s  (cpus: {os.cpu_count()})")
    check(r)
    print("OK: every reminder delivered; duplicates within the in-flight window")


if __name__ == "__main__":
    main()
