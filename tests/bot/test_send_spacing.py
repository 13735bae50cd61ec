"""Spacing at the server: the strict emulator sees no send break a limit, whether its answers
come back at once, late, or its requests arrive late (jitter), and when handlers' replies
race the dispatcher for one chat.

The emulator's windows are Telegram's rules shortened (so a test takes seconds, not a
minute): 5 sends per 0.5 s overall, 1 per second per private chat, 4 per second per group.
The dispatcher runs the same windows in real time.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.delivery import Dispatcher
from bot.emulator.limits import Limit
from bot.emulator.limits import Limits as ServerLimits
from bot.emulator.ptb import application_builder
from bot.emulator.pytest_plugin import emulator_factory  # noqa: F401 - fixture
from bot.send_limits import Limits, SendLimiter, SharedRateLimiter
from storage import outbox
from tests.bot._reminder_kit import add_chat, make_services, queue_broadcasts

SERVER = ServerLimits(
    overall=Limit("global", 5, 0.5, 5),
    private=Limit("private", 1, 1.0, 1),
    group=Limit("group", 4, 1.0, 4),
)
OURS = Limits(overall=(5, 0.5), private=(1, 1.0), group=(4, 1.0))
PRIVATE, GROUP = 7, -100_777


# (kind, delay, after): "slow" with after=True answers late (the send is already counted at
# the server); after=False makes the request arrive late (network or server jitter).
FAULTS = {
    "fast": [],
    "slow answers": [("slow", 0.3, True), ("slow", 0.15, True)],
    "late arrivals": [("slow", 0.3, False), ("slow", 0.1, False)],
    "jitter": [("slow", 0.25, False), ("slow", 0.2, True), ("slow", 0.05, False)],
}


@pytest.mark.parametrize("faults", FAULTS.values(), ids=FAULTS.keys())
async def test_no_send_breaks_a_limit_at_the_server(tmp_path, emulator_factory, faults):  # noqa: F811
    emu = await emulator_factory(limits=True, limit_rules=SERVER)
    services = make_services(tmp_path, "2023-04-13T08:00")
    emu.user(PRIVATE)
    add_chat(services, PRIVATE)
    queue_broadcasts(services, PRIVATE, 3)
    emu.user(GROUP)
    add_chat(services, GROUP, kind="supergroup")
    queue_broadcasts(services, GROUP, 6)
    for chat_id in range(100, 106):
        emu.user(chat_id)
        add_chat(services, chat_id)
        queue_broadcasts(services, chat_id, 1)
    for chat_id in (PRIVATE, GROUP):
        for kind, delay, after in faults:
            emu.faults.add(kind, method="sendMessage", chat_id=chat_id, delay=delay, after=after)
    app = application_builder(emu).build()
    await app.initialize()
    try:
        dispatcher = Dispatcher(services, app.bot, limiter=SendLimiter(OURS), inline_wait=5.0)
        stats = await dispatcher.run_due()
    finally:
        await app.shutdown()
    assert emu.violations == []
    assert stats.sent == 15 and outbox.outbox_counts(services.db) == {"sent": 15}
    assert emu.stats.min_spacing(PRIVATE) >= 1.0
    assert len(emu.messages(GROUP)) == 6


async def test_a_reply_racing_the_dispatcher_for_a_chat_waits_its_turn(
    tmp_path,
    emulator_factory,  # noqa: F811
):
    """The dispatcher checks a chat's window, then may wait for a free sender; a reply to
    that chat sent meanwhile must not let the dispatcher's send follow it at once."""
    emu = await emulator_factory(limits=True, limit_rules=SERVER)
    services = make_services(tmp_path, "2023-04-13T08:00")
    for chat_id in (100, PRIVATE):
        emu.user(chat_id)
        add_chat(services, chat_id)
        queue_broadcasts(services, chat_id, 1)
    # Chat 100's answer comes late and holds the only sender while chat 7's message waits.
    emu.faults.add("slow", method="sendMessage", chat_id=100, delay=0.5, after=True)
    app = application_builder(emu).rate_limiter(SharedRateLimiter(SendLimiter(OURS))).build()
    await app.initialize()
    try:
        dispatcher = Dispatcher(services, app.bot, inline_wait=5.0, concurrency=1)
        run = asyncio.ensure_future(dispatcher.run_due())
        await emu.user(100).next_message()
        await app.bot.send_message(PRIVATE, "回复")
        stats = await run
    finally:
        await app.shutdown()
    assert emu.violations == []
    assert stats.sent == 2 and len(emu.messages(PRIVATE)) == 2
    assert emu.stats.min_spacing(PRIVATE) >= 1.0
