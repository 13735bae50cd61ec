"""``newscal run`` at scale: command latency end to end, and the bot's peak memory.

Usage: python bench/run_scale.py [--runs 200] [--small]

The database holds 100,000 events, 100,000 chats (each subscribed to the daily digest) and
300,000 pending reminders (``bench/scale.py: scale_database``; built once, about 7 minutes,
then cached). ``newscal run`` (its own process) serves it against an emulator in this
process. Timed: from the user's message entering the emulator to the bot's answer arriving
there, for ``/upcoming``, ``/upcoming 明天``, ``/search …`` and ``/event <id>`` (target p99 <
50 ms), one command after the other, at most 25 a second (the bot answers at most 30 a
second: Telegram's overall limit). Then the peak resident memory of the ``newscal run``
process (target < 250 MB).
``--small`` uses 10,000 / 10,000 / 30,000 for a quick look.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.scale import (  # noqa: E402
    START_AT,
    WORDS,
    cached_seed,
    newscal_env,
    peak_rss_mb,
    percentile,
    rss_mb,
    scale_database,
)
from bot.emulator import BotApiEmulator  # noqa: E402
from storage import open_database, outbox  # noqa: E402

TOKEN = "717171:SCALE-bench-token"
PACE = 25  # commands a second


async def timed(emu: BotApiEmulator, chat_id: int, text: str) -> float:
    user = emu.user(chat_id)
    user.skip_seen()
    t0 = time.perf_counter()
    await user.send(text)
    await user.next_message(timeout=30)
    return (time.perf_counter() - t0) * 1000


async def bench(db_path: Path, runs: int) -> None:
    db = open_database(db_path)
    ids = [r[0] for r in db.execute("SELECT id FROM events ORDER BY random() LIMIT ?", [runs])]
    counts = outbox.outbox_counts(db)
    n_events = db.execute("SELECT count(*) FROM events").fetchone()[0]
    n_chats = db.execute("SELECT count(*) FROM chats").fetchone()[0]
    db.close()
    print(f"database: {n_events} events, {n_chats} chats, outbox {counts}")
    rng = random.Random(3)
    async with BotApiEmulator(limits="record") as emu:
        env = newscal_env(db_path, emu.base_url, TOKEN)
        t0 = time.perf_counter()
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.cli",
            "run",
            "--start-at",
            START_AT.isoformat(),
            env=env,
            stderr=asyncio.subprocess.DEVNULL,
        )
        try:
            await emu.user(1).send("/help")
            await emu.user(1).next_message(timeout=600)
            print(
                f"first answer after start: {time.perf_counter() - t0:.1f} s "
                f"(RSS then {rss_mb(proc.pid):.0f} MiB)"
            )
            cases = {
                "/upcoming": lambda i: "/upcoming",
                "/upcoming 明天": lambda i: "/upcoming 明天",
                "/search word": lambda i: f"/search {rng.choice(WORDS)}",
                "/search 2 words": lambda i: f"/search 丰台 {rng.choice(WORDS)}",
                "/event id": lambda i: f"/event {ids[i % len(ids)][:8]}",
            }
            chat = 10  # a new chat for every few commands: the flood guard allows 20 a minute
            # At most PACE commands a second: above 30 the bot's answers would wait for
            # Telegram's overall limit (the SharedRateLimiter), which is not what is timed.
            next_at = time.perf_counter()
            for name, make in cases.items():
                samples = []
                for i in range(runs):
                    chat += 1
                    next_at = max(next_at + 1 / PACE, time.perf_counter())
                    await asyncio.sleep(next_at - time.perf_counter())
                    samples.append(await timed(emu, chat, make(i)))
                print(
                    f"{name:16s} p50 {percentile(samples, 0.5):6.1f} ms  "
                    f"p99 {percentile(samples, 0.99):6.1f} ms  max {max(samples):6.1f} ms"
                )
            await asyncio.sleep(2)  # let the digest planning and dispatcher settle (memory)
            print(
                f"newscal run peak RSS {peak_rss_mb(proc.pid):.0f} MiB "
                f"(now {rss_mb(proc.pid):.0f} MiB)"
            )
        finally:
            proc.send_signal(signal.SIGINT)
            await asyncio.wait_for(proc.wait(), 120)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--small", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scale.db"
        if a.small:
            dues = [START_AT + dt.timedelta(days=1, seconds=i) for i in range(30_000)]
            cached_seed(
                "scale-10k",
                path,
                events=10_000,
                chats=10_000,
                digest=True,
                reminders=30_000,
                due_at=dues,
            )
        else:
            scale_database(path)
        asyncio.run(bench(path, a.runs))


if __name__ == "__main__":
    main()
