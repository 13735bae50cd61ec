"""What every handler needs: the chat it talks to, its language and zone, replies, guards."""

from __future__ import annotations

import functools
import zoneinfo
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from html import escape
from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.ext import ApplicationHandlerStop

from bot.chats import ensure_chat
from bot.context import BotContext
from bot.i18n import language_of, t
from bot.render import timezone_of
from storage import Chat

Handler = Callable[[Update, BotContext], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Here:
    """The chat a handler answers: stored record, UI language, time zone."""

    chat: Chat
    lang: str
    tz: zoneinfo.ZoneInfo

    @property
    def id(self) -> int:
        return self.chat.id


def here(update: Update, context: BotContext) -> Here:
    """Return the chat of ``update``, registered on first contact."""
    services = context.services
    tg_chat = update.effective_chat
    assert tg_chat is not None
    user = update.effective_user
    chat = ensure_chat(
        services,
        tg_chat.id,
        language=language_of(user.language_code if user else None),
        kind=tg_chat.type,
    )
    return Here(chat, chat.language, timezone_of(chat.timezone, services.config.timezone))


def arg_text(context: BotContext) -> str:
    """Return the command's arguments as one string ('' when none)."""
    return " ".join(context.args or []).strip()


async def reply(
    update: Update, text: str, keyboard: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Send ``text`` (HTML) to the chat of ``update``; return the message sent."""
    chat = update.effective_chat
    if chat is None:
        return None
    return await chat.send_message(text, reply_markup=keyboard, disable_web_page_preview=True)


async def reply_usage(
    update: Update, lang: str, key: str, example: str, *, extra: str = "", **params: Any
) -> None:
    """Tell what was wrong with the arguments (message ``key``) and show a working example.

    ``extra`` (HTML) is appended as is.
    """
    escaped = {k: escape(str(v)) for k, v in params.items()}
    text = f"{t(lang, key, **escaped)}\n{t(lang, 'usage_example', example=escape(example))}"
    await reply(update, f"{text}\n{extra}" if extra else text)


def admin_only(handler: Handler) -> Handler:
    """Run ``handler`` only for admin chats; others get a polite refusal and nothing happens."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: BotContext) -> None:
        chat = update.effective_chat
        if chat is None or chat.id not in context.services.config.telegram.admin_chat_ids:
            await reply(update, t(here(update, context).lang, "admin_only"))
            return
        await handler(update, context)

    return guarded


async def flood_guard(update: Update, context: BotContext) -> None:
    """Stop commands and button clicks beyond the per-chat rate (run before every handler)."""
    chat = update.effective_chat
    is_command = bool(
        update.message and (update.message.text or update.message.caption or "").startswith("/")
    )
    if chat is None or not (is_command or update.callback_query):
        return
    if context.flood.admit(chat.id):
        return
    if context.flood.should_warn(chat.id):
        if update.callback_query:
            await update.callback_query.answer()
        await reply(update, t(here(update, context).lang, "flood"))
    elif update.callback_query:
        await update.callback_query.answer()
    raise ApplicationHandlerStop
