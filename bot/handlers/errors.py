"""The one application-wide error handler: log with context, tell the user, never leak the token."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError

from bot.context import BotContext
from bot.handlers.common import reply
from bot.i18n import t

log = logging.getLogger("newscal.bot")


def redact(text: str, token: str | None) -> str:
    """Return ``text`` with the bot token (and its secret half) replaced by ``<token>``."""
    if token:
        text = text.replace(token, "<token>")
        secret = token.partition(":")[2]
        if len(secret) >= 8:
            text = text.replace(secret, "<token>")
    return text


async def error_handler(update: object, context: BotContext) -> None:
    """Log the error with what the update was; answer the chat with a short apology."""
    token = context.bot.token
    error = context.error
    where = "no update"
    if isinstance(update, Update):
        chat = update.effective_chat
        message = update.effective_message
        what = (message.text or message.caption or "")[:80] if message else ""
        if update.callback_query:
            what = f"button {update.callback_query.data!r}"
        where = f"update {update.update_id} chat {chat.id if chat else '?'}: {what!r}"
    log.error(
        "error handling %s: %s",
        redact(where, token),
        redact(f"{type(error).__name__}: {error}", token),
        exc_info=(type(error), error, error.__traceback__) if error else None,
    )
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    await reply_apology(update, context)


async def reply_apology(update: Update, context: BotContext) -> None:
    """Tell the chat something went wrong, in its language when the database still answers."""
    assert update.effective_chat is not None
    lang = "zh"
    try:
        from storage.chats import get_chat

        chat = get_chat(context.services.db, update.effective_chat.id)
        lang = chat.language if chat else lang
    except Exception:  # the database may be what failed; Chinese is the default anyway
        pass
    token = context.bot.token
    try:
        await reply(update, t(lang, "error"))
    except (TelegramError, OSError) as exc:  # the apology failed too: the log has the cause
        log.warning("could not send the error notice: %s", redact(str(exc), token))
