"""/ics: the chat's upcoming reminded events as one calendar file."""

from __future__ import annotations

from telegram import Update

from bot import reminders
from bot.context import BotContext
from bot.handlers.common import here, reply
from bot.handlers.event import send_ics
from bot.i18n import t


async def ics_cmd(update: Update, context: BotContext) -> None:
    """Send the chat's upcoming reminded events as ``newscal.ics``."""
    where = here(update, context)
    now = context.services.clock.now()
    events = [e for e in reminders.reminded_events(context.services, where.id) if e.end_at > now]
    if not events:
        await reply(update, t(where.lang, "ics_none"))
        return
    await send_ics(
        update,
        context,
        events,
        filename="newscal.ics",
        caption=t(where.lang, "ics_caption", count=len(events)),
    )
