"""The one command table: it feeds the handlers, the command menu (setMyCommands) and /help."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import BotCommand

from bot.handlers import (
    admin,
    browse,
    calendar,
    event,
    guide,
    remind,
    settings,
    start,
    subscriptions,
)
from bot.handlers.common import Handler
from bot.i18n import t


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    callback: Handler
    zh: str
    en: str
    example: str  # arguments of a working example ('' when it takes none)
    admin: bool = False
    # Slow handlers run as tasks so other chats' updates are not held behind them.
    blocking: bool = True

    def description(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


COMMANDS: tuple[Command, ...] = (
    Command(
        "start",
        start.start_cmd,
        "开始使用，订阅新活动通知和每日摘要",
        "Start: subscribe to new-event alerts and the daily digest",
        "",
    ),
    Command(
        "upcoming",
        browse.upcoming_cmd,
        "即将到来的活动（可加数量、今天、明天、本周、下周、本月或日期）",
        "Upcoming events (optionally N, today, tomorrow, week, next week, month or a date)",
        "明天",
    ),
    Command("today", browse.today_cmd, "今天的活动", "Today's events", ""),
    Command("week", browse.week_cmd, "本周的活动", "This week's events", ""),
    Command("search", browse.search_cmd, "搜索活动", "Search events", "书市"),
    Command("event", event.event_cmd, "查看一个活动", "Show one event", "3fa2c1"),
    Command(
        "remind",
        remind.remind_cmd,
        "提醒我某个活动（可加提前量，如 2小时）",
        "Remind me of an event (optionally a lead, e.g. 2h)",
        "3fa2c1 2小时",
    ),
    Command("reminders", remind.reminders_cmd, "我的提醒", "My reminders", ""),
    Command(
        "subscribe",
        subscriptions.subscribe_cmd,
        "订阅关键词：有新活动包含它时通知我",
        "Subscribe to a keyword: alert me of new events containing it",
        "书市",
    ),
    Command(
        "unsubscribe",
        subscriptions.unsubscribe_cmd,
        "退订关键词",
        "Unsubscribe from a keyword",
        "书市",
    ),
    Command(
        "settings",
        settings.settings_cmd,
        "设置：时区、提醒时间、每日摘要、免打扰",
        "Settings: time zone, reminder times, digest, quiet hours",
        "",
    ),
    Command(
        "ics",
        calendar.ics_cmd,
        "把我的提醒活动导出为日历文件（.ics）",
        "Export my reminded events as a calendar file (.ics)",
        "",
    ),
    Command(
        "lang",
        start.lang_cmd,
        "切换语言（中文 / English）",
        "Switch language (中文 / English)",
        "en",
    ),
    Command("help", guide.help_cmd, "帮助", "Help", ""),
    Command(
        "stop",
        start.stop_cmd,
        "退订全部消息（保留设置）",
        "Unsubscribe from everything (settings kept)",
        "",
    ),
    Command(
        "ingest",
        admin.ingest_cmd,
        "读入报纸文件（.txt/.pdf/.html，作为文件说明发送）",
        "Read a newspaper file (.txt/.pdf/.html, sent with this caption)",
        "",
        admin=True,
        blocking=False,
    ),
    Command("stats", admin.stats_cmd, "统计", "Statistics", "", admin=True),
    Command(
        "broadcast",
        admin.broadcast_cmd,
        "向所有聊天广播消息（经发件箱）",
        "Send a message to every chat (through the outbox)",
        "书市今天开幕",
        admin=True,
    ),
)


def menu(lang: str, *, admin: bool = False) -> list[BotCommand]:
    """Return the command menu in ``lang`` (admin commands only when ``admin``)."""
    return [BotCommand(c.name, c.description(lang)) for c in COMMANDS if admin or not c.admin]


def help_text(lang: str, *, admin: bool) -> str:
    """Return /help: every command with its description, then examples."""
    lines = [t(lang, "help_title")]
    lines += [f"/{c.name} — {c.description(lang)}" for c in COMMANDS if not c.admin]
    if admin:
        lines += ["", t(lang, "help_admin_title")]
        lines += [f"/{c.name} — {c.description(lang)}" for c in COMMANDS if c.admin]
    lines += ["", t(lang, "help_examples", example_id=event.EXAMPLE_ID)]
    return "\n".join(lines)
