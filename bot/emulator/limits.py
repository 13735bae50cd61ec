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

``tolerance`` (default 0.05 s) absorbs loopback jitter between the moment a bot decides to
send and the moment the request arrives. Rejected sends do not advance any bucket.
Only sends count: ``send*``, ``copyMessage``, ``forwardMessage`` (not edits, answers, actions).
"""

from __future__ import annotations

import math
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
    """``rate`` sends per ``per`` seconds, of which up to ``burst`` may come at once."""

    name: str
    rate: float
    per: float
    burst: int

    @property
    def interval(self) -> float:
        return self.per / self.rate


@dataclass(frozen=True)
class Limits:
    overall: Limit = Limit("global", 30, 1.0, 30)
    private: Limit = Limit("private", 1, 1.0, 1)
    group: Limit = Limit("group", 20, 60.0, 20)
    tolerance: float = 0.05


@dataclass(frozen=True)
class Violation:
    """A send that broke ``limit`` ("global", "private" or "group") at emulator time ``at``."""

    at: float
    method: str
    chat_id: int | str
    limit: str
    retry_after: int


@dataclass
class LimitTracker:
    """Checks sends against ``limits`` and records the ones that break them."""

    limits: Limits = field(default_factory=Limits)
    violations: list[Violation] = field(default_factory=list)
    _overall_tat: float = field(default=-math.inf, repr=False)
    _chat_tat: dict[int | str, float] = field(default_factory=dict, repr=False)

    def check(
        self, method: str, chat_id: int | str, is_group: bool, now: float
    ) -> Violation | None:
        """Return the violation this send would be (recorded), or None after accepting it."""
        chat_limit = self.limits.group if is_group else self.limits.private
        tol = self.limits.tolerance
        chat_tat = self._chat_tat.get(chat_id, -math.inf)
        waits = []
        overall = self.limits.overall
        overall_allowed = self._overall_tat - (overall.burst - 1) * overall.interval - tol
        if now < overall_allowed:
            waits.append((overall_allowed - now, overall.name))
        chat_allowed = chat_tat - (chat_limit.burst - 1) * chat_limit.interval - tol
        if now < chat_allowed:
            waits.append((chat_allowed - now, chat_limit.name))
        if waits:
            wait, name = max(waits)
            violation = Violation(now, method, chat_id, name, max(1, math.ceil(wait)))
            self.violations.append(violation)
            return violation
        self._overall_tat = max(self._overall_tat, now) + overall.interval
        self._chat_tat[chat_id] = max(chat_tat, now) + chat_limit.interval
        return None

    def note(self, method: str, chat_id: int | str, is_group: bool, now: float) -> None:
        """Record a violation if this send breaks a limit, but advance the buckets anyway."""
        if self.check(method, chat_id, is_group, now) is not None:
            chat_limit = self.limits.group if is_group else self.limits.private
            self._overall_tat = max(self._overall_tat, now) + self.limits.overall.interval
            tat = self._chat_tat.get(chat_id, -math.inf)
            self._chat_tat[chat_id] = max(tat, now) + chat_limit.interval
