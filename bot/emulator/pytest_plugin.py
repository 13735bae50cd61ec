"""pytest fixtures: an emulator per test.

Use them from a conftest with
``from bot.emulator.pytest_plugin import emulator, emulator_factory, strict_emulator  # noqa: F401``
(or ``pytest_plugins = ["bot.emulator.pytest_plugin"]`` in the root conftest).

- ``emulator``: limits="record": every send is answered, breaches of the flood limits are only
  recorded in ``emulator.violations`` (a command answered by two messages within a second is
  fine on real Telegram, which tolerates short bursts, but breaks the strict 1/s rule).
- ``strict_emulator``: limits=True: a send that breaks a limit gets 429 and is recorded.
- ``emulator_factory(**kwargs)``: start an emulator with any BotApiEmulator arguments
  (``time_fn``, ``clock``, ``limit_rules``, ``token``…); all are stopped after the test.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from .server import BotApiEmulator

EmulatorFactory = Callable[..., Awaitable[BotApiEmulator]]


@pytest.fixture
async def emulator_factory() -> AsyncIterator[EmulatorFactory]:
    """Yield an async factory of running emulators, all stopped at teardown."""
    started: list[BotApiEmulator] = []

    async def make(**kwargs: Any) -> BotApiEmulator:
        emu = await BotApiEmulator(**kwargs).start()
        started.append(emu)
        return emu

    yield make
    for emu in reversed(started):
        await emu.stop()


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    """Yield a running emulator that records limit breaches without refusing sends."""
    async with BotApiEmulator(limits="record") as emu:
        yield emu


@pytest.fixture
async def strict_emulator() -> AsyncIterator[BotApiEmulator]:
    """Yield a running emulator that answers 429 to sends breaking a limit (and records them)."""
    async with BotApiEmulator(limits=True) as emu:
        yield emu
