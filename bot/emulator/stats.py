"""Counts of what the bot sent, cheap enough to keep for 100k messages."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any


@dataclass
class SendStats:
    """Accepted sends per chat with their emulator timestamps, and every request's outcome."""

    times: defaultdict[int | str, list[float]] = field(default_factory=lambda: defaultdict(list))
    texts: defaultdict[int | str, list[str | None]] = field(
        default_factory=lambda: defaultdict(list)
    )
    requests: Counter[tuple[str, int]] = field(default_factory=Counter)
    total: int = 0
    first_at: float | None = None
    last_at: float | None = None

    def record_send(self, chat_id: int | str, at: float, text: str | None) -> None:
        self.times[chat_id].append(at)
        self.texts[chat_id].append(text)
        self.total += 1
        if self.first_at is None:
            self.first_at = at
        self.last_at = at

    def sustained_rate(self) -> float:
        """Return sends per second between the first and the last send (0.0 below two)."""
        if self.total < 2 or self.first_at is None or self.last_at is None:
            return 0.0
        span = self.last_at - self.first_at
        return (self.total - 1) / span if span > 0 else float("inf")

    def peak(self, window: float = 1.0) -> int:
        """Return the most sends that fell in any ``window`` seconds (over all chats)."""
        stamps = sorted(t for ts in self.times.values() for t in ts)
        best, lo = 0, 0
        for hi, t in enumerate(stamps):
            while t - stamps[lo] >= window:
                lo += 1
            best = max(best, hi - lo + 1)
        return best

    def min_spacing(self, chat_id: int | str | None = None) -> float | None:
        """Return the shortest gap between two sends to one chat (None below two sends)."""
        chats = [chat_id] if chat_id is not None else list(self.times)
        gaps = [
            b - a
            for c in chats
            for a, b in zip(self.times.get(c, []), self.times.get(c, [])[1:], strict=False)
        ]
        return min(gaps) if gaps else None

    def duplicates(self) -> dict[tuple[int | str, str], int]:
        """Return {(chat_id, text): count} for texts a chat received more than once."""
        dupes: dict[tuple[int | str, str], int] = {}
        for chat_id, texts in self.texts.items():
            for text, n in Counter(t for t in texts if t is not None).items():
                if n > 1:
                    dupes[(chat_id, text)] = n
        return dupes

    def summary(self) -> dict[str, Any]:
        return {
            "sends": self.total,
            "chats": len(self.times),
            "sustained_rate": self.sustained_rate(),
            "min_spacing": self.min_spacing(),
            "duplicates": sum(n - 1 for n in self.duplicates().values()),
            "requests": {f"{m} {s}": n for (m, s), n in sorted(self.requests.items())},
        }
