"""The only module touching the JobQueue: the outbox dispatcher, digest planning, and the
sources: feed polling and watched folders.

Each job is a one-shot that re-arms itself; its name is its key, so arming again replaces the
scheduled one instead of adding another. Delays are computed on the injected clock and
converted to real seconds (a ScaledClock at speed 60 turns one simulated minute into one
real second), so messages go out at the right simulated minute.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sys
import weakref
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import Any

from telegram.ext import Application, ContextTypes

from bot.delivery import Dispatcher, real_delay
from bot.reminders import plan_missing_digests
from bot.send_limits import Limits
from bot.services import Services
from storage import database_file, open_database

log = logging.getLogger(__name__)

DISPATCH_JOB = "dispatch_outbox"
DIGEST_JOB = "plan_digests"
PLANNING_SWITCH_INTERVAL = 0.0005  # seconds; see plan_digests_apart
DIGEST_CHUNK = 200  # chats asked for at a time; a stopping bot stops between chunks
IDLE_RECHECK = 300.0  # real seconds: look at the outbox at least this often (other writers)
ERROR_RECHECK = 30.0  # real seconds: try again after a run failed
DIGEST_EVERY = dt.timedelta(hours=1)  # clock time between digest planning runs

_DISPATCHERS: weakref.WeakKeyDictionary[Any, Dispatcher] = weakref.WeakKeyDictionary()

Callback = Callable[[ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


def install_jobs(
    application: Application[Any, Any, Any, Any, Any, Any],
    services: Services,
    *,
    limits: Limits | None = None,
    **dispatcher_options: Any,
) -> Dispatcher:
    """Register the dispatcher (run at start, catching up on what fell due while down) and the
    digest planning; return the dispatcher. Call once, before the application starts.

    The dispatcher shares the limiter of the application's SharedRateLimiter when it has one
    (so handlers' replies count too); ``limits`` gives it its own instead.
    """
    if application.job_queue is None:
        raise RuntimeError(
            "the Application has no JobQueue: install python-telegram-bot[job-queue]"
        )
    dispatcher = Dispatcher(services, application.bot, limits=limits, **dispatcher_options)
    _DISPATCHERS[application] = dispatcher
    _arm(application, DIGEST_JOB, plan_digests_job, 0.0, dispatcher)
    _arm(application, DISPATCH_JOB, dispatch_job, 0.0, dispatcher)
    return dispatcher


def wake_dispatcher(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Run the dispatcher now: call after queuing something that may be due soon."""
    dispatcher = _DISPATCHERS.get(application)
    if dispatcher is None:
        log.warning("wake_dispatcher called before install_jobs; nothing to wake")
        return
    _arm(application, DISPATCH_JOB, dispatch_job, 0.0, dispatcher)


def dispatcher_of(application: Application[Any, Any, Any, Any, Any, Any]) -> Dispatcher | None:
    """Return the application's dispatcher, or None before install_jobs."""
    return _DISPATCHERS.get(application)


def next_dispatch_delay(services: Services, next_due_at: dt.datetime | None) -> float:
    """Return the real seconds to wait before the next dispatcher run."""
    if next_due_at is None:
        return IDLE_RECHECK
    delay = real_delay(services.clock, next_due_at - services.clock.now())
    return min(delay, IDLE_RECHECK)


async def dispatch_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send what is due, then re-arm for the next due instant."""
    assert context.job is not None
    dispatcher: Dispatcher = context.job.data  # type: ignore[assignment]
    delay = ERROR_RECHECK
    try:
        stats = await dispatcher.run_due()
        delay = next_dispatch_delay(dispatcher.services, stats.next_due_at)
        if stats.sent or stats.failed or stats.expired:
            log.info(
                "outbox: %d sent (%d late), %d retried, %d held, %d expired, %d failed",
                stats.sent,
                stats.late,
                stats.retried,
                stats.held,
                stats.expired,
                stats.failed,
            )
    except Exception:
        log.exception("outbox dispatch failed; trying again in %s s", ERROR_RECHECK)
    finally:
        _arm(context.application, DISPATCH_JOB, dispatch_job, delay, dispatcher)


async def plan_digests_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Queue every subscribed chat's next digest, wake the dispatcher, re-arm in an hour.

    Only chats without a queued digest are planned. At 100,000 chats that takes ~5 s of
    queries and one short transaction per chunk of chats, so it runs in a worker thread on
    its own SQLite connection: replies and sends go on meanwhile (WAL lets the bot read while
    the planning writes; a bot write waits at most one chunk's transaction). An in-memory
    database has no second connection: it is planned on the event loop (tests, demos).
    """
    assert context.job is not None
    dispatcher: Dispatcher = context.job.data  # type: ignore[assignment]
    application = context.application
    try:
        planned = await plan_digests_apart(dispatcher.services, lambda: application.running)
        log.debug("digests planned for %d chats", planned)
    except Exception:
        log.exception("digest planning failed")
    finally:
        delay = real_delay(dispatcher.services.clock, DIGEST_EVERY)
        _arm(application, DIGEST_JOB, plan_digests_job, delay, dispatcher)
    _arm(application, DISPATCH_JOB, dispatch_job, 0.0, dispatcher)


async def plan_digests_apart(services: Services, keep_going: Callable[[], bool]) -> int:
    """Return how many chats got their digest planned, in a worker thread when the database
    is a file. ``keep_going`` stops it between chunks (the bot is stopping)."""
    path = database_file(services.db)
    if path is None:
        return plan_missing_digests(services, chunk=DIGEST_CHUNK, keep_going=keep_going)

    def plan() -> int:
        db = open_database(path)
        try:
            own = replace(services, db=db)
            return plan_missing_digests(own, chunk=DIGEST_CHUNK, keep_going=keep_going)
        finally:
            db.close()

    # While the worker runs, the interpreter hands the GIL over every half millisecond instead
    # of every 5 ms: each time the event loop comes back from a socket or SQLite it waits for
    # the worker to let go, and a command does that a dozen times (/upcoming p99 at 100k
    # chats: 60 ms at 5 ms, ~30 ms at 0.5 ms; bench/run_scale.py).
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, PLANNING_SWITCH_INTERVAL))
    try:
        return await asyncio.to_thread(plan)
    finally:
        sys.setswitchinterval(before)


def _arm(
    application: Application[Any, Any, Any, Any, Any, Any],
    name: str,
    callback: Callback,
    delay: float,
    dispatcher: Dispatcher,
) -> None:
    queue = application.job_queue
    assert queue is not None
    for job in queue.get_jobs_by_name(name):
        job.schedule_removal()
    # No misfire limit: a job armed before the scheduler starts still runs.
    queue.run_once(
        callback,
        when=max(delay, 0.0),
        data=dispatcher,
        name=name,
        job_kwargs={"misfire_grace_time": None},
    )


# --- Sources: feeds and watched folders -------------------------------------------------

FEEDS_JOB = "poll_feeds"
WATCH_JOB = "watch_folders"
SOURCES_ERROR_RECHECK = 60.0  # real seconds: try again after a job failed outright


def install_source_jobs(
    application: Application[Any, Any, Any, Any, Any, Any],
    services: Services,
    *,
    feeds_first: float = 0.0,
) -> None:
    """Poll the feeds every ``[feeds] poll_minutes`` (first after ``feeds_first`` real
    seconds) and, when ``[watch] dirs`` is set, look at the folders every ``poll_seconds``.
    Call once, before the application starts."""
    from bot.watch import watcher_for

    _arm_source(application, FEEDS_JOB, poll_feeds_job, feeds_first, services)
    if services.config.watch.dirs:
        _arm_source(
            application, WATCH_JOB, watch_folders_job, 0.0, (services, watcher_for(services))
        )


async def poll_feeds_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Poll the feeds, queue alerts and admin notices, wake the dispatcher, re-arm."""
    from bot.feeds import poll_feeds, queue_admin_notice

    assert context.job is not None
    services: Services = context.job.data  # type: ignore[assignment]
    delay = SOURCES_ERROR_RECHECK
    try:
        report = await poll_feeds(services)
        if queue_admin_notice(services, report) or report.alerts:
            wake_dispatcher(context.application)
        delay = real_delay(services.clock, dt.timedelta(minutes=services.config.feeds.poll_minutes))
    except Exception:
        log.exception("feed polling failed; trying again in %s s", SOURCES_ERROR_RECHECK)
    finally:
        _arm_source(context.application, FEEDS_JOB, poll_feeds_job, delay, services)


async def watch_folders_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ingest the files that settled in the watched folders, wake the dispatcher, re-arm."""
    import time

    from bot.watch import watch_once

    assert context.job is not None
    services, watcher = context.job.data  # type: ignore[misc]
    try:
        # Files settle in real time, whatever the clock of the reminders says.
        report = watch_once(services, watcher, time.monotonic())
        if report.alerts:
            wake_dispatcher(context.application)
    except Exception:
        log.exception("watching folders failed")
    finally:
        _arm_source(
            context.application,
            WATCH_JOB,
            watch_folders_job,
            float(services.config.watch.poll_seconds),
            (services, watcher),
        )


def _arm_source(
    application: Application[Any, Any, Any, Any, Any, Any],
    name: str,
    callback: Callback,
    delay: float,
    data: object,
) -> None:
    queue = application.job_queue
    if queue is None:
        raise RuntimeError(
            "the Application has no JobQueue: install python-telegram-bot[job-queue]"
        )
    for job in queue.get_jobs_by_name(name):
        job.schedule_removal()
    queue.run_once(
        callback,
        when=max(delay, 0.0),
        data=data,
        name=name,
        job_kwargs={"misfire_grace_time": None},
    )
