"""The composition root: configuration, database, clock, services, Application, handlers, jobs."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils
from telegram import BotCommandScopeChat, BotCommandScopeDefault, Update
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
from telegram.request import HTTPXRequest

from bot import callbacks
from bot.aiohttp_request import AiohttpRequest
from bot.clock import Clock, SystemClock
from bot.config import Config
from bot.context import CONTEXT_TYPES, attach_services, services_of
from bot.send_limits import Limits, SendLimiter, SharedRateLimiter
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


def build_application(
    services: Services, *, owns_db: bool = False, send_limits: Limits | None = None
) -> BotApplication:
    """Return the bot's Application with every handler, the error handler and the jobs.

    Nothing touches the network until the application is initialized. With ``owns_db`` the
    database is closed when the application shuts down. ``send_limits`` replaces Telegram's
    flood limits (tests pass ``NO_LIMITS`` to go fast).
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
        # Handlers' replies and the dispatcher's messages share one count per chat and overall.
        .rate_limiter(SharedRateLimiter(SendLimiter(send_limits or Limits())))
        # aiohttp for sends (several times faster than the default client); long polling
        # keeps PTB's own client.
        .request(AiohttpRequest())
        .post_init(_post_init)
        # Two connections: stopping the updater asks once more while the long poll still holds one.
        .get_updates_request(HTTPXRequest(connection_pool_size=2))
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
    application.add_handler(MessageHandler(ingest_caption, admin.ingest_cmd, block=False))
    for command in COMMANDS:
        application.add_handler(
            CommandHandler(command.name, command.callback, block=command.blocking)
        )
    for pattern, callback in (
        (callbacks.EVENT_PATTERN, event.event_button),
        (callbacks.PAGE_PATTERN, browse.page_button),
        (callbacks.REMINDERS_PATTERN, remind.reminders_button),
        (callbacks.SETTINGS_PATTERN, settings.settings_button),
    ):
        application.add_handler(CallbackQueryHandler(callback, pattern=pattern))
    application.add_handler(CallbackQueryHandler(guide.stale_button))
    application.add_handler(MessageHandler(filters.COMMAND, guide.unknown_cmd))
    application.add_handler(
        MessageHandler(filters.ChatType.PRIVATE & ~filters.COMMAND, guide.other_message)
    )


async def _post_init(application: BotApplication) -> None:
    """Publish the command menu from the command table and start the jobs."""
    from bot.commands import menu
    from bot.jobs import install_jobs, install_source_jobs
    from storage.chats import known_chat_ids

    bot = application.bot
    services = services_of(application)
    try:
        await bot.set_my_commands(menu("zh"), scope=BotCommandScopeDefault())
        await bot.set_my_commands(menu("en"), scope=BotCommandScopeDefault(), language_code="en")
    except TelegramError as exc:  # a menu is a nicety: the bot works without it
        log.warning("could not publish the command menu: %s", exc)
    # Telegram refuses chats that never talked to the bot: only admins known here get their
    # menu (the others at the next start), so a long admin list costs no start-up time.
    for chat_id in known_chat_ids(services.db, services.config.telegram.admin_chat_ids):
        try:
            await bot.set_my_commands(menu("zh", admin=True), scope=BotCommandScopeChat(chat_id))
        except TelegramError as exc:
            log.warning("could not publish the admin menu to chat %s: %s", chat_id, exc)
    install_jobs(application, services)
    install_source_jobs(application, services)
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


async def _check_token(config: Config) -> None:
    """Raise InvalidToken before start-up when Telegram refuses the token (PTB would log
    it with a traceback); a network failure here is left to the polling loop's retries."""
    from telegram import Bot
    from telegram.error import NetworkError

    tg = config.telegram
    assert tg.token is not None
    urls = {}
    if tg.base_url:
        urls = {"base_url": tg.base_url, "base_file_url": file_url_of(tg.base_url)}
    try:
        async with Bot(tg.token, **urls):
            pass
    except NetworkError as exc:
        log.warning("could not reach Telegram to check the token: %s", exc)


def run_bot(config: Config, clock: Clock) -> None:
    """Run the bot until interrupted: long polling, or a webhook when configured."""
    tg = config.telegram
    configure_logging(tg.token)
    asyncio.run(_check_token(config))
    db = open_db(config)
    application = build_application(Services(config, db, clock), owns_db=True)
    if tg.mode == "webhook":
        assert tg.webhook_url is not None and tg.token is not None
        application.run_webhook(
            listen=tg.webhook_listen,
            port=tg.webhook_port,
            url_path=urlsplit(tg.webhook_url).path.lstrip("/"),
            webhook_url=tg.webhook_url,
            # Telegram echoes this header on every post: requests without it are not Telegram's.
            secret_token=hashlib.sha256(tg.token.encode()).hexdigest()[:32],
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
