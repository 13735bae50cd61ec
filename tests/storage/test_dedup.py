"""One event per happening: a teaser and its story, two outlets, a later date change."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors import Event, Kind, Page, extract_page
from extractors.model import day_of
from storage import IngestOutcome, NewReminder
from storage.articles import save_page
from storage.dedup import Statement, dice, moved_happening, numbers_differ, same_happening
from storage.events import event_sources, get_event, list_events
from storage.outbox import enqueue, get_reminder

APR14 = dt.date(2023, 4, 14)
NOW = dt.datetime(2023, 4, 14, 1, 0, tzinfo=dt.UTC)
TZ = "Asia/Shanghai"


def _event(title: str, start: dt.date, end: dt.date | None = None, **kw) -> Event:
    return Event(
        title=title,
        start=start,
        end=end or start,
        kind=kw.pop("kind", Kind.ACTIVITY),
        upcoming=True,
        evidence=kw.pop("evidence", f"{start.month}月{start.day}日，{title}"),
        **kw,
    )


def _page(text: str, *events: Event, published: dt.date = APR14) -> Page:
    return Page(published=published, published_found=True, events=events, text=text)


TEASER = _event(
    "“北京书市”丰台分展场开幕",
    APR14,
    dt.date(2023, 4, 24),
    evidence="4月14日至24日，“北京书市”丰台分展场开幕",
)
STORY = _event(
    "“北京书市”丰台分展场在泰舍书局开幕",
    APR14,
    dt.date(2023, 4, 24),
    location="泰舍书局",
    evidence="4月14日至24日，“北京书市”丰台分展场在泰舍书局开幕",
)
OTHER_SAME_DAYS = _event(
    "春季花卉展",
    APR14,
    dt.date(2023, 4, 24),
    location="世界花卉大观园",
    evidence="4月14日至24日，春季花卉展在世界花卉大观园举行",
)


def _save(db, key: str, page: Page, now: dt.datetime = NOW):
    return save_page(db, key, page, timezone=TZ, now=now, source=key)


def test_teaser_and_story_are_one_event_with_two_sources(db):
    first = _save(db, "01.txt", _page("teaser", TEASER))
    second = _save(db, "02.txt", _page("story", STORY, OTHER_SAME_DAYS))
    assert len(first.added) == 1
    assert second.merged == first.added
    assert len(second.added) == 1  # the flower show only
    assert len(list_events(db)) == 2
    sources = event_sources(db, first.added[0])
    assert [s.source for s in sources] == ["01.txt", "02.txt"]
    assert [s.title for s in sources] == [TEASER.title, STORY.title]
    event = get_event(db, first.added[0])
    assert event is not None and event.location == "泰舍书局"  # filled from the story


def test_an_event_restated_on_many_pages_takes_the_newest_word(db):
    """The event follows its newest source; the location comes from the newest one giving
    one (both read along an index, not from every source sorted)."""
    published = [APR14 - dt.timedelta(days=d) for d in (5, 1, 9, 3, 7, 2, 8, 4)]
    for n, on in enumerate(published):
        located = n in (2, 3, 6)  # published 9, 3 and 8 days before: the 3-day one is newest
        statement = _event(
            STORY.title,
            APR14,
            dt.date(2023, 4, 24),
            location=f"书局{n}" if located else None,
            evidence=f"4月14日至24日，“北京书市”丰台分展场在泰舍书局开幕（第{n}稿）",
        )
        _save(db, f"{n:02d}.txt", _page(f"page {n}", statement, published=on))
    (event,) = list_events(db)
    assert len(event_sources(db, event.id)) == len(published)
    assert event.evidence.endswith("（第1稿）")  # published a day before: the newest
    assert event.location == "书局3"


def test_order_does_not_matter(db):
    _save(db, "02.txt", _page("story", STORY))
    saved = _save(db, "01.txt", _page("teaser", TEASER))
    assert saved.added == () and len(saved.merged) == 1
    assert len(list_events(db)) == 1
    assert len(event_sources(db, saved.merged[0])) == 2


def test_saving_again_changes_nothing(db):
    _save(db, "01.txt", _page("teaser", TEASER))
    _save(db, "02.txt", _page("story", STORY))
    again = _save(db, "02.txt", _page("story", STORY))
    assert again.outcome == IngestOutcome.UNCHANGED
    assert len(list_events(db)) == 1
    assert db.execute("SELECT count(*) FROM event_sources").fetchone()[0] == 2


@pytest.mark.parametrize(
    "other",
    [
        _event(
            "北京书市丰台分会场",
            APR14,
            dt.date(2023, 4, 24),
            location="泰舍书局（丰台）",
            evidence="北京书市丰台分会场4月14日至24日在泰舍书局（丰台）举办",
        ),
        _event(
            "“北京書市”豐台分展場在泰舍書局開幕",
            APR14,
            dt.date(2023, 4, 24),
            location="泰舍書局",
            evidence="4月14日至24日,“北京書市”豐台分展場在泰舍書局開幕",
        ),
    ],
    ids=["other-words", "other-script"],
)
def test_two_outlets_telling_one_story_make_one_event(db, other):
    a = _save(db, "fengtai/02.txt", _page("a", STORY))
    b = _save(db, "https://other.example/a/1.html", _page("b", other))
    assert b.merged == a.added and b.added == ()


@pytest.mark.parametrize(
    "other",
    [
        _event("“北京书市”丰台分展场在泰舍书局开幕", APR14, dt.date(2023, 4, 25)),
        _event("“北京书市”丰台分展场开幕", APR14, dt.date(2023, 4, 24), location="宛平城和平书店"),
        _event("区红十字会会员代表大会", APR14, dt.date(2023, 4, 24)),
        _event("第2届社区文化节", APR14, dt.date(2023, 4, 24)),
    ],
    ids=["other-end-day", "other-place", "other-title", "other-number"],
)
def test_different_happenings_stay_apart(db, other):
    _save(db, "02.txt", _page("story", STORY))
    _save(db, "01.txt", _page("fest", _event("第1届社区文化节", APR14, dt.date(2023, 4, 24))))
    saved = _save(db, "03.txt", _page("other", other))
    assert len(saved.added) == 1 and saved.merged == ()
    assert len(list_events(db)) == 3


def test_two_events_of_one_article_are_not_merged(db):
    saved = _save(db, "02.txt", _page("x", STORY, TEASER))
    assert len(saved.added) == 2


def test_later_article_moving_the_date_updates_the_event_and_keeps_reminders(db):
    first = _save(db, "02.txt", _page("story", STORY))
    event_id = first.added[0]
    enqueue(
        db,
        [
            NewReminder(
                chat_id=1,
                kind="reminder",
                due_at=dt.datetime(2023, 4, 15, 1, 0, tzinfo=dt.UTC),
                dedup_key="r1",
                event_id=event_id,
            )
        ],
        now=NOW,
    )
    moved = _event(
        "“北京书市”丰台分展场在泰舍书局开幕",
        dt.date(2023, 4, 20),
        dt.date(2023, 4, 30),
        location="泰舍书局",
        evidence="“北京书市”丰台分展场延期至4月20日至30日在泰舍书局开幕",
    )
    later = _save(
        db,
        "2023-04-16/01.txt",
        _page("moved", moved, published=dt.date(2023, 4, 16)),
        NOW + dt.timedelta(days=2),
    )
    assert later.added == () and later.changed == (event_id,) and later.merged == (event_id,)
    event = get_event(db, event_id)
    assert event is not None
    assert (event.start, event.end) == (dt.date(2023, 4, 20), dt.date(2023, 4, 30))
    assert event.source == "2023-04-16/01.txt"
    assert [day_of(s.start) for s in event_sources(db, event_id)] == [APR14, dt.date(2023, 4, 20)]
    assert get_reminder(db, 1).status == "pending"  # replanned by bot.reminders, not cancelled
    assert list_events(db, search="书市")[0].id == event_id


def test_an_older_article_does_not_move_the_event(db):
    _save(db, "2023-04-16/01.txt", _page("story", STORY, published=dt.date(2023, 4, 16)))
    older = _event(
        STORY.title,
        dt.date(2023, 4, 10),
        dt.date(2023, 4, 20),
        evidence="书市改期为4月10日至20日",
    )
    saved = _save(db, "2023-04-01/01.txt", _page("old", older, published=dt.date(2023, 4, 1)))
    assert len(saved.added) == 1 and saved.changed == ()


def test_a_series_without_a_change_word_is_not_merged(db):
    _save(db, "a.txt", _page("a", _event("周末文化市集", dt.date(2023, 4, 15))))
    saved = _save(
        db,
        "b.txt",
        _page("b", _event("周末文化市集", dt.date(2023, 4, 22)), published=dt.date(2023, 4, 21)),
    )
    assert len(saved.added) == 1


def test_removing_one_source_keeps_the_event_removing_all_deletes_it(db):
    first = _save(db, "01.txt", _page("teaser", TEASER))
    _save(db, "02.txt", _page("story", STORY))
    event_id = first.added[0]
    corrected = _save(db, "01.txt", _page("teaser corrected"))
    assert corrected.removed == ()
    assert [s.source for s in event_sources(db, event_id)] == ["02.txt"]
    event = get_event(db, event_id)
    assert event is not None and event.source == "02.txt"
    gone = _save(db, "02.txt", _page("story corrected"))
    assert gone.removed == (event_id,)
    assert get_event(db, event_id) is None
    assert event_sources(db, event_id) == []


def test_corrected_statement_updates_the_event(db):
    first = _save(db, "02.txt", _page("story", STORY))
    fixed = _event(STORY.title, APR14, dt.date(2023, 4, 26), location="泰舍书局")
    again = _save(db, "02.txt", _page("story v2", fixed))
    assert again.changed == first.added
    event = get_event(db, first.added[0])
    assert event is not None and event.end == dt.date(2023, 4, 26)


def test_teaser_and_story_through_the_extractor(db):
    teaser = extract_page(
        "01 2023 年 4 月 14 日 星期五 要闻\n“北京书市”丰台分展场开幕\n"
        "4月14日至24日，“北京书市”丰台分展场在泰舍书局举办，四大专区20余项活动等你来。（详见02版）\n"
    )
    story = extract_page(
        "02 2023 年 4 月 14 日 星期五 综合\n“北京书市”丰台分展场于泰舍书局举办\n"
        "本报讯（通讯员 鲍丰鑫）4月14日至24日，“北京书市”丰台分展场在泰舍书局开幕，四大专区20余"
        "项活动将让广大市民体验“书香丰台”。\n"
    )
    a = _save(db, "01.txt", teaser)
    b = _save(db, "02.txt", story)
    fair = [e for e in list_events(db) if (e.start, e.end) == (APR14, dt.date(2023, 4, 24))]
    assert len(fair) == 1
    assert len(event_sources(db, fair[0].id)) == 2
    assert b.merged == a.added


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("北京书市", "北京书市", 1.0),
        ("“北京书市”", "北京书市", 1.0),
        ("北京书市", "上海车展", 0.0),
        ("", "北京书市", 0.0),
    ],
)
def test_dice(a, b, expected):
    assert dice(a, b) == pytest.approx(expected)


def _st(title: str, start: dt.date, **kw) -> Statement:
    return Statement(
        title=title,
        evidence=kw.pop("evidence", title),
        start_day=start,
        end_day=kw.pop("end", start),
        location=kw.pop("location", None),
        **kw,
    )


def test_same_happening_needs_the_same_days():
    assert same_happening(_st("北京书市开幕", APR14), _st("北京书市开幕", APR14))
    assert not same_happening(_st("北京书市开幕", APR14), _st("北京书市开幕", dt.date(2023, 4, 15)))


def test_moved_happening_rules():
    old = _st("北京书市开幕", APR14, published_on=APR14)
    new = _st(
        "北京书市开幕",
        dt.date(2023, 4, 20),
        evidence="北京书市延期至4月20日开幕",
        published_on=dt.date(2023, 4, 15),
    )
    assert moved_happening(new, old, latest=APR14)
    assert not moved_happening(new, old, latest=dt.date(2023, 4, 16))
    far = _st("北京书市开幕", dt.date(2023, 9, 1), evidence="北京书市延期至9月1日开幕")
    assert not moved_happening(far, old, latest=None)


@pytest.mark.parametrize(
    "a, b, differ",
    [
        ("第1届文化节", "第85届文化节", True),
        ("3号馆", "5号馆", True),
        ("2023年第85届文化节", "第85届文化节", False),
        ("北京书市", "第85届北京书市", False),
        ("北京书市", "北京书市", False),
    ],
)
def test_numbers_differ(a, b, differ):
    assert numbers_differ(a, b) is differ
