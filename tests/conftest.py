"""Shared fixtures: real SQLite files under tmp_path, a manual clock, the sample page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.clock import ManualClock

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "bot" / "examples" / "fengtai-2023-04-14.txt"
SHARED = ROOT.parent / "shared"
SHANGHAI = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "newscal.db"


@pytest.fixture
def db(db_path: Path):
    from storage import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(dt.datetime(2023, 4, 14, 7, 0, tzinfo=SHANGHAI))


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")
