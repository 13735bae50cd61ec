"""/start (with the ``event_<id>`` deep link), /stop and /lang."""

from __future__ import annotations

import contextlib

from telegram import Update

from bot.chats import set_language, start_chat, stop_chat
from bot.context import BotContext
from bot.handlers.common import arg_text, here, reply, reply_usage, wake_dispatcher
from bot.handlers.event import show_event
from bot.i18n import LANGUAGES, language_of, t

DEEP_LINK_PREFIX = "event_"


async def start_cmd(update: Update, context: BotContext) -> None:
    """Register the chat, subscribe it to alerts and the digest, welcome it (or open an event)."""
    tg_chat = update.effective_chat
    assert tg_chat is not None
    user = update.effective_user
    start_chat(
        context.services,
        tg_chat.id,
        language=language_of(user.language_code if user else None),
        kind=tg_chat.type,
    )
    wake_dispatcher(context)
    if tg_chat.id in context.services.config.telegram.admin_chat_ids:
        from telegram import BotCommandScopeChat
        from telegram.error import TelegramError

        from bot.commands import menu

        # Admins get their menu now, not only at the next start of the bot.
        with contextlib.suppress(TelegramError):  # a menu is a nicety
            await context.bot.set_my_commands(
                menu("zh", admin=True), scope=BotCommandScopeChat(tg_chat.id)
            )
    where = here(update, context)
    payload = arg_text(context)
    if payload.startswith(DEEP_LINK_PREFIX):
        await show_event(update, context, where, payload[len(DEEP_LINK_PREFIX) :])
        return
    from bot.commands import help_text

    await reply(update, f"{t(where.lang, 'welcome')}\n\n{help_text(where.lang, admin=False)}")


async def stop_cmd(update: Update, context: BotContext) -> None:
    """Unsubscribe the chat from everything; its settings stay for a later /start."""
    where = here(update, context)
    stop_chat(context.services, where.id)
    await reply(update, t(where.lang, "stopped"))


async def lang_cmd(update: Update, context: BotContext) -> None:
    """Switch the chat's language: ``/lang en``, ``/lang zh``; without argument, toggle."""
    where = here(update, context)
    wanted = arg_text(context).lower()
    aliases = {"中文": "zh", "chinese": "zh", "cn": "zh", "english": "en", "英文": "en"}
    wanted = aliases.get(wanted, wanted)
    if not wanted:
        wanted = "en" if where.lang == "zh" else "zh"
    if wanted not in LANGUAGES:
        await reply_usage(update, where.lang, "lang_usage", "/lang en")
        return
    set_language(context.services, where.id, wanted)
    await reply(update, t(wanted, "lang_set"))
