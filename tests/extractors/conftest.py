"""Fixtures of the extractor tests: the sample page (the copy shipped beside its golden file)."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
CORPUS = HERE / "corpus"
SAMPLE_PAGE = GOLDEN / "fengtai-2023-04-14.txt"


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE_PAGE.read_text(encoding="utf-8")
