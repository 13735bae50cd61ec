"""Each fault kind, as python-telegram-bot sees it."""

from __future__ import annotations

import pytest
from telegram import Bot
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from bot.emulator import BotApiEmulator
from bot.emulator.ptb import TEST_TOKEN


def make_bot(emu: BotApiEmulator, read_timeout: float = 5.0) -> Bot:
    return Bot(
        TEST_TOKEN,
        base_url=emu.base_url,
        base_file_url=emu.base_file_url,
        request=HTTPXRequest(read_timeout=read_timeout),
    )


@pytest.fixture
async def bot(emulator: BotApiEmulator):
    emulator.user(42, "Ann")
    emulator.user(-500, "Bob", chat_type="group")
    async with make_bot(emulator) as bot:
        yield bot


async def test_429_carries_retry_after(emulator: BotApiEmulator, bot: Bot) -> None:
    emulator.faults.add("429", method="sendMessage", chat_id=42, retry_after=3, count=2)
    for _ in range(2):
        with pytest.raises(RetryAfter) as info:
            await bot.send_message(42, "提醒")
        assert info.value.retry_after == 3
    await bot.send_message(42, "提醒")  # the count is used up
    await bot.send_message(-500, "别的群不受影响")
    assert [m.text for m in emulator.messages(42)] == ["提醒"]


async def test_403_blocked(emulator: BotApiEmulator, bot: Bot) -> None:
    emulator.faults.add("403", chat_id=42, count=None)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(42, "x")
    with pytest.raises(Forbidden):
        await bot.send_document(42, b"x", filename="a.ics")


async def test_user_blocks_the_bot(emulator: BotApiEmulator, bot: Bot) -> None:
    ann = emulator.user(42, "Ann")
    ann.block()
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(42, "x")
    ann.unblock()
    await bot.send_message(42, "x")


async def test_group_migrates(emulator: BotApiEmulator, bot: Bot) -> None:
    new_id = emulator.migrate(-500)
    with pytest.raises(ChatMigrated) as info:
        await bot.send_message(-500, "x")
    assert info.value.new_chat_id == new_id
    await bot.send_message(new_id, "到超级群")
    assert emulator.messages(new_id)[0].text == "到超级群"


async def test_migrate_fault(emulator: BotApiEmulator, bot: Bot) -> None:
    emulator.faults.add("migrate", chat_id=-500, migrate_to_chat_id=-1009)
    with pytest.raises(ChatMigrated) as info:
        await bot.send_message(-500, "x")
    assert info.value.new_chat_id == -1009


@pytest.mark.parametrize("kind", ["500", "502", "503"])
async def test_server_errors(emulator: BotApiEmulator, bot: Bot, kind: str) -> None:
    emulator.faults.add(kind, method="sendMessage")
    with pytest.raises(NetworkError) as info:
        await bot.send_message(42, "x")
    assert not isinstance(info.value, BadRequest)
    await bot.send_message(42, "x")
    assert emulator.stats.requests[("sendMessage", int(kind))] == 1


async def test_slow_answer_times_out(emulator: BotApiEmulator) -> None:
    emulator.user(42, "Ann")
    emulator.faults.add("slow", method="sendMessage", delay=1.0)
    async with make_bot(emulator, read_timeout=0.2) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(42, "慢")
    # the slow call was performed after its delay: the bot timed out, Telegram delivered
    ann = emulator.user(42, "Ann")
    assert (await ann.next_message(timeout=3)).text == "慢"


async def test_timeout_never_answers(emulator: BotApiEmulator) -> None:
    emulator.user(42, "Ann")
    emulator.faults.add("timeout", method="sendMessage")
    async with make_bot(emulator, read_timeout=0.2) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(42, "x")
    assert emulator.messages(42) == []


async def test_dropped_connection(emulator: BotApiEmulator, bot: Bot) -> None:
    emulator.faults.add("drop", method="sendMessage")
    with pytest.raises(NetworkError) as info:
        await bot.send_message(42, "x")
    assert not isinstance(info.value, TimedOut)
    assert emulator.messages(42) == []


async def test_error_after_delivery_makes_duplicates(emulator: BotApiEmulator, bot: Bot) -> None:
    emulator.faults.add("502", method="sendMessage", after=True)
    with pytest.raises(NetworkError):
        await bot.send_message(42, "书市提醒")
    await bot.send_message(42, "书市提醒")  # the bot's retry
    assert emulator.stats.duplicates() == {(42, "书市提醒"): 2}


async def test_window_and_any_method(emulator: BotApiEmulator) -> None:
    now = [100.0]
    emu = BotApiEmulator(time_fn=lambda: now[0])
    fault = emu.faults.add("500", count=None, duration=10)
    assert emu.faults.take("sendmessage", 42) is fault
    assert emu.faults.take("getupdates", None) is None  # getUpdates must be named
    now[0] = 110.0
    assert emu.faults.take("sendmessage", 42) is None
    with pytest.raises(ValueError):
        emu.faults.add("418")
