"""The aiohttp request backend behaves like PTB's own against the emulator."""

from __future__ import annotations

import pytest
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.aiohttp_request import AiohttpRequest
from bot.emulator.ptb import application_builder
from bot.emulator.pytest_plugin import emulator  # noqa: F401 - fixture


@pytest.fixture
async def bot(emulator):  # noqa: F811
    app = application_builder(emulator).request(AiohttpRequest(read_timeout=0.5)).build()
    await app.initialize()
    try:
        yield app.bot
    finally:
        await app.shutdown()


async def test_send_message_and_document(bot, emulator):  # noqa: F811
    ann = emulator.user(42)
    assert bot.username == "newscal_test_bot"
    msg = await bot.send_message(42, "<b>书展</b> &amp; 讲座", parse_mode="HTML")
    assert msg.text == "书展 & 讲座" and msg.chat_id == 42
    await bot.send_document(
        42, document=b"BEGIN:VCALENDAR\r\n", filename="书展.ics", caption="日历"
    )
    (doc,) = ann.documents
    assert doc.document.file_name == "书展.ics" and doc.caption == "日历"


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("429", RetryAfter),
        ("403", Forbidden),
        ("400", BadRequest),
        ("migrate", ChatMigrated),
        ("502", NetworkError),
        ("timeout", TimedOut),
    ],
)
async def test_errors_map_to_ptb_exceptions(bot, emulator, kind, error):  # noqa: F811
    emulator.user(42)
    emulator.faults.add(kind, chat_id=42)
    with pytest.raises(error):
        await bot.send_message(42, "hi")
