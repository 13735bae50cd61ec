"""The page counts of /upcoming and /search agree with the lists they count.

``count_events_matching`` counts without the join of ``list_events`` (so 100,000 events are
counted from an index in milliseconds); these cases keep the two in step.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bench.scale import START_AT, seed
from storage import open_database
from storage.events import list_events
from storage.queries import count_events_matching

DAY = dt.timedelta(days=1)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory):
    path = Path(tmp_path_factory.mktemp("counts")) / "counts.db"
    seed(path, events=400, chats=1)
    database = open_database(path)
    yield database
    database.close()


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"ends_after": START_AT},
        {"ends_after": START_AT + 200 * DAY},
        {"ends_after": START_AT + 200 * DAY, "starts_before": START_AT + 230 * DAY},
        {"starts_before": START_AT + 30 * DAY},
        {"search": "书市"},
        {"search": "丰台 讲座"},
        {"search": "市"},
        {"search": '"AND* (书'},
        {"search": "书市", "ends_after": START_AT + 300 * DAY},
    ],
    ids=repr,
)
def test_count_matches_the_list(db, filters: dict) -> None:
    assert count_events_matching(db, **filters) == len(list_events(db, **filters))
