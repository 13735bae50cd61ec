"""Documents both ways: the bot's .ics uploads and the files users send for /ingest."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes, MessageHandler, filters

from bot.emulator import BotApiEmulator
from bot.emulator.ptb import application_builder, polling

ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:\xe4\xb9\xa6\xe5\xb8\x82\r\nEND:VCALENDAR\r\n"


async def ics_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_document(
        ICS, filename="书市.ics", caption="<b>日历</b>", parse_mode="HTML"
    )


async def file_msg(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None and message.document is not None
    tg_file = await message.document.get_file()
    data = await tg_file.download_as_bytearray()
    await message.reply_text(f"{message.document.file_name} {message.caption} {data.decode()}")


def build(emu: BotApiEmulator):
    app = application_builder(emu).build()
    app.add_handler(CommandHandler("ics", ics_cmd))
    app.add_handler(MessageHandler(filters.Document.ALL, file_msg))
    return app


async def test_bot_uploads_a_document(emulator: BotApiEmulator) -> None:
    async with polling(build(emulator)):
        ann = emulator.user(42, "Ann")
        await ann.send("/ics")
        sent = await ann.wait_for(lambda m: m.document is not None)
    assert sent.document is not None
    assert sent.document.file_name == "书市.ics"
    assert sent.document.data == ICS
    assert "书市" in sent.document.text
    assert sent.caption == "日历"
    assert sent.entities == [{"type": "bold", "offset": 0, "length": 2}]
    assert ann.documents == [sent]


async def test_user_sends_a_document_the_bot_downloads(emulator: BotApiEmulator) -> None:
    async with polling(build(emulator)):
        admin = emulator.user(1, "Admin")
        sent = await admin.send_document("丰台报 第2版".encode(), "page.txt", caption="/ingest")
        reply = await admin.next_message()
    assert sent["caption_entities"] == [{"type": "bot_command", "offset": 0, "length": 7}]
    assert sent["document"]["mime_type"] == "text/plain"
    assert reply.text == "page.txt /ingest 丰台报 第2版"


async def test_bot_resends_a_known_file_id(emulator: BotApiEmulator) -> None:
    app = build(emulator)
    async with polling(app):
        emulator.user(42, "Ann")
        first = await app.bot.send_document(42, ICS, filename="a.ics")
        second = await app.bot.send_document(42, first.document.file_id)
    assert second.document.file_id == first.document.file_id
    assert [m.document.data for m in emulator.messages(42)] == [ICS, ICS]
