"""Shared fixtures: real SQLite files under tmp_path, a manual clock, the sample page."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import settings

import build_extractor

# CI (CI=true) runs the property and fuzz tests on a fixed set of examples, so that a landing is
# reproducible; anywhere else they draw new examples on every run, to find what is still wrong.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Before anything imports the extractor: its compiled modules (an editable install builds them
# in place) or, with NEWSCAL_PURE=1, the .py sources; stale compiled modules stop the run.
try:
    EXTRACTOR_BUILD = build_extractor.select()
except RuntimeError as exc:
    pytest.exit(str(exc), returncode=4)

from bot.clock import ManualClock  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "bot" / "examples" / "fengtai-2023-04-14.txt"
SHARED = ROOT.parent / "shared"
SHANGHAI = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command keeps its cache under the test run's folder, never in the user's."""
    monkeypatch.setenv("NEWSCAL_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


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


def pytest_report_header() -> str:
    return f"extractor: {EXTRACTOR_BUILD}"
