"""The composition root: configuration, database, clock, services, Application, handlers, jobs."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils
from telegram import BotCommandScopeDefault, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import callbacks
from bot.clock import Clock, SystemClock
from bot.config import Config
from bot.context import CONTEXT_TYPES, attach_services, services_of
from bot.services import Services
from storage import open_database

log = logging.getLogger("newscal.bot")

BotApplication = Application[Any, Any, Any, Any, Any, Any]


def open_db(cfg: Config) -> sqlite_utils.Database:
    """Return the configured database, created and migrated when needed."""
    return open_database(cfg.database)


def system_clock() -> Clock:
    """Return the wall clock; the only place outside tests and demos that reads it."""
    return SystemClock()


def file_url_of(base_url: str) -> str:
    """Return the file-download root that goes with a Bot API root (``…/bot`` → ``…/file/bot``)."""
    root = base_url.rstrip("/")
    if root.endswith("/bot"):
        return root[: -len("/bot")] + "/file/bot"
    return root + "/file/bot"


def build_application(services: Services, *, owns_db: bool = False) -> BotApplication:
    """Return the bot's Application with every handler, the error handler and the jobs.

    Nothing touches the network until the application is initialized. With ``owns_db`` the
    database is closed when the application shuts down.
    """
    from bot.handlers.errors import error_handler

    tg = services.config.telegram
    if not tg.token:
        raise ValueError("no bot token: set TELEGRAM_BOT_TOKEN")
    builder = (
        ApplicationBuilder()
        .token(tg.token)
        .context_types(CONTEXT_TYPES)
        .defaults(Defaults(tzinfo=services.config.tz, parse_mode=ParseMode.HTML))
        .post_init(_post_init)
        # Two connections: stopping the updater asks once more while the long poll still holds one.
        .get_updates_connection_pool_size(2)
        .post_shutdown(_close_db if owns_db else _note_shutdown)
    )
    if tg.base_url:
        builder = builder.base_url(tg.base_url).base_file_url(file_url_of(tg.base_url))
    application = builder.build()
    attach_services(application, services)
    add_handlers(application)
    application.add_error_handler(error_handler)
    return application


def add_handlers(application: BotApplication) -> None:
    """Register the flood guard, every command of the table, the buttons and the fallbacks."""
    from bot.commands import COMMANDS
    from bot.handlers import admin, browse, event, guide, remind, settings
    from bot.handlers.common import flood_guard

    application.add_handler(TypeHandler(Update, flood_guard), group=-1)
    ingest_caption = filters.Document.ALL & filters.CaptionRegex(r"^/ingest(@\w+)?(\s|$)")
    application.add_handler(MessageHandler(ingest_caption, admin.ingest_cmd))
    for command in COMMANDS:
        application.add_handler(CommandHandler(command.name, command.callback))
    for pattern, callback in (
        (callbacks.EVENT_PATTERN, event.event_button),
        (callbacks.PAGE_PATTERN, browse.page_button),
        (callbacks.REMINDERS_PATTERN, remind.reminders_button),
        (callbacks.SETTINGS_PATTERN, settings.settings_button),
    ):
        application.add_handler(CallbackQueryHandler(callback, pattern=pattern))
    application.add_handler(MessageHandler(filters.COMMAND, guide.unknown_cmd))
    application.add_handler(
        MessageHandler(filters.ChatType.PRIVATE & ~filters.COMMAND, guide.other_message)
    )


async def _post_init(application: BotApplication) -> None:
    """Publish the command menu from the command table and start the jobs."""
    from bot.commands import menu
    from bot.jobs import install_jobs

    bot = application.bot
    try:
        await bot.set_my_commands(menu("zh"), scope=BotCommandScopeDefault())
        await bot.set_my_commands(menu("en"), scope=BotCommandScopeDefault(), language_code="en")
    except TelegramError as exc:  # a menu is a nicety: the bot works without it
        log.warning("could not publish the command menu: %s", exc)
    services = services_of(application)
    install_jobs(application, services)
    now = services.clock.now().astimezone(services.config.tz)
    log.info("@%s ready; its clock says %s", bot.username, now.isoformat(timespec="minutes"))


async def _note_shutdown(application: BotApplication) -> None:
    log.info("bot stopped")


async def _close_db(application: BotApplication) -> None:
    services_of(application).db.close()
    log.info("bot stopped, database closed")


@contextlib.asynccontextmanager
async def running(application: BotApplication, *, poll_timeout: int = 10) -> AsyncIterator[None]:
    """Run ``application`` with long polling inside the block (tests, the demo)."""
    await application.initialize()
    if application.post_init:
        await application.post_init(application)
    await application.updater.start_polling(  # type: ignore[union-attr]
        poll_interval=0.0, timeout=poll_timeout, allowed_updates=Update.ALL_TYPES
    )
    await application.start()
    try:
        yield
    finally:
        if application.updater and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        if application.post_stop:
            await application.post_stop(application)
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)


class TokenFilter(logging.Filter):
    """Removes the bot token from every log line, tracebacks included."""

    def __init__(self, token: str | None) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        from bot.handlers.errors import redact

        if not self.token:
            return True
        record.msg = redact(record.getMessage(), self.token)
        record.args = None
        if record.exc_info:
            formatted = logging.Formatter().formatException(record.exc_info)
            record.exc_text = redact(formatted, self.token)
            record.exc_info = None
        return True


def configure_logging(token: str | None, level: int = logging.INFO) -> None:
    """Log to stderr, token redacted; httpx request lines (which carry the token) only on errors."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(TokenFilter(token))
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # a line per job run otherwise


def run_bot(config: Config, clock: Clock) -> None:
    """Run the bot until interrupted: long polling, or a webhook when configured."""
    tg = config.telegram
    configure_logging(tg.token)
    db = open_db(config)
    application = build_application(Services(config, db, clock), owns_db=True)
    if tg.mode == "webhook":
        assert tg.webhook_url is not None
        application.run_webhook(
            listen=tg.webhook_listen,
            port=tg.webhook_port,
            url_path=urlsplit(tg.webhook_url).path.lstrip("/"),
            webhook_url=tg.webhook_url,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
