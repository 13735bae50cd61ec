"""/settings: time zone, reminder times, digest, quiet hours — by buttons or by text.

Text forms: ``/settings tz Asia/Tokyo``, ``/settings digest 07:30|on|off``,
``/settings quiet 22:00-07:00|off``, ``/settings lead 2h|off``, ``/settings daybefore 20:00|off``,
``/settings onday 08:00|off``, ``/settings deadline 09:00|off``.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from html import escape
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest

from bot import callbacks, reminders
from bot.config import ConfigError, parse_hhmm, parse_quiet_hours
from bot.context import BotContext
from bot.dates import DateInputError, format_lead, parse_lead
from bot.handlers.common import Here, here, reply, reply_usage
from bot.i18n import t

# What the cycling buttons offer next.
DIGEST_TIMES = ("07:00", "08:00", "09:00", "20:00")
QUIET_SPANS = ("", "22:00-07:00", "23:00-08:00")
LEADS_MINUTES = (30, 60, 120, 1440)
ZONES = ("Asia/Shanghai", "Asia/Tokyo", "Europe/London", "America/New_York")

# Text names of settings (English and Chinese) → the setting they change.
NAMES = {
    "tz": "timezone",
    "timezone": "timezone",
    "时区": "timezone",
    "digest": "digest",
    "摘要": "digest",
    "quiet": "quiet",
    "免打扰": "quiet",
    "lead": "lead",
    "提前": "lead",
    "daybefore": "day_before",
    "前一天": "day_before",
    "onday": "on_day",
    "当天": "on_day",
    "deadline": "deadline_at",
    "截止": "deadline_at",
}
OFF = ("off", "关", "关闭", "none", "无")
ON = ("on", "开", "开启")


class SettingError(ValueError):
    """A setting value a user typed is wrong; ``key`` names the message."""

    def __init__(self, key: str, text: str) -> None:
        super().__init__(key)
        self.key = key
        self.text = text


def changes_for(name: str, value: str) -> dict[str, Any]:
    """Return the ``update_chat_settings`` changes that ``/settings name value`` asks for."""
    value = value.strip()
    off = value.lower() in OFF
    if name == "timezone":
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise SettingError("settings_bad_tz", value) from None
        return {"timezone": value}
    if name == "digest":
        if off:
            return {"digest_enabled": False}
        if value.lower() in ON:
            return {"digest_enabled": True}
        return {"digest_at": _time(value), "digest_enabled": True}
    if name == "quiet":
        if off:
            return {"quiet_hours": None}
        try:
            return {"quiet_hours": parse_quiet_hours(value)}
        except ConfigError:
            raise SettingError("settings_bad_quiet", value) from None
    if name == "lead":
        if off:
            return {"timed_leads": ()}
        try:
            return {"timed_leads": (parse_lead(value),)}
        except DateInputError:
            raise SettingError("bad_lead", value) from None
    if name in ("day_before", "on_day", "deadline_at"):
        return {name: None if off else _time(value)}
    raise SettingError("settings_bad_key", name)


def _time(value: str) -> dt.time:
    parsed = parse_hhmm(value)
    if parsed is None:
        raise SettingError("settings_bad_time", value)
    return parsed


async def settings_cmd(update: Update, context: BotContext) -> None:
    """Show the settings with buttons, or change one: ``/settings tz Asia/Tokyo``."""
    where = here(update, context)
    args = context.args or []
    if args:
        name = NAMES.get(args[0].lower())
        example = "/settings tz Asia/Tokyo"
        if name is None or len(args) < 2:
            await reply_usage(update, where.lang, "settings_bad_key", example, text=" ".join(args))
            return
        try:
            changes = changes_for(name, " ".join(args[1:]))
        except SettingError as exc:
            await reply_usage(update, where.lang, exc.key, example, text=exc.text)
            return
        reminders.update_chat_settings(context.services, where.id, **changes)
        where = here(update, context)
    text, keyboard = _view(context, where)
    if args:
        text = f"{t(where.lang, 'settings_saved')}\n\n{text}"
    await reply(update, text, keyboard)


async def settings_button(update: Update, context: BotContext) -> None:
    """Apply a settings button and redraw the settings message."""
    query = update.callback_query
    assert query is not None
    parsed = callbacks.parse_setting(query.data or "")
    await query.answer()
    where = here(update, context)
    if parsed is None:
        return
    name, value = parsed
    try:
        changes = changes_for(name, value)
    except SettingError:
        return
    reminders.update_chat_settings(context.services, where.id, **changes)
    text, keyboard = _view(context, here(update, context))
    try:
        await query.edit_message_text(text, reply_markup=keyboard)
    except BadRequest:  # "message is not modified"
        pass


def _next(options: tuple[Any, ...], current: Any) -> Any:
    return (
        options[(options.index(current) + 1) % len(options)] if current in options else options[0]
    )


def _view(context: BotContext, where: Here) -> tuple[str, InlineKeyboardMarkup]:
    lang = where.lang
    s = reminders.chat_settings(where.chat, context.services)

    def clock(value: dt.time | None) -> str:
        return t(lang, "off") if value is None else f"{value:%H:%M}"

    leads = "、".join(format_lead(lead, lang) for lead in s.timed_leads) or t(lang, "off")
    quiet = (
        f"{s.quiet_hours[0]:%H:%M}-{s.quiet_hours[1]:%H:%M}" if s.quiet_hours else t(lang, "none")
    )
    digest = t(lang, "on_at", time=f"{s.digest_at:%H:%M}") if s.digest_enabled else t(lang, "off")
    text = "\n".join(
        [
            t(lang, "settings_title"),
            t(lang, "settings_tz", value=escape(s.timezone)),
            t(
                lang,
                "settings_leads",
                day_before=clock(s.day_before),
                on_day=clock(s.on_day),
                lead=leads,
                deadline=clock(s.deadline_at),
            ),
            t(lang, "settings_digest", value=digest),
            t(lang, "settings_quiet", value=quiet),
            t(lang, "settings_lang", value="中文" if lang == "zh" else "English"),
            "",
            t(lang, "settings_help"),
        ]
    )
    quiet_now = f"{s.quiet_hours[0]:%H:%M}-{s.quiet_hours[1]:%H:%M}" if s.quiet_hours else ""
    next_quiet = _next(QUIET_SPANS, quiet_now)
    lead_now = int(s.timed_leads[0].total_seconds() // 60) if s.timed_leads else None
    next_lead = _next(LEADS_MINUTES, lead_now)
    next_digest = _next(DIGEST_TIMES, f"{s.digest_at:%H:%M}")
    next_zone = _next(ZONES, s.timezone)

    def button(label: str, name: str, value: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(label, callback_data=callbacks.setting(name, value))

    rows = [
        [
            button(t(lang, "btn_digest_off"), "digest", "off")
            if s.digest_enabled
            else button(t(lang, "btn_digest_on"), "digest", "on"),
            button(t(lang, "btn_digest_time", time=next_digest), "digest", next_digest),
        ],
        [
            button(
                t(lang, "btn_quiet", value=next_quiet or t(lang, "off")),
                "quiet",
                next_quiet or "off",
            ),
            button(
                t(lang, "btn_lead", value=format_lead(dt.timedelta(minutes=next_lead), lang)),
                "lead",
                f"{next_lead}m",
            ),
        ],
        [button(t(lang, "btn_tz", value=next_zone), "timezone", next_zone)],
    ]
    return text, InlineKeyboardMarkup(rows)
