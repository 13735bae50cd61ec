"""Saving pages: idempotent, corrections update in place, removals cancel reminders."""

from __future__ import annotations

import datetime as dt

from extractors import Event, Kind, Page
from extractors.model import day_of
from storage import IngestOutcome, NewReminder
from storage.articles import save_page
from storage.events import get_event, list_events
from storage.outbox import enqueue, get_reminder

PUBLISHED = dt.date(2023, 4, 14)


def _event(title: str, start: dt.date, end: dt.date | None = None, **kw) -> Event:
    return Event(
        title=title,
        start=start,
        end=end or start,
        kind=kw.pop("kind", Kind.ACTIVITY),
        upcoming=day_of(end or start) >= PUBLISHED,
        evidence=kw.pop("evidence", f"{start.month}月{start.day}日，{title}"),
        **kw,
    )


def _page(text: str, *events: Event) -> Page:
    return Page(published=PUBLISHED, published_found=True, events=events, text=text)


def _rows(db):
    return sorted(
        tuple(r) for r in db.execute('SELECT id, title, start, "end" FROM events').fetchall()
    )


FAIR = _event("北京书市", dt.date(2023, 4, 14), dt.date(2023, 4, 24), location="泰舍书局")
TALK = _event("阅读分享会", dt.date(2023, 4, 23))


def test_same_page_twice_changes_nothing(db, clock):
    page = _page("text v1", FAIR, TALK)
    first = save_page(db, "p2", page, timezone="Asia/Shanghai", now=clock.now())
    rows = _rows(db)
    articles = db.execute("SELECT * FROM articles").fetchall()
    second = save_page(db, "p2", page, timezone="Asia/Shanghai", now=clock.now())
    assert first.outcome == IngestOutcome.NEW and len(first.added) == 2
    assert second.outcome == IngestOutcome.UNCHANGED and second.added == ()
    assert _rows(db) == rows
    assert db.execute("SELECT * FROM articles").fetchall() == articles


def test_corrected_page_updates_events_without_duplicates(db, clock):
    save_page(db, "p2", _page("v1", FAIR, TALK), timezone="Asia/Shanghai", now=clock.now())
    moved = _event("阅读分享会", dt.date(2023, 4, 22))
    saved = save_page(db, "p2", _page("v2", FAIR, moved), timezone="Asia/Shanghai", now=clock.now())
    assert saved.outcome == IngestOutcome.UPDATED
    assert saved.added == () and saved.removed == () and len(saved.changed) == 1
    assert len(_rows(db)) == 2
    assert get_event(db, saved.changed[0]).start == dt.date(2023, 4, 22)


def test_vanished_event_is_removed_and_its_reminders_cancelled(db, clock):
    first = save_page(db, "p2", _page("v1", FAIR, TALK), timezone="Asia/Shanghai", now=clock.now())
    talk_id = next(e.id for e in list_events(db) if e.title == "阅读分享会")
    enqueue(
        db,
        [NewReminder(1, "reminder", clock.now() + dt.timedelta(days=1), "k1", event_id=talk_id)],
        now=clock.now(),
    )
    saved = save_page(db, "p2", _page("v2", FAIR), timezone="Asia/Shanghai", now=clock.now())
    assert saved.removed == (talk_id,) and first.article_id == saved.article_id
    reminder = get_reminder(db, 1)
    assert reminder.status == "cancelled" and reminder.event_id is None


def test_times_are_stored_local_with_utc_instants(db, clock):
    timed = _event("讲座", dt.datetime(2023, 4, 20, 14, 0), dt.datetime(2023, 4, 20, 16, 30))
    save_page(db, "p", _page("t", FAIR, timed), timezone="Asia/Shanghai", now=clock.now())
    by_title = {e.title: e for e in list_events(db)}
    talk = by_title["讲座"]
    assert talk.start == dt.datetime(2023, 4, 20, 14, 0) and not talk.all_day
    assert talk.start_at == dt.datetime(2023, 4, 20, 6, 0, tzinfo=dt.UTC)
    fair = by_title["北京书市"]
    assert fair.all_day and fair.location == "泰舍书局"
    # An all-day event is over at the local midnight after its last day.
    assert fair.end_at == dt.datetime(2023, 4, 24, 16, 0, tzinfo=dt.UTC)


def test_two_events_with_one_title_stay_apart(db, clock):
    a = _event("志愿服务", dt.date(2023, 4, 20))
    b = _event("志愿服务", dt.date(2023, 4, 27))
    saved = save_page(db, "p", _page("t", a, b), timezone="Asia/Shanghai", now=clock.now())
    assert len(set(saved.added)) == 2
