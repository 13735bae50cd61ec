"""Per-chat command rate limit, measured on the injected clock."""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass, field

from bot.clock import Clock


@dataclass
class FloodGate:
    """Allows ``limit`` commands per chat in any ``window``; tells when to warn once."""

    clock: Clock
    limit: int = 20
    window: dt.timedelta = dt.timedelta(minutes=1)
    _seen: dict[int, deque[dt.datetime]] = field(default_factory=dict, repr=False)
    _warned: dict[int, dt.datetime] = field(default_factory=dict, repr=False)

    def admit(self, chat_id: int) -> bool:
        """Return True when the chat may run one more command now (and count it)."""
        now = self.clock.now()
        seen = self._seen.setdefault(chat_id, deque())
        while seen and now - seen[0] >= self.window:
            seen.popleft()
        if len(seen) >= self.limit:
            return False
        seen.append(now)
        return True

    def should_warn(self, chat_id: int) -> bool:
        """Return True the first time a chat is refused in a window (then stay quiet)."""
        now = self.clock.now()
        last = self._warned.get(chat_id)
        if last is not None and now - last < self.window:
            return False
        self._warned[chat_id] = now
        return True
