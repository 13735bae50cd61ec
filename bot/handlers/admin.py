"""Admin-only commands: /ingest (an uploaded document), /stats, /broadcast <text>."""

from __future__ import annotations

import asyncio
from html import escape

from telegram import Document, Message, Update

from bot import reminders
from bot.context import BotContext
from bot.handlers.common import admin_only, arg_text, here, reply, reply_usage, wake_dispatcher
from bot.i18n import t
from bot.ingest import DocumentError
from bot.render import day_text, event_line
from bot.stats import bot_stats
from bot.uploads import MAX_BYTES, accepts, read_upload, store_upload


def _document_of(message: Message | None) -> Document | None:
    if message is None:
        return None
    if message.document:
        return message.document
    if message.reply_to_message and message.reply_to_message.document:
        return message.reply_to_message.document
    return None


@admin_only
async def ingest_cmd(update: Update, context: BotContext) -> None:
    """Read a .txt/.pdf/.html document sent with the caption /ingest (or replied to)."""
    where = here(update, context)
    doc = _document_of(update.effective_message)
    if doc is None:
        await reply(update, t(where.lang, "ingest_usage"))
        return
    name = doc.file_name or "document.txt"
    if not accepts(name):
        await reply_usage(update, where.lang, "ingest_bad_type", "report.txt", name=name)
        return
    if doc.file_size and doc.file_size > MAX_BYTES:
        await reply(update, t(where.lang, "ingest_too_big", max_mb=MAX_BYTES // 2**20))
        return
    file = await context.bot.get_file(doc.file_id)
    data = bytes(await file.download_as_bytearray())
    services = context.services
    today = services.clock.now().astimezone(services.config.tz).date()
    try:
        # Reading a large PDF takes seconds: off the event loop, so other chats go on.
        extracted = await asyncio.to_thread(read_upload, data, name, today)
        uploaded = store_upload(services, extracted, name)
    except DocumentError as exc:
        await reply(
            update, t(where.lang, "ingest_failed", name=escape(name), reason=escape(str(exc)))
        )
        return
    saved = uploaded.saved
    published = day_text(uploaded.published, where.lang) if uploaded.published else "?"
    lines = [
        t(
            where.lang,
            "ingest_done",
            name=escape(name),
            published=published,
            outcome=t(where.lang, f"outcome_{saved.outcome}"),
            added=len(saved.added),
            changed=len(saved.changed),
        )
    ]
    lines += [event_line(e, where.lang, where.tz, n) for n, e in enumerate(uploaded.events, 1)]
    if uploaded.alerts:
        lines.append(t(where.lang, "ingest_alerts", count=uploaded.alerts))
        wake_dispatcher(context)
    await reply(update, "\n".join(lines))


@admin_only
async def stats_cmd(update: Update, context: BotContext) -> None:
    """Show counts of events, chats and the outbox."""
    where = here(update, context)
    stats = bot_stats(context.services)
    outbox = ", ".join(f"{k} {v}" for k, v in sorted(stats.outbox.items())) or "0"
    now = context.services.clock.now().astimezone(where.tz)
    await reply(
        update,
        t(
            where.lang,
            "stats",
            events=stats.events,
            chats=stats.chats,
            active=stats.active_chats,
            outbox=outbox,
            now=f"{now:%Y-%m-%d %H:%M %Z}",
        ),
    )


@admin_only
async def broadcast_cmd(update: Update, context: BotContext) -> None:
    """Queue a message to every active chat: ``/broadcast 书市今天开幕``."""
    where = here(update, context)
    text = arg_text(context)
    if not text:
        await reply_usage(update, where.lang, "broadcast_usage", "/broadcast 书市今天开幕")
        return
    count = reminders.queue_broadcast(context.services, text)
    wake_dispatcher(context)
    await reply(update, t(where.lang, "broadcast_queued", count=count))
