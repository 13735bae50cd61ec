"""Telegram's sending limits as exact sliding windows, per chat and overall.

Telegram allows about 30 messages per second overall, one per second to a private chat and
20 per minute to a group. A window of ``n`` sends per ``period`` admits a send only while
fewer than ``n`` are in flight or finished within the last ``period`` (plus a small
margin), so no window of that length at the server ever holds more than ``n`` sends,
bursts included, however the network delays requests. A 429's
``retry_after`` blocks that chat only. Time is real (monotonic) seconds: the limits are
Telegram's, whatever the simulated clock does.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from telegram.ext import BaseRateLimiter

GROUP_KINDS = frozenset({"group", "supergroup", "channel"})


@dataclass(frozen=True, slots=True)
class Limits:
    enabled: bool = True
    overall: tuple[int, float] = (30, 1.0)  # sends, seconds
    private: tuple[int, float] = (1, 1.0)
    group: tuple[int, float] = (20, 60.0)
    margin: float = 0.05  # seconds added to every window: requests arrive with jitter


NO_LIMITS = Limits(enabled=False)


class _Window:
    """Up to ``count`` sends per ``period``: the sends in flight plus those that finished
    within the last ``period`` seconds.

    Counting a send from when its answer came back (not from when it left) makes the limit
    hold at the server whatever the network delays: a send that finished before
    ``now - period`` also arrived before it.
    """

    __slots__ = ("done", "period", "count", "in_flight")

    def __init__(self, count: int, period: float) -> None:
        self.done: deque[float] = deque(maxlen=count)
        self.period = period
        self.count = count
        self.in_flight = 0

    def wait(self, now: float) -> float:
        free = self.count - self.in_flight
        if free <= 0:
            return _POLL  # wait for an answer to come back
        if len(self.done) < free:
            return 0.0
        return max(0.0, self.done[-free] + self.period - now)


_POLL = 0.005  # seconds between looks while every slot is taken by sends in flight


class SendLimiter:
    """Decides when the next message to a chat may go; shared by everything that sends.

    ``start`` a send right before its request and ``finish`` it when the answer (or error)
    is back; ``acquire``/``release`` wrap the waiting around them.
    """

    def __init__(self, limits: Limits = Limits(), monotonic: Callable[[], float] = time.monotonic):
        self.limits = limits
        self._now = monotonic
        self._overall = _Window(limits.overall[0], limits.overall[1] + limits.margin)
        self._chats: dict[int, _Window] = {}
        self._blocked: dict[int, float] = {}

    def _window(self, chat_id: int, kind: str) -> _Window:
        window = self._chats.get(chat_id)
        if window is None:
            count, period = self.limits.group if kind in GROUP_KINDS else self.limits.private
            window = self._chats[chat_id] = _Window(count, period + self.limits.margin)
        return window

    def chat_wait(self, chat_id: int, kind: str) -> float:
        """Return the seconds until the chat may get a message (0 when it may now)."""
        if not self.limits.enabled:
            return 0.0
        now = self._now()
        blocked = self._blocked.get(chat_id, 0.0) - now
        return max(blocked, self._window(chat_id, kind).wait(now), 0.0)

    def overall_wait(self) -> float:
        """Return the seconds until any message may go (0 when one may now)."""
        return self._overall.wait(self._now()) if self.limits.enabled else 0.0

    def start(self, chat_id: int, kind: str) -> None:
        """Count a send as in flight (call right before its request goes out)."""
        if self.limits.enabled:
            self._overall.in_flight += 1
            self._window(chat_id, kind).in_flight += 1

    def finish(self, chat_id: int, kind: str) -> None:
        """Count an in-flight send as done now (its answer or error came back)."""
        if self.limits.enabled:
            now = self._now()
            for window in (self._overall, self._window(chat_id, kind)):
                window.in_flight = max(0, window.in_flight - 1)
                window.done.append(now)

    def record(self, chat_id: int, kind: str) -> None:
        """Count a send that has already happened (``start`` and ``finish`` at once)."""
        self.start(chat_id, kind)
        self.finish(chat_id, kind)

    async def acquire(self, chat_id: int, kind: str) -> None:
        """Wait until a message to the chat may go, and count it as in flight.

        Both windows are checked and the send counted with no await in between, so two
        senders to one chat (a handler's reply, the dispatcher) never both pass a check.
        """
        while True:
            wait = max(self.chat_wait(chat_id, kind), self.overall_wait())
            if wait <= 0:
                self.start(chat_id, kind)
                return
            await asyncio.sleep(wait)

    def block(self, chat_id: int, seconds: float) -> None:
        """Send nothing to the chat for ``seconds`` (Telegram's retry_after)."""
        self._blocked[chat_id] = max(self._blocked.get(chat_id, 0.0), self._now() + seconds)

    def forget_idle(self) -> None:
        """Drop the state of chats whose windows have all passed (keeps memory bounded)."""
        now = self._now()
        idle = [
            c
            for c, w in self._chats.items()
            if not w.in_flight and (not w.done or w.done[-1] + w.period < now)
        ]
        for chat_id in idle:
            del self._chats[chat_id]
        for chat_id in [c for c, until in self._blocked.items() if until <= now]:
            del self._blocked[chat_id]


# Sending methods that count against the flood limits (edits and answers do not).
SEND_ENDPOINTS = frozenset(
    {
        "sendMessage",
        "sendDocument",
        "sendPhoto",
        "sendAudio",
        "sendVideo",
        "sendVoice",
        "sendAnimation",
        "sendSticker",
        "sendLocation",
        "sendVenue",
        "sendContact",
        "sendPoll",
        "sendDice",
        "sendMediaGroup",
        "sendVideoNote",
        "copyMessage",
        "forwardMessage",
    }
)
_SEND_LOWER = frozenset(e.lower() for e in SEND_ENDPOINTS)  # method names ignore case
COUNTED = "counted"  # rate_limit_args of a send the caller already counted (the dispatcher)


class SharedRateLimiter(BaseRateLimiter[str]):
    """PTB rate limiter over a SendLimiter, so replies of handlers and the dispatcher's
    messages share one count per chat and overall.

    ``ApplicationBuilder().rate_limiter(SharedRateLimiter())``; the dispatcher finds it on the
    bot and counts its own sends (passing ``rate_limit_args="counted"``). Other sends wait
    here for their turn: at most a second for a private chat. A negative chat id is a group.
    """

    def __init__(self, limiter: SendLimiter | None = None) -> None:
        self.limiter = limiter or SendLimiter()

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: str | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        chat = data.get("chat_id")
        if rate_limit_args == COUNTED or endpoint.lower() not in _SEND_LOWER or chat is None:
            return await callback(*args, **kwargs)
        try:
            chat_id = int(chat)
        except (TypeError, ValueError):  # a channel's @username
            chat_id, kind = hash(chat), "channel"
        else:
            kind = "group" if chat_id < 0 else "private"
        await self.limiter.acquire(chat_id, kind)
        try:
            return await callback(*args, **kwargs)
        finally:
            self.limiter.finish(chat_id, kind)
