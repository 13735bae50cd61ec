"""After ingest: a later article moving the date moves the pending reminders; a teaser
and its story alert once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.ingest import after_ingest, ingest_document
from bot.reminders import remind_event
from storage.events import event_sources, get_event
from storage.outbox import pending_for_event
from tests.bot._reminder_kit import add_chat, make_services

STORY = (
    "02 2023 年 4 月 14 日 星期五 综合\n“北京书市”丰台分展场于泰舍书局举办\n"
    "本报讯（通讯员 鲍丰鑫）4月20日至24日，“北京书市”丰台分展场在泰舍书局开幕，四大专区20余"
    "项活动将让广大市民体验“书香丰台”。\n"
)
TEASER = (
    "01 2023 年 4 月 14 日 星期五 要闻\n“北京书市”丰台分展场开幕\n"
    "4月20日至24日，“北京书市”丰台分展场在泰舍书局举办，四大专区20余项活动等你来。\n"
)
MOVED = (
    "01 2023 年 4 月 17 日 星期一 要闻\n“北京书市”丰台分展场延期举办\n"
    "受天气影响，“北京书市”丰台分展场延期至4月27日至30日在泰舍书局开幕。\n"
)


def _ingest(services, path: Path, text: str):
    path.write_text(text, encoding="utf-8")
    saved = ingest_document(services.db, path, timezone="Asia/Shanghai", now=services.clock.now())
    return saved, after_ingest(services, [saved])


def test_teaser_and_story_alert_once_and_a_moved_date_moves_the_reminders(tmp_path):
    services = make_services(tmp_path, "2023-04-14T07:00")
    add_chat(services, 7, topics=("alerts",))
    story, alerts = _ingest(services, tmp_path / "02.txt", STORY)
    assert alerts == 1
    [event_id] = [e for e in story.added if get_event(services.db, e).start == dt.date(2023, 4, 20)]
    teaser, alerts = _ingest(services, tmp_path / "01.txt", TEASER)
    assert teaser.merged == (event_id,) and teaser.added == () and alerts == 0

    before = remind_event(services, 7, event_id)
    assert before and all(r.due_at < dt.datetime(2023, 4, 21, tzinfo=dt.UTC) for r in before)

    services.clock.set(dt.datetime(2023, 4, 17, 8, 0, tzinfo=dt.UTC))  # type: ignore[attr-defined]
    moved, _ = _ingest(services, tmp_path / "0417-01.txt", MOVED)
    assert event_id in moved.changed
    event = get_event(services.db, event_id)
    assert event is not None and event.start == dt.date(2023, 4, 27)
    assert len(event_sources(services.db, event_id)) == 3
    after = pending_for_event(services.db, event_id)
    assert after and all(r.due_at >= dt.datetime(2023, 4, 26, tzinfo=dt.UTC) for r in after)
