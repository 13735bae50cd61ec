"""The pure parts of the bot's UI: catalogs, button payloads, .ics, command table, redaction."""

from __future__ import annotations

import datetime as dt
import logging
import string
from pathlib import Path

import pytest
from icalendar import Calendar

from bot import callbacks
from bot.app import TokenFilter
from bot.commands import COMMANDS, help_text, menu
from bot.dates import Window
from bot.handlers.errors import redact
from bot.i18n import EN, ZH, language_of, t
from bot.ics import calendar_bytes
from storage import StoredEvent

README = Path(__file__).resolve().parents[2] / "README.md"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_catalogs_have_the_same_keys_and_placeholders() -> None:
    assert set(ZH) == set(EN)
    for key in ZH:
        assert _fields(ZH[key]) == _fields(EN[key]), key


@pytest.mark.parametrize(
    ("code", "lang"), [("en", "en"), ("en-US", "en"), ("zh-hans", "zh"), (None, "zh"), ("de", "zh")]
)
def test_language_of_telegram_code(code: str | None, lang: str) -> None:
    assert language_of(code) == lang


def test_every_command_has_help_texts_and_readme_documentation() -> None:
    readme = README.read_text(encoding="utf-8")
    section = readme[readme.index("## The Telegram bot") :]
    for command in COMMANDS:
        assert command.zh.strip() and command.en.strip(), command.name
        assert f"/{command.name}" in section, f"README does not document /{command.name}"
        assert f"/{command.name} " in help_text("zh", admin=True) + " "
    names = [c.name for c in COMMANDS]
    assert len(names) == len(set(names))
    assert [c.command for c in menu("en")] == [c.name for c in COMMANDS if not c.admin]


@pytest.mark.parametrize(
    "turn",
    [
        callbacks.PageTurn(),
        callbacks.PageTurn(window=Window(dt.date(2023, 4, 14), dt.date(2023, 4, 16), "this_week")),
        callbacks.PageTurn(window=Window(dt.date(2023, 4, 20), dt.date(2023, 4, 20))),
        callbacks.PageTurn(query="书市 | AND ("),
    ],
)
def test_page_payloads_round_trip_within_64_bytes(turn: callbacks.PageTurn) -> None:
    data = turn.at(15, 5)
    assert len(data.encode()) <= 64
    assert callbacks.parse_page(data) == (turn, 15, 5)


def test_long_search_queries_are_cut_to_fit() -> None:
    data = callbacks.PageTurn(query="北京书市" * 20).at(5, 5)
    assert len(data.encode()) <= 64
    parsed = callbacks.parse_page(data)
    assert parsed is not None and parsed[0].query and "北京书市".startswith(parsed[0].query[:4])


@pytest.mark.parametrize("data", ["ev|x|1", "ev|o|", "pg|u|bad", "pg|s|x|5|q", "st|", "rm|", "zz"])
def test_malformed_payloads_are_ignored(data: str) -> None:
    assert callbacks.parse_event(data) is None or data.startswith("ev|o|")
    assert callbacks.parse_page(data) is None
    assert callbacks.parse_cancel_listed(data) is None


def _event(**changes: object) -> StoredEvent:
    base: dict[str, object] = dict(
        id="a2333da6cbd9713d",
        article_id="x",
        title="“北京书市”开幕",
        start=dt.date(2023, 4, 14),
        end=dt.date(2023, 4, 24),
        all_day=True,
        timezone="Asia/Shanghai",
        start_at=dt.datetime(2023, 4, 13, 16, 0, tzinfo=dt.UTC),
        end_at=dt.datetime(2023, 4, 24, 16, 0, tzinfo=dt.UTC),
        kind="activity",
        location="泰舍书局",
        evidence="4月14日至24日,书市开幕",
        sentence="",
        article_title="书市",
        confidence=0.9,
        source="page.txt",
        published_on=dt.date(2023, 4, 14),
    )
    base.update(changes)
    return StoredEvent(**base)  # type: ignore[arg-type]


def test_ics_all_day_as_dates_and_timed_with_tzid() -> None:
    timed = _event(
        id="b" * 16,
        title="读书会",
        start=dt.datetime(2023, 4, 20, 14, 30),
        end=dt.datetime(2023, 4, 20, 16, 0),
        all_day=False,
        start_at=dt.datetime(2023, 4, 20, 6, 30, tzinfo=dt.UTC),
        end_at=dt.datetime(2023, 4, 20, 8, 0, tzinfo=dt.UTC),
    )
    data = calendar_bytes([_event(), timed], now=dt.datetime(2023, 4, 14, tzinfo=dt.UTC), name="t")
    assert b"DTSTART;VALUE=DATE:20230414" in data and b"DTEND;VALUE=DATE:20230425" in data
    assert b"DTSTART;TZID=Asia/Shanghai:20230420T143000" in data
    assert b"BEGIN:VTIMEZONE" in data
    cal = Calendar.from_ical(data)
    fair, talk = cal.walk("VEVENT")
    assert str(fair["location"]) == "泰舍书局" and str(fair["uid"]) == "a2333da6cbd9713d@newscal"
    assert talk.decoded("dtend") - talk.decoded("dtstart") == dt.timedelta(minutes=90)


def test_redact_removes_the_token_and_its_secret() -> None:
    token = "123456:ABCdefGHIjklMNO"
    text = f"POST https://api.telegram.org/bot{token}/getMe failed; secret ABCdefGHIjklMNO"
    assert "ABCdef" not in redact(text, token)


def test_token_filter_cleans_messages_and_tracebacks() -> None:
    token = "123456:ABCdefGHIjklMNO"
    try:
        raise RuntimeError(f"https://api.telegram.org/bot{token}/getMe")
    except RuntimeError as exc:
        record = logging.LogRecord(
            "x",
            logging.ERROR,
            __file__,
            1,
            "url %s",
            (str(exc),),
            (RuntimeError, exc, exc.__traceback__),
        )
    TokenFilter(token).filter(record)
    assert "ABCdef" not in record.getMessage() and "ABCdef" not in (record.exc_text or "")


def test_messages_format() -> None:
    assert t("en", "page_of", page=1, pages=2) == "page 1/2"
    assert t("xx", "lang_set") == "已切换为中文。"
