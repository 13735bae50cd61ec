"""/event <id> and the buttons under an event: open, 提醒我, 取消提醒, 加入日历."""

from __future__ import annotations

import datetime as dt
from html import escape

from telegram import InputFile, Update
from telegram.error import BadRequest

from bot import callbacks, reminders
from bot.browse import find_events, short_id
from bot.context import BotContext
from bot.handlers.common import Here, arg_text, here, reply, reply_usage
from bot.i18n import t
from bot.ics import calendar_bytes
from bot.render import day_text, event_card, event_keyboard, event_line, shorten
from storage import StoredEvent

EXAMPLE_ID = "3fa2c1"


async def event_cmd(update: Update, context: BotContext) -> None:
    """Show one event: ``/event 3fa2c1``."""
    where = here(update, context)
    ref = arg_text(context)
    if not ref:
        await reply_usage(update, where.lang, "event_usage", f"/event {EXAMPLE_ID}")
        return
    await show_event(update, context, where, ref)


async def show_event(update: Update, context: BotContext, where: Here, ref: str) -> None:
    """Reply with the card of the event ``ref`` names, or say why there is none."""
    found = find_events(context.services, ref)
    if not found:
        await reply_usage(
            update, where.lang, "event_not_found", f"/event {EXAMPLE_ID}", ref=shorten(ref, 40)
        )
        return
    if len(found) > 1:
        lines = [t(where.lang, "event_ambiguous", ref=escape(ref))]
        lines += [event_line(e, where.lang, where.tz) for e in found]
        await reply(update, "\n".join(lines))
        return
    await send_card(update, context, where, found[0])


async def send_card(update: Update, context: BotContext, where: Here, event: StoredEvent) -> None:
    """Send the card of ``event`` with its buttons."""
    reminded = is_reminded(context, where.id, event.id)
    await reply(
        update,
        event_card(event, where.lang, where.tz, context.bot.username),
        event_keyboard(event, where.lang, reminded=reminded),
    )


def is_reminded(context: BotContext, chat_id: int, event_id: str) -> bool:
    """Return True when the chat has pending reminders of the event."""
    return any(e.id == event_id for e in reminders.reminded_events(context.services, chat_id))


async def event_button(update: Update, context: BotContext) -> None:
    """Handle the buttons of event cards and lists."""
    query = update.callback_query
    assert query is not None
    parsed = callbacks.parse_event(query.data or "")
    where = here(update, context)
    found = find_events(context.services, parsed[1]) if parsed else []
    if parsed is None or len(found) != 1:
        await query.answer(t(where.lang, "event_not_found", ref=parsed[1] if parsed else "?"))
        return
    action, event = parsed[0], found[0]
    await query.answer()
    if action == "o":
        await send_card(update, context, where, event)
    elif action == "r":
        await remind_and_confirm(update, context, where, event, lead=None)
        await _set_card_buttons(update, where, event, reminded=True)
    elif action == "c":
        await cancel_and_confirm(update, context, where, event)
        await _set_card_buttons(update, where, event, reminded=False)
    elif action == "i":
        await send_ics(
            update,
            context,
            [event],
            filename=f"event-{short_id(event.id)}.ics",
            caption=escape(event.title),
        )


async def _set_card_buttons(
    update: Update, where: Here, event: StoredEvent, *, reminded: bool
) -> None:
    query = update.callback_query
    if query is None or query.message is None:
        return
    try:
        await query.edit_message_reply_markup(event_keyboard(event, where.lang, reminded=reminded))
    except BadRequest:  # "message is not modified": the buttons already say so
        pass


async def remind_and_confirm(
    update: Update,
    context: BotContext,
    where: Here,
    event: StoredEvent,
    *,
    lead: dt.timedelta | None,
) -> None:
    """Plan reminders of ``event`` for the chat and say when they will come."""
    services = context.services
    title = escape(event.title)
    if event.end_at <= services.clock.now():
        await reply(update, t(where.lang, "remind_over", title=title))
        return
    planned = reminders.remind_event(services, where.id, event.id, lead)
    if not planned:
        await reply(update, t(where.lang, "remind_none", title=title))
        return
    times = "\n".join(
        f"• {day_text(r.due_at.astimezone(where.tz).date(), where.lang)} "
        f"{r.due_at.astimezone(where.tz):%H:%M}"
        for r in sorted(planned, key=lambda r: r.due_at)
    )
    await reply(update, t(where.lang, "remind_set", title=title, times=times))


async def cancel_and_confirm(
    update: Update, context: BotContext, where: Here, event: StoredEvent
) -> None:
    """Cancel the chat's pending reminders of ``event`` and say how many."""
    count = reminders.cancel_event_reminders(context.services, where.id, event.id)
    key = "reminder_cancelled" if count else "reminder_nothing"
    await reply(update, t(where.lang, key, title=escape(event.title), count=count))


async def send_ics(
    update: Update, context: BotContext, events: list[StoredEvent], *, filename: str, caption: str
) -> None:
    """Send ``events`` as one .ics document."""
    data = calendar_bytes(events, now=context.services.clock.now(), name="newscal")
    chat = update.effective_chat
    assert chat is not None
    await chat.send_document(InputFile(data, filename=filename), caption=caption)
