"""Benchmark: dispatch N due reminders through PTB to the emulator (limits off); print msg/s.

    PYTHONPATH=. python scripts/bench_dispatch.py [--rows 100000] [--chats 1000]

The emulator runs in its own process (so it does not share this one's CPU). The peer in the
same run is the naive dispatcher: one row at a time, awaited in turn, on a sample.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from telegram.ext import Application

from bot.aiohttp_request import AiohttpRequest
from bot.clock import ManualClock
from bot.config import Config
from bot.delivery import Dispatcher
from bot.send_limits import NO_LIMITS
from bot.services import Services
from extractors.model import Event, Kind, Page
from storage import open_database, outbox
from storage.articles import save_page
from storage.chats import register_chat
from storage.records import NewReminder

NOW = dt.datetime(2023, 4, 14, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def start_emulator() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.emulator", "--port", "0", "--limits", "off"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    match = re.search(r"base_url (\S+)", line)
    if not match:
        proc.kill()
        raise SystemExit(f"emulator did not start: {line!r}")
    proc.stdout.readline()
    return proc, match.group(1)


def fill(db_path: Path, rows: int, chats: int, offset: int) -> Services:
    db = open_database(db_path)
    services = Services(Config(database=db_path), db, ManualClock(NOW))
    page = Page(
        published=dt.date(2023, 4, 13),
        published_found=True,
        events=tuple(
            Event(
                f"活动{i}",
                dt.date(2023, 4, 15 + i),
                dt.date(2023, 4, 15 + i),
                Kind.ACTIVITY,
                True,
                f"活动{i}",
                location="区图书馆",
            )
            for i in range(10)
        ),
        text="bench",
    )
    save_page(db, "bench", page, timezone="Asia/Shanghai", now=NOW)
    event_ids = [r[0] for r in db.execute("SELECT id FROM events ORDER BY rowid").fetchall()]
    with db.atomic():
        for c in range(chats):
            register_chat(
                db, offset + c, language="zh", timezone="Asia/Shanghai", kind="private", now=NOW
            )
    items = [
        NewReminder(
            offset + n % chats,
            "reminder",
            NOW - dt.timedelta(minutes=1),
            f"r{n}",
            event_ids[n % 10],
            {"rule": "day_before", "urgent": False},
        )
        for n in range(rows)
    ]
    outbox.enqueue(db, items, now=NOW)
    return services


async def make_users(control: str, first: int, count: int) -> None:
    async with aiohttp.ClientSession() as session:
        sem = asyncio.Semaphore(32)

        async def one(chat_id: int) -> None:
            async with sem:
                async with session.post(f"{control}/users", json={"chat_id": chat_id}) as r:
                    assert r.status == 200, await r.text()

        await asyncio.gather(*(one(first + i) for i in range(count)))


async def naive(services: Services, app: Application, limit: int) -> float:
    """The peer: fetch, send, commit; one row after another."""
    from bot.reminder_text import render_reminder
    from storage.events import get_event

    rows = outbox.due_reminders(services.db, services.clock.now(), limit=limit)
    started = time.perf_counter()
    for row in rows:
        event = get_event(services.db, row.event_id or "")
        assert event is not None
        text = render_reminder(event, timezone="Asia/Shanghai", language="zh", now=NOW)
        msg = await app.bot.send_message(row.chat_id, text, parse_mode="HTML")
        with services.db.atomic():
            outbox.record_delivery(
                services.db,
                reminder_id=row.id,
                chat_id=row.chat_id,
                at=NOW,
                outcome="sent",
                message_id=msg.message_id,
            )
            outbox.mark_sent(services.db, row.id, at=NOW)
    return len(rows) / (time.perf_counter() - started)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class _NullBot:
    username = "bench_bot"

    async def do_api_request(self, endpoint: str, api_kwargs: object = None, **kw: object) -> dict:
        return {"message_id": 1}


async def null_transport(tmp: Path, rows: int, chats: int) -> float:
    services = fill(tmp / "null.db", rows, chats, 1)
    dispatcher = Dispatcher(services, _NullBot(), limits=NO_LIMITS)  # type: ignore[arg-type]
    started = time.perf_counter()
    stats = await dispatcher.run_due()
    return stats.sent / (time.perf_counter() - started)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--naive-rows", type=int, default=3000)
    parser.add_argument(
        "--backend",
        choices=["aiohttp", "httpx"],
        default="aiohttp",
        help="PTB request backend: bot.aiohttp_request.AiohttpRequest or PTB's default httpx",
    )
    args = parser.parse_args()
    proc, base_url = start_emulator()
    try:
        control = base_url.removesuffix("/bot") + "/_emulator"
        await make_users(control, 1, args.chats)
        await make_users(control, 10**6, 100)
        with tempfile.TemporaryDirectory() as tmp:
            services = fill(Path(tmp) / "bench.db", args.rows, args.chats, 1)
            peer = fill(Path(tmp) / "peer.db", args.naive_rows, 100, 10**6)
            builder = Application.builder().token("123:BENCH").base_url(base_url)
            if args.backend == "aiohttp":
                builder = builder.request(AiohttpRequest(connection_pool_size=args.concurrency))
            app = builder.build()
            await app.initialize()
            try:
                dispatcher = Dispatcher(
                    services, app.bot, limits=NO_LIMITS, concurrency=args.concurrency
                )
                cpu0 = _cpu()
                started = time.perf_counter()
                stats = await dispatcher.run_due()
                elapsed = time.perf_counter() - started
                cpu = _cpu() - cpu0
                naive_rate = await naive(peer, app, args.naive_rows)
            finally:
                await app.shutdown()
            async with aiohttp.ClientSession() as session:
                async with session.get(f"{control}/stats") as r:
                    emu_stats = (await r.json())["result"]
            counts = outbox.outbox_counts(services.db)
            deliveries = services.db.execute("SELECT count(*) FROM deliveries").fetchone()[0]
        print(
            f"rows: {args.rows} over {args.chats} chats, concurrency {args.concurrency}, "
            f"PTB backend {args.backend}"
        )
        print(
            f"dispatcher: {stats.sent} sent in {elapsed:.2f} s = {stats.sent / elapsed:,.0f} msg/s"
        )
        print(
            f"  CPU of this process during the run: {cpu:.1f} s = "
            f"{stats.sent / cpu:,.0f} msg per CPU-second (the rate on a free core)"
        )
        null_rate = await null_transport(Path(tempfile.mkdtemp()), args.rows, args.chats)
        print(
            f"dispatcher with an in-process null bot (DB + rendering only): {null_rate:,.0f} msg/s"
        )
        print(f"naive peer (one at a time): {naive_rate:,.0f} msg/s on {args.naive_rows} rows")
        print(f"outbox: {counts}; deliveries recorded: {deliveries}")
        print(f"emulator: {json.dumps({k: emu_stats.get(k) for k in ('sends', 'duplicates')})}")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    me = resource.getrusage(resource.RUSAGE_SELF)
    emu = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"CPU seconds: this process {me.ru_utime + me.ru_stime:.1f}, "
        f"emulator {emu.ru_utime + emu.ru_stime:.1f}"
    )


if __name__ == "__main__":
    asyncio.run(main())
