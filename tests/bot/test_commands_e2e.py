"""Every command, end to end: the real Application over real HTTP through the emulator."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from icalendar import Calendar

from bot.commands import COMMANDS
from storage.chats import get_chat, subscriptions
from storage.events import get_event, list_events
from storage.outbox import pending_for_chat
from tests.bot.harness import ADMIN, SAMPLE, TOKEN, Harness, bot_running


def event_id(bot: Harness, word: str) -> str:
    return next(e.id for e in list_events(bot.services.db) if word in e.title)


# --- /start, /stop, /help, /lang, fallbacks ---------------------------------------------------


async def test_start_registers_and_subscribes(bot: Harness) -> None:
    ann = bot.user(42)
    reply = await bot.ask(ann, "/start")
    assert "欢迎" in reply.text and "/upcoming" in reply.text
    chat = get_chat(bot.services.db, 42)
    assert chat is not None and chat.language == "zh" and chat.active
    assert subscriptions(bot.services.db, 42) == [("alerts", ""), ("digest", "")]


async def test_start_in_english_for_english_users(bot: Harness) -> None:
    bob = bot.user(43, language_code="en-US")
    reply = await bot.ask(bob, "/start")
    assert "Welcome" in reply.text
    assert get_chat(bot.services.db, 43).language == "en"  # type: ignore[union-attr]


async def test_deep_link_opens_the_event(bot: Harness) -> None:
    fair = event_id(bot, "书市")
    reply = await bot.ask(bot.user(44), f"/start event_{fair}")
    assert "书市" in reply.text and "2023年4月14日（周五）" in reply.text
    assert "提醒我" in " ".join(reply.button_texts)


async def test_stop_unsubscribes_and_keeps_settings(bot: Harness) -> None:
    ann = bot.user(42)
    await bot.ask(ann, "/start")
    # (Tokyo would make it 08:00 there: the digest would come in between the replies)
    await bot.ask(ann, "/settings tz Europe/London")
    await bot.ask(ann, "/subscribe 书市")
    reply = await bot.ask(ann, "/stop")
    assert "退订" in reply.text
    assert subscriptions(bot.services.db, 42) == []
    assert get_chat(bot.services.db, 42).timezone == "Europe/London"  # type: ignore[union-attr]
    reply = await bot.ask(ann, "/start")
    assert subscriptions(bot.services.db, 42) == [("alerts", ""), ("digest", "")]


async def test_help_lists_every_public_command_and_admin_ones_to_admins(bot: Harness) -> None:
    reply = await bot.ask(bot.user(42), "/help")
    for command in COMMANDS:
        assert (f"/{command.name} " in reply.text) != command.admin, command.name
    reply = await bot.ask(bot.user(ADMIN), "/help")
    assert all(f"/{c.name} " in reply.text for c in COMMANDS)


async def test_command_menu_is_published_from_the_table(bot: Harness) -> None:
    public = [c for c in COMMANDS if not c.admin]
    assert [c["command"] for c in bot.emu.commands] == [c.name for c in public]
    english = bot.emu.commands_for(language_code="en")
    assert [c["description"] for c in english] == [c.en for c in public]
    # An admin who never talked to the bot gets the admin menu on /start (Telegram refuses
    # menus for chats it does not know) ...
    await bot.ask(bot.user(ADMIN), "/start")
    admin = bot.emu.commands_for({"type": "chat", "chat_id": ADMIN})
    assert [c["command"] for c in admin] == [c.name for c in COMMANDS]


async def test_lang_switches_language(bot: Harness) -> None:
    ann = bot.user(42)
    assert (await bot.ask(ann, "/lang en")).text == "Switched to English."
    assert "Upcoming events" in (await bot.ask(ann, "/upcoming")).text
    assert (await bot.ask(ann, "/lang")).text == "已切换为中文。"
    reply = await bot.ask(ann, "/lang fr")
    assert "/lang en" in reply.text


@pytest.mark.parametrize("text", ["/frobnicate", "hello", "你好"])
async def test_anything_else_gets_short_help(bot: Harness, text: str) -> None:
    reply = await bot.ask(bot.user(42), text)
    assert "/upcoming" in reply.text


# --- /upcoming, /today, /week, paging ---------------------------------------------------------


async def test_upcoming_pages_with_buttons(bot: Harness) -> None:
    ann = bot.user(42)
    first = await bot.ask(ann, "/upcoming 2")
    assert "1. “北京书市”" in first.text and "3." not in first.text
    assert "第 1/2 页" in first.text
    await bot.click(ann, first, "下一页 ▶")
    page = await ann.wait_for(lambda m: m.message_id == first.message_id and m.edited)
    assert "3. " in page.text and "1. " not in page.text and "第 2/2 页" in page.text
    await bot.click(ann, page, "◀ 上一页")
    back = await ann.wait_for(lambda m: m.message_id == first.message_id and "1. " in m.text)
    assert "第 1/2 页" in back.text


async def test_list_buttons_open_events(bot: Harness) -> None:
    ann = bot.user(42)
    listing = await bot.ask(ann, "/upcoming")
    await bot.click(ann, listing, listing.button_texts[1])
    card = await ann.next_message()
    assert "世界阅读日" in card.text and "2023年4月23日（周日）" in card.text


@pytest.mark.parametrize(
    ("arg", "expected", "absent"),
    [
        ("今天", "书市", "世界阅读日"),
        ("4月23日", "世界阅读日", "主干道"),
        ("2023-04-23", "世界阅读日", "主干道"),
        ("4月30日", "主干道", "世界阅读日"),
        ("本月", "主干道", "环氧"),
        ("下月", "环氧", "世界阅读日"),
        ("下周", "世界阅读日", "主干道"),
        ("周日", "书市", "主干道"),
        ("next week", "世界阅读日", "主干道"),
        ("April 30", "主干道", "世界阅读日"),
        ("4月下旬", "世界阅读日", "环氧"),
    ],
)
async def test_upcoming_with_a_span(bot: Harness, arg: str, expected: str, absent: str) -> None:
    reply = await bot.ask(bot.user(42), f"/upcoming {arg}")
    assert expected in reply.text and absent not in reply.text


@pytest.mark.parametrize(
    ("arg", "message"),
    [
        ("2月30日", "没有这一天：“2月30日”"),
        ("2023-02-29", "没有这一天"),
        ("0", "数量要在 1 到 20 之间"),
        ("明年春天吧", "无法理解“明年春天吧”"),
    ],
)
async def test_upcoming_wrong_argument_says_what_and_gives_example(
    bot: Harness, arg: str, message: str
) -> None:
    reply = await bot.ask(bot.user(42), f"/upcoming {arg}")
    assert message in reply.text and "例如：/upcoming 4月20日" in reply.text or "例如" in reply.text


async def test_today_and_week(bot: Harness) -> None:
    ann = bot.user(42)
    today = await bot.ask(ann, "/today")
    assert "今天" in today.text and "书市" in today.text and "世界阅读日" not in today.text
    week = await bot.ask(ann, "/week")
    assert "本周" in week.text and "书市" in week.text and "世界阅读日" not in week.text
    assert "2023年4月16日（周日）" in week.text  # 14 April 2023 is a Friday


# --- /search ----------------------------------------------------------------------------------


async def test_search_finds_the_book_fair(bot: Harness) -> None:
    reply = await bot.ask(bot.user(42), "/search 北京书市")
    # The fair itself, and the talk whose article is titled after the fair.
    assert "搜索“北京书市”：2 个活动\n1. “北京书市”丰台分展场" in reply.text


@pytest.mark.parametrize(
    "query",
    ['"', '书市"', "*", "书*", "AND (", "OR", "NEAR(书市", "书市 NOT", ":", "^书", "''", "\\"],
)
async def test_search_operator_characters_never_error(bot: Harness, query: str) -> None:
    reply = await bot.ask(bot.user(42), f"/search {query}")
    assert "搜索" in reply.text and "出了点问题" not in reply.text


async def test_search_without_words_explains(bot: Harness) -> None:
    reply = await bot.ask(bot.user(42), "/search")
    assert "关键词" in reply.text and "/search 书市" in reply.text


# --- /event and its buttons -------------------------------------------------------------------


async def test_event_card_shows_everything(bot: Harness) -> None:
    fair = event_id(bot, "书市")
    reply = await bot.ask(bot.user(42), f"/event {fair[:6]}")
    text = reply.text
    assert "“北京书市”丰台分展场" in text
    assert "2023年4月14日（周五） – 4月24日（周一）" in text
    assert "类型：活动" in text
    assert "2023年4月14日（周五） 刊登" in text
    assert "原文：" in text
    assert f"https://t.me/newscal_test_bot?start=event_{fair}" in text
    assert reply.button_texts == ["⏰ 提醒我", "📅 加入日历"]
    assert "<b>" in (reply.source or "")  # sent as HTML


@pytest.mark.parametrize(
    ("args", "message"),
    [("", "请写活动编号"), ("zzzz", "找不到编号为“zzzz”的活动"), ("<b>x", "找不到编号为“<b>x”")],
)
async def test_event_wrong_argument(bot: Harness, args: str, message: str) -> None:
    reply = await bot.ask(bot.user(42), f"/event {args}".strip())
    assert message in reply.text and "例如：/event" in reply.text


async def test_remind_button_then_cancel_button(bot: Harness) -> None:
    ann = bot.user(42)
    await bot.ask(ann, "/start")
    fair = event_id(bot, "世界阅读日")
    card = await bot.ask(ann, f"/event {fair}")
    await bot.click(ann, card, "⏰ 提醒我")
    confirm = await ann.wait_for(lambda m: "会在这些时间提醒你" in (m.text or ""))
    assert "2023年4月22日（周六） 09:00" in confirm.text
    assert "2023年4月23日（周日） 08:00" in confirm.text
    edited = await ann.wait_for(lambda m: m.message_id == card.message_id and m.edited)
    assert edited.button_texts[0] == "🔕 取消提醒"
    assert pending_for_chat(bot.services.db, 42, "reminder")
    await bot.click(ann, edited, "🔕 取消提醒")
    await ann.wait_for(lambda m: "已取消" in (m.text or ""))
    assert not pending_for_chat(bot.services.db, 42, "reminder")


async def test_calendar_button_sends_one_event_ics(bot: Harness) -> None:
    ann = bot.user(42)
    card = await bot.ask(ann, f"/event {event_id(bot, '书市')}")
    await bot.click(ann, card, "📅 加入日历")
    doc = await ann.wait_for(lambda m: m.document is not None)
    assert doc.document.file_name.endswith(".ics")  # type: ignore[union-attr]
    cal = Calendar.from_ical(doc.document.data)  # type: ignore[union-attr]
    (vevent,) = cal.walk("VEVENT")
    assert vevent.decoded("dtstart") == dt.date(2023, 4, 14)
    assert vevent.decoded("dtend") == dt.date(2023, 4, 25)  # exclusive end of the last day


# --- /remind, /reminders, /ics ----------------------------------------------------------------


async def test_remind_with_lead_and_reminders_list_with_cancel(bot: Harness) -> None:
    ann = bot.user(42)
    await bot.ask(ann, "/start")
    day = event_id(bot, "世界阅读日")
    reply = await bot.ask(ann, f"/remind {day[:6]} 2小时")
    assert f"会在这些时间提醒你「{get_event(bot.services.db, day).title}」" in reply.text
    assert reply.text.count("•") == 3  # the day before, on the day, and the 2-hour lead
    await bot.ask(ann, f"/remind {event_id(bot, '主干道')}")
    listing = await bot.ask(ann, "/reminders")
    assert "世界阅读日" in listing.text and "主干道" in listing.text
    await bot.click(ann, listing, listing.button_texts[0])
    await ann.wait_for(lambda m: m.message_id == listing.message_id and m.edited)
    after = next(m for m in ann.messages if m.message_id == listing.message_id)
    assert "世界阅读日" not in after.text and "主干道" in after.text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ("", "请写活动编号"),
        ("ffffffff", "找不到编号"),
        ("{day} 2 fortnights", "无法理解提前量“2fortnights”"),
        ("{day} 0h", "无法理解提前量"),
        ("{day} 90天", "无法理解提前量"),
    ],
)
async def test_remind_wrong_argument(bot: Harness, args: str, message: str) -> None:
    ann = bot.user(42)
    await bot.ask(ann, "/start")
    reply = await bot.ask(ann, f"/remind {args.format(day=event_id(bot, '世界阅读日'))}".strip())
    assert message in reply.text and "例如：/remind" in reply.text


async def test_remind_of_past_event_says_it_is_over(bot: Harness) -> None:
    ann = bot.user(42)
    await bot.ask(ann, "/start")
    reply = await bot.ask(ann, f"/remind {event_id(bot, '红十字会')}")
    assert "已经结束" in reply.text


async def test_reminders_empty(bot: Harness) -> None:
    reply = await bot.ask(bot.user(42), "/reminders")
    assert "你还没有提醒" in reply.text


async def test_ics_holds_the_reminded_events(bot: Harness) -> None:
    ann = bot.user(42)
    await bot.ask(ann, "/start")
    assert "还没有即将到来的提醒活动" in (await bot.ask(ann, "/ics")).text
    await bot.ask(ann, f"/remind {event_id(bot, '世界阅读日')}")
    await bot.ask(ann, f"/remind {event_id(bot, '主干道')}")
    doc = await bot.ask(ann, "/ics")
    assert doc.document is not None and doc.document.file_name == "newscal.ics"
    cal = Calendar.from_ical(doc.document.data)
    events = {str(v["summary"]): v for v in cal.walk("VEVENT")}
    talk = get_event(bot.services.db, event_id(bot, "世界阅读日")).title
    works = get_event(bot.services.db, event_id(bot, "主干道")).title
    assert set(events) == {talk, works}
    assert events[talk].decoded("dtstart") == dt.date(2023, 4, 23)
    assert events[talk]["dtstart"].params.get("VALUE") == "DATE"


# --- /subscribe, /unsubscribe -----------------------------------------------------------------


async def test_subscribe_and_unsubscribe_keywords(bot: Harness) -> None:
    ann = bot.user(42)
    await bot.ask(ann, "/start")
    assert "已订阅关键词“书市”" in (await bot.ask(ann, "/subscribe 书市")).text
    assert "已经订阅" in (await bot.ask(ann, "/subscribe 书市")).text
    assert ("keyword", "书市") in subscriptions(bot.services.db, 42)
    assert "已退订关键词“书市”" in (await bot.ask(ann, "/unsubscribe 书市")).text
    assert "没有订阅" in (await bot.ask(ann, "/unsubscribe 书市")).text
    usage = await bot.ask(ann, "/subscribe")
    assert "请写关键词" in usage.text and "例如：/subscribe 书市" in usage.text


# --- /settings --------------------------------------------------------------------------------


async def test_settings_by_text_and_buttons(bot: Harness) -> None:
    ann = bot.user(42)
    await bot.ask(ann, "/start")
    view = await bot.ask(ann, "/settings")
    assert "时区：Asia/Shanghai" in view.text and "每日摘要：每天 08:00" in view.text
    await bot.click(ann, view, "关闭每日摘要")
    off = await ann.wait_for(lambda m: m.message_id == view.message_id and m.edited)
    assert "每日摘要：关闭" in off.text
    saved = await bot.ask(ann, "/settings tz Asia/Tokyo")
    assert saved.text.startswith("设置已保存。") and "时区：Asia/Tokyo" in saved.text
    await bot.ask(ann, "/settings quiet 22:00-07:00")
    chat = get_chat(bot.services.db, 42)
    assert chat is not None and chat.settings.get("quiet_hours") == "22:00-07:00"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ("tz Mars/Base", "不认识时区“Mars/Base”"),
        ("digest 25:00", "无法理解时间“25:00”"),
        ("quiet 22:00", "无法理解时段“22:00”"),
        ("colour blue", "没有“colour blue”这个设置项"),
    ],
)
async def test_settings_wrong_argument(bot: Harness, args: str, message: str) -> None:
    ann = bot.user(42)
    await bot.ask(ann, "/start")
    reply = await bot.ask(ann, f"/settings {args}")
    assert message in reply.text and "例如：/settings tz Asia/Tokyo" in reply.text


# --- admin ------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["/ingest", "/stats", "/broadcast 你好"])
async def test_admin_commands_refuse_others(bot: Harness, command: str) -> None:
    ann = bot.user(42)
    await bot.ask(ann, "/start")
    reply = await bot.ask(ann, command)
    assert reply.text == "抱歉，这个命令只对管理员开放。"
    assert not pending_for_chat(bot.services.db, 42, "broadcast")


async def test_non_admin_upload_is_refused_and_not_stored(bot: Harness) -> None:
    ann = bot.user(42)
    ann.skip_seen()
    await ann.send_document("4月28日举办春季运动会。".encode(), "x.txt", caption="/ingest")
    assert (await ann.next_message()).text == "抱歉，这个命令只对管理员开放。"
    assert not any("运动会" in e.title for e in list_events(bot.services.db))


async def test_admin_ingests_an_uploaded_txt(bot: Harness) -> None:
    admin = bot.user(ADMIN)
    await bot.ask(admin, "/start")
    text = "2023年4月15日\n本报讯 区图书馆将于4月28日举办春季读书会，地点在区图书馆。\n"
    admin.skip_seen()
    await admin.send_document(text.encode("utf-8"), "0415.txt", caption="/ingest")
    reply = await admin.wait_for(lambda m: "已读入" in (m.text or ""), timeout=15)
    assert "已读入 0415.txt" in reply.text and "新文章" in reply.text
    assert "读书会" in reply.text
    assert any("读书会" in e.title for e in list_events(bot.services.db))


async def test_admin_ingests_by_replying_to_a_document(bot: Harness) -> None:
    admin = bot.user(ADMIN)
    doc = await admin.send_document(SAMPLE.read_bytes(), "page2.txt")
    admin.skip_seen()
    await admin.send("/ingest", reply_to=doc)
    reply = await admin.wait_for(lambda m: "已读入 page2.txt" in (m.text or ""), timeout=15)
    assert "2023年4月14日" in reply.text


async def test_admin_ingest_refuses_other_file_types(bot: Harness) -> None:
    admin = bot.user(ADMIN)
    admin.skip_seen()
    await admin.send_document(b"\x89PNG....", "photo.png", caption="/ingest")
    reply = await admin.next_message()
    assert "不支持“photo.png”" in reply.text


async def test_admin_ingest_without_document_explains(bot: Harness) -> None:
    reply = await bot.ask(bot.user(ADMIN), "/ingest")
    assert ".txt" in reply.text and "/ingest" in reply.text


async def test_admin_stats(bot: Harness) -> None:
    await bot.ask(bot.user(42), "/start")
    reply = await bot.ask(bot.user(ADMIN), "/stats")
    assert "活动：" in reply.text and "聊天：" in reply.text and "2023-04-14 07:00" in reply.text


async def test_admin_broadcast_goes_through_the_outbox(bot: Harness) -> None:
    ann = bot.user(42)
    await bot.ask(ann, "/start")
    admin = bot.user(ADMIN)
    await bot.ask(admin, "/start")
    admin.skip_seen()
    await admin.send("/broadcast 书市 <今天> 开幕")
    await admin.wait_for(lambda m: "已排队，将发给 2 个聊天" in (m.text or ""))
    got = await ann.wait_for(lambda m: "书市 <今天> 开幕" in (m.text or ""))
    assert "&lt;今天&gt;" in (got.source or "")  # escaped on the way
    rows = bot.services.db.execute(
        "SELECT count(*) FROM reminders WHERE kind = 'broadcast' AND chat_id = 42"
    ).fetchone()
    assert rows[0] == 1  # one outbox row per chat: queued, then sent by the dispatcher
    usage = await bot.ask(admin, "/broadcast")
    assert "请写要广播的内容" in usage.text and "例如：/broadcast" in usage.text


# --- guards -----------------------------------------------------------------------------------


async def test_flood_of_commands_gets_one_polite_notice(bot: Harness) -> None:
    ann = bot.user(42)
    for _ in range(20):
        await bot.ask(ann, "/help")
    notice = await bot.ask(ann, "/help")
    assert "太快" in notice.text
    ann.skip_seen()
    await ann.send("/help")
    bot.clock.advance(dt.timedelta(minutes=1, seconds=1))  # type: ignore[attr-defined]
    reply = await bot.ask(ann, "/today")
    assert "今天" in reply.text  # the refused /help got no answer; after a minute all is well


async def test_an_error_of_ours_is_logged_with_context_and_the_user_gets_an_apology(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    ann = bot.user(42)
    await bot.ask(ann, "/start")
    bot.services.db.close()  # a real fault: the database is gone
    with caplog.at_level(logging.ERROR, logger="newscal.bot"):
        reply = await bot.ask(ann, "/upcoming")
    assert reply.text == "抱歉，出了点问题，已记录下来。请稍后再试。"
    logged = [r for r in caplog.records if r.name == "newscal.bot"]
    assert logged and "chat 42: '/upcoming'" in logged[0].getMessage()
    assert all(TOKEN.split(":")[1] not in r.getMessage() for r in caplog.records)


async def test_in_a_group_commands_with_the_bot_name_work_and_chatter_is_ignored(
    bot: Harness,
) -> None:
    member = bot.user(-5001, user_id=7, language_code="zh")
    reply = await bot.ask(member, "/upcoming@newscal_test_bot 1")
    assert "1. “北京书市”" in reply.text
    assert get_chat(bot.services.db, -5001).kind == "group"  # type: ignore[union-attr]
    member.skip_seen()
    await member.send("大家好")
    reply = await bot.ask(member, "/today")
    assert "今天" in reply.text
    # updates are handled in order, so the greeting was handled (silently) before /today
    assert not any("请发送命令" in text for text in member.texts)


async def test_english_event_card(bot: Harness) -> None:
    bob = bot.user(43, language_code="en-GB")
    reply = await bot.ask(bob, f"/event {event_id(bot, '书市')}")
    assert "When: Fri 14 Apr 2023 – Mon 24 Apr" in reply.text
    assert "Kind: activity" in reply.text and "published Fri 14 Apr 2023" in reply.text
    assert reply.button_texts == ["⏰ Remind me", "📅 Add to calendar"]


async def test_admin_ingests_an_uploaded_html_page(bot: Harness) -> None:
    admin = bot.user(ADMIN)
    page = (
        '<!doctype html><html><head><meta charset="utf-8"><title>丰台时报</title>'
        '<meta name="publishdate" content="2023-04-15"></head><body><article>'
        "<p>本报讯 区图书馆将于4月29日举办春季诵读会，地点在区图书馆。</p></article></body></html>"
    )
    admin.skip_seen()
    await admin.send_document(page.encode("utf-8"), "fengtai.html", caption="/ingest")
    reply = await admin.wait_for(lambda m: "已读入 fengtai.html" in (m.text or ""), timeout=15)
    assert "诵读会" in reply.text


async def test_admin_ingest_of_an_unreadable_file_says_why(bot: Harness) -> None:
    admin = bot.user(ADMIN)
    admin.skip_seen()
    await admin.send_document(b"   \n", "empty.txt", caption="/ingest")
    reply = await admin.wait_for(lambda m: "无法读取" in (m.text or ""), timeout=15)
    assert "empty.txt" in reply.text


async def test_deep_link_to_an_unknown_event(bot: Harness) -> None:
    reply = await bot.ask(bot.user(42), "/start event_ffffffffffffffff")
    assert "找不到编号为“ffffffffffffffff”的活动" in reply.text


async def test_settings_buttons_cycle_quiet_hours_lead_and_zone(bot: Harness) -> None:
    ann = bot.user(42)
    await bot.ask(ann, "/start")
    view = await bot.ask(ann, "/settings")
    await bot.click(ann, view, "免打扰 → 22:00-07:00")
    view = await ann.wait_for(
        lambda m: m.message_id == view.message_id and "免打扰：22:00" in m.text
    )
    await bot.click(ann, view, "定时活动提前 → 2小时")
    view = await ann.wait_for(lambda m: m.message_id == view.message_id and "提前 2小时" in m.text)
    await bot.click(ann, view, "时区 → Asia/Tokyo")
    view = await ann.wait_for(
        lambda m: m.message_id == view.message_id and "时区：Asia/Tokyo" in m.text
    )
    assert get_chat(bot.services.db, 42).timezone == "Asia/Tokyo"  # type: ignore[union-attr]


async def test_stop_cancels_what_was_queued_for_the_chat(bot: Harness) -> None:
    ann = bot.user(42)
    await bot.ask(ann, "/start")
    await bot.ask(ann, f"/remind {event_id(bot, '世界阅读日')}")
    assert pending_for_chat(bot.services.db, 42)
    await bot.ask(ann, "/stop")
    assert pending_for_chat(bot.services.db, 42) == []


async def test_upcoming_on_an_empty_calendar(tmp_path: Path) -> None:
    async with bot_running(tmp_path, ingest=False) as empty:
        reply = await empty.ask(empty.user(42), "/upcoming")
        assert "暂时没有即将到来的活动" in reply.text and reply.buttons == []


async def test_a_conversation_within_telegrams_flood_limits(tmp_path: Path) -> None:
    # The real limiter in the bot, the emulator refusing any breach with 429.
    async with bot_running(tmp_path, strict=True) as strict:
        ann = strict.user(42)
        await strict.ask(ann, "/start")
        listing = await strict.ask(ann, "/upcoming")
        await strict.click(ann, listing, listing.button_texts[0])
        card = await ann.wait_for(lambda m: "⏰ 提醒我" in m.button_texts)
        await strict.click(ann, card, "⏰ 提醒我")
        await ann.wait_for(lambda m: "会在这些时间提醒你" in (m.text or ""))
        reply = await strict.ask(ann, "/reminders")
        assert "书市" in reply.text
        assert strict.emu.violations == []
