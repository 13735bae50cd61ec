"""A loopback Telegram Bot API emulator for tests, benchmarks and the demo.

``async with BotApiEmulator() as emu:`` serves the Bot API on 127.0.0.1; point PTB at
``emu.base_url`` / ``emu.base_file_url`` and play users with ``emu.user(chat_id)``.
"""

from .client import SimUser
from .faults import Fault, FaultSet
from .limits import Limit, Limits, Violation
from .server import BotApiEmulator
from .stats import SendStats
from .world import Button, FileRecord, SentMessage

__all__ = [
    "BotApiEmulator",
    "Button",
    "Fault",
    "FaultSet",
    "FileRecord",
    "Limit",
    "Limits",
    "SendStats",
    "SentMessage",
    "SimUser",
    "Violation",
]
