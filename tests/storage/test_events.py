"""Event queries: time windows and full-text search that is safe for any input."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors import Event, Kind, Page
from storage.articles import save_page
from storage.events import count_events, list_events

UTC8 = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def stored(db, clock):
    def ev(title, day, location=None):
        return Event(title, day, day, Kind.ACTIVITY, True, f"{title}于{day}", location=location)

    page = Page(
        published=dt.date(2023, 4, 14),
        published_found=True,
        events=(
            ev("“北京书市”丰台分展场", dt.date(2023, 4, 14), "泰舍书局"),
            ev("世界读书日分享会", dt.date(2023, 4, 23)),
            ev("园区主干道完工", dt.date(2023, 4, 30)),
        ),
        text="x",
    )
    save_page(db, "p", page, timezone="Asia/Shanghai", now=clock.now())
    return db


def _titles(events):
    return [e.title for e in events]


def test_window(stored):
    after = dt.datetime(2023, 4, 20, tzinfo=UTC8)
    before = dt.datetime(2023, 4, 25, tzinfo=UTC8)
    assert _titles(list_events(stored, ends_after=after, starts_before=before)) == [
        "世界读书日分享会"
    ]
    assert count_events(stored) == 3


@pytest.mark.parametrize(
    "query,expected",
    [
        pytest.param("北京书市", ["“北京书市”丰台分展场"], id="trigram"),
        pytest.param("书市", ["“北京书市”丰台分展场"], id="two-chars-like"),
        pytest.param("泰舍书局", ["“北京书市”丰台分展场"], id="location"),
        pytest.param("读书 分享", ["世界读书日分享会"], id="all-words"),
        pytest.param("完工 书市", [], id="no-event-has-both"),
        pytest.param("书", ["“北京书市”丰台分展场", "世界读书日分享会"], id="one-char-like"),
        pytest.param("丰台 分展场", ["“北京书市”丰台分展场"], id="middle-of-title"),
    ],
)
def test_search(stored, query, expected):
    assert _titles(list_events(stored, search=query)) == expected


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "*",
        "AND",
        "书市 OR",
        "NEAR(",
        "title:书市",
        "%",
        "_",
        "'; DROP TABLE events;--",
        "\\",
        "(书市",
        "书市*",
        "^书",
    ],
)
def test_search_operators_are_plain_text(stored, query):
    assert isinstance(list_events(stored, search=query), list)
    assert count_events(stored) == 3


def test_not_over_merges_running_and_later_events_in_start_order(db, clock):
    def ev(title, start, end):
        return Event(title, start, end, Kind.ACTIVITY, True, title)

    events = (
        ev("长期展览", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ev("已结束", dt.date(2023, 4, 1), dt.date(2023, 4, 13)),
        ev("今晚讲座", dt.datetime(2023, 4, 14, 19, 0), dt.datetime(2023, 4, 14, 21, 0)),
        ev("上午已结束", dt.datetime(2023, 4, 14, 9, 0), dt.datetime(2023, 4, 14, 10, 0)),
        ev("书市", dt.date(2023, 4, 14), dt.date(2023, 4, 24)),
        ev("下周", dt.date(2023, 4, 21), dt.date(2023, 4, 21)),
    )
    page = Page(dt.date(2023, 4, 14), True, events, text="y")
    save_page(db, "q", page, timezone="Asia/Shanghai", now=clock.now())
    noon = dt.datetime(2023, 4, 14, 12, 0, tzinfo=UTC8)
    assert _titles(list_events(db, ends_after=noon)) == ["长期展览", "书市", "今晚讲座", "下周"]
    assert _titles(list_events(db, ends_after=noon, limit=2, offset=1)) == ["书市", "今晚讲座"]
    assert _titles(
        list_events(db, ends_after=noon, starts_before=dt.datetime(2023, 4, 15, tzinfo=UTC8))
    ) == ["长期展览", "书市", "今晚讲座"]


@pytest.mark.parametrize(
    "query,expected",
    [
        pytest.param("邻里节", ["四方區第七屆鄰里節"], id="simplified-finds-traditional"),
        pytest.param("鄰里節", ["四方區第七屆鄰里節"], id="traditional-finds-traditional"),
        pytest.param("書市", ["“北京书市”丰台分展场"], id="traditional-finds-simplified"),
        pytest.param(
            "區", ["园区主干道完工", "四方區第七屆鄰里節"], id="one-character-either-script"
        ),
    ],
)
def test_search_finds_a_word_in_either_script(stored, clock, query, expected):
    day = dt.date(2023, 5, 8)
    title = "四方區第七屆鄰里節"
    page = Page(
        published=dt.date(2023, 4, 14),
        published_found=True,
        events=(
            Event(title, day, day, Kind.ACTIVITY, True, "本報訊 四方區第七屆鄰里節將於5月8日舉行"),
        ),
        text="x",
    )
    save_page(stored, "q", page, timezone="Asia/Shanghai", now=clock.now())
    assert _titles(list_events(stored, search=query)) == expected


def test_an_index_made_before_the_scripts_were_folded_is_made_again(stored, clock):
    from storage.migrations import search_folds_script

    day = dt.date(2023, 5, 8)
    event = Event("四方區鄰里節", day, day, Kind.ACTIVITY, True, "鄰里節將於5月8日舉行")
    page = Page(dt.date(2023, 4, 14), True, events=(event,), text="x")
    save_page(stored, "q", page, timezone="Asia/Shanghai", now=clock.now())
    # as an older version indexed it: the characters as written
    stored.execute(
        "UPDATE events_fts SET bigrams = '四方 方區 區鄰 鄰里 里節', chars = '四 方 區 鄰 里 節' "
        "WHERE rowid = (SELECT rowid FROM events WHERE title = '四方區鄰里節')"
    )
    assert _titles(list_events(stored, search="邻里节")) == []
    search_folds_script(stored)
    assert _titles(list_events(stored, search="邻里节")) == ["四方區鄰里節"]
    assert _titles(list_events(stored, search="书市")) == ["“北京书市”丰台分展场"]
