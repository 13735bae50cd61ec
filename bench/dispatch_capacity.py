"""Dispatcher capacity and lag: reminders through the real Application and dispatcher.

Usage:
  python bench/dispatch_capacity.py [--messages 100000]            # all due at once, limits off
  python bench/dispatch_capacity.py --lag --rate 20 --seconds 60   # a steady stream, limits on

The emulator runs as its own process (limits off), so bot and emulator use both cores. The
bot is built by ``build_application`` exactly as ``newscal run`` builds it, its dispatcher
installed on the JobQueue; ``--no-limits`` (default for the capacity run) turns the
dispatcher's own 30/s limiter off. Prints messages per second (target >= 2,000/s), the peak
memory of the bot process, and lag (the send's record time minus the due time; target p99 <
1 s when the limits do not bind).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.scale import (  # noqa: E402
    START_AT,
    EmulatorProcess,
    bot_in_process,
    cached_seed,
    peak_rss_mb,
    percentile,
    seed,
)
from storage import open_database  # noqa: E402
from storage.times import from_db  # noqa: E402

TOKEN = "616161:CAPACITY-bench-token"


def lags(db_path: Path) -> list[float]:
    """Return, per sent reminder, seconds from due to the recorded send."""
    db = open_database(db_path)
    rows = db.execute(
        "SELECT r.due_at, d.attempted_at FROM deliveries d JOIN reminders r "
        "ON r.id = d.reminder_id WHERE d.outcome = 'sent'"
    ).fetchall()
    db.close()
    return [(from_db(b) - from_db(a)).total_seconds() for a, b in rows]  # type: ignore[operator]


async def run(
    db_path: Path, emu: EmulatorProcess, total: int, limits: bool, timeout: float, concurrency: int
) -> tuple[float, float]:
    """Run the bot until the emulator has ``total`` sends; return (seconds, first-send delay)."""
    t0 = time.monotonic()
    async with bot_in_process(db_path, emu.base_url, TOKEN, limits=limits, concurrency=concurrency):
        started = time.monotonic()
        while time.monotonic() - t0 < timeout:
            if emu.stats()["sends"] >= total:
                break
            await asyncio.sleep(0.5)  # a benchmark script: look twice a second
    return time.monotonic() - t0, started - t0


async def peers(emu: EmulatorProcess, total: int, concurrency: int) -> dict[str, float]:
    """Return msg/s of two peers sending ``total`` messages with no dispatcher and no database:
    PTB's own Bot (the same client the dispatcher uses) and a bare aiohttp client."""
    import aiohttp
    from telegram import Bot

    rates: dict[str, float] = {}
    async with Bot(TOKEN, base_url=emu.base_url) as bot:
        queue = iter(range(total))

        async def ptb_worker() -> None:
            for n in queue:
                await bot.send_message(1 + n % total, f"peer {n}")

        t0 = time.perf_counter()
        await asyncio.gather(*(ptb_worker() for _ in range(concurrency)))
        rates["PTB Bot.send_message"] = total / (time.perf_counter() - t0)
    url = f"{emu.base_url}{TOKEN}/sendMessage"
    async with aiohttp.ClientSession() as session:
        queue = iter(range(total))

        async def raw_worker() -> None:
            for n in queue:
                async with session.post(url, json={"chat_id": 1 + n % total, "text": "raw"}) as r:
                    await r.read()

        t0 = time.perf_counter()
        await asyncio.gather(*(raw_worker() for _ in range(concurrency)))
        rates["aiohttp client"] = total / (time.perf_counter() - t0)
    return rates


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--messages", type=int, default=100_000)
    ap.add_argument("--lag", action="store_true", help="a steady stream instead of one burst")
    ap.add_argument("--rate", type=float, default=20.0, help="--lag: reminders due per second")
    ap.add_argument("--seconds", type=float, default=60.0, help="--lag: how long the stream lasts")
    ap.add_argument(
        "--limits",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="the dispatcher's own limiter (default: off for capacity, on for --lag)",
    )
    ap.add_argument("--concurrency", type=int, default=64, help="the dispatcher's parallel sends")
    ap.add_argument("--peers", type=int, default=0, help="also time N sends by two bare clients")
    a = ap.parse_args()
    limits = a.limits if a.limits is not None else a.lag
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "bench.db"
        if a.lag:
            total = int(a.rate * a.seconds)
            lead = 5.0  # seconds for the bot to start before the first is due
            dues = [START_AT + dt.timedelta(seconds=lead + i / a.rate) for i in range(total)]
            seed(db_path, events=20, chats=total, reminders=total, due_at=dues)
        else:
            total = a.messages
            cached_seed(
                f"burst-{total}", db_path, events=20, chats=total, reminders=total, due_at=START_AT
            )
        with EmulatorProcess((1, total), "off") as emu:
            seconds, _ = asyncio.run(
                run(db_path, emu, total, limits, 300 + total / 100, a.concurrency)
            )
            stats = emu.stats()
            peer_rates = asyncio.run(peers(emu, a.peers, a.concurrency)) if a.peers else {}
        peak = peak_rss_mb(__import__("os").getpid())
        lag = lags(db_path)
    print(
        f"{'steady stream' if a.lag else 'burst'}: {total} reminders to {total} chats, "
        f"dispatcher limiter {'on' if limits else 'off'}, concurrency {a.concurrency}"
    )
    print(
        f"sent (accepted)    {stats['sends']}  lost {total - stats['sends'] + stats['duplicates']}"
        f"  duplicates {stats['duplicates']}"
    )
    print(f"sustained rate     {stats['sustained_rate']:.0f} msg/s (emulator: first to last send)")
    print(f"wall time          {seconds:.1f} s (bot start to last send)")
    print(f"peak RSS (bot)     {peak:.0f} MiB")
    if lag:
        print(
            f"lag                p50 {percentile(lag, 0.5) * 1000:.0f} ms  "
            f"p99 {percentile(lag, 0.99) * 1000:.0f} ms  max {max(lag) * 1000:.0f} ms"
        )
    print(f"requests           {stats['requests']}")
    for name, rate in peer_rates.items():
        print(f"peer: {name:22s} {rate:6.0f} msg/s ({a.peers} sends, {a.concurrency} at a time)")


if __name__ == "__main__":
    main()
