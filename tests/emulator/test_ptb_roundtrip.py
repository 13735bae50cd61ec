"""A real PTB Application against the emulator over real HTTP: the way bot tests are built."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ContextTypes, MessageHandler, filters

from bot.emulator import BotApiEmulator
from bot.emulator.ptb import application_builder, polling


async def echo_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None and update.effective_user is not None
    args = " ".join(context.args or [])
    await update.effective_message.reply_html(
        f"<b>你好</b> {update.effective_user.first_name}: {args}",
        reply_markup=InlineKeyboardMarkup(
            [[InlineKeyboardButton("提醒我", callback_data="remind:7")]]
        ),
    )


async def click_cb(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer("好的")
    await query.edit_message_text(f"已设置 {query.data}")


async def text_msg(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(f"echo: {update.effective_message.text}")


def build(emu: BotApiEmulator):
    app = application_builder(emu).build()
    app.add_handler(CommandHandler("echo", echo_cmd))
    app.add_handler(CallbackQueryHandler(click_cb))
    app.add_handler(
        MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, text_msg)
    )
    return app


async def test_command_in_reply_out(emulator: BotApiEmulator) -> None:
    async with polling(build(emulator)):
        ann = emulator.user(42, "Ann")
        await ann.send("/echo 书市")
        reply = await ann.next_message(timeout=5)
    assert reply.text == "你好 Ann: 书市"
    assert reply.source == "<b>你好</b> Ann: 书市"
    assert reply.entities == [{"type": "bold", "offset": 0, "length": 2}]
    assert reply.button_texts == ["提醒我"]


async def test_click_answers_and_edits(emulator: BotApiEmulator) -> None:
    async with polling(build(emulator)):
        ann = emulator.user(42, "Ann")
        await ann.send("/echo")
        reply = await ann.next_message()
        query_id = await ann.click(reply, "提醒我")
        answer = await ann.answer(query_id)
        edited = await ann.wait_for(lambda m: m.edited)
    assert answer["text"] == "好的"
    assert edited.message_id == reply.message_id
    assert edited.text == "已设置 remind:7"
    assert edited.buttons == []
    assert edited.history == ["你好 Ann:"]  # Telegram trims the trailing space


async def test_plain_text_and_reply_in_group(emulator: BotApiEmulator) -> None:
    async with polling(build(emulator)):
        bob = emulator.user(-500, "Bob", user_id=7, chat_type="group", title="读书会")
        await bob.send("hello")
        reply = await bob.next_message()
        await bob.reply_to(reply, "again")
        second = await bob.next_message()
    assert reply.text == "echo: hello"
    assert second.text == "echo: again"
    assert reply.chat_id == -500


async def test_menu_and_get_me(emulator: BotApiEmulator) -> None:
    from telegram import BotCommand

    app = build(emulator)
    async with polling(app):
        await app.bot.set_my_commands([BotCommand("start", "开始"), BotCommand("help", "帮助")])
        me = await app.bot.get_me()
        got = await app.bot.get_my_commands()
    assert me.username == "newscal_test_bot" and me.is_bot
    assert [c.command for c in got] == ["start", "help"]
    assert emulator.commands == [
        {"command": "start", "description": "开始"},
        {"command": "help", "description": "帮助"},
    ]


async def test_blocking_tells_the_bot_and_edits_arrive(emulator: BotApiEmulator) -> None:
    from telegram.ext import ChatMemberHandler

    seen: list[str] = []

    async def member_cb(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.my_chat_member is not None
        seen.append(update.my_chat_member.new_chat_member.status)

    async def edited_msg(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.edited_message is not None
        await update.edited_message.reply_text(f"edited: {update.edited_message.text}")

    app = build(emulator)
    app.add_handler(ChatMemberHandler(member_cb, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, edited_msg))
    async with polling(app):
        ann = emulator.user(42, "Ann")
        sent = await ann.send("draft")
        await ann.next_message()
        await ann.edit(sent, "final")
        assert (await ann.next_message()).text == "edited: final"
        ann.block()
        ann.unblock()
        await ann.send("/echo")
        await ann.next_message()
    assert seen == ["kicked", "member"]
