"""Downtime: the bot is off for three hours of simulated time and comes back.

Reminders due within the grace period (120 min) go out marked late; older ones are recorded
``expired`` with the reason; one due after the restart stays pending; none vanish.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bench.scale import seed
from bot.jobs import dispatcher_of
from storage import open_database, outbox
from storage.records import NewReminder
from tests.reliability.kit import T0, bot_on, emulator_on, manual_clock

LATE = "迟到"
# chat id: due after T0 (the bot is off from T0 + 1 min to T0 + 3 h)
DUE = {
    1: dt.timedelta(0),  # sent before the downtime
    2: dt.timedelta(minutes=10),  # 170 min overdue at the restart: expired
    3: dt.timedelta(minutes=59),  # 121 min: expired
    4: dt.timedelta(minutes=61),  # 119 min: late
    5: dt.timedelta(hours=2),  # 60 min: late
    6: dt.timedelta(hours=2, minutes=58),  # 2 min: on time (late means over 5 min)
    7: dt.timedelta(hours=3, minutes=30),  # after the restart: still pending
}


async def test_three_hours_down_sends_late_within_grace_and_expires_older(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "bot.db"
    seed(db_path, events=5, chats=len(DUE), now=T0)
    db = open_database(db_path)
    event = db.execute("SELECT id FROM events ORDER BY start_at LIMIT 1").fetchone()[0]
    outbox.enqueue(
        db,
        [NewReminder(c, "reminder", T0 + d, f"down:{c}", event) for c, d in DUE.items()],
        now=T0,
    )
    db.close()
    clock = manual_clock(T0)
    async with emulator_on(clock) as emu:
        users = {c: emu.user(c) for c in DUE}
        async with bot_on(emu, tmp_path, clock) as (app, _):
            first = await users[1].next_message(timeout=10)
            await dispatcher_of(app).run_due()  # the lock: the first run has finished
        assert LATE not in first.text
        clock.advance(dt.timedelta(hours=3))
        async with bot_on(emu, tmp_path, clock) as (app, _):
            late4 = await users[4].next_message(timeout=10)
            late5 = await users[5].next_message(timeout=10)
            on_time = await users[6].next_message(timeout=10)
            await dispatcher_of(app).run_due()
        assert LATE in late4.text and "08:01" in late4.text  # when it was due
        assert LATE in late5.text and LATE not in on_time.text
        assert [len(users[c].messages) for c in DUE] == [1, 0, 0, 1, 1, 1, 0]
        assert emu.violations == []

    db = open_database(db_path)
    rows = {r.chat_id: r for r in outbox.reminders_for(db)}
    assert len(rows) == len(DUE)  # none vanished
    status = {c: (rows[c].status, rows[c].late) for c in DUE}
    assert status == {
        1: ("sent", False),
        2: ("expired", False),
        3: ("expired", False),
        4: ("sent", True),
        5: ("sent", True),
        6: ("sent", False),
        7: ("pending", False),
    }
    assert "overdue by 170 min" in (rows[2].last_error or "")
    assert "overdue by 121 min" in (rows[3].last_error or "")
    db.close()
