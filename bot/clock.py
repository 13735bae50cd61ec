"""The one clock: everything that needs "now" asks an injected Clock, never the wall clock."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """Return the current instant, time-zone aware (UTC)."""
        ...


class SystemClock:
    """The real wall clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


@dataclass
class ScaledClock:
    """A clock that starts at ``start_at`` and runs ``speed`` times faster than real time.

    Used by ``newscal run --start-at … --speed …`` and the demo, so reminders due hours
    ahead arrive in seconds.
    """

    start_at: dt.datetime
    speed: float = 1.0
    _origin: float = field(default_factory=time.monotonic, repr=False)

    def __post_init__(self) -> None:
        if self.start_at.tzinfo is None:
            raise ValueError("start_at must be time-zone aware")
        if self.speed <= 0:
            raise ValueError("speed must be positive")

    def now(self) -> dt.datetime:
        elapsed = (time.monotonic() - self._origin) * self.speed
        return self.start_at.astimezone(dt.UTC) + dt.timedelta(seconds=elapsed)

    def set_speed(self, speed: float) -> None:
        """Run at ``speed`` from now on, without a jump in the clock's time."""
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.start_at = self.now()
        self._origin = time.monotonic()
        self.speed = speed

    def real_seconds(self, simulated: dt.timedelta) -> float:
        """Return how many real seconds pass while ``simulated`` time passes."""
        return max(simulated.total_seconds(), 0.0) / self.speed


@dataclass
class ManualClock:
    """A clock that moves only when told to: for tests and scripted demos."""

    current: dt.datetime

    def now(self) -> dt.datetime:
        return self.current.astimezone(dt.UTC)

    def advance(self, delta: dt.timedelta) -> dt.datetime:
        self.current = self.current + delta
        return self.now()

    def set(self, instant: dt.datetime) -> None:
        self.current = instant
