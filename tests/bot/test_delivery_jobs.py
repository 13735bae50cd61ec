"""The JobQueue side: re-arming at the next due instant, in real seconds of the one clock."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from telegram.ext import CallbackContext

from bot import jobs
from bot.clock import ManualClock, ScaledClock
from bot.emulator.ptb import application_builder
from bot.emulator.pytest_plugin import emulator, emulator_factory  # noqa: F401 - fixtures
from bot.reminders import remind_event
from bot.services import Services
from storage import outbox
from tests.bot._reminder_kit import SHANGHAI, add_chat, local, make_services, save_events

FAIR = ("书展", "2023-04-15", "2023-04-20", "activity")


@pytest.mark.parametrize(
    ("speed", "due_in", "real"),
    [
        pytest.param(None, 120, 120.0, id="manual: 1:1"),
        pytest.param(60, 120, 2.0, id="speed 60"),
        pytest.param(None, -30, 0.0, id="overdue: now"),
        pytest.param(None, 86400, 300.0, id="far: recheck"),
    ],
)
def test_next_dispatch_delay(tmp_path, speed, due_in, real):
    services = make_services(tmp_path, "2023-04-14T08:58")
    start = local("2023-04-14T08:58")
    clock = ManualClock(start) if speed is None else ScaledClock(start, speed=speed)
    services = Services(services.config, services.db, clock)
    due = local("2023-04-14T08:58") + dt.timedelta(seconds=due_in)
    assert jobs.next_dispatch_delay(services, due) == pytest.approx(real, abs=0.05)


def test_nothing_pending_rechecks_later(tmp_path):
    services = make_services(tmp_path, "2023-04-14T08:58")
    assert jobs.next_dispatch_delay(services, None) == jobs.IDLE_RECHECK


async def test_dispatch_job_re_arms_itself_for_the_next_due_row(tmp_path, emulator):  # noqa: F811
    services = make_services(tmp_path, "2023-04-14T08:58")
    add_chat(services, 42)
    emulator.user(42)
    (fair,) = save_events(services, "p1", FAIR)
    remind_event(services, 42, fair)
    app = application_builder(emulator).build()
    await app.initialize()
    try:
        dispatcher = jobs.install_jobs(app, services)
        assert jobs.dispatcher_of(app) is dispatcher
        assert app.job_queue is not None
        (job,) = app.job_queue.get_jobs_by_name(jobs.DISPATCH_JOB)
        # Run the job the way the JobQueue would, without starting the scheduler.
        await jobs.dispatch_job(CallbackContext.from_job(job, app))
        scheduled = app.job_queue.scheduler.get_jobs()
        names = sorted(j.name for j in scheduled)
        assert names == [jobs.DISPATCH_JOB, jobs.DIGEST_JOB]  # replaced, not added
        (armed,) = [j for j in scheduled if j.name == jobs.DISPATCH_JOB]
        wait = (armed.trigger.run_date - dt.datetime.now(dt.UTC)).total_seconds()
        assert 119 < wait <= 120  # 09:00 is two clock minutes away
        jobs.wake_dispatcher(app)
        (armed,) = [j for j in app.job_queue.scheduler.get_jobs() if j.name == jobs.DISPATCH_JOB]
        assert (armed.trigger.run_date - dt.datetime.now(dt.UTC)).total_seconds() <= 0
    finally:
        await app.shutdown()


async def test_reminder_arrives_at_the_right_simulated_minute(tmp_path, emulator_factory):  # noqa: F811
    # One simulated minute per real second: the 09:00 reminder comes a second after 08:59.
    clock = ScaledClock(local("2023-04-14T08:59"), speed=60)
    base = make_services(tmp_path, "2023-04-14T08:59")
    services = Services(base.config, base.db, clock)
    emu = await emulator_factory(clock=clock, limits=True, time_fn=time.monotonic)
    ann = emu.user(42)
    add_chat(services, 42)
    (fair,) = save_events(services, "p1", FAIR)
    row, _ = remind_event(services, 42, fair)
    app = application_builder(emu).build()
    jobs.install_jobs(app, services)
    await app.initialize()
    await app.start()
    try:
        msg = await ann.next_message(timeout=10)
    finally:
        await app.stop()
        await app.shutdown()
    arrived = dt.datetime.fromtimestamp(msg.date, SHANGHAI)
    assert local("2023-04-14T09:00") <= arrived < local("2023-04-14T09:01")
    sent = outbox.get_reminder(services.db, row.id)
    assert sent.status == "sent" and not sent.late
    assert local("2023-04-14T09:00") <= sent.sent_at < local("2023-04-14T09:00:30")
    assert emu.violations == []
