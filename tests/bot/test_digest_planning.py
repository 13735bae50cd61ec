"""Digest planning off the event loop: a worker thread on its own SQLite connection."""

from __future__ import annotations

import asyncio
import sys
import threading

from bot import jobs
from bot.clock import ManualClock
from bot.config import Config
from bot.services import Services
from storage import database_file, open_database, outbox
from tests.bot._reminder_kit import add_chat, local, make_services

CHATS = range(1000, 1000 + 2 * jobs.DIGEST_CHUNK + 7)  # three chunks, the last one short
NOW = "2023-04-13T05:00"  # before the digest time: each chat's next digest is today's


def subscribe_all(services: Services) -> None:
    for chat_id in CHATS:
        add_chat(services, chat_id, topics=("digest",))


def queued_digests(services: Services) -> int:
    return sum(1 for c in CHATS if outbox.pending_for_chat(services.db, c, "digest"))


async def test_planning_runs_beside_the_event_loop(tmp_path):
    services = make_services(tmp_path, NOW)
    subscribe_all(services)
    loop = asyncio.get_running_loop()
    seen_by_loop: list[int] = []
    workers: set[threading.Thread] = set()

    async def look() -> None:
        seen_by_loop.append(queued_digests(services))

    switch = sys.getswitchinterval()
    intervals: set[float] = set()

    def keep_going() -> bool:
        # Between chunks the worker has the loop read the database and waits for it: were
        # the planning on the loop, this would never be answered.
        workers.add(threading.current_thread())
        intervals.add(sys.getswitchinterval())
        asyncio.run_coroutine_threadsafe(look(), loop).result(timeout=10)
        return True

    planned = await jobs.plan_digests_apart(services, keep_going)
    assert planned == len(CHATS) == queued_digests(services)
    assert threading.current_thread() not in workers and len(workers) == 1
    # The bot's own connection saw the chunks committed one after the other.
    assert seen_by_loop == [0, jobs.DIGEST_CHUNK, 2 * jobs.DIGEST_CHUNK]
    # The GIL changed hands more often while the worker ran, as before afterwards.
    assert intervals == {jobs.PLANNING_SWITCH_INTERVAL} and sys.getswitchinterval() == switch
    assert await jobs.plan_digests_apart(services, lambda: True) == 0  # all queued already


async def test_a_stopping_bot_stops_the_planning_between_chunks(tmp_path):
    services = make_services(tmp_path, NOW)
    subscribe_all(services)
    answers = iter([True, False])
    assert await jobs.plan_digests_apart(services, lambda: next(answers)) == jobs.DIGEST_CHUNK
    # The next run plans the rest.
    assert await jobs.plan_digests_apart(services, lambda: True) == len(CHATS) - jobs.DIGEST_CHUNK
    assert queued_digests(services) == len(CHATS)


async def test_an_in_memory_database_is_planned_on_the_loop():
    db = open_database(":memory:")
    services = Services(Config(), db, ManualClock(local(NOW)))
    assert database_file(db) is None
    subscribe_all(services)
    loop_thread = threading.current_thread()
    threads: set[threading.Thread] = set()

    def keep_going() -> bool:
        threads.add(threading.current_thread())
        return True

    assert await jobs.plan_digests_apart(services, keep_going) == len(CHATS)
    assert threads == {loop_thread}
    assert queued_digests(services) == len(CHATS)
