"""The words of reminders, digests and alerts: HTML for Telegram in Chinese or English.

Pure functions of events, the chat's time zone and language, and "now". All text coming
from newspapers or users passes through html.escape.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Sequence
from html import escape

from storage.records import StoredEvent

MAX_CHARS = 4000  # Telegram's limit is 4096 characters after entity parsing
_ZH_WEEKDAYS = "一二三四五六日"
_EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def is_english(language: str) -> bool:
    return language.lower().startswith("en")


def format_day(day: dt.date, language: str, today: dt.date | None = None) -> str:
    """Return ``4月15日（周六）`` / ``Sat 15 Apr``, with the year when not this year."""
    same_year = today is None or today.year == day.year
    if is_english(language):
        text = f"{_EN_WEEKDAYS[day.weekday()]} {day.day} {_EN_MONTHS[day.month - 1]}"
        return text if same_year else f"{text} {day.year}"
    text = f"{day.month}月{day.day}日（周{_ZH_WEEKDAYS[day.weekday()]}）"
    return text if same_year else f"{day.year}年{text}"


def format_when(event: StoredEvent, tz: dt.tzinfo, language: str, today: dt.date) -> str:
    """Return when the event happens, in ``tz`` with weekdays: a day, a span, or times."""
    en = is_english(language)
    if event.all_day:
        first = event.start if not isinstance(event.start, dt.datetime) else event.start.date()
        last = event.end if not isinstance(event.end, dt.datetime) else event.end.date()
        text = format_day(first, language, today)
        if last != first:
            text += (" – " if en else "至") + format_day(last, language, today)
        return text + ("" if en else " 全天")
    start = event.start_at.astimezone(tz)
    end = event.end_at.astimezone(tz)
    text = f"{format_day(start.date(), language, today)} {start:%H:%M}"
    if end > start:
        if end.date() == start.date():
            text += f"–{end:%H:%M}"
        else:
            text += f" – {format_day(end.date(), language, today)} {end:%H:%M}"
    return text


def _span(delta: dt.timedelta, en: bool) -> str:
    minutes = max(1, round(delta.total_seconds() / 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if en:
        parts = [
            f"{days} d" if days else "",
            f"{hours} h" if hours else "",
            f"{mins} min" if mins else "",
        ]
        return " ".join(p for p in parts if p)
    parts = [
        f"{days}天" if days else "",
        f"{hours}小时" if hours else "",
        f"{mins}分钟" if mins else "",
    ]
    return "".join(p for p in parts if p)


def headline(event: StoredEvent, tz: dt.tzinfo, language: str, now: dt.datetime) -> str:
    """Return how soon the event is, seen at ``now``: 明天 / 1小时后开始 / 今天截止 …"""
    en = is_english(language)
    today = now.astimezone(tz).date()
    if event.kind == "deadline":
        end = event.end if not isinstance(event.end, dt.datetime) else event.end_at.astimezone(tz)
        day = end.date() if isinstance(end, dt.datetime) else end
        if isinstance(end, dt.datetime) and end > now and end - now < dt.timedelta(hours=12):
            return f"Deadline in {_span(end - now, en)}" if en else f"{_span(end - now, en)}后截止"
        if day == today:
            return "Deadline today" if en else "今天截止"
        if day == today + dt.timedelta(days=1):
            return "Deadline tomorrow" if en else "明天截止"
        return (
            f"Deadline {format_day(day, language, today)}"
            if en
            else f"{format_day(day, language, today)}截止"
        )
    if event.start_at <= now < event.end_at:
        return "Happening now" if en else "正在进行"
    if not event.all_day and dt.timedelta(0) < event.start_at - now < dt.timedelta(hours=12):
        span = _span(event.start_at - now, en)
        return f"Starts in {span}" if en else f"{span}后开始"
    first = event.start_at.astimezone(tz).date() if not event.all_day else event.start
    assert isinstance(first, dt.date)
    if isinstance(first, dt.datetime):
        first = first.date()
    days = (first - today).days
    if days == 0:
        return "Today" if en else "今天"
    if days == 1:
        return "Tomorrow" if en else "明天"
    return f"In {days} days" if en else f"{days}天后"


def event_link(event_id: str, bot_username: str | None) -> str:
    """Return a /event link: a deep link opening the event when the bot's name is known."""
    if bot_username:
        url = f"https://t.me/{escape(bot_username)}?start=event_{escape(event_id)}"
        return f'<a href="{url}">/event {escape(event_id)}</a>'
    return f"/event <code>{escape(event_id)}</code>"


def render_reminder(
    event: StoredEvent,
    *,
    timezone: str,
    language: str,
    now: dt.datetime,
    late_due_at: dt.datetime | None = None,
    bot_username: str | None = None,
) -> str:
    """Return the reminder of one event; ``late_due_at`` adds the late note."""
    tz = zoneinfo.ZoneInfo(timezone)
    en = is_english(language)
    today = now.astimezone(tz).date()
    lines = [f"⏰ {escape(headline(event, tz, language, now))}：<b>{escape(event.title)}</b>"]
    if en:
        lines[0] = lines[0].replace("：", ": ")
    lines.append(
        ("🕘 When: " if en else "🕘 时间：") + escape(format_when(event, tz, language, today))
    )
    if event.location:
        lines.append(("📍 Where: " if en else "📍 地点：") + escape(event.location))
    lines.append(("Details: " if en else "详情：") + event_link(event.id, bot_username))
    if late_due_at is not None:
        due = late_due_at.astimezone(tz)
        stamp = f"{format_day(due.date(), language, today)} {due:%H:%M}"
        lines.append(
            f"<i>(late: was due {escape(stamp)}; the bot was offline)</i>"
            if en
            else f"<i>（迟到：原定 {escape(stamp)} 提醒，当时机器人不在线）</i>"
        )
    return _fit(lines)


def _item(event: StoredEvent, tz: dt.tzinfo, language: str, today: dt.date, bot: str | None) -> str:
    where = f" · {escape(event.location)}" if event.location else ""
    return (
        f"• {escape(format_when(event, tz, language, today))} <b>{escape(event.title)}</b>{where} "
        f"{event_link(event.id, bot)}"
    )


def render_digest(
    today_events: Sequence[StoredEvent],
    week_events: Sequence[StoredEvent],
    *,
    on: dt.date,
    timezone: str,
    language: str,
    late_due_at: dt.datetime | None = None,
    bot_username: str | None = None,
    per_section: int = 15,
) -> str:
    """Return the daily digest of today's events and the rest of this week's."""
    tz = zoneinfo.ZoneInfo(timezone)
    en = is_english(language)
    lines = [
        ("📅 <b>Daily digest</b> · " if en else "📅 <b>每日摘要</b> · ") + format_day(on, language)
    ]
    for title, events, more in (
        ("Today" if en else "今天", today_events, "/today"),
        ("Later this week" if en else "本周稍后", week_events, "/week"),
    ):
        lines.append("")
        lines.append(f"<b>{title}</b>")
        if not events:
            lines.append("—  nothing listed" if en else "—  暂无活动")
        for event in events[:per_section]:
            lines.append(_item(event, tz, language, on, bot_username))
        if len(events) > per_section:
            rest = len(events) - per_section
            lines.append(f"… {rest} more: {more}" if en else f"……还有 {rest} 项：{more}")
    if late_due_at is not None:
        due = late_due_at.astimezone(tz)
        lines.append("")
        lines.append(
            f"<i>(late: was due {due:%H:%M})</i>"
            if en
            else f"<i>（迟到：原定 {due:%H:%M} 发送）</i>"
        )
    return _fit(lines)


def render_alert(
    events: Sequence[StoredEvent],
    *,
    keywords: Sequence[str],
    timezone: str,
    language: str,
    now: dt.datetime,
    bot_username: str | None = None,
    limit: int = 10,
) -> str:
    """Return the alert about newly found events (and the keywords that matched, if any)."""
    tz = zoneinfo.ZoneInfo(timezone)
    en = is_english(language)
    today = now.astimezone(tz).date()
    head = "🆕 <b>New events</b>" if en else "🆕 <b>新活动</b>"
    if keywords:
        words = "、".join(escape(k) for k in keywords)
        head += f" (keywords: {words})" if en else f"（关键词：{words}）"
    lines = [head]
    lines += [_item(e, tz, language, today, bot_username) for e in events[:limit]]
    if len(events) > limit:
        rest = len(events) - limit
        lines.append(f"… {rest} more: /upcoming" if en else f"……还有 {rest} 项：/upcoming")
    return _fit(lines)


def render_broadcast(text: str, language: str) -> str:
    """Return an administrator's announcement (plain text, escaped)."""
    head = "📢 <b>Announcement</b>" if is_english(language) else "📢 <b>通知</b>"
    return _fit([head, escape(text)])


def _fit(lines: list[str]) -> str:
    """Join lines, dropping whole lines from the end to stay under Telegram's length limit."""
    text = "\n".join(lines)
    while len(text) > MAX_CHARS and len(lines) > 1:
        lines = lines[:-2] + ["…"] if lines[-1] != "…" else lines[:-2] + ["…"]
        text = "\n".join(lines)
    return text[:MAX_CHARS]
