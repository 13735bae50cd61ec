"""Telegram's flood limits as exact rules, and the record of every send that broke one.

Each limit is a GCRA (the "virtual scheduling" form of a leaky bucket) with an emission
interval ``T = per / rate`` and a burst of ``burst`` sends: a send at time ``t`` breaks the
limit when ``t < TAT - (burst - 1) * T - tolerance``, where TAT (theoretical arrival time) is
advanced by ``T`` for every accepted send (``TAT = max(TAT, t) + T``). Concretely, with the
defaults:

- ``global``: 30 sends/s over the whole bot, bursts of up to 30 (what PTB's AIORateLimiter
  and aiolimiter do: a full bucket of 30 at once, then one every 1/30 s);
- ``private``: one send per private chat per second, no burst: two sends to the same private
  chat less than ``1.0 - tolerance`` s apart break it;
- ``group``: 20 sends per minute per group, supergroup or channel, bursts of up to 20 (then
  one every 3 s).

``Limits.sliding_windows()`` gives the literal reading instead: at most ``rate`` accepted
sends in any ``per`` seconds (so at most 30 in any one second overall; PTB's AIORateLimiter
breaks this one, as it lets a full bucket of 30 go at once and then 30 more in the next second).

``tolerance`` (default 0.05 s) absorbs loopback jitter between the moment a bot decides to
send and the moment the request arrives. Rejected sends do not advance any bucket.
Only sends count: ``send*``, ``copyMessage``, ``forwardMessage`` (not edits, answers, actions).
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

SEND_METHODS = frozenset(
    {
        "sendmessage",
        "senddocument",
        "sendphoto",
        "sendaudio",
        "sendvideo",
        "sendvoice",
        "sendanimation",
        "sendsticker",
        "sendlocation",
        "sendvenue",
        "sendcontact",
        "sendpoll",
        "senddice",
        "sendmediagroup",
        "sendvideonote",
        "copymessage",
        "forwardmessage",
    }
)


@dataclass(frozen=True)
class Limit:
    """``rate`` sends per ``per`` seconds, of which up to ``burst`` may come at once.

    With ``sliding=True`` the rule is a sliding window instead of a bucket: at most ``rate``
    accepted sends in any ``per`` seconds (``burst`` is then ignored).
    """

    name: str
    rate: int
    per: float
    burst: int
    sliding: bool = False

    @property
    def interval(self) -> float:
        return self.per / self.rate


@dataclass(frozen=True)
class Limits:
    overall: Limit = Limit("global", 30, 1.0, 30)
    private: Limit = Limit("private", 1, 1.0, 1)
    group: Limit = Limit("group", 20, 60.0, 20)
    tolerance: float = 0.05

    @classmethod
    def sliding_windows(cls, tolerance: float = 0.05) -> Limits:
        """Return the literal reading: at most 30 sends in any second, 1 per private chat in
        any second, 20 per group in any minute."""
        return cls(
            Limit("global", 30, 1.0, 30, sliding=True),
            Limit("private", 1, 1.0, 1, sliding=True),
            Limit("group", 20, 60.0, 20, sliding=True),
            tolerance,
        )


@dataclass(frozen=True)
class Violation:
    """A send that broke ``limit`` ("global", "private" or "group") at emulator time ``at``."""

    at: float
    method: str
    chat_id: int | str
    limit: str
    retry_after: int


class _Bucket:
    """GCRA state: the theoretical arrival time of the next conforming send."""

    __slots__ = ("tat",)

    def __init__(self) -> None:
        self.tat = -math.inf

    def wait(self, limit: Limit, now: float, tolerance: float) -> float:
        allowed = self.tat - (limit.burst - 1) * limit.interval - tolerance
        return allowed - now if now < allowed else 0.0

    def take(self, limit: Limit, now: float) -> None:
        self.tat = max(self.tat, now) + limit.interval


class _Window:
    """Sliding-window state: the times of the accepted sends still inside the window."""

    __slots__ = ("stamps",)

    def __init__(self) -> None:
        self.stamps: deque[float] = deque()

    def wait(self, limit: Limit, now: float, tolerance: float) -> float:
        horizon = now - limit.per + tolerance
        stamps = self.stamps
        while stamps and stamps[0] <= horizon:
            stamps.popleft()
        if len(stamps) >= limit.rate:
            return stamps[len(stamps) - limit.rate] - horizon
        return 0.0

    def take(self, limit: Limit, now: float) -> None:
        self.stamps.append(now)


def _state(limit: Limit) -> _Bucket | _Window:
    return _Window() if limit.sliding else _Bucket()


@dataclass
class LimitTracker:
    """Checks sends against ``limits`` and records the ones that break them."""

    limits: Limits = field(default_factory=Limits)
    violations: list[Violation] = field(default_factory=list)
    _overall: _Bucket | _Window | None = field(default=None, repr=False)
    _chats: dict[int | str, _Bucket | _Window] = field(default_factory=dict, repr=False)

    def check(
        self,
        method: str,
        chat_id: int | str,
        is_group: bool,
        now: float,
        *,
        deliver_anyway: bool = False,
    ) -> Violation | None:
        """Return the violation this send is (and record it), or None.

        An accepted send uses up its limits; a violating one only with ``deliver_anyway``.
        """
        overall = self.limits.overall
        chat_limit = self.limits.group if is_group else self.limits.private
        if self._overall is None:
            self._overall = _state(overall)
        chat_state = self._chats.get(chat_id)
        if chat_state is None:
            chat_state = self._chats[chat_id] = _state(chat_limit)
        tol = self.limits.tolerance
        waits = [
            (self._overall.wait(overall, now, tol), overall.name),
            (chat_state.wait(chat_limit, now, tol), chat_limit.name),
        ]
        wait, name = max(waits)
        violation = None
        if wait > 0:
            violation = Violation(now, method, chat_id, name, max(1, math.ceil(wait)))
            self.violations.append(violation)
        if violation is None or deliver_anyway:
            self._overall.take(overall, now)
            chat_state.take(chat_limit, now)
        return violation
