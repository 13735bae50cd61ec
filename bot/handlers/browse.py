"""/upcoming, /today, /week, /search and the ◀ ▶ buttons that page through them."""

from __future__ import annotations

import datetime as dt
from html import escape

from telegram import Update
from telegram.error import BadRequest

from bot import callbacks
from bot.browse import EventPage, search_events, upcoming_events
from bot.context import BotContext
from bot.dates import DateInputError, Window, named_window, parse_window
from bot.handlers.common import Here, arg_text, here, reply, reply_usage
from bot.i18n import t
from bot.render import day_text, page_keyboard, page_text

PAGE_SIZE = 5
MAX_COUNT = 20


def _today(context: BotContext, where: Here) -> dt.date:
    return context.services.clock.now().astimezone(where.tz).date()


async def upcoming_cmd(update: Update, context: BotContext) -> None:
    """List upcoming events: ``/upcoming``, ``/upcoming 3``, ``/upcoming 明天``,
    ``/upcoming 4月20日``."""
    where = here(update, context)
    text = arg_text(context)
    limit, window = PAGE_SIZE, None
    if text.isdecimal():
        limit = int(text)
        if not 1 <= limit <= MAX_COUNT:
            await reply_usage(
                update, where.lang, "bad_count", "/upcoming 3", text=text, max=MAX_COUNT
            )
            return
    elif text:
        try:
            window = parse_window(text, _today(context, where))
        except DateInputError as exc:
            await reply_usage(update, where.lang, exc.key, "/upcoming 4月20日", **exc.params)
            return
    await _send_page(update, context, where, callbacks.PageTurn(window=window), 0, limit)


async def today_cmd(update: Update, context: BotContext) -> None:
    """List today's events."""
    where = here(update, context)
    window = named_window("today", _today(context, where))
    await _send_page(update, context, where, callbacks.PageTurn(window=window), 0, PAGE_SIZE)


async def week_cmd(update: Update, context: BotContext) -> None:
    """List the events of the rest of this week."""
    where = here(update, context)
    window = named_window("this_week", _today(context, where))
    await _send_page(update, context, where, callbacks.PageTurn(window=window), 0, PAGE_SIZE)


async def search_cmd(update: Update, context: BotContext) -> None:
    """Full-text search over events: ``/search 书市``; FTS operators are plain text."""
    where = here(update, context)
    query = arg_text(context)
    if not query:
        await reply_usage(update, where.lang, "search_usage", "/search 书市")
        return
    await _send_page(update, context, where, callbacks.PageTurn(query=query), 0, PAGE_SIZE)


async def page_button(update: Update, context: BotContext) -> None:
    """Show another page of a list, editing the list message in place."""
    query = update.callback_query
    assert query is not None
    where = here(update, context)
    parsed = callbacks.parse_page(query.data or "")
    await query.answer()
    if parsed is None:
        return
    turn, offset, limit = parsed
    text, page = _page(context, where, turn, offset, max(1, min(limit, MAX_COUNT)))
    try:
        await query.edit_message_text(text, reply_markup=page_keyboard(page, where.lang, turn))
    except BadRequest:  # "message is not modified": the same page again
        pass


async def _send_page(
    update: Update,
    context: BotContext,
    where: Here,
    turn: callbacks.PageTurn,
    offset: int,
    limit: int,
) -> None:
    text, page = _page(context, where, turn, offset, limit)
    await reply(update, text, page_keyboard(page, where.lang, turn))


def _page(
    context: BotContext, where: Here, turn: callbacks.PageTurn, offset: int, limit: int
) -> tuple[str, EventPage]:
    services = context.services
    if turn.query is not None:
        page = search_events(services, turn.query, offset=offset, limit=limit)
        title = t(where.lang, "search_title", query=escape(turn.query), count=page.total)
        return page_text(title, page, where.lang, where.tz, "no_events"), page
    page = upcoming_events(services, where.tz, window=turn.window, offset=offset, limit=limit)
    title = _window_title(turn.window, where.lang)
    empty = "no_upcoming" if turn.window is None else "no_events"
    return page_text(title, page, where.lang, where.tz, empty), page


def _window_title(window: Window | None, lang: str) -> str:
    if window is None:
        return t(lang, "upcoming_title")
    first = day_text(window.first_on, lang)
    if window.first_on == window.last_on:
        label = t(lang, window.name) if window.name else first
        if window.name:
            label = f"{label} ({first})" if lang == "en" else f"{label} {first}"
        return t(lang, "day_title", label=label)
    last = day_text(window.last_on, lang)
    if not window.name:
        return t(lang, "span_title", first=first, last=last)
    return t(lang, "window_title", label=t(lang, window.name), first=first, last=last)
