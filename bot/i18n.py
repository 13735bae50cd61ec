"""Message catalogs (Chinese, English) as data, and the one function that reads them.

Placeholders are ``str.format`` fields. Values that come from users or articles must be
escaped by the caller (``html.escape``) before they are passed in: messages are HTML.
A test checks both catalogs have the same keys and the same placeholders.
"""

from __future__ import annotations

from typing import Any

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"

ZH: dict[str, str] = {
    # /start, /stop, /help, /lang
    "welcome": (
        "欢迎使用 <b>newscal 本地新闻日历</b>！我从本地报纸里找出有日期的活动，并按时提醒你。\n"
        "已为你订阅新活动通知和每日摘要。"
    ),
    "help_title": "<b>命令</b>",
    "help_admin_title": "<b>管理员命令</b>",
    "help_examples": "例如：/upcoming 明天　/search 书市　/remind {example_id} 2小时",
    "stopped": "已退订全部消息，你的设置已保留。发送 /start 可重新订阅。",
    "unknown_command": "我不认识 {command} 这个命令。",
    "stale_button": "这个按钮已失效，请重新打开列表。",
    "not_a_command": "请发送命令，例如 /upcoming。",
    "lang_set": "已切换为中文。",
    "lang_usage": "用法：/lang zh 或 /lang en",
    "flood": "你发送命令太快了，请稍等一会儿再试。",
    "error": "抱歉，出了点问题，已记录下来。请稍后再试。",
    "usage_example": "例如：{example}",
    # lists
    "upcoming_title": "<b>即将到来的活动</b>",
    "window_title": "<b>{label}的活动</b>（{first} – {last}）",
    "day_title": "<b>{label}的活动</b>",
    "span_title": "<b>{first} – {last} 的活动</b>",
    "search_title": "<b>搜索“{query}”</b>：{count} 个活动",
    "page_of": "第 {page}/{pages} 页",
    "no_events": "没有找到活动。",
    "no_upcoming": "暂时没有即将到来的活动。",
    "prev": "◀ 上一页",
    "next": "下一页 ▶",
    "today": "今天",
    "tomorrow": "明天",
    "day_after": "后天",
    "this_week": "本周",
    "next_week": "下周",
    "this_month": "本月",
    "next_month": "下月",
    # argument errors
    "bad_window": "无法理解“{text}”。可以写数量、今天、明天、本周、下周、本月或一个日期。",
    "no_such_date": "没有这一天：“{text}”。",
    "bad_count": "数量要在 1 到 {max} 之间，你写的是“{text}”。",
    "bad_lead": "无法理解提前量“{text}”。可以写 2小时、30分钟、1天（或 2h、30m、1d），最多 30 天。",
    "search_usage": "请写要搜索的关键词。",
    "event_usage": "请写活动编号（列表里 /event 后面的那串字符）。",
    "event_not_found": "找不到编号为“{ref}”的活动。用 /upcoming 或 /search 查找。",
    "event_ambiguous": "编号“{ref}”对应多个活动，请多写几位：",
    # one event
    "when": "时间",
    "where": "地点",
    "kind": "类型",
    "source": "来源",
    "evidence": "原文",
    "published": "{date} 刊登",
    "kind_activity": "活动",
    "kind_deadline": "截止日期",
    "kind_meeting": "会议",
    "kind_holiday": "节日",
    "kind_other": "其他",
    "deep_link": "分享链接",
    "btn_remind": "⏰ 提醒我",
    "btn_cancel": "🔕 取消提醒",
    "btn_calendar": "📅 加入日历",
    # reminders
    "remind_set": "好的，会在这些时间提醒你「{title}」：\n{times}",
    "remind_none": "「{title}」的提醒时间都已经过去，没有新的提醒。",
    "remind_over": "「{title}」已经结束了。",
    "reminders_title": "<b>你的提醒</b>",
    "reminders_none": "你还没有提醒。在活动下面点“提醒我”，或发送 /remind 编号。",
    "reminder_cancelled": "已取消「{title}」的 {count} 个提醒。",
    "reminder_nothing": "「{title}」没有待发送的提醒。",
    "btn_cancel_one": "取消：{title}",
    # subscriptions
    "subscribe_usage": "请写关键词，有新活动包含它时会通知你。",
    "subscribed": "已订阅关键词“{keyword}”。有包含它的新活动时会通知你。",
    "already_subscribed": "你已经订阅了“{keyword}”。",
    "unsubscribed": "已退订关键词“{keyword}”。",
    "not_subscribed": "你没有订阅“{keyword}”。",
    "your_keywords": "你订阅的关键词：{keywords}",
    "no_keywords": "你还没有订阅关键词。",
    # settings
    "settings_title": "<b>设置</b>",
    "settings_tz": "时区：{value}",
    "settings_leads": (
        "提醒：全天活动前一天 {day_before}、当天 {on_day}；"
        "定时活动提前 {lead}；截止日当天 {deadline}"
    ),
    "settings_digest": "每日摘要：{value}",
    "settings_quiet": "免打扰：{value}",
    "settings_lang": "语言：{value}",
    "settings_help": (
        "文字修改，例如：/settings tz Asia/Tokyo　/settings digest 07:30　"
        "/settings digest off　/settings quiet 22:00-07:00　/settings lead 2h　"
        "/settings daybefore 20:00　/settings onday off"
    ),
    "settings_saved": "设置已保存。",
    "settings_bad_key": "没有“{text}”这个设置项。",
    "settings_bad_tz": "不认识时区“{text}”。请写 IANA 名称。",
    "settings_bad_time": "无法理解时间“{text}”，请写 HH:MM 或 off。",
    "settings_bad_quiet": "无法理解时段“{text}”，请写 22:00-07:00 或 off。",
    "off": "关闭",
    "on_at": "每天 {time}",
    "none": "无",
    "btn_digest_on": "开启每日摘要",
    "btn_digest_off": "关闭每日摘要",
    "btn_digest_time": "摘要时间 → {time}",
    "btn_quiet": "免打扰 → {value}",
    "btn_lead": "定时活动提前 → {value}",
    "btn_tz": "时区 → {value}",
    # calendar
    "ics_none": "你还没有即将到来的提醒活动。先用 /remind 或“提醒我”按钮添加。",
    "ics_caption": "{count} 个活动，可导入日历应用。",
    # admin
    "admin_only": "抱歉，这个命令只对管理员开放。",
    "ingest_usage": (
        "请发送 .txt、.pdf 或 .html 文件并在说明里写 /ingest，或回复一个文件发送 /ingest。"
    ),
    "ingest_bad_type": "不支持“{name}”这种文件，请发送 .txt、.pdf 或 .html。",
    "ingest_too_big": "文件太大了（最多 {max_mb} MB）。",
    "ingest_failed": "无法读取“{name}”：{reason}",
    "ingest_done": (
        "已读入 {name}（{published}）：{outcome}，新增 {added} 个、更新 {changed} 个活动。"
    ),
    "ingest_alerts": "已排队 {count} 条新活动通知。",
    "outcome_new": "新文章",
    "outcome_updated": "已更新",
    "outcome_unchanged": "内容没有变化",
    "stats": (
        "<b>统计</b>\n活动：{events}\n聊天：{chats}（活跃 {active}）\n发件箱：{outbox}\n时钟：{now}"
    ),
    "broadcast_usage": "请写要广播的内容。",
    "broadcast_queued": "已排队，将发给 {count} 个聊天。",
}

EN: dict[str, str] = {
    "welcome": (
        "Welcome to <b>newscal</b>! I find dated events in local newspapers and remind you "
        "of them.\nYou are now subscribed to new-event alerts and the daily digest."
    ),
    "help_title": "<b>Commands</b>",
    "help_admin_title": "<b>Admin commands</b>",
    "help_examples": "Examples: /upcoming tomorrow  /search 书市  /remind {example_id} 2h",
    "stopped": "Unsubscribed from everything; your settings are kept. Send /start to resubscribe.",
    "unknown_command": "I don't know the command {command}.",
    "stale_button": "This button no longer works; please open the list again.",
    "not_a_command": "Please send a command, e.g. /upcoming.",
    "lang_set": "Switched to English.",
    "lang_usage": "Usage: /lang zh or /lang en",
    "flood": "You are sending commands too fast; please wait a moment.",
    "error": "Sorry, something went wrong; it has been logged. Please try again later.",
    "usage_example": "Example: {example}",
    "upcoming_title": "<b>Upcoming events</b>",
    "window_title": "<b>Events {label}</b> ({first} – {last})",
    "day_title": "<b>Events {label}</b>",
    "span_title": "<b>Events {first} – {last}</b>",
    "search_title": "<b>Search “{query}”</b>: {count} events",
    "page_of": "page {page}/{pages}",
    "no_events": "No events found.",
    "no_upcoming": "No upcoming events yet.",
    "prev": "◀ Previous",
    "next": "Next ▶",
    "today": "today",
    "tomorrow": "tomorrow",
    "day_after": "the day after tomorrow",
    "this_week": "this week",
    "next_week": "next week",
    "this_month": "this month",
    "next_month": "next month",
    "bad_window": (
        "I can't read “{text}”. Use a number, today, tomorrow, week, next week, month or a date."
    ),
    "no_such_date": "There is no such day: “{text}”.",
    "bad_count": "The number must be from 1 to {max}; you wrote “{text}”.",
    "bad_lead": "I can't read the lead time “{text}”. Use 2h, 30m, 1d (or 2小时, 30分钟, 1天), "
    "at most 30 days.",
    "search_usage": "Please give words to search for.",
    "event_usage": "Please give an event id (the code after /event in a list).",
    "event_not_found": "No event has the id “{ref}”. Find one with /upcoming or /search.",
    "event_ambiguous": "The id “{ref}” matches several events; type more of it:",
    "when": "When",
    "where": "Where",
    "kind": "Kind",
    "source": "Source",
    "evidence": "Evidence",
    "published": "published {date}",
    "kind_activity": "activity",
    "kind_deadline": "deadline",
    "kind_meeting": "meeting",
    "kind_holiday": "holiday",
    "kind_other": "other",
    "deep_link": "Share",
    "btn_remind": "⏰ Remind me",
    "btn_cancel": "🔕 Cancel reminder",
    "btn_calendar": "📅 Add to calendar",
    "remind_set": "OK, I will remind you of “{title}” at:\n{times}",
    "remind_none": "All reminder times of “{title}” have passed; no new reminder.",
    "remind_over": "“{title}” is already over.",
    "reminders_title": "<b>Your reminders</b>",
    "reminders_none": "You have no reminders. Tap “Remind me” under an event, or send /remind ID.",
    "reminder_cancelled": "Cancelled {count} reminders of “{title}”.",
    "reminder_nothing": "“{title}” has no pending reminder.",
    "btn_cancel_one": "Cancel: {title}",
    "subscribe_usage": "Please give a keyword; you get an alert when a new event contains it.",
    "subscribed": "Subscribed to “{keyword}”. New events containing it will be sent to you.",
    "already_subscribed": "You are already subscribed to “{keyword}”.",
    "unsubscribed": "Unsubscribed from “{keyword}”.",
    "not_subscribed": "You are not subscribed to “{keyword}”.",
    "your_keywords": "Your keywords: {keywords}",
    "no_keywords": "You have no keyword subscriptions.",
    "settings_title": "<b>Settings</b>",
    "settings_tz": "Time zone: {value}",
    "settings_leads": "Reminders: all-day events the day before at {day_before} and on the day at "
    "{on_day}; timed events {lead} before; deadlines on the day at {deadline}",
    "settings_digest": "Daily digest: {value}",
    "settings_quiet": "Quiet hours: {value}",
    "settings_lang": "Language: {value}",
    "settings_help": (
        "Change by text, e.g. /settings tz Asia/Tokyo  /settings digest 07:30  /settings digest off"
        "  /settings quiet 22:00-07:00  /settings lead 2h  /settings daybefore 20:00"
        "  /settings onday off"
    ),
    "settings_saved": "Settings saved.",
    "settings_bad_key": "There is no setting called “{text}”.",
    "settings_bad_tz": "Unknown time zone “{text}”. Use an IANA name.",
    "settings_bad_time": "I can't read the time “{text}”; use HH:MM or off.",
    "settings_bad_quiet": "I can't read the span “{text}”; use 22:00-07:00 or off.",
    "off": "off",
    "on_at": "daily at {time}",
    "none": "none",
    "btn_digest_on": "Turn digest on",
    "btn_digest_off": "Turn digest off",
    "btn_digest_time": "Digest time → {time}",
    "btn_quiet": "Quiet hours → {value}",
    "btn_lead": "Timed events lead → {value}",
    "btn_tz": "Time zone → {value}",
    "ics_none": "You have no upcoming reminded events. Add some with /remind or “Remind me”.",
    "ics_caption": "{count} events, ready to import into your calendar app.",
    "admin_only": "Sorry, this command is for admins only.",
    "ingest_usage": "Send a .txt, .pdf or .html file with the caption /ingest, or reply /ingest "
    "to one.",
    "ingest_bad_type": "I can't read files like “{name}”; send .txt, .pdf or .html.",
    "ingest_too_big": "The file is too big (at most {max_mb} MB).",
    "ingest_failed": "Cannot read “{name}”: {reason}",
    "ingest_done": "Read {name} ({published}): {outcome}, {added} events added, {changed} updated.",
    "ingest_alerts": "{count} new-event alerts queued.",
    "outcome_new": "new article",
    "outcome_updated": "updated",
    "outcome_unchanged": "unchanged",
    "stats": (
        "<b>Stats</b>\nEvents: {events}\nChats: {chats} ({active} active)\n"
        "Outbox: {outbox}\nClock: {now}"
    ),
    "broadcast_usage": "Please give the text to broadcast.",
    "broadcast_queued": "Queued for {count} chats.",
}

CATALOGS = {"zh": ZH, "en": EN}


def language_of(language_code: str | None) -> str:
    """Return the UI language for a Telegram ``language_code``: English for en*, else Chinese."""
    return "en" if (language_code or "").lower().startswith("en") else "zh"


def t(lang: str, key: str, **params: Any) -> str:
    """Return message ``key`` in ``lang`` (Chinese when unknown), filled with ``params``."""
    catalog = CATALOGS.get(lang, ZH)
    return catalog[key].format(**params) if params else catalog[key]


WEEKDAYS = {
    "zh": ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
