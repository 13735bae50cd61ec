"""What users type for days and lead times: 明天, 本周, 4月20日, 2023-04-20, next friday, 2小时.

The common Chinese and numeric forms are read here (with a clear error for 2月30日); other
Chinese expressions (五一, 4月下旬, 世界读书日) go to the project's time grammar
``extractors.timex``, Latin-script text to ``dateparser`` (imported lazily, it is slow to
load). The reference day always comes in as an argument.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any


class DateInputError(ValueError):
    """Text a user typed is not a day or lead time; ``key`` names the message, ``params``
    fill it."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True, slots=True)
class Window:
    """Local days from ``first_on`` to ``last_on`` inclusive; ``name`` is a message key or ''."""

    first_on: dt.date
    last_on: dt.date
    name: str = field(default="")


_ZH_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5}

# Named spans: (words, name); the name is also the message key of the span's label.
_NAMED = (
    (("今天", "今日", "today"), "today"),
    (("明天", "明日", "tomorrow"), "tomorrow"),
    (("后天", "後天"), "day_after"),
    (("本周", "这周", "這週", "本星期", "这星期", "这个星期", "week", "this week"), "this_week"),
    (("下周", "下星期", "下个星期", "next week"), "next_week"),
    (("本月", "这个月", "这月", "month", "this month"), "this_month"),
    (("下月", "下个月", "next month"), "next_month"),
)


def named_window(name: str, today: dt.date) -> Window:
    """Return the span called ``name`` (a key of _NAMED) seen from ``today``."""
    if name == "today":
        return Window(today, today, name)
    if name == "tomorrow":
        day = today + dt.timedelta(days=1)
        return Window(day, day, name)
    if name == "day_after":
        day = today + dt.timedelta(days=2)
        return Window(day, day, name)
    if name == "this_week":
        return Window(today, today + dt.timedelta(days=6 - today.weekday()), name)
    if name == "next_week":
        monday = today + dt.timedelta(days=7 - today.weekday())
        return Window(monday, monday + dt.timedelta(days=6), name)
    if name == "this_month":
        last = calendar.monthrange(today.year, today.month)[1]
        return Window(today, today.replace(day=last), name)
    if name == "next_month":
        year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        last = calendar.monthrange(year, month)[1]
        return Window(dt.date(year, month, 1), dt.date(year, month, last), name)
    raise KeyError(name)


def parse_window(text: str, today: dt.date) -> Window:
    """Return the days ``text`` names, seen from ``today``. Raises DateInputError."""
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        raise DateInputError("bad_window", text=text)
    for words, name in _NAMED:
        if cleaned in words:
            return named_window(name, today)
    try:
        day = parse_day(cleaned, today)
    except DateInputError as exc:
        span = _timex_span(cleaned, today) if exc.key == "bad_window" else None
        if span is None:
            raise
        return Window(*span)
    return Window(day, day)


_ISO = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号號]?$")
_MONTH_DAY = re.compile(
    r"^(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*"
    r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号號]?$"
)
_SLASH = re.compile(r"^(\d{1,2})[/.](\d{1,2})$")
_WEEKDAY = re.compile(r"^(本|这|這|下|下个|下個)?\s*(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])$")


def parse_day(text: str, today: dt.date) -> dt.date:
    """Return the day ``text`` names; a day without a year is the next one on or after today.

    Raises DateInputError ``no_such_date`` for 2月30日 and ``bad_window`` for anything unread.
    """
    text = text.strip()
    if m := _ISO.match(text):
        return _checked(int(m[1]), int(m[2]), int(m[3]), text)
    if m := _MONTH_DAY.match(text) or _SLASH.match(text):
        month, day = _number(m[1]), _number(m[2])
        _checked(2000, month, day, text)  # a leap year: 2月29日 exists in some year
        return _next_month_day(month, day, today)
    if m := _WEEKDAY.match(text):
        target = _WEEKDAYS[m[2]]
        if m[1] and m[1].startswith("下"):
            monday = today + dt.timedelta(days=7 - today.weekday())
            return monday + dt.timedelta(days=target)
        if m[1]:
            return today + dt.timedelta(days=target - today.weekday())
        return today + dt.timedelta(days=(target - today.weekday()) % 7)
    if re.search(r"[a-z]", text):
        return _dateparser_day(text, today)
    raise DateInputError("bad_window", text=text)


def _number(text: str) -> int:
    if text.isdecimal():
        return int(text)
    # 十 = 10, 十二 = 12, 二十 = 20, 二十三 = 23, 三十一 = 31
    if "十" in text:
        tens, _, units = text.partition("十")
        return (_ZH_DIGITS[tens] if tens else 1) * 10 + (_ZH_DIGITS[units] if units else 0)
    return _ZH_DIGITS[text]


def _checked(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateInputError("no_such_date", text=text) from None


def _next_month_day(month: int, day: int, today: dt.date) -> dt.date:
    for year in range(today.year, today.year + 9):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 2月29日 outside a leap year
            continue
        if candidate >= today:
            return candidate
    raise DateInputError("no_such_date", text=f"{month}/{day}")


def _dateparser_day(text: str, today: dt.date) -> dt.date:
    import dateparser

    base = dt.datetime.combine(today, dt.time(12, 0))
    found = dateparser.parse(
        text,
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"},
    )
    if found is None:
        raise DateInputError("bad_window", text=text)
    return found.date()


def _timex_span(text: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """Return the days the project's time grammar reads in ``text`` (五一, 4月下旬, 本周末,
    世界读书日 …) when one mention covers all of it; None otherwise."""
    try:
        from extractors.timex import find_times
    except ImportError:  # the grammar is an optional part of the extractors
        return None
    mentions = find_times(text, today)
    if len(mentions) != 1 or mentions[0].text.strip() != text.strip():
        return None
    start, end = mentions[0].start, mentions[0].end
    first = start.date() if isinstance(start, dt.datetime) else start
    last = end.date() if isinstance(end, dt.datetime) else end
    return first, last


_LEAD_UNITS = {
    "d": 1440,
    "day": 1440,
    "days": 1440,
    "天": 1440,
    "日": 1440,
    "h": 60,
    "hr": 60,
    "hrs": 60,
    "hour": 60,
    "hours": 60,
    "小时": 60,
    "小時": 60,
    "个小时": 60,
    "钟头": 60,
    "m": 1,
    "min": 1,
    "mins": 1,
    "minute": 1,
    "minutes": 1,
    "分钟": 1,
    "分鐘": 1,
    "分": 1,
}
_LEAD_PART = re.compile(
    r"(\d+(?:\.\d+)?|半)\s*("
    + "|".join(sorted((re.escape(u) for u in _LEAD_UNITS), key=len, reverse=True))
    + ")"
)
MAX_LEAD = dt.timedelta(days=30)


def parse_lead(text: str) -> dt.timedelta:
    """Return the lead time of ``2h``, ``30m``, ``1d``, ``2小时``, ``30分钟``, ``1天``, ``1h30m``.

    Raises DateInputError ``bad_lead`` when unread, zero or longer than 30 days.
    """
    cleaned = text.strip().lower().replace(" ", "")
    pos, minutes = 0, 0.0
    for m in _LEAD_PART.finditer(cleaned):
        if m.start() != pos:
            break
        amount = 0.5 if m[1] == "半" else float(m[1])
        minutes += amount * _LEAD_UNITS[m[2]]
        pos = m.end()
    if not cleaned or pos != len(cleaned) or minutes <= 0:
        raise DateInputError("bad_lead", text=text)
    lead = dt.timedelta(minutes=round(minutes))
    if lead > MAX_LEAD or lead <= dt.timedelta(0):
        raise DateInputError("bad_lead", text=text)
    return lead


def format_lead(lead: dt.timedelta, lang: str) -> str:
    """Return ``lead`` as short text: ``2小时``/``2 h``, ``1天``/``1 d``, ``1小时30分钟``."""
    minutes = int(lead.total_seconds() // 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    units = ("天", "小时", "分钟") if lang == "zh" else (" d", " h", " min")
    parts = [f"{n}{u}" for n, u in zip((days, hours, mins), units, strict=True) if n]
    return ("" if lang == "zh" else " ").join(parts) or ("0分钟" if lang == "zh" else "0 min")
