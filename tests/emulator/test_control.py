"""The control API a benchmark or crash test uses to drive an emulator in another process."""

from __future__ import annotations

import base64

import aiohttp
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup

from bot.emulator import BotApiEmulator
from bot.emulator.ptb import TEST_TOKEN


async def test_control_api_round_trip(emulator: BotApiEmulator) -> None:
    async with aiohttp.ClientSession() as http:

        async def control(verb: str, action: str, **body):
            url = f"{emulator.url}/_emulator/{action}"
            async with http.request(verb, url, json=body if verb != "GET" else None) as resp:
                return resp.status, await resp.json()

        _, users = await control("POST", "users", chat_id=-500, chat_type="group", title="读书会")
        data = base64.b64encode("丰台".encode()).decode()
        _, doc = await control("POST", "document", chat_id=7, filename="p.txt", data_base64=data)
        bot = Bot(TEST_TOKEN, base_url=emulator.base_url, base_file_url=emulator.base_file_url)
        async with bot:
            [update] = await bot.get_updates()
            file = await bot.get_file(update.message.document.file_id)
            downloaded = bytes(await file.download_as_bytearray())
            keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("好", callback_data="ok")]])
            sent = await bot.send_message(7, "选", reply_markup=keyboard)
            _, click = await control(
                "POST", "click", chat_id=7, message_id=sent.message_id, button="好"
            )
            [query] = await bot.get_updates(offset=update.update_id + 1)
            _, injected = await control("POST", "update", poll={"id": "1"})
            _, fault = await control("POST", "faults", kind="500", method="sendMessage")
            _, cleared = await control("DELETE", "faults")
            _, limits = await control("POST", "limits", mode=False)
            await bot.send_message(7, "二")
        _, since = await control("GET", "messages?chat_id=7&since=1")
        status, waited = await control("GET", "wait?chat_id=7&count=3&timeout=0.05")
        _, unknown = await control("GET", "nothing")
        _, bad = await control("POST", "send", text="no chat id")
    assert users["result"]["chat"] == {"id": -500, "type": "group", "title": "读书会"}
    assert doc["result"]["document"]["file_name"] == "p.txt"
    assert downloaded == "丰台".encode()
    assert query.callback_query.data == "ok" and query.callback_query.id == click["result"]
    assert isinstance(injected["result"], int)
    assert fault["result"]["kind"] == "500" and cleared["result"] is True
    assert limits["result"] is True and emulator.limits is False
    assert [m["text"] for m in since["result"]] == ["二"]
    assert since["result"][0]["buttons"] == []
    assert (status, waited) == (408, {"ok": False, "error": "timeout"})
    assert unknown["ok"] is False and "unknown control action" in unknown["error"]
    assert bad["ok"] is False and "chat_id" in bad["error"]
