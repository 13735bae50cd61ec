"""The dispatcher: send due outbox rows through the bot at Telegram's limits, record every try.

Crash safety (at-least-once): a row is marked sent in the same transaction as its delivery
record. Successful sends are committed in groups (group commit: at most ``flush_every``
messages or ``flush_seconds`` after the first of them, and always before anything else is
written or the next batch is read), because one commit per message would cap throughput at
a few thousand a second. A crash between Telegram accepting a message and that commit sends
it again after the restart: at most one group (by default 200 messages, 50 ms) can repeat.
A timeout whose message did arrive is retried the same way. Nothing is lost: a row leaves
``pending`` only with a recorded reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
import warnings
from collections import defaultdict
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot import reminder_text as text
from bot.clock import Clock
from bot.reminder_rules import ChatSettings, quiet_release
from bot.reminders import chat_settings, plan_digests
from bot.send_limits import COUNTED, Limits, SendLimiter, SharedRateLimiter
from bot.services import Services
from storage import chats as chat_store
from storage import events as event_store
from storage import outbox
from storage.records import Chat, Reminder, StoredEvent

log = logging.getLogger(__name__)

LATE_AFTER = dt.timedelta(minutes=5)  # sent later than this after its time: marked late


class MessageBot(Protocol):
    """What the dispatcher needs of ``telegram.Bot``."""

    @property
    def username(self) -> str: ...

    async def do_api_request(self, endpoint: str, api_kwargs: Any = None, **kw: Any) -> Any: ...


@dataclass
class DispatchStats:
    """What one run did."""

    sent: int = 0
    late: int = 0
    retried: int = 0
    held: int = 0
    expired: int = 0
    failed: int = 0
    cancelled: int = 0
    next_due_at: dt.datetime | None = None
    by_outcome: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def simulated(clock: Clock, seconds: float) -> dt.timedelta:
    """Return how much clock time passes in ``seconds`` of real time."""
    real_seconds = getattr(clock, "real_seconds", None)
    if real_seconds is None:
        return dt.timedelta(seconds=seconds)
    per_second = real_seconds(dt.timedelta(seconds=1))
    return dt.timedelta(seconds=seconds / per_second if per_second > 0 else seconds)


def real_delay(clock: Clock, delta: dt.timedelta) -> float:
    """Return the real seconds until ``delta`` of clock time has passed (never negative)."""
    real_seconds = getattr(clock, "real_seconds", None)
    if real_seconds is None:
        return max(delta.total_seconds(), 0.0)
    return max(float(real_seconds(delta)), 0.0)


def _retry_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that retry_after will become a timedelta
        warnings.simplefilter("ignore")
        value = exc.retry_after
    seconds = value.total_seconds() if isinstance(value, dt.timedelta) else float(value)
    return max(seconds, 1.0)


class _ChatGone(Exception):
    """The chat blocked the bot or vanished: stop sending to it."""


class Dispatcher:
    """Sends due outbox rows; one instance per running bot (it holds the limiter state)."""

    def __init__(
        self,
        services: Services,
        bot: MessageBot,
        *,
        limits: Limits | None = None,
        limiter: SendLimiter | None = None,
        max_attempts: int = 5,
        backoff: tuple[float, float] = (2.0, 600.0),
        concurrency: int = 64,
        batch_size: int = 1000,
        inline_wait: float = 1.5,
        flush_every: int = 200,
        flush_seconds: float = 0.05,
    ) -> None:
        self.services = services
        self.bot = bot
        shared = getattr(bot, "rate_limiter", None)
        # With the application's SharedRateLimiter, handlers' replies and these messages are
        # counted together; the dispatcher counts its own and tells PTB so.
        self._rl_args = COUNTED if isinstance(shared, SharedRateLimiter) else None
        if limiter is None and isinstance(shared, SharedRateLimiter) and limits is None:
            limiter = shared.limiter
        self.limiter = limiter or SendLimiter(limits or Limits())
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.batch_size = batch_size
        # Waits up to this many real seconds for a chat's window are awaited; longer ones are
        # written to the outbox (next_attempt_at) so the run is not held up.
        self.inline_wait = inline_wait
        self._sem = asyncio.Semaphore(concurrency)
        self._lock = asyncio.Lock()
        self._moved: dict[int, int] = {}
        self._texts: dict[tuple[Any, ...], str] = {}
        self.flush_every = flush_every
        self.flush_seconds = flush_seconds
        self._unsaved: list[tuple[int, int, dt.datetime, int | None, bool]] = []
        self._unsaved_since = 0.0

    @property
    def _db(self) -> Any:
        return self.services.db

    def _now(self) -> dt.datetime:
        return self.services.clock.now()

    async def run_due(self) -> DispatchStats:
        """Send everything due now, batch after batch; return what happened and when the next
        row is due (None when nothing is pending). Runs never overlap."""
        stats = DispatchStats()
        async with self._lock:
            seen: set[int] = set()
            while True:
                rows = [
                    r
                    for r in outbox.due_reminders(self._db, self._now(), limit=self.batch_size)
                    if r.id not in seen
                ]
                if not rows:
                    break
                seen.update(r.id for r in rows)
                try:
                    await self._dispatch(rows, stats)
                finally:
                    self.flush()
            self.limiter.forget_idle()
            self._texts.clear()  # events may change before the next run
            stats.next_due_at = outbox.next_due_at(self._db)
        return stats

    async def _dispatch(self, rows: list[Reminder], stats: DispatchStats) -> None:
        chats = chat_store.get_chats(self._db, [r.chat_id for r in rows])
        event_ids = {r.event_id for r in rows if r.event_id}
        for r in rows:
            event_ids.update(r.payload.get("event_ids", ()) if r.kind == "alert" else ())
        events = {e.id: e for e in event_store.get_events(self._db, sorted(event_ids))}
        by_chat: dict[int, list[Reminder]] = defaultdict(list)
        for row in rows:
            by_chat[row.chat_id].append(row)
        digests: set[int] = set()
        await asyncio.gather(
            *(
                self._chat_worker(chat_rows, chats.get(chat_id), events, stats, digests)
                for chat_id, chat_rows in by_chat.items()
            )
        )
        self.flush()
        if digests:
            plan_digests(self.services, digests)

    async def _chat_worker(
        self,
        rows: list[Reminder],
        chat: Chat | None,
        events: dict[str, StoredEvent],
        stats: DispatchStats,
        digests: set[int],
    ) -> None:
        settings = None if chat is None else chat_settings(chat, self.services)
        for n, row in enumerate(rows):
            if chat is None or settings is None or not chat.active:
                self._finish(row, "cancelled", "chat inactive", stats)
                continue
            try:
                sent = await self._deliver(row, chat, settings, events, stats, rows[n + 1 :])
            except _ChatGone:
                return
            except asyncio.CancelledError:
                raise
            except Exception:  # a bug of ours: keep the row, log, go on with the others
                log.exception("dispatching outbox row %s failed", row.id)
                self._retry(row, chat.id, "internal error", stats)
                continue
            if sent is None:
                return  # the chat is paused (rate limit): its other rows were moved
            if sent and row.kind == "digest":
                digests.add(chat.id)

    async def _deliver(
        self,
        row: Reminder,
        chat: Chat,
        settings: ChatSettings,
        events: dict[str, StoredEvent],
        stats: DispatchStats,
        rest: Sequence[Reminder],
    ) -> bool | None:
        """Return True when sent, False when ended or held, None when the chat must pause."""
        now = self._now()
        urgent = row.kind == "reminder" and bool(row.payload.get("urgent"))
        due = row.next_attempt_at
        if not urgent:
            due = quiet_release(due, settings.quiet_hours, settings.tz) or due
        overdue = now - due
        # Up to LATE_AFTER counts as on time, so even a grace of 0 never expires a row that
        # is merely a few seconds behind.
        grace = max(dt.timedelta(minutes=self.services.config.reminders.grace_minutes), LATE_AFTER)
        if overdue > grace:
            minutes = int(overdue.total_seconds() // 60)
            reason = f"overdue by {minutes} min (grace {int(grace.total_seconds() // 60)} min)"
            self._finish(row, "expired", reason, stats)
            return False
        late = row.late or overdue > LATE_AFTER
        if not urgent and (release := quiet_release(now, settings.quiet_hours, settings.tz)):
            outbox.reschedule(self._db, row.id, next_attempt_at=release, late=late)
            stats.held += 1
            return False
        message = self._render(row, chat, settings, events, now, late, stats)
        if message is None:
            return False
        chat_id = self._moved.get(chat.id, chat.id)
        for _ in range(3):  # a migrated group is retried under its new id
            while (wait := self.limiter.chat_wait(chat_id, chat.kind)) > 0:
                if wait > self.inline_wait:
                    self._pause(chat_id, [row, *rest], wait, {row.id} if late else set())
                    stats.held += 1
                    return None
                await asyncio.sleep(wait)
            try:
                async with self._sem, self._sending(chat_id, chat.kind):
                    # The raw API call: the same errors as send_message, without building a
                    # Message object from the answer (most of PTB's CPU time per message).
                    # Bot API method names are case-insensitive; the lower-case name keeps
                    # PTB from suggesting send_message.
                    sent = await self.bot.do_api_request(
                        "sendmessage",
                        api_kwargs={
                            "chat_id": chat_id,
                            "text": message,
                            "parse_mode": ParseMode.HTML.value,
                            "link_preview_options": {"is_disabled": True},
                        },
                        **self._send_options,
                    )
            except ChatMigrated as exc:
                self._migrated(row, chat_id, exc.new_chat_id)
                chat_id = exc.new_chat_id
                continue
            except RetryAfter as exc:
                self._rate_limited(row, chat_id, _retry_seconds(exc), late, stats)
                return None
            except Forbidden as exc:
                self._gone(row, chat_id, f"blocked: {exc.message}", stats)
                raise _ChatGone from None
            except BadRequest as exc:
                if "chat not found" in exc.message.lower():
                    self._gone(row, chat_id, f"chat not found: {exc.message}", stats)
                    raise _ChatGone from None
                self._attempt_failed(row, chat_id, f"bad request: {exc.message}", stats)
                return False
            except InvalidToken:
                raise
            except NetworkError as exc:  # timeouts, 5xx, connection errors
                self._retry(row, chat_id, f"{type(exc).__name__}: {exc.message}", stats)
                return False
            except TelegramError as exc:
                self._attempt_failed(row, chat_id, f"{type(exc).__name__}: {exc.message}", stats)
                return False
            message_id = sent.get("message_id") if isinstance(sent, dict) else None
            self._sent(row, chat_id, message_id, late, stats)
            return True
        self._attempt_failed(row, chat_id, "migrated too many times", stats)
        return False

    def _render(
        self,
        row: Reminder,
        chat: Chat,
        settings: ChatSettings,
        events: dict[str, StoredEvent],
        now: dt.datetime,
        late: bool,
        stats: DispatchStats,
    ) -> str | None:
        """Return the message of a row, or None after ending a row with nothing to say."""
        username = self._username()
        late_due = row.due_at if late else None
        if row.kind == "reminder":
            event = events.get(row.event_id or "")
            if event is None:
                self._finish(row, "cancelled", "event removed", stats)
                return None
            if event.end_at <= now:
                self._finish(row, "expired", "event over", stats)
                return None
            # Many chats reminded of one event at one minute get the same words: render once.
            key = (event.id, settings.timezone, chat.language, late_due, now.replace(second=0))
            message = self._texts.get(key)
            if message is None:
                if len(self._texts) > 10_000:
                    self._texts.clear()
                message = self._texts[key] = text.render_reminder(
                    event,
                    timezone=settings.timezone,
                    language=chat.language,
                    now=now,
                    late_due_at=late_due,
                    bot_username=username,
                )
            return message
        if row.kind == "digest":
            if not settings.digest_enabled or not chat_store.is_subscribed(
                self._db, chat.id, "digest"
            ):
                self._finish(row, "cancelled", "digest turned off", stats)
                return None
            return self._digest(row, settings, chat, late_due, username)
        if row.kind == "alert":
            found = [events[i] for i in row.payload.get("event_ids", ()) if i in events]
            found = [e for e in found if e.end_at > now]
            if not found:
                self._finish(row, "cancelled", "events removed or over", stats)
                return None
            return text.render_alert(
                found,
                keywords=row.payload.get("keywords", ()),
                timezone=settings.timezone,
                language=chat.language,
                now=now,
                bot_username=username,
            )
        if row.kind == "broadcast":
            return text.render_broadcast(str(row.payload.get("text", "")), chat.language)
        self._finish(row, "failed", f"unknown kind {row.kind!r}", stats)
        return None

    @contextlib.asynccontextmanager
    async def _sending(self, chat_id: int, kind: str) -> AsyncIterator[None]:
        # The chat's window is checked again here, with the overall one, in the same step
        # that counts the send: a handler's reply may have gone to the chat while this send
        # waited for a free sender or for the overall window.
        await self.limiter.acquire(chat_id, kind)
        try:
            yield
        finally:
            self.limiter.finish(chat_id, kind)

    @property
    def _send_options(self) -> dict[str, Any]:
        return {} if self._rl_args is None else {"rate_limit_args": self._rl_args}

    def _username(self) -> str | None:
        try:
            return self.bot.username or None
        except (RuntimeError, AttributeError):  # the bot was not initialized (no getMe yet)
            return None

    def _digest(
        self,
        row: Reminder,
        settings: ChatSettings,
        chat: Chat,
        late_due: dt.datetime | None,
        username: str | None,
    ) -> str:
        tz = settings.tz
        on = dt.date.fromisoformat(row.payload.get("on") or str(row.due_at.astimezone(tz).date()))
        day_start = dt.datetime.combine(on, dt.time(0), tzinfo=tz)
        tomorrow = day_start + dt.timedelta(days=1)
        week_end = day_start + dt.timedelta(days=7 - on.weekday())
        # Today's events not over yet (a late digest leaves out what already ended).
        today = event_store.list_events(
            self._db, ends_after=max(day_start, self._now()), starts_before=tomorrow
        )
        later = event_store.list_events(self._db, ends_after=tomorrow, starts_before=week_end)
        later = [e for e in later if e.start_at >= tomorrow]
        return text.render_digest(
            today,
            later,
            on=on,
            timezone=settings.timezone,
            language=chat.language,
            late_due_at=late_due,
            bot_username=username,
        )

    # -- recording outcomes: each one transaction, the row's state with its delivery record

    def flush(self) -> None:
        """Commit the sends not yet written (one transaction)."""
        if self._unsaved:
            unsaved, self._unsaved = self._unsaved, []
            outbox.record_sent_many(self._db, unsaved)

    def _record(self, row: Reminder, chat_id: int, outcome: str, **kw: Any) -> None:
        self.flush()  # keep the log in order
        outbox.record_delivery(
            self._db, reminder_id=row.id, chat_id=chat_id, at=self._now(), outcome=outcome, **kw
        )

    def _sent(
        self, row: Reminder, chat_id: int, message_id: int | None, late: bool, stats: DispatchStats
    ) -> None:
        if not self._unsaved:
            self._unsaved_since = time.monotonic()
        self._unsaved.append((row.id, chat_id, self._now(), message_id, late))
        if (
            len(self._unsaved) >= self.flush_every
            or time.monotonic() - self._unsaved_since >= self.flush_seconds
        ):
            self.flush()
        stats.sent += 1
        stats.late += int(late)
        stats.by_outcome["sent"] += 1

    def _finish(self, row: Reminder, status: str, reason: str, stats: DispatchStats) -> None:
        self.flush()
        outbox.finish(self._db, row.id, status=status, error=reason)
        setattr(stats, status, getattr(stats, status) + 1)

    def _attempt_failed(
        self, row: Reminder, chat_id: int, error: str, stats: DispatchStats
    ) -> None:
        with self._db.atomic():
            self._record(row, chat_id, "failed", error=error)
            outbox.finish(self._db, row.id, status="failed", error=error, count_attempt=True)
        stats.failed += 1
        stats.by_outcome["failed"] += 1

    def _retry(
        self, row: Reminder, chat_id: int, error: str, stats: DispatchStats, outcome: str = "retry"
    ) -> None:
        attempts = row.attempts + 1
        if attempts >= self.max_attempts:
            self._attempt_failed(row, chat_id, f"{error} (after {attempts} attempts)", stats)
            return
        base, cap = self.backoff
        delay = simulated(self.services.clock, min(base * 2 ** (attempts - 1), cap))
        with self._db.atomic():
            self._record(row, chat_id, outcome, error=error)
            outbox.reschedule(
                self._db,
                row.id,
                next_attempt_at=self._now() + delay,
                error=error,
                count_attempt=True,
                late=row.late,
            )
        stats.retried += 1
        stats.by_outcome[outcome] += 1

    def _rate_limited(
        self, row: Reminder, chat_id: int, seconds: float, late: bool, stats: DispatchStats
    ) -> None:
        self.limiter.block(chat_id, seconds)
        until = self._now() + simulated(self.services.clock, seconds)
        error = f"rate limited: retry after {seconds:g} s"
        with self._db.atomic():
            self._record(row, chat_id, "rate_limited", error=error, retry_after=seconds)
            outbox.reschedule(self._db, row.id, next_attempt_at=until, error=error, late=late)
            outbox.postpone_chat(self._db, chat_id, until=until)
        stats.retried += 1
        stats.by_outcome["rate_limited"] += 1

    def _pause(
        self, chat_id: int, rows: Sequence[Reminder], wait: float, late_ids: set[int]
    ) -> None:
        until = self._now() + simulated(self.services.clock, wait)
        with self._db.atomic():
            for row in rows:
                outbox.reschedule(
                    self._db, row.id, next_attempt_at=until, late=row.id in late_ids or row.late
                )

    def _gone(self, row: Reminder, chat_id: int, reason: str, stats: DispatchStats) -> None:
        with self._db.atomic():
            self._record(row, chat_id, "blocked", error=reason)
            outbox.finish(self._db, row.id, status="failed", error=reason, count_attempt=True)
            chat_store.update_chat(self._db, chat_id, now=self._now(), active=False)
            stats.cancelled += outbox.cancel_pending(
                self._db, chat_id=chat_id, reason=f"chat inactive: {reason}"
            )
        stats.failed += 1
        stats.by_outcome["blocked"] += 1

    def _migrated(self, row: Reminder, old_id: int, new_id: int) -> None:
        with self._db.atomic():
            self._record(row, old_id, "migrated", error=f"migrated to chat {new_id}")
            chat_store.migrate_chat(self._db, old_id, new_id)
        self._moved[old_id] = new_id
