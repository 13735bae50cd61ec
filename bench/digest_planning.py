"""Digest planning at scale: what it costs the bot's event loop while it runs.

Usage: python bench/digest_planning.py [--small]

On the 100k database (``bench/scale.py: scale_database``: 100,000 chats subscribed to the
digest; ``--small``: 10,000), plans every chat's digest at start twice, each time on a fresh
copy:

- ``on the loop``: the way the bot did before (``plan_digests`` for 50 chats, then one turn
  of the event loop, and so on), the peer;
- ``worker thread``: ``bot.jobs.plan_digests_apart``, as ``plan_digests_job`` runs it now
  (a worker thread on its own SQLite connection).

Meanwhile a probe on the event loop does in SQLite what a command from a new chat does
(registers the chat, then the query of ``/upcoming``: the first events not over yet) every
20 ms on the bot's connection and times it from when it was due: what a command waits for.
Prints the planning's total time and the probe's p50/p99/max.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.scale import START_AT, cached_seed, percentile, scale_database  # noqa: E402
from bot.clock import ManualClock  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.jobs import plan_digests_apart  # noqa: E402
from bot.reminders import chats_needing_digest, plan_digests  # noqa: E402
from bot.services import Services  # noqa: E402
from storage import events as event_store  # noqa: E402
from storage import open_database  # noqa: E402
from storage.chats import register_chat  # noqa: E402

PROBE_EVERY = 0.02  # seconds between two probe queries
OLD_CHUNK = 50  # chats planned per turn of the loop before the worker thread


async def on_the_loop(services: Services) -> int:
    """Plan as plan_digests_job did before: a chunk, then a turn of the event loop."""
    planned, after = 0, None
    while chunk := chats_needing_digest(services, after, OLD_CHUNK):
        plan_digests(services, chunk)
        planned, after = planned + len(chunk), chunk[-1]
        await asyncio.sleep(0)
    return planned


async def in_a_thread(services: Services) -> int:
    return await plan_digests_apart(services, lambda: True)


async def measure(
    services: Services, plan: Callable[[Services], Awaitable[int]]
) -> tuple[int, float, list[float]]:
    """Return (chats planned, seconds, probe latencies in seconds) of one planning run."""
    waits: list[float] = []
    done = asyncio.Event()

    async def probe() -> None:
        due = time.perf_counter()
        chat_id = 10**9
        while not done.is_set():
            # What a command from a new chat costs in SQLite: register it, list events.
            chat_id += 1
            register_chat(
                services.db,
                chat_id,
                language="zh",
                timezone="Asia/Shanghai",
                kind="private",
                now=services.clock.now(),
            )
            event_store.list_events(services.db, ends_after=services.clock.now(), limit=5)
            waits.append(time.perf_counter() - due)
            due += PROBE_EVERY
            await asyncio.sleep(max(0.0, due - time.perf_counter()))

    prober = asyncio.ensure_future(probe())
    t0 = time.perf_counter()
    planned = await plan(services)
    seconds = time.perf_counter() - t0
    done.set()
    await prober
    return planned, seconds, waits


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--small", action="store_true", help="10,000 chats instead of 100,000")
    a = ap.parse_args()
    for label, plan in (("on the loop", on_the_loop), ("worker thread", in_a_thread)):
        with tempfile.TemporaryDirectory() as tmp:
            dest = Path(tmp) / "digest.db"
            if a.small:
                path = cached_seed("digest-10k", dest, events=10_000, chats=10_000, digest=True)
            else:
                path = scale_database(dest)
            db = open_database(path)
            services = Services(Config(database=path), db, ManualClock(START_AT))
            planned, seconds, waits = asyncio.run(measure(services, plan))
            db.close()
        ms = [w * 1000 for w in waits]
        print(
            f"{label:13s} planned {planned} chats in {seconds:5.1f} s; /upcoming query "
            f"during it ({len(ms)} probes): p50 {percentile(ms, 0.5):6.1f} ms  "
            f"p99 {percentile(ms, 0.99):6.1f} ms  max {max(ms):6.1f} ms"
        )


if __name__ == "__main__":
    main()
