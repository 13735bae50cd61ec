"""Turning events and pages into HTML messages and inline keyboards. Pure: no I/O.

Every piece of text from users or articles goes through ``html.escape`` here.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from html import escape
from pathlib import PurePath

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks
from bot.browse import EventPage, short_id
from bot.i18n import WEEKDAYS, t
from storage import StoredEvent

BUTTON_TITLE = 24  # characters of a title on a button


def day_text(day: dt.date, lang: str, *, year: bool = True) -> str:
    """Return ``2023年4月14日（周五）`` or ``Fri 14 Apr 2023``."""
    weekday = WEEKDAYS[lang][day.weekday()]
    if lang == "zh":
        head = f"{day.year}年" if year else ""
        return f"{head}{day.month}月{day.day}日（{weekday}）"
    tail = f" {day.year}" if year else ""
    return f"{weekday} {day.day} {day.strftime('%b')}{tail}"


def when_text(event: StoredEvent, lang: str, tz: dt.tzinfo) -> str:
    """Return when an event happens, in the chat's time zone for clock times."""
    if event.all_day:
        first = _day(event.start)
        last = _day(event.end)
        text = day_text(first, lang)
        if last != first:
            text += " – " + day_text(last, lang, year=last.year != first.year)
        return text
    start = event.start_at.astimezone(tz)
    text = f"{day_text(start.date(), lang)} {start:%H:%M}"
    end = event.end_at.astimezone(tz)
    if end > start:
        text += (
            f" – {end:%H:%M}"
            if end.date() == start.date()
            else (f" – {day_text(end.date(), lang)} {end:%H:%M}")
        )
    return text


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def event_line(event: StoredEvent, lang: str, tz: dt.tzinfo, number: int | None = None) -> str:
    """Return one list entry: number, title, when, and the /event command that opens it."""
    head = f"{number}. " if number is not None else "• "
    where = f" · {escape(event.location)}" if event.location else ""
    return (
        f"{head}<b>{escape(event.title)}</b>\n"
        f"    {when_text(event, lang, tz)}{where} · /event {short_id(event.id)}"
    )


def event_card(event: StoredEvent, lang: str, tz: dt.tzinfo, bot_username: str | None) -> str:
    """Return the full description of one event."""
    sep = "：" if lang == "zh" else ": "
    lines = [
        f"<b>{escape(event.title)}</b>",
        f"🕒 {t(lang, 'when')}{sep}{when_text(event, lang, tz)}",
    ]
    if event.location:
        lines.append(f"📍 {t(lang, 'where')}{sep}{escape(event.location)}")
    lines.append(f"🏷 {t(lang, 'kind')}{sep}{kind_text(event.kind, lang)}")
    source = event.article_title or (PurePath(event.source).name if event.source else "")
    if event.published_on:
        source = f"{source} · {t(lang, 'published', date=day_text(event.published_on, lang))}"
    if source:
        lines.append(f"📰 {t(lang, 'source')}{sep}{escape(source)}")
    if event.evidence:
        lines.append(f"💬 {t(lang, 'evidence')}{sep}<i>{escape(event.evidence)}</i>")
    footer = f"🆔 {short_id(event.id)}"
    if bot_username:
        footer += f" · {t(lang, 'deep_link')}: {escape(deep_link(bot_username, event.id))}"
    lines.append(footer)
    return "\n".join(lines)


def deep_link(bot_username: str, event_id: str) -> str:
    """Return the t.me link that opens an event in the bot."""
    return f"https://t.me/{bot_username}?start=event_{event_id}"


def kind_text(kind: str, lang: str) -> str:
    """Return the name of an event kind in ``lang``."""
    key = f"kind_{kind}"
    try:
        return t(lang, key)
    except KeyError:
        return escape(kind)


def event_keyboard(event: StoredEvent, lang: str, *, reminded: bool) -> InlineKeyboardMarkup:
    """Return 提醒我 (or 取消提醒 when reminded) and 加入日历."""
    first = (
        InlineKeyboardButton(t(lang, "btn_cancel"), callback_data=callbacks.cancel(event.id))
        if reminded
        else InlineKeyboardButton(t(lang, "btn_remind"), callback_data=callbacks.remind(event.id))
    )
    calendar = InlineKeyboardButton(t(lang, "btn_calendar"), callback_data=callbacks.ics(event.id))
    return InlineKeyboardMarkup([[first, calendar]])


def page_text(title: str, page: EventPage, lang: str, tz: dt.tzinfo, empty_key: str) -> str:
    """Return a list message: title, numbered entries, page number."""
    if not page.events:
        return f"{title}\n{t(lang, empty_key)}"
    lines = [title]
    for number, event in enumerate(page.events, start=page.offset + 1):
        lines.append(event_line(event, lang, tz, number))
    if page.pages > 1:
        lines.append(t(lang, "page_of", page=page.page, pages=page.pages))
    return "\n".join(lines)


def page_keyboard(
    page: EventPage, lang: str, turn: callbacks.PageTurn
) -> InlineKeyboardMarkup | None:
    """Return a button per listed event (opens it) and ◀ ▶ buttons; None when no events."""
    rows = [
        [
            InlineKeyboardButton(
                f"{number}. {shorten(event.title, BUTTON_TITLE)}",
                callback_data=callbacks.open_(event.id),
            )
        ]
        for number, event in enumerate(page.events, start=page.offset + 1)
    ]
    nav = []
    if page.has_prev:
        nav.append(
            InlineKeyboardButton(
                t(lang, "prev"), callback_data=turn.at(max(0, page.offset - page.limit), page.limit)
            )
        )
    if page.has_next:
        nav.append(
            InlineKeyboardButton(
                t(lang, "next"), callback_data=turn.at(page.offset + page.limit, page.limit)
            )
        )
    if nav:
        rows.append(nav)
    return InlineKeyboardMarkup(rows) if rows else None


def shorten(text: str, width: int) -> str:
    """Return ``text`` cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def timezone_of(name: str, default: str) -> zoneinfo.ZoneInfo:
    """Return the zone called ``name``, or ``default`` when the name is unknown."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(default)
