"""What users type for days and lead times, as tables of real input."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.dates import DateInputError, format_lead, parse_lead, parse_window

FRIDAY = dt.date(2023, 4, 14)
D = dt.date


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("今天", FRIDAY, FRIDAY),
        ("today", FRIDAY, FRIDAY),
        ("明天", D(2023, 4, 15), D(2023, 4, 15)),
        ("Tomorrow", D(2023, 4, 15), D(2023, 4, 15)),
        ("后天", D(2023, 4, 16), D(2023, 4, 16)),
        ("本周", FRIDAY, D(2023, 4, 16)),
        ("week", FRIDAY, D(2023, 4, 16)),
        ("下周", D(2023, 4, 17), D(2023, 4, 23)),
        ("next week", D(2023, 4, 17), D(2023, 4, 23)),
        ("本月", FRIDAY, D(2023, 4, 30)),
        ("下个月", D(2023, 5, 1), D(2023, 5, 31)),
        ("4月20日", D(2023, 4, 20), D(2023, 4, 20)),
        ("4月20号", D(2023, 4, 20), D(2023, 4, 20)),
        ("四月二十日", D(2023, 4, 20), D(2023, 4, 20)),
        ("十二月三十一日", D(2023, 12, 31), D(2023, 12, 31)),
        ("1月5日", D(2024, 1, 5), D(2024, 1, 5)),  # no year: the next 5 January
        ("2月29日", D(2024, 2, 29), D(2024, 2, 29)),  # the next leap day
        ("2023-04-20", D(2023, 4, 20), D(2023, 4, 20)),
        ("2023/4/20", D(2023, 4, 20), D(2023, 4, 20)),
        ("2023年4月20日", D(2023, 4, 20), D(2023, 4, 20)),
        ("4/20", D(2023, 4, 20), D(2023, 4, 20)),
        ("周日", D(2023, 4, 16), D(2023, 4, 16)),
        ("星期五", FRIDAY, FRIDAY),
        ("下周五", D(2023, 4, 21), D(2023, 4, 21)),
        ("本周一", D(2023, 4, 10), D(2023, 4, 10)),
        ("next friday", D(2023, 4, 21), D(2023, 4, 21)),
        ("April 20", D(2023, 4, 20), D(2023, 4, 20)),
        ("20 April 2023", D(2023, 4, 20), D(2023, 4, 20)),
        ("五一", D(2023, 5, 1), D(2023, 5, 1)),
        ("4月下旬", D(2023, 4, 21), D(2023, 4, 30)),
        ("本周末", D(2023, 4, 15), D(2023, 4, 16)),
        ("世界读书日", D(2023, 4, 23), D(2023, 4, 23)),
    ],
)
def test_windows(text: str, first: dt.date, last: dt.date) -> None:
    window = parse_window(text, FRIDAY)
    assert (window.first_on, window.last_on) == (first, last)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2月30日", "no_such_date"),
        ("2023-02-29", "no_such_date"),
        ("13月1日", "no_such_date"),
        ("2023-04-31", "no_such_date"),
        ("明年春天吧", "bad_window"),
        ("blah", "bad_window"),
        ("", "bad_window"),
        ("Feb 30", "bad_window"),
    ],
)
def test_bad_days(text: str, key: str) -> None:
    with pytest.raises(DateInputError) as info:
        parse_window(text, FRIDAY)
    assert info.value.key == key


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("2h", 120),
        ("30m", 30),
        ("1d", 1440),
        ("2小时", 120),
        ("30分钟", 30),
        ("1天", 1440),
        ("1h30m", 90),
        ("90min", 90),
        ("半小时", 30),
        ("1.5h", 90),
        ("2 hours", 120),
        ("3个小时", 180),
        ("30天", 43200),
    ],
)
def test_leads(text: str, minutes: int) -> None:
    assert parse_lead(text) == dt.timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["", "0h", "2", "h", "31天", "2 fortnights", "-1h", "2h-"])
def test_bad_leads(text: str) -> None:
    with pytest.raises(DateInputError):
        parse_lead(text)


@pytest.mark.parametrize(
    ("minutes", "zh", "en"),
    [
        (30, "30分钟", "30 min"),
        (60, "1小时", "1 h"),
        (1440, "1天", "1 d"),
        (90, "1小时30分钟", "1 h 30 min"),
    ],
)
def test_format_lead(minutes: int, zh: str, en: str) -> None:
    lead = dt.timedelta(minutes=minutes)
    assert (format_lead(lead, "zh"), format_lead(lead, "en")) == (zh, en)
