"""getUpdates over raw HTTP: long polling, offsets, allowed_updates, conflicts."""

from __future__ import annotations

import asyncio
import time

import aiohttp

from bot.emulator import BotApiEmulator


async def call(session: aiohttp.ClientSession, emu: BotApiEmulator, method: str, **params):
    async with session.post(f"{emu.base_url}123:TEST/{method}", json=params) as resp:
        return resp.status, await resp.json()


async def test_long_poll_returns_as_soon_as_an_update_arrives(emulator: BotApiEmulator) -> None:
    ann = emulator.user(42, "Ann")
    async with aiohttp.ClientSession() as session:
        poll = asyncio.create_task(call(session, emulator, "getUpdates", timeout=30))
        await emulator.wait_polling()
        started = time.monotonic()
        await ann.send("/start")
        status, body = await asyncio.wait_for(poll, 5)
    assert time.monotonic() - started < 2
    assert status == 200 and body["ok"]
    [update] = body["result"]
    message = update["message"]
    assert message["text"] == "/start"
    assert message["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert isinstance(message["date"], int)
    assert message["chat"] == {"id": 42, "type": "private", "first_name": "Ann"}
    assert message["from"]["language_code"] == "zh-hans"


async def test_offset_confirms_and_unconfirmed_updates_come_again(
    emulator: BotApiEmulator,
) -> None:
    ann = emulator.user(42, "Ann")
    for text in ("a", "b", "c"):
        await ann.send(text)
    async with aiohttp.ClientSession() as session:
        _, first = await call(session, emulator, "getUpdates", limit=2)
        _, again = await call(session, emulator, "getUpdates")
        ids = [u["update_id"] for u in again["result"]]
        _, rest = await call(session, emulator, "getUpdates", offset=ids[1] + 1)
        _, last = await call(session, emulator, "getUpdates", offset=-1)
        _, empty = await call(session, emulator, "getUpdates", offset=ids[2] + 1, timeout=0)
    assert [u["message"]["text"] for u in first["result"]] == ["a", "b"]
    assert [u["message"]["text"] for u in again["result"]] == ["a", "b", "c"]
    assert ids == sorted(ids) and len(set(ids)) == 3
    assert [u["message"]["text"] for u in rest["result"]] == ["c"]
    assert [u["message"]["text"] for u in last["result"]] == ["c"]
    assert empty["result"] == []


async def test_long_poll_times_out_with_empty_result(emulator: BotApiEmulator) -> None:
    async with aiohttp.ClientSession() as session:
        status, body = await call(session, emulator, "getUpdates", timeout=0.2)
    assert (status, body) == (200, {"ok": True, "result": []})


async def test_allowed_updates_drops_other_types(emulator: BotApiEmulator) -> None:
    ann = emulator.user(42, "Ann")
    await ann.send("text")
    emulator.inject_update({"my_chat_member": {"chat": {"id": 42, "type": "private"}}})
    async with aiohttp.ClientSession() as session:
        _, body = await call(session, emulator, "getUpdates", allowed_updates=["my_chat_member"])
    assert [list(u)[1] for u in body["result"]] == ["my_chat_member"]


async def test_second_poller_terminates_the_first(emulator: BotApiEmulator) -> None:
    async with aiohttp.ClientSession() as session:
        first = asyncio.create_task(call(session, emulator, "getUpdates", timeout=30))
        await emulator.wait_polling()
        _, second = await call(session, emulator, "getUpdates", timeout=0)
        status, body = await asyncio.wait_for(first, 5)
    assert second == {"ok": True, "result": []}
    assert status == 409
    assert body["description"].startswith("Conflict: terminated by other getUpdates request")


async def test_webhook_blocks_get_updates(emulator: BotApiEmulator) -> None:
    async with aiohttp.ClientSession() as session:
        await call(session, emulator, "setWebhook", url="https://example.org/hook")
        status, body = await call(session, emulator, "getUpdates")
        await call(session, emulator, "deleteWebhook")
        status2, _ = await call(session, emulator, "getUpdates")
    assert status == 409 and "webhook is active" in body["description"]
    assert status2 == 200


async def test_unknown_method_and_bad_token(emulator: BotApiEmulator) -> None:
    async with aiohttp.ClientSession() as session:
        status, body = await call(session, emulator, "sendTelepathy")
    assert (status, body) == (404, {"ok": False, "error_code": 404, "description": "Not Found"})
    async with BotApiEmulator(token="123:RIGHT") as strict, aiohttp.ClientSession() as session:
        async with session.post(f"{strict.base_url}123:WRONG/getMe") as resp:
            assert resp.status == 401
            assert (await resp.json())["description"] == "Unauthorized"


async def test_form_encoded_parameters_like_ptb(emulator: BotApiEmulator) -> None:
    emulator.user(42, "Ann")
    markup = '{"inline_keyboard": [[{"text": "下一页", "callback_data": "page:2"}]]}'
    async with aiohttp.ClientSession() as session:
        async with session.post(
            f"{emulator.base_url}123:TEST/sendMessage",
            data={"chat_id": "42", "text": "第1页", "reply_markup": markup},
        ) as resp:
            body = await resp.json()
    assert body["result"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "page:2"
    assert emulator.messages(42)[0].button("下一页").callback_data == "page:2"
