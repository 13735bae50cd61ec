"""What use cases need, built once by the composition root and passed down explicitly."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from bot.clock import Clock
from bot.config import Config


@dataclass(frozen=True)
class Services:
    config: Config
    db: sqlite_utils.Database
    clock: Clock
