"""/subscribe <关键词> and /unsubscribe <关键词>: alerts when a new event matches."""

from __future__ import annotations

from html import escape

from telegram import Update

from bot.chats import chat_keywords, subscribe_keyword, unsubscribe_keyword
from bot.context import BotContext
from bot.handlers.common import Here, arg_text, here, reply, reply_usage
from bot.i18n import t

MAX_KEYWORD = 40


async def subscribe_cmd(update: Update, context: BotContext) -> None:
    """Subscribe to a keyword: ``/subscribe 书市``."""
    where = here(update, context)
    keyword = " ".join(arg_text(context).split())
    if not keyword or len(keyword) > MAX_KEYWORD:
        await reply_usage(
            update,
            where.lang,
            "subscribe_usage",
            "/subscribe 书市",
            extra=_keywords_text(context, where),
        )
        return
    new = subscribe_keyword(context.services, where.id, keyword)
    key = "subscribed" if new else "already_subscribed"
    await reply(update, t(where.lang, key, keyword=escape(keyword)))


async def unsubscribe_cmd(update: Update, context: BotContext) -> None:
    """Drop a keyword subscription: ``/unsubscribe 书市``."""
    where = here(update, context)
    keyword = " ".join(arg_text(context).split())
    if not keyword:
        await reply_usage(
            update,
            where.lang,
            "subscribe_usage",
            "/unsubscribe 书市",
            extra=_keywords_text(context, where),
        )
        return
    removed = unsubscribe_keyword(context.services, where.id, keyword)
    key = "unsubscribed" if removed else "not_subscribed"
    await reply(update, t(where.lang, key, keyword=escape(keyword)))


def _keywords_text(context: BotContext, where: Here) -> str:
    keywords = chat_keywords(context.services, where.id)
    if not keywords:
        return t(where.lang, "no_keywords")
    return t(where.lang, "your_keywords", keywords="、".join(escape(k) for k in keywords))
