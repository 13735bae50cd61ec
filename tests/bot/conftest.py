from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.bot.harness import Harness, bot_running


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async with bot_running(tmp_path) as harness:
        yield harness
