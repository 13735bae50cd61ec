"""pytest fixtures: an emulator per test.

Use them from a conftest with ``from bot.emulator.pytest_plugin import emulator  # noqa: F401``
(or ``pytest_plugins = ["bot.emulator.pytest_plugin"]`` in the root conftest).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from .server import BotApiEmulator


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    """Yield a running emulator (limits enforced, real monotonic time) on an ephemeral port."""
    async with BotApiEmulator() as emu:
        yield emu
