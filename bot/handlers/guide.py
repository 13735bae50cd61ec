"""/help, unknown commands and plain messages: a short help."""

from __future__ import annotations

from html import escape

from telegram import Update

from bot.context import BotContext
from bot.handlers.common import here, reply
from bot.i18n import t


def _is_admin(update: Update, context: BotContext) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.id in context.services.config.telegram.admin_chat_ids


async def help_cmd(update: Update, context: BotContext) -> None:
    """Show every command with its description (admin commands to admins)."""
    from bot.commands import help_text

    where = here(update, context)
    await reply(update, help_text(where.lang, admin=_is_admin(update, context)))


async def stale_button(update: Update, context: BotContext) -> None:
    """Answer a click whose data no handler knows (an old or forged button), so the
    client's spinner stops."""
    query = update.callback_query
    if query is not None:
        await query.answer(t(here(update, context).lang, "stale_button"))


async def unknown_cmd(update: Update, context: BotContext) -> None:
    """Answer a command we do not have with the short help."""
    from bot.commands import help_text

    where = here(update, context)
    text = update.effective_message.text if update.effective_message else ""
    command = (text or "").split()[0] if text else "?"
    await reply(
        update,
        f"{t(where.lang, 'unknown_command', command=escape(command))}\n\n"
        f"{help_text(where.lang, admin=_is_admin(update, context))}",
    )


async def other_message(update: Update, context: BotContext) -> None:
    """Answer anything that is not a command (in private chats) with the short help."""
    from bot.commands import help_text

    where = here(update, context)
    await reply(update, f"{t(where.lang, 'not_a_command')}\n\n{help_text(where.lang, admin=False)}")
