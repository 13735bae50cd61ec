"""Fault injection: make chosen Bot API calls fail the ways Telegram and networks fail."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: kind → (HTTP status, description) for the faults answered with a Telegram error body.
ERRORS: dict[str, tuple[int, str]] = {
    "429": (429, "Too Many Requests: retry after {retry_after}"),
    "403": (403, "Forbidden: bot was blocked by the user"),
    "deactivated": (403, "Forbidden: user is deactivated"),
    "migrate": (400, "Bad Request: group chat was upgraded to a supergroup chat"),
    "400": (400, "Bad Request: chat not found"),
    "500": (500, "Internal Server Error"),
    "502": (502, "Bad Gateway"),
    "503": (503, "Service Unavailable"),
    "504": (504, "Gateway Timeout"),
}
#: kinds that do not answer with an error body.
OTHER_KINDS = frozenset({"slow", "drop", "timeout"})
KINDS = frozenset(ERRORS) | OTHER_KINDS


@dataclass
class Fault:
    """One fault rule; see ``FaultSet.add`` for the meaning of the fields."""

    kind: str
    method: str | None = None
    chat_id: int | str | None = None
    count: int | None = 1
    start_at: float = -math.inf
    until: float = math.inf
    retry_after: int = 1
    delay: float = 0.0
    migrate_to_chat_id: int | None = None
    description: str | None = None
    after: bool = False
    hits: int = 0

    def matches(self, method: str, chat_id: int | str | None, now: float) -> bool:
        if self.count is not None and self.count <= 0:
            return False
        if not self.start_at <= now < self.until:
            return False
        if self.method is None:
            if method == "getupdates":
                return False
        elif self.method != method:
            return False
        return self.chat_id is None or self.chat_id == chat_id

    def error(self, chat_id: int | str | None) -> tuple[int, dict[str, Any]]:
        """Return the HTTP status and the Telegram error body of this fault."""
        status, template = ERRORS[self.kind]
        body: dict[str, Any] = {
            "ok": False,
            "error_code": status,
            "description": self.description or template.format(retry_after=self.retry_after),
        }
        if self.kind == "429":
            body["parameters"] = {"retry_after": self.retry_after}
        elif self.kind == "migrate":
            target = self.migrate_to_chat_id
            if target is None:
                target = -(10**12) - abs(int(chat_id or 0))
            body["parameters"] = {"migrate_to_chat_id": target}
        return status, body


@dataclass
class FaultSet:
    """The active fault rules; the first rule that matches a call applies to it."""

    clock: Callable[[], float]
    rules: list[Fault] = field(default_factory=list)

    def add(
        self,
        kind: str,
        *,
        method: str | None = None,
        chat_id: int | str | None = None,
        count: int | None = 1,
        duration: float | None = None,
        start_in: float = 0.0,
        retry_after: int = 1,
        delay: float = 0.0,
        migrate_to_chat_id: int | None = None,
        description: str | None = None,
        after: bool = False,
    ) -> Fault:
        """Return a new fault rule, active from now (plus ``start_in``) on.

        - ``kind``: "429" (with ``retry_after``), "403" (blocked), "deactivated" (403),
          "migrate" (400 with ``migrate_to_chat_id``), "400" (chat not found, or
          ``description``), "500", "502", "503", "504", "slow" (answer normally after
          ``delay`` seconds), "timeout" (never answer; the client times out), "drop"
          (close the connection without an answer).
        - ``method``: a Bot API method name (case-insensitive); None means every method
          except getUpdates, which must be named to be faulted.
        - ``chat_id``: only calls for that chat; None means any call.
        - ``count``: how many calls fail (None: all calls while the rule is active).
        - ``duration``: the rule expires that many seconds (emulator clock) after it starts.
        - ``after``: perform the call first, then fail (the message *was* delivered but the
          bot sees an error: the way duplicates happen).
        """
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {sorted(KINDS)}")
        start = self.clock() + start_in
        fault = Fault(
            kind=kind,
            method=method.lower() if method else None,
            chat_id=chat_id,
            count=count,
            start_at=start,
            until=math.inf if duration is None else start + duration,
            retry_after=retry_after,
            delay=delay,
            migrate_to_chat_id=migrate_to_chat_id,
            description=description,
            after=after,
        )
        self.rules.append(fault)
        return fault

    def take(self, method: str, chat_id: int | str | None) -> Fault | None:
        """Return the fault that applies to this call (using up one of its count), or None."""
        if not self.rules:
            return None
        now = self.clock()
        for fault in self.rules:
            if fault.matches(method, chat_id, now):
                fault.hits += 1
                if fault.count is not None:
                    fault.count -= 1
                return fault
        return None

    def clear(self) -> None:
        self.rules.clear()
