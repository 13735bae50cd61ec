"""/remind <id> [lead], /reminders and its cancel buttons."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest

from bot import callbacks, reminders
from bot.browse import find_events
from bot.context import BotContext
from bot.dates import DateInputError, parse_lead
from bot.handlers.common import Here, here, reply, reply_usage
from bot.handlers.event import EXAMPLE_ID, cancel_and_confirm, remind_and_confirm
from bot.i18n import t
from bot.render import event_line, shorten


async def remind_cmd(update: Update, context: BotContext) -> None:
    """Plan reminders of an event: ``/remind 3fa2c1`` (default times) or
    ``/remind 3fa2c1 2小时``."""
    where = here(update, context)
    args = context.args or []
    example = f"/remind {EXAMPLE_ID} 2小时"
    if not args:
        await reply_usage(update, where.lang, "event_usage", example)
        return
    found = find_events(context.services, args[0])
    if len(found) != 1:
        key = "event_ambiguous" if found else "event_not_found"
        await reply_usage(update, where.lang, key, example, ref=shorten(args[0], 40))
        return
    lead = None
    if len(args) > 1:
        try:
            lead = parse_lead("".join(args[1:]))
        except DateInputError as exc:
            await reply_usage(update, where.lang, exc.key, example, **exc.params)
            return
    await remind_and_confirm(update, context, where, found[0], lead=lead)


async def reminders_cmd(update: Update, context: BotContext) -> None:
    """List the events the chat will be reminded of, with a cancel button each."""
    where = here(update, context)
    text, keyboard = _reminders_view(context, where)
    await reply(update, text, keyboard)


async def reminders_button(update: Update, context: BotContext) -> None:
    """Cancel one event's reminders from the /reminders list and refresh the list."""
    query = update.callback_query
    assert query is not None
    where = here(update, context)
    event_id = callbacks.parse_cancel_listed(query.data or "")
    found = find_events(context.services, event_id) if event_id else []
    await query.answer()
    if len(found) != 1:
        return
    await cancel_and_confirm(update, context, where, found[0])
    text, keyboard = _reminders_view(context, where)
    try:
        await query.edit_message_text(text, reply_markup=keyboard)
    except BadRequest:  # "message is not modified"
        pass


def _reminders_view(context: BotContext, where: Here) -> tuple[str, InlineKeyboardMarkup | None]:
    events = reminders.reminded_events(context.services, where.id)
    if not events:
        return t(where.lang, "reminders_none"), None
    lines = [t(where.lang, "reminders_title")]
    lines += [event_line(e, where.lang, where.tz, n) for n, e in enumerate(events, start=1)]
    buttons = [
        [
            InlineKeyboardButton(
                t(where.lang, "btn_cancel_one", title=f"{n}. {shorten(e.title, 20)}"),
                callback_data=callbacks.cancel_listed(e.id),
            )
        ]
        for n, e in enumerate(events, start=1)
    ]
    return "\n".join(lines), InlineKeyboardMarkup(buttons)
