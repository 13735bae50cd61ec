"""Telegram's sending limits as exact sliding windows, per chat and overall.

Telegram allows about 30 messages per second overall, one per second to a private chat and
20 per minute to a group. A window of ``n`` sends per ``period`` admits a send only when the
n-th previous send is more than ``period`` (plus a small margin for network jitter) ago, so
no window of that length ever holds more than ``n`` sends, bursts included. A 429's
``retry_after`` blocks that chat only. Time is real (monotonic) seconds: the limits are
Telegram's, whatever the simulated clock does.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

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
    __slots__ = ("sends", "period")

    def __init__(self, count: int, period: float) -> None:
        self.sends: deque[float] = deque(maxlen=count)
        self.period = period

    def wait(self, now: float) -> float:
        if len(self.sends) < (self.sends.maxlen or 0):
            return 0.0
        return max(0.0, self.sends[0] + self.period - now)


class SendLimiter:
    """Decides when the next message to a chat may go; shared by everything that sends."""

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

    def record(self, chat_id: int, kind: str) -> None:
        """Count a send to the chat (call right before the request goes out)."""
        if self.limits.enabled:
            now = self._now()
            self._overall.sends.append(now)
            self._window(chat_id, kind).sends.append(now)

    async def acquire(self, chat_id: int, kind: str) -> None:
        """Wait until a message to the chat may go, and count it."""
        while True:
            wait = max(self.chat_wait(chat_id, kind), self.overall_wait())
            if wait <= 0:
                self.record(chat_id, kind)
                return
            await asyncio.sleep(wait)

    async def acquire_overall(self, chat_id: int, kind: str) -> None:
        """Wait for the overall window only (the caller honoured the chat's), and count it."""
        while (wait := self.overall_wait()) > 0:
            await asyncio.sleep(wait)
        self.record(chat_id, kind)

    def block(self, chat_id: int, seconds: float) -> None:
        """Send nothing to the chat for ``seconds`` (Telegram's retry_after)."""
        self._blocked[chat_id] = max(self._blocked.get(chat_id, 0.0), self._now() + seconds)

    def forget_idle(self) -> None:
        """Drop the state of chats whose windows have all passed (keeps memory bounded)."""
        now = self._now()
        for chat_id in [
            c for c, w in self._chats.items() if not w.sends or w.sends[-1] + w.period < now
        ]:
            del self._chats[chat_id]
        for chat_id in [c for c, until in self._blocked.items() if until <= now]:
            del self._blocked[chat_id]
