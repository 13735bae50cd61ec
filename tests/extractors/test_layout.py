"""Page layout: header, datelines, hard wraps, titles and stories, offsets into the source."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors import extract_page, moment_iso
from extractors.layout import (
    DATELINE,
    bare_cells,
    date_glyphs_restored,
    dateline_words,
    outline_broken,
    read_layout,
    rows_of_cells,
)
from extractors.model import day_of
from extractors.reader import nfkc_same_length


def test_sample_page_header(sample_text: str) -> None:
    layout = read_layout(sample_text)
    assert layout.published == dt.date(2023, 4, 14)
    assert (layout.page, layout.section) == ("02", "综合")


@pytest.mark.parametrize(
    ("head", "published"),
    [
        pytest.param("02 2023 年 4 月 14 日  星期五综合 责任编辑：徐伟", "2023-04-14", id="pdf"),
        pytest.param("2023年5月8日 星期一 第3版 要闻", "2023-05-08", id="header-with-page"),
        pytest.param(
            "A04                         2023 年 8 月 11 日 星期五          泉城·民生"
            "          责任编辑：孙  彦   美编：刘  畅   组版：王  鹏",
            "2023-08-11",
            id="header-padded-into-columns",
        ),
        pytest.param("发布时间：2023-04-10 09:30  来源：丰台区文旅局", "2023-04-10", id="web-meta"),
        pytest.param("来源：北京丰台  发布日期：2023年6月1日", "2023-06-01", id="web-meta-cn"),
        pytest.param("社区将于2023年6月1日举办活动。", None, id="body-date-is-no-header"),
        pytest.param("2022/6/29 4:50:15发布97次查看", "2022-06-29", id="web-stamp-slashes"),
        pytest.param("来源：北京日报 | 2023-05-06 08:30", "2023-05-06", id="web-source-then-date"),
        pytest.param("2021-02-25 08:15:32 来源: 宁波晚报", "2021-02-25", id="web-date-then-source"),
        pytest.param("时间: 2011-08-24 12:38:49", "2011-08-24", id="web-stamp-seconds"),
        pytest.param("2018年03月15日 09:12  来源：人民网", "2018-03-15", id="web-cn-date-source"),
        pytest.param("日期：2019-11-20    浏览次数：253", "2019-11-20", id="web-date-views"),
        pytest.param("2011.05.06", "2011-05-06", id="numeric-date-alone"),
        pytest.param("2023年4月3日 10:21", "2023-04-03", id="first-line-date-and-clock"),
        pytest.param("时间：2023年4月3日 10:00", None, id="notice-time-field-is-no-stamp"),
        pytest.param(
            "征文时间:2024年9月21日至2024年10月7日", None, id="time-field-opening-a-range"
        ),
        pytest.param("2023年4月3日", "2023-04-03", id="lone-cn-date-opening-the-page"),
    ],
)
def test_publication_date_from_the_text(head: str, published: str | None) -> None:
    layout = read_layout(f"{head}\n\n标题\n\n正文内容很长很长很长很长，记者走访了社区。\n")
    expected = dt.date.fromisoformat(published) if published else None
    assert layout.published == expected


def test_a_web_stamp_line_is_no_event() -> None:
    text = (
        "区图书馆举办读书会\n2022/6/29 4:50:15发布97次查看\n7月2日上午9时，区图书馆将举办读书会。\n"
    )
    page = extract_page(text, None)
    assert page.published == dt.date(2022, 6, 29)
    assert [moment_iso(e.start) for e in page.events] == ["2022-07-02T09:00"]


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        pytest.param("本报讯(记者王蕾蕾)近日,", None, id="plain"),
        pytest.param("本报杭州11月19日讯(记者陈静)", "11月19日", id="paper-with-place"),
        pytest.param("新华社北京7月7日电(记者张三)", "7月7日", id="xinhua"),
        pytest.param("本报11月19日讯 记者从区教委获悉", "11月19日", id="paper-no-place"),
        pytest.param("中新网上海3月2日电", "3月2日", id="online-agency"),
        pytest.param(
            "北京4月22日电4月23日至4月29日是公共图书馆服务宣传周。",
            "4月22日",
            id="a-place-and-day-then-the-news-at-once",
        ),
        pytest.param(
            "浙江在线-台州频道9月23日讯(浙江在线记者陈某)“开镰喽!”",
            "9月23日",
            id="a-sites-channel",
        ),
        pytest.param(
            "□快报讯(记者都怡文)2006中国南京历史文化名城博览会将于9月22日拉开帷幕。",
            None,
            id="a-papers-box-mark-before-its-news-dateline",
        ),
        pytest.param(
            "-某某晨报11月8日讯(记者某某 通讯员某某)今日,记者从市自来水公司了解到,将停水。",
            "11月8日",
            id="a-dash-before-the-papers-dateline",
        ),
        pytest.param(
            "【某某日报5月15日】昨天,市民政局宣布,婚姻登记处将延长办公时间。",
            "5月15日",
            id="a-paper-and-its-day-alone-in-square-brackets",
        ),
        pytest.param(
            "新华社成都1月12日专电(苑坚、余里)逛大庙会,吃、喝、玩、乐一样都不能少。",
            "1月12日",
            id="an-agencys-special-dispatch",
        ),
        pytest.param(
            "【大纪元7月4日报导】(中央社记者杨一峰台北4日电)台北捷运内湖线今天全线通车",
            "7月4日",
            id="an-outlets-report-in-brackets",
        ),
        pytest.param(
            "【本报驻澳门记者某某某30日电】澳门明日亦有一系列庆祝国庆活动。",
            "30日",
            id="a-reporters-report-of-a-day-of-the-month-in-brackets",
        ),
        pytest.param(
            "中新社海口十二月三十一日电 (记者某某)今日,某省拉开了新证换发活动的序幕。",
            "十二月三十一日",
            id="an-agencys-day-in-words",
        ),
    ],
)
def test_dateline_leads(lead: str, date: str | None) -> None:
    m = DATELINE.match(lead)
    assert m is not None
    assert dateline_words(m) == date


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("会议指出,今年是开局之年。", id="ordinary-sentence"),
        pytest.param("报讯员说明天开会。", id="not-a-paper"),
    ],
)
def test_not_datelines(text: str) -> None:
    assert DATELINE.match(text) is None


PDF_STORY = """\
社区文化节开幕

本报讯（记者 李四）4月14日至24

日，卢沟桥街道“社区文化节”在宛平城

内举行，活动紧紧围绕 学习贯 彻习近平

新时代中国特色社会主义思想主题开展。

区领导参加活动。
"""


def test_hard_wraps_are_joined_and_stray_spaces_removed() -> None:
    (story,) = read_layout(PDF_STORY).stories
    assert story.title == "社区文化节开幕"
    assert story.text.startswith("本报讯(记者李四)4月14日至24日,卢沟桥街道“社区文化节”在宛平城内")
    assert "紧紧围绕学习贯彻习近平新时代" in story.text
    assert story.text.endswith("主题开展。\n区领导参加活动。")
    assert story.dateline_end == len("本报讯(记者李四)")


def test_clean_offsets_point_back_into_the_source(sample_text: str) -> None:
    norm = nfkc_same_length(sample_text)
    for story in read_layout(sample_text).stories:
        for i, ch in enumerate(story.text):
            j = story.source_map.to_source(i)
            if ch not in "\n ":
                assert norm[j] == ch, (story.title, i)


def _story_with(stories, words):
    return next(s for s in stories if words in s.text)


def test_sample_page_stories_and_their_headlines(sample_text: str) -> None:
    stories = read_layout(sample_text).stories
    assert len(stories) == 5
    assert _story_with(stories, "北京书市").title == "“北京书市”丰台分展场于泰舍书局举办"
    assert _story_with(stories, "第62次会议").title == "区委常委会召开第62次会议"
    assert _story_with(stories, "联席会议").title == "我区召开支援合作工作联席会议"
    red_cross = _story_with(stories, "红十字会第六次")
    assert red_cross.title is not None and "我区召开红十字会第六次代表大会" in red_cross.title
    # Subheadings stay inside their feature story.
    feature = _story_with(stories, "特种机器人")
    assert feature.title is not None and feature.title.startswith("中关村丰台园")
    assert "开辟特种机器人新赛道" in feature.text and "丰台创新中心" in feature.text


def test_continuation_marker_starts_a_story_and_is_dropped(sample_text: str) -> None:
    stories = read_layout(sample_text).stories
    fair = _story_with(stories, "北京书市")
    assert fair.text.startswith("本报讯(通讯员鲍丰鑫)4月14日至24日")
    assert all("上接" not in s.text for s in stories)


def test_notice_fields_stay_on_their_own_lines() -> None:
    text = "读书会通知\n时间：4月22日下午2:30\n地点：区图书馆\n内容：分享会\n"
    (story,) = read_layout(text).stories
    assert story.text.split("\n") == ["时间:4月22日下午2:30", "地点:区图书馆", "内容:分享会"]


def test_dated_list_items_are_not_headlines() -> None:
    text = "活动安排\n4月29日  开幕式\n4月30日  非遗手工体验\n"
    (story,) = read_layout(text).stories
    assert story.title == "活动安排"
    assert story.text.split("\n") == ["4月29日开幕式", "4月30日非遗手工体验"]


def test_an_outline_printed_on_one_line_is_one_item_a_line() -> None:
    text = (
        "关于举办全民健身日活动的通知 一、活动时间:8月8日上午9:00 二、活动地点:区体育中心 "
        "三、报名方式:8月5日前到街道报名。 四、其他\n"
    )
    broken = outline_broken(text)
    assert len(broken) == len(text)
    assert broken.split("\n")[:5] == [
        "关于举办全民健身日活动的通知",
        "一、活动时间:8月8日上午9:00",
        "二、活动地点:区体育中心",
        "三、报名方式:8月5日前到街道报名。",
        "四、其他",
    ]
    # (an item out of the count, or a second item with no first before it, stays where it is)
    assert outline_broken("一是加强管理 二、三月份完成") == "一是加强管理 二、三月份完成"


def test_dates_whose_font_lost_nian_and_yue_are_read_where_a_weekday_agrees() -> None:
    text = (
        "一、元旦假期安排 2026 1 1 日(周四)至 3 日(周六)放假调休,共 3 天。\n"
        "二、1 4 日(周日)正常上班。\n在校生:2026 1 12 日正式放假,3 3 日至 4 日 返校报到。\n"
    )
    restored = date_glyphs_restored(text)
    assert len(restored) == len(text)
    assert "2026年1月1 日(周四)至 3 日" in restored
    assert "1月4 日(周日)" in restored and "2026年1月12 日" in restored
    assert "3月3 日至 4 日" in restored and "共 3 天" in restored
    page = extract_page(text, dt.date(2025, 12, 18))
    assert [(moment_iso(e.start), moment_iso(e.end)) for e in page.events] == [
        ("2026-01-01", "2026-01-03"),
        ("2026-01-04", "2026-01-04"),
        ("2026-01-12", "2026-03-02"),
        ("2026-03-03", "2026-03-04"),
    ]
    assert [e.title for e in page.events][-1] == "返校报到"  # (not a table row's last cell)
    # (a weekday that disagrees, or none: a spaced `1 2 日` may be `12日` with a stray space)
    for other in ("2026 1 2 日(周四)放假。1 5 日上课。\n", "4月 1 2 日(周三)开幕。\n"):
        assert date_glyphs_restored(other) == other


def test_a_year_over_its_day_and_source_below_long_menus() -> None:
    menus = "".join(f"栏目{k}\n" for k in range(16))
    text = menus + "2019\n12/13齐鲁晚报·齐鲁壹点\n青岛地铁2号线西段将于12月16日上午11时通车。\n"
    assert read_layout(text).published == dt.date(2019, 12, 13)


def test_a_pages_date_printed_twice_in_a_page_without_line_breaks() -> None:
    text = (
        "红军大桥正式通车!!!兴国将军网打开 2023年 1月 1日2023年 1月 1日 潋江欢腾歌盛世。"
        "红军大桥于今日正式通车。"
    )
    page = extract_page(text, None)
    assert page.published == dt.date(2023, 1, 1)
    assert [e.evidence for e in page.events] == ["红军大桥于今日正式通车"]


def test_a_day_in_english_after_the_headline_in_a_page_without_line_breaks() -> None:
    text = "消息:會考下周三開考 倘天氣惡劣或延期 Mar 4, 2021 消息指,會考將於下周三開考。"
    page = extract_page(text, None)
    assert page.published == dt.date(2021, 3, 4)
    assert [e.start for e in page.events] == [dt.date(2021, 3, 10)]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        pytest.param(
            "文化周即将开启\n芜湖县红杨镇首届“月上西河”中秋民俗文化周\n将于10月2日—8日隆重举行\n",
            "将于10月2日—8日隆重举行",
            id="将于",
        ),
        pytest.param(
            "今天,\n某市体育中心发出\n《关于游泳馆恢复开放的通告》,\n通告显示,\n市体育中心的游泳馆\n"
            "将从2021年3月13日起\n以全新面貌恢复对外开放!\n夏天已经不远了,\n想去的小伙伴,\n",
            "想去的小伙伴,",
            id="将从-in-a-post-of-short-lines",
        ),
    ],
)
def test_a_line_going_on_from_the_one_above_is_no_headline(text: str, last: str) -> None:
    (story,) = read_layout(text).stories
    assert story.text.split("\n")[-1].endswith(last)
    assert not (story.title or "").startswith("将")


def test_a_day_then_the_word_published() -> None:
    text = "吸中外年轻客 成都推民俗活动\n\n[2024.03.11] 发表\n全国人大四川代表团昨开放采访。\n"
    assert read_layout(text).published == dt.date(2024, 3, 11)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        pytest.param(
            "熱門搜尋:\n本地\n出版：2026-Jan-28 22:48\n更新：2026-Jan-28 22:48\n\n"
            "公屋投訴3年達1.9萬宗\n",
            "2026-01-28",
            id="published-label-alone-english-month-between-dashes",
        ),
        pytest.param(
            "转发:关于取消卡雀哇节民俗体验活动的公告\n时间:1/24/2020 12:00:00 AM\n点击量:1167\n"
            "尊敬的各位旅客:\n",
            "2020-01-24",
            id="a-us-machines-stamp",
        ),
        pytest.param(
            "東亞運動會開幕禮封路措施\n2009-12-01 (14:29)\n東亞運動會星期六在維港舉行開幕禮。\n",
            "2009-12-01",
            id="a-stamps-clock-in-brackets",
        ),
        pytest.param(
            "来源:昭通新闻网\n2021-03-05 10:403月2日,永丰镇集贸市场正式开门营业。\n",
            "2021-03-05",
            id="a-numeric-stamp-glued-to-the-texts-first-date",
        ),
        pytest.param(
            "".join(f"菜单{k}\n" for k in range(60))
            + "立法會選舉\n2025-11-14 HKT 18:28\n選舉於12月7日舉行。\n",
            "2025-11-14",
            id="a-stamp-naming-its-time-zone-under-long-menus",
        ),
        pytest.param(
            "2012 年 3 月 9 日\n\n國際航線換季 新闢航線12條\n\n"
            "夏秋航季航班計劃將自2012年3月25日至10月27日執行。\n",
            "2012-03-09",
            id="a-day-alone-on-the-pages-first-line-over-the-headline",
        ),
        pytest.param(
            "2023-06-20Text: Ada Chan\n端午龍舟競渡 周四大澳開鑼\n6月22日就是端午節。\n",
            "2023-06-20",
            id="a-padded-day-glued-to-the-byline-opening-the-page",
        ),
        pytest.param(
            "A12 香港新聞 社會 責任編輯:陳大文 版面設計:李小明 2016 年 3 月 7 日(星期一) "
            "香港文匯報訊 記者昨日獲悉,九龍公園將於本月12日舉辦花展。",
            "2016-03-07",
            id="a-printed-pages-header-run-into-its-text",
        ),
        pytest.param(
            "【本報訊】鄉民代表會定期大會於4月27日登場。\n議程安排如下:\n"
            + "".join(f"5月{d}日鄉政考察。\n" for d in range(1, 16))
            + "鄉代會定期會 4/27開議\n- 2007-04-25\n",
            "2007-04-25",
            id="a-copy-ending-with-its-headline-then-its-day-after-a-dash",
        ),
        pytest.param(
            "实验室带你过周末:去高空喝个下午茶\n\n陈珏竹 // 2015年6月25日 18:59\n\n上海\n\n"
            "周末去书店看看。\n",
            "2015-06-25",
            id="a-bylines-name-set-off-by-slashes-before-its-stamp",
        ),
    ],
)
def test_more_stamps(text: str, published: str) -> None:
    assert read_layout(text).published == dt.date.fromisoformat(published)


def test_a_rule_drawn_under_a_days_heading_is_no_title() -> None:
    text = (
        "某署今日宣布,農曆新年期間各場地的開放時間如下:\n二月十七日(農曆年三十)\n-----------\n"
        "體育館如常運作。\n二月十八日(農曆年初一)\n------------\n體育館如常運作。\n"
    )
    titles = [e.title for e in extract_page(text, dt.date(2007, 2, 12)).events]
    assert titles and not any(t.startswith("-") for t in titles)


def test_a_pictures_placeholder_is_no_headline() -> None:
    text = "logo\n\n看老旧小区共治共享,本周五晚,社区行走进操场社区\n\n社区行将走进操场社区。\n"
    assert all(s.title != "logo" for s in read_layout(text).stories)


def test_a_bulleted_last_line_is_no_headline() -> None:
    text = "故宫特展延期\n本报讯 午门展厅的特展广受欢迎。\n• 展期延长至5月29日\n"
    (story,) = read_layout(text).stories
    assert story.text.split("\n")[-1] == "• 展期延长至5月29日"


@pytest.mark.parametrize("text", ["", "\n\n  \n", "。", "标题"])
def test_degenerate_texts(text: str) -> None:
    read_layout(text)


@pytest.mark.parametrize(
    ("head", "published"),
    [
        pytest.param("发表时间:2011-05-28", "2011-05-28", id="published-label-fabiao"),
        pytest.param("2017年10月01日", "2017-10-01", id="zero-padded-date-alone"),
        pytest.param("时间:2023-09-27人气:作者: 佚名", "2023-09-27", id="time-label-with-byline"),
        pytest.param("时间:2018-05-29 阅读人数:", "2018-05-29", id="time-label-with-readers-count"),
        pytest.param("刊登日期: 25/09/2020", "2020-09-25", id="labelled-day-first"),
        pytest.param("日期 : 29-05-2025", "2025-05-29", id="labelled-day-first-with-dashes"),
        pytest.param(
            "来源: 最后更新:23-09-26 08:56:30", "2023-09-26", id="updated-with-a-short-year"
        ),
        pytest.param("发布于 2022-06-22 00:28 ,所属分类:资讯", "2022-06-22", id="released-at"),
        pytest.param(
            "2023年1月19日 时事脉搏 港闻", "2023-01-19", id="date-then-column-and-section"
        ),
        pytest.param("05.02.2016 11:36", "2016-02-05", id="day-first-stamp"),
        pytest.param("03/08/2021", "2021-08-03", id="day-first-stamp-with-slashes"),
        pytest.param("• 2018-09-16", "2018-09-16", id="bulleted-stamp"),
        pytest.param("文摘   2024-09-20 18:14   吉林", "2024-09-20", id="stamp-between-words"),
        pytest.param("时间:2013/4/4", "2013-04-04", id="time-label-numeric-date-alone"),
        pytest.param("【出版日期】2010.11.24", "2010-11-24", id="bracketed-label"),
        pytest.param("上海法治报 2023年10月27日", "2023-10-27", id="paper-name-then-date"),
        pytest.param(
            "广州日报 2024年11月28日 卢梦谦", "2024-11-28", id="paper-name-date-then-its-writer"
        ),
        pytest.param("李紫彤 03月 30,2023", "2023-03-30", id="writer-then-month-day-comma-year"),
        pytest.param(
            "星期六, 10月 02, 2021 Views", "2021-10-02", id="a-blogs-weekday-month-day-comma-year"
        ),
        pytest.param("10 Jul 2024", "2024-07-10", id="a-blogs-day-and-short-month-in-english"),
        pytest.param("第A16版:体育生活 2019-11-18", "2019-11-18", id="a-lettered-page-line"),
        pytest.param("[2023年11月1日]", "2023-11-01", id="the-day-in-square-brackets"),
        pytest.param("2023.01.20 - 旅遊局", "2023-01-20", id="a-stamp-a-dash-and-its-office"),
        pytest.param("2021-04-27• 僑陸公告", "2021-04-27", id="a-stamp-a-bullet-and-its-column"),
        pytest.param(
            "来源: 中国宁波网  发布时间: 14年04月24日 08:51",
            "2014-04-24",
            id="a-labelled-two-digit-year",
        ),
        pytest.param("  2023-08-09   A03版:三版", "2023-08-09", id="a-day-then-its-page-and-name"),
        pytest.param(
            "2014-01-24 第A03版:时事新闻", "2014-01-24", id="a-day-then-its-numbered-page-and-name"
        ),
        pytest.param(
            "文 号 | 成文日期:2015-05-26 | 发布日期:2015-12-25 |",
            "2015-12-25",
            id="published-not-written",
        ),
        pytest.param(
            "http://www.example.com.cn 2005年08月08日05:21 都市报", "2005-08-08", id="site-address"
        ),
        pytest.param("添加时间:2009-10-11", "2009-10-11", id="a-sites-time-added"),
        pytest.param(
            "发布时间:18-06-29 字体:【  】  【关闭窗口】",
            "2018-06-29",
            id="a-labelled-dashed-two-digit-year",
        ),
    ],
)
def test_web_stamps_after_the_title(head: str, published: str) -> None:
    layout = read_layout(f"社区举办活动\n\n{head}\n\n正文内容很长很长很长很长，记者走访了社区。\n")
    assert layout.published == dt.date.fromisoformat(published)


@pytest.mark.parametrize(
    ("head", "published"),
    [
        pytest.param("Thursday 14 July 2022", "2022-07-14", id="weekday-day-month-year"),
        pytest.param("Wednesday, 8 January 2014", "2014-01-08", id="with-a-comma"),
    ],
)
def test_a_blogs_day_in_english_over_its_post(head: str, published: str) -> None:
    text = f"{head}\n\n迎接国庆\n\n五社区办邻里嘉年华 公众今天可到民众俱乐部领入场券\n"
    assert read_layout(text).published == dt.date.fromisoformat(published)


def test_an_official_documents_print_line_under_its_copy_count() -> None:
    text = (
        "某某中学文件\n关于举行秋季田径运动会的通知\n各班级:\n运动会拟定于10月中下旬举行。\n"
        "请班主任于9月30日上午放学前送交报名表。\n2016年9月22日\n主题词:运动会 通知\n"
        "报:校长室\n某某中学政教处 2016年9月22日印发\n(共印20份)\n"
    )
    assert read_layout(text).published == dt.date(2016, 9, 22)


def test_a_notice_printed_as_one_line_signed_with_a_dotted_day() -> None:
    text = "1、2015年清明节放假时间为4月4日至6日。放假期间,阅览室开放时间不变。 图书馆 2015.3.30"
    assert read_layout(text).published == dt.date(2015, 3, 30)


def test_a_stamp_with_the_hour_it_was_updated_is_no_event() -> None:
    text = (
        "某某會考明公告簡章\n2023/2/6 10:12(2/6 10:40 更新)\n"
        "(中央社記者某某台北6日電)某某會考簡章明天公告,5月20日、21日考試。\n"
        "考試日程,第1天上午考數學,下午考國文;第2天上午考英語。(編輯:某某)1120206\n"
    )
    page = extract_page(text, None)
    assert page.published == dt.date(2023, 2, 6)
    assert not [e for e in page.events if isinstance(e.start, dt.datetime)]


def test_a_stamp_with_its_clock_after_a_dateline_in_a_page_without_line_breaks() -> None:
    text = (
        "煙火節2日登場 專車服務 【某社╱台北三十一日電】 2008.07.31 09:49 am "
        "市政府將於八月二日晚間在碼頭舉辦煙火節,週邊道路也於當晚分階段進行交通管制。"
    )
    page = extract_page(text, None)
    assert page.published == dt.date(2008, 7, 31)
    assert {day_of(e.start) for e in page.events} == {dt.date(2008, 8, 2)}


def test_a_date_alone_right_under_the_headline_dates_the_page() -> None:
    text = (
        "一九八二、一九八三、一九八四或一九八五年出生的本地居民須於七月二十五日至十月六日期間"
        "換領新智能身份證\n\n2022年7月8日\n\n"
        "某處今日宣布,有關居民須於七月二十五日至十月六日期間換領。\n"
    )
    assert read_layout(text).published == dt.date(2022, 7, 8)


def test_a_notice_signed_in_a_month_only_gives_no_event() -> None:
    text = (
        "关于高考期间噪声管控的通告\n6月7日至8日,考点周边禁止鸣笛。\n特此公告。\n"
        "某某市人民政府\n2019年6月\n"
    )
    page = extract_page(text, dt.date(2019, 6, 3))
    assert [(e.start, e.end) for e in page.events] == [(dt.date(2019, 6, 7), dt.date(2019, 6, 8))]


def test_a_contributors_dated_byline_closing_the_text_dates_the_page() -> None:
    text = (
        "社区暑托班开班\n暑托班于7月12日正式开班,开办至8月25日。\n"
        "(某某街道社区教育中心 张某 2022年7月13日)"
    )
    page = extract_page(text, None)
    assert page.published == dt.date(2022, 7, 13)
    assert [(e.start, e.end) for e in page.events] == [(dt.date(2022, 7, 12), dt.date(2022, 8, 25))]


def test_a_hong_kong_press_releases_foot_dates_the_page() -> None:
    text = (
        "港島特別交通安排\n********\n\n  警方將實施特別交通措施,配合星期日(十一月六日)的遊行。\n\n"
        "  下列道路將於下午二時開始實施間歇性封閉。\n\n \n2016年11月4日(星期五)\n香港時間18時19分\n"
    )
    assert read_layout(text).published == dt.date(2016, 11, 4)


def test_a_release_label_with_a_year_of_the_republic_dates_the_page() -> None:
    text = "某某作品展\n\n發稿日期:110年1月1日聯絡人:某某 聯絡電話:2723977\n即日起至2月28日展出\n"
    assert read_layout(text).published == dt.date(2021, 1, 1)


def test_a_slashed_stamp_with_a_year_of_the_republic_dates_the_page() -> None:
    text = "【113/5/8】\n一、報名日期:自113年6月1日至6月7日止。\n二、考試日期:113年8月10日。\n"
    assert read_layout(text).published == dt.date(2024, 5, 8)


def test_a_stamp_with_its_clock_glued_on_over_a_caption() -> None:
    text = (
        "2016某市马拉松 你还需要知道这些……\n\n2016年11月27日16:42 新浪跑步 微博\n资料图。\n\n"
        "  比赛将于12月3日举行。\n"
    )
    assert read_layout(text).published == dt.date(2016, 11, 27)


def test_byline_split_over_two_lines() -> None:
    text = "九九重阳节登高\n- 来源:城东社区\n- 时间:2023-11-28 14:45\n社区在11月7日组织登高活动。\n"
    assert read_layout(text).published == dt.date(2023, 11, 28)


def test_a_stamp_the_source_names_in_a_page_without_line_breaks() -> None:
    text = "清明客流将迎高峰 记者张三 2021-4-04 来源:晨报 昨天是清明小长假第一天,今天客流更大。"
    assert extract_page(text, None).published == dt.date(2021, 4, 4)


def test_a_stamp_repeated_under_the_byline_is_no_event() -> None:
    text = "读书月活动回眸\n作者: 出版日期:2010.11.24 点击数:0\n【出版日期】2010.11.24\n正文。\n"
    page = extract_page(text, None)
    assert page.published == dt.date(2010, 11, 24) and not page.events


def test_a_reposts_source_date_wins_over_its_copying_stamp() -> None:
    text = "幼儿园招生公告\n2023/9/7 9:49:43 点击:\n来源时间为:2021-06-10\n现将招生工作公告如下。\n"
    assert read_layout(text).published == dt.date(2021, 6, 10)


def test_a_portals_publication_date_under_the_notice() -> None:
    text = (
        "关于征集建议的通告\n征集时间:通告之日起至9月30日止。\n"
        "征集部门:公务网 发布日期:2021-09-01 截止日期:2021-09-30\n"
    )
    page = extract_page(text, None)
    assert page.published == dt.date(2021, 9, 1)
    assert [(moment_iso(e.start), moment_iso(e.end)) for e in page.events] == [
        ("2021-09-01", "2021-09-30")
    ]


@pytest.mark.parametrize(
    ("tail", "published"),
    [
        pytest.param(
            "特此公告\n长武县公安局交通警察大队\n2025年4月15日\n附:线路图\n",
            "2025-04-15",
            id="under-the-issuer-then-an-attachment",
        ),
        pytest.param("特此通告\n2023年4月12日\n", "2023-04-12", id="under-special-notice"),
        pytest.param("交警大队\n二0一一年五月十六日\n", "2011-05-16", id="in-chinese-numerals"),
        pytest.param(
            "区文化中心\n2025年1月21日\n编辑 刘小英\n审核 谢清丹\n",
            "2025-01-21",
            id="above-the-credits",
        ),
        pytest.param("活动将于下列日期举行:\n2025年4月20日\n", None, id="under-a-colon"),
        pytest.param(
            "请市民提前安排好出行时间,合理规划路线,感谢理解与支持。\n2025年4月15日\n",
            "2025-04-15",
            id="the-last-line-under-a-sentence",
        ),
        pytest.param(
            "请市民合理规划路线,感谢理解与支持。\n2025年4月15日\n当天上午举行开通仪式。\n",
            None,
            id="under-a-sentence-then-more-text",
        ),
        pytest.param(
            "如有疑问请联系。 2021年9月29日\n", "2021-09-29", id="ending-the-last-paragraph"
        ),
        pytest.param(
            "平远县公路事务中心 2021年4月22日\n扫一扫在手机打开当前页\n",
            "2021-04-22",
            id="after-the-issuer-on-its-line",
        ),
        pytest.param("报名截止时间为 2021年5月6日\n", None, id="a-fields-value-at-the-end"),
        pytest.param(
            "特此通告。\n二○○七年十一月十五日\n扫一扫在手机打开当前页\n",
            "2007-11-15",
            id="under-special-notice-over-the-sites-share-button",
        ),
        pytest.param(
            "某省文化和旅游厅\n2024年1月15日\n2023年推荐活动拟命名名单(40个)\n"
            + "".join(f"{k} |\n某县文旅局 |\n书屋{k} |\n" for k in range(1, 11)),
            "2024-01-15",
            id="under-the-issuer-over-the-long-list-it-attaches",
        ),
        pytest.param(
            "现将《月季文化节活动方案》转发给你们,请认真贯彻执行。\n二〇一一年七月二十一日\n"
            "首届月季文化节活动方案\n"
            + "".join(f"{k}、活动内容{k}\n地点:月季园\n" for k in range(1, 11)),
            "2011-07-21",
            id="under-a-forwarding-sentence-over-the-plan-it-attaches",
        ),
        pytest.param(
            "如有异议,请在公示期内提出,联系电话:028-82766571某市某区文化体育和旅游局2023年5月4日。\n",
            "2023-05-04",
            id="run-into-the-issuer-in-a-page-printed-as-one-line",
        ),
    ],
)
def test_a_notices_signature_date_when_nothing_else_dates_it(
    tail: str, published: str | None
) -> None:
    text = "关于道路临时交通管制的公告\n4月20日6时至12时,对下列路段实行交通管制。\n" + tail
    day = read_layout(text).published
    assert (day.isoformat() if day else None) == published


def test_a_digital_papers_date_beside_its_zoom_buttons() -> None:
    text = (
        "第3版:要闻\n本版标题导航\n2023年4月19日 放大 缩小 默认\n"
        "摄影联展开幕\n展览展出时间为4月18日至26日。\n"
    )
    assert read_layout(text).published == dt.date(2023, 4, 19)


def test_an_excerpts_source_paper_date() -> None:
    text = (
        "读者互动活动\n本报讯 明天,图书馆将举办读者互动活动。\n"
        "(摘自2010年3月26日 星期五 《姑苏晚报》13版)\n"
    )
    assert read_layout(text).published == dt.date(2010, 3, 26)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        pytest.param(
            "委员长会议举行\n会议决定常委会会议4月24日至26日举行。\n"
            "《光明日报》( 2023年04月15日 02版)\n",
            "2023-04-15",
            id="a-reprints-paper-and-page",
        ),
        pytest.param(
            "冬日工程建设忙\n《人民日报海外版》(2024年12月25日 第 01 版)\n"
            "建设中的某某站房,预计将于2025年建成投用。\n",
            "2024-12-25",
            id="an-overseas-editions-paper-and-page",
        ),
        pytest.param(
            "音乐会举行\n\n《 人民政协报 》 ( 2022年01月06日   第 02 版)\n\n"
            "本报讯(记者 某某)1月4日晚,一场音乐会在国图艺术中心举行。\n",
            "2022-01-06",
            id="a-papers-name-and-page-spaced-inside-their-marks",
        ),
        pytest.param(
            "某乐队明年4月举行三场演唱会\n\n某电台\n\n某乐队明年4月举行三场演唱会\n某电台\n\n某电台\n\n"
            "某乐队明年4月举行三场演唱会\n\n2024年09月19日 11:41 最後更新:15:50\n\n"
            "某乐队宣布,明年4月举行演唱会。\n",
            "2024-09-19",
            id="a-stamp-then-its-update-under-copies-of-the-headline",
        ),
        pytest.param(
            "2020年10月09日九江新聞\n今日要聞:\n•国庆期间九江车务段发送旅客59.1万人次\n",
            "2020-10-09",
            id="a-padded-day-then-the-sites-name-opening-the-page",
        ),
        pytest.param(
            "科教館百樣生活科技展 明起3天免費入場\n\n2009年06月25日台灣\n"
            "【新唐人2009年6月25日訊】教育部明天推出的第一個特展,展出到12月31日止。\n",
            "2009-06-25",
            id="a-padded-day-then-its-section-under-the-headline",
        ),
        pytest.param(
            "全國故事志工齊聚台中\n\n新聞中心\nLast updated: 2025 年 11 月 18 日 下午 3:28\n\n"
            "墨新聞|記者某某/台中報導\n\n2025全國故事志工總動員今(18)日在台中登場。\n",
            "2025-11-18",
            id="an-english-last-updated-label",
        ),
        pytest.param(
            "誠品書店敦南店,將於九月一日上午六時起封館改裝整修,今天民眾紛紛湧入買書,也留下這段"
            " 美好記憶。 【2008/08/31 中央社】\n",
            "2008-08-31",
            id="an-agencys-stamp-closing-the-last-sentence",
        ),
        pytest.param(
            "微某县 2024年10月31日 19:06\n某赛段交通管制的通告\n"
            "自行车赛事将于2024年11月7日举行。\n",
            "2024-10-31",
            id="an-accounts-name-its-stamp-and-clock-opening-the-page",
        ),
        pytest.param(
            "明日,多家博物馆延迟开放!\n景点排名 2025年07月26日 00:57 1 admin\n【来源:某某日报】\n"
            "某博物馆将于2025年7月26日延迟开放。\n",
            "2025-07-26",
            id="a-columns-name-its-stamp-its-reads-and-poster",
        ),
        pytest.param(
            "某圖書館復活節開放時間\n康文署今日宣布,所有公共圖書館於四月三日休館。\n"
            "查詢請致電二九二一 ○二○八。2015年3月24日(星期二)\n香港時間11時00分\n",
            "2015-03-24",
            id="a-hong-kong-release-day-glued-to-its-last-sentence",
        ),
        pytest.param(
            "某市的士调价听证会今天召开 方案二更受欢迎\n"
            "发布时间:2011-7-190:0:0来源:某某网作者:未知点击量:1935   \n"
            "    某市出租车运费调价听证会今天上午召开,来自各界的25名听证代表与会。\n\n"
            "    多数发言代表赞成方案二\n\n    据报道,截止今天上午11时,共有12名代表发表了看法。\n",
            "2011-07-19",
            id="a-labelled-date-with-its-midnight-clock-glued-on",
        ),
        pytest.param(
            "全線郵政局下周縮短開放時間 2020年2月1日 14:37 【某某新聞台】香港郵政宣布,"
            "下星期全線郵政局縮短開放時間,只提供基本及有限度服務。",
            "2020-02-01",
            id="a-stamp-and-its-outlet-in-brackets-on-a-page-without-breaks",
        ),
        pytest.param(
            "某博物館明起向公眾開放 八號風球下或延遲開館 某台 2022年07月01日 【某某新聞】"
            "某博物館明日起開放給公眾參觀。",
            "2022-07-01",
            id="a-stamp-with-no-clock-then-its-outlet-in-brackets",
        ),
        pytest.param(
            "• 2016年8月31日\n\n    中秋咋过?某华埠中秋活动带你抢先看!\n\n"
            "    庆祝活动从9月2日至9月30日。\n",
            "2016-08-31",
            id="a-bulleted-stamp-alone-opening-the-page",
        ),
        pytest.param(
            "某某某\n/ 報導\n2024/\n10/\n12\n15:57\n某鄉今起一連兩天在某公園舉辦玩泥巴活動。\n",
            "2024-10-12",
            id="a-stamp-a-part-a-line",
        ),
        pytest.param(
            "一、 活动宗旨:\n本学期举办社区居民象棋比赛,丰富社区居民业余文化生活。\n"
            "二、 比赛日期:2011年4月16、17日两天\n三、 比赛项目:中国象棋个人赛\n"
            "九、报名时间:自本规程发布之日起至2011年4月11日止\n某某少年之家\n2011年3月21日\n",
            "2011-03-21",
            id="a-numbered-items-date-field-is-no-byline-the-signature-dates-it",
        ),
        pytest.param(
            "某某書展明天揭幕\n2016年7月19日 – 由某某發展局 (某局)主辦的第27屆某某書展,"
            "將於明天假某某會議展覽中心開幕,展期至下周二(7月20至26日)。今屆書展網羅35個國家及地區,"
            "共640家參展商,帶來不同題材的優質書籍。\n大會今天舉行新聞簡報會。\n",
            "2016-07-19",
            id="a-press-releases-day-and-dash-under-its-headline",
        ),
        pytest.param(
            "某某花火節將迎20週年\n\n某縣政府旅遊處26日指出,花火節預計自4月25日起至6月30日止。\n\n"
            "中央社 110年10月26日\n",
            "2021-10-26",
            id="an-agency-and-its-day-in-republic-years-at-the-foot",
        ),
        pytest.param(
            "昨天上午,无偿献血进校园活动在某校启动。▲详见2版\n《某某日报》2009年11月22日第1版\n",
            "2009-11-22",
            id="its-paper-and-page-with-no-brackets-under-the-story",
        ),
        pytest.param(
            "小区封闭管理\n截至2月6日,全区小区实行封闭管理。\n"
            "2020-02-11 2 2 江海晚报 content_5483.html 1 3 小区封闭管理\n",
            "2020-02-11",
            id="a-digital-papers-article-record",
        ),
        pytest.param(
            "日照信息网\n网站地图\n作家回故乡 我市举行座谈会(2010年08月28日)\n座谈会昨日举行。\n",
            "2010-08-28",
            id="a-headline-stamped-with-its-day",
        ),
        pytest.param(
            "当前位置:深圳旅游 新闻\n|\n"
            "2006年9月3日 02:33 旅游文化季拉开帷幕 昨日上午,启动仪式举行。\n",
            "2006-09-03",
            id="a-stamp-opening-a-line-of-page-text",
        ),
        pytest.param(
            "2023\n04/22\n07:45\n来源\n无锡日报\n4月21日,阅读季启动。\n",
            "2023-04-22",
            id="split-stamp",
        ),
        pytest.param(
            "开放活动信息\n来自: 时间:2026-01-26\n1月26日,街道开展政府开放日活动。\n",
            "2026-01-26",
            id="a-time-field-in-the-byline",
        ),
        pytest.param(
            "图片展在博物馆开幕\n本报讯 7月15日,图片展亮相博物馆。\n"
            "当前:2版(2021年07月19日) 上一版 下一版\n",
            "2021-07-19",
            id="a-digital-papers-page-line",
        ),
        pytest.param(
            "第02版:要闻 上一版 下一版\n标题导航\n五部门联合印发《通知》\n民营经济发展壮大\n"
            "商会开展第7场活动\n回到首页 | 标题导航\n2023年04月03日 星期一\n"
            "4月2日,校园开放日举行,师生及市民8万人赏花。\n海棠季期间,校园还将开展多项活动。\n"
            "本版责任编辑:王某\n",
            "2023-04-03",
            id="a-date-and-its-weekday-alone",
        ),
        pytest.param(
            "![]() 2016年1月15日(星期五)\n第3期(总第84期)县委宣传部主管 县委报道组主办\n"
            "县人代会1月14日至15日召开。\n",
            "2016-01-15",
            id="a-date-and-its-weekday-in-brackets-after-a-markdown-pictures-marks",
        ),
        pytest.param(
            "周末昆剧院有演出\n\n某州晚报 20170718 A第03版\n\n■记者 某某\n\n"
            "7月22日至23日,昆剧院演出。\n",
            "2017-07-18",
            id="a-papers-name-its-compact-day-and-the-page",
        ),
        pytest.param(
            "警務措施安排\n\nMCTV News / Macau\n\nPublished November 13th, 2023 at 3:00 PM\n\n"
            "大賽車將於11月16至19日舉行。\n",
            "2023-11-13",
            id="an-english-published-line-with-an-ordinal-day",
        ),
        pytest.param(
            "20\n2015.05\n科技节开幕了\n\n今天上午,学校科技节开幕了!本次科技节为期一周。\n",
            "2015-05-20",
            id="a-blogs-badge-its-day-over-its-year-and-month",
        ),
        pytest.param(
            "某纪念馆重新开馆\n[某艺网 发布时间:\n2006-07-28]\n7月16日,纪念馆重新开馆。\n",
            "2006-07-28",
            id="a-publication-label-ending-its-line-the-date-on-the-next",
        ),
        pytest.param(
            "中央社 – 2015年3月4日\n公仔箱論壇 tvb now\n(中央社記者某某台中4日電)燈會今晚試燈。\n",
            "2015-03-04",
            id="an-agencys-byline-a-dash-and-its-day-opening-the-page",
        ),
        pytest.param(
            "5月31日晚,大舞台启动\n20210606期来自:吉林日报\n5月31日晚19时,广场文化活动启动。\n",
            "2021-06-06",
            id="a-digital-papers-issue-number",
        ),
        pytest.param(
            "20160316\n\nPage 1\n\n農曆丙申年二月初八日\n\n"
            "【本報訊】新口岸客運碼頭昨起實施新措施。\n",
            "2016-03-16",
            id="a-pdf-pages-compact-day-alone-on-its-first-line",
        ),
        pytest.param(
            "2020年7月14日 時事脈搏\n\n教育局促學校3日內完成考試 明起停活動2周\n\n"
            "教育局早前宣布,全港學生昨日起提早放暑假。\n",
            "2020-07-14",
            id="a-day-then-its-column-one-space-apart-on-the-first-line",
        ),
        pytest.param(
            "糧船灣兩年一度天后出巡慶典\n21-04-2014\n今年是糧船灣兩年一度的天后出巡慶典。\n",
            "2014-04-21",
            id="a-day-first-dashed-stamp-under-the-title",
        ),
        pytest.param(
            "週六, 05 九月 2015 00:02\n\n澳門煙花節交通管制\n\n 作者為  editor\n\n"
            "澳門國際煙花比賽匯演將於本月5日(周六)起一連多個周末上演。\n",
            "2015-09-05",
            id="a-blogs-weekday-day-month-in-words-and-year",
        ),
        pytest.param(
            "暂停服务通知\n\n暂停服务通知\n\n各住房公积金缴存单位和职工:\n"
            "我中心拟于2023年12月25日至2024年1月9日期间开展年度结算。\n一、暂停服务时间\n"
            + "".join(f"{k}.第{k}项业务暂停办理,恢复时间另行通知。\n" for k in range(1, 11))
            + "特此通知\n南昌住房公积金管理中心\n"
            "【南昌公积金年度结算及业务系统升级上线暂停服务通知】2023年12月15日\n",
            "2023-12-15",
            id="a-notices-own-title-in-brackets-then-its-day-signs-it",
        ),
        pytest.param(
            "國立台灣美術館新增了 1 張相片。2016年12月22日上午9:57 · 休館公告:\n"
            "12/26(一)-12/30(五) 國美館因高壓電設備更新暫時休館\n",
            "2016-12-22",
            id="a-social-posts-day-and-clock-before-its-bullet",
        ),
        pytest.param(
            "大家好!\n\n今天是2024年9月4日,星期三,\n\n新闻早茶》与您一起关注今日要闻。\n"
            "2024年中非合作论坛峰会于今日至6日在北京举行。\n",
            "2024-09-04",
            id="a-digests-greeting-naming-its-day",
        ),
        pytest.param(
            "家長注意!這縣市暑假提早結束 8/25就開學\n\n2025-08-21 HaiPress\n\n"
            "雲林縣全縣國中、國小將提前至8月25日開學。\n",
            "2025-08-21",
            id="a-numeric-stamp-then-its-feeds-source-in-latin-letters",
        ),
        pytest.param(
            "2025-10-01,\nSohu\n昨晚,“大戏看北京”2025展演季在国家大剧院正式拉开帷幕。\n",
            "2025-10-01",
            id="a-numeric-stamp-with-a-trailing-comma-over-its-source",
        ),
        pytest.param(
            "北京,2010年2月17日\n非物质文化遗产活动亮相北京“室内庙会”\n"
            "2月16日至21日,16项非物质文化遗产活动亮相北京丰台新春游乐会。\n",
            "2010-02-17",
            id="a-photo-storys-place-and-day-on-its-first-line",
        ),
        pytest.param(
            "艺术家作品展展至12月6日 欢迎参观及预约导览\n发佈时间:2020-11-26\n\n"
            "由中葡论坛(澳门)常设秘书处主办的作品展,已于11月19日开幕。\n",
            "2020-11-26",
            id="a-publication-label-keeping-one-traditional-character",
        ),
        pytest.param(
            "所内各用电单位及住户:\n根据天气预报,从8月16日起至8月20日双流片区天气将持续高温,"
            "随着气温的升高,全所生产、生活用电量将大幅度增长。经预测,16日至19日我所的多个片区"
            "变压器将会出现重载或超载运行情况。为确保电力供应,现紧急通知如下:\n"
            "1、各用电单位,请在用电高峰时段关闭不必要的用电设备。\n"
            "2、所内住户,请将室内空调温度调高设置为26度以上。\n"
            "3、职工午饭后,尽量回办公室,减少生活区的用电量。\n"
            "4、我部门将在变压器或线路超载运行时进行短时限电。\n"
            "给各用电单位和住户带来的不便,敬请谅解!\n"
            "工作区的用电高峰时间为(工作日): 9:00至12:00\n13:00至17:00\n"
            "生活区的用电高峰时间为: 11:30至13:00\n20:00至24:00\n"
            "成都某物业管理有限责任公司\n动力运行部\n2016-8-16\n",
            "2016-08-16",
            id="a-notice-signed-with-a-numeric-day-under-its-issuer",
        ),
        pytest.param(
            "(中央社台北28日電)屏東縣長今天邀請旅客參與5月2日揭幕的黑鮪魚文化觀光季活動。\n\n"
            "5 月上路的「墾丁快線」專車,會在高鐵左營站接人。990428\n",
            "2010-04-28",
            id="an-agency-storys-day-in-the-republics-years-glued-to-its-last-sentence",
        ),
        pytest.param(
            "每逢佳節倍思親,各村社區發展協會辦理中秋節烤肉及餐會活動,鄉長至各村莊向鄉親賀節。" * 4
            + "由莒光鄉公所發佈於 2023年9月29日 星期五\n"
            + "每逢佳節倍思親,各村社區發展協會辦理中秋節烤肉及餐會活動,鄉長至各村莊向鄉親賀節。\n",
            "2023-09-29",
            id="posted-on-a-day-closing-the-last-paragraph",
        ),
        pytest.param(
            "花蓮縣石雕博物館\n\n「奇石.五十」聯展延長展出至10月10日止\n\n"
            "時間:2018-09-06 (週四)2018-09-06 (週四)\n\n展出日期:即日起至10月10日(三)\n",
            "2018-09-06",
            id="a-numeric-stamp-and-its-weekday-printed-twice",
        ),
        pytest.param(
            "新頭殼newtalk |謝佳真 綜合報導\n2019年6月5日 下午4:34\n檢視相片\n"
            "最有端午節味道的活動還有什麼呢?活動時間:6月7日至6月9日。\n",
            "2019-06-05",
            id="a-stamps-clock-after-its-half-of-the-day",
        ),
        pytest.param(
            "201710201809\n\n屏東縣政府打造縣立圖書館,今年十二月底前將啟動整建工程。\n",
            "2017-10-20",
            id="a-compact-day-and-clock-alone-on-the-first-line",
        ),
        pytest.param(
            "训练班和康乐活动公开报名余额新安排\n\n2025年2月28日发表于香港时间 17:30\n\n"
            "  公开报名余额由2025年3月份开始安排于同一日进行。\n",
            "2025-02-28",
            id="a-day-published-at-hong-kongs-time",
        ),
        pytest.param(
            "今日关注\n\n“五一”小长假来到最后一天。\n\n"
            "返程避堵看这一篇就够了| 新民早报[2021.5.5]-LMLPHP\n\n预计返程路网流量将呈双峰态势。\n",
            "2021-05-05",
            id="a-papers-name-and-its-issues-day-in-square-brackets",
        ),
        pytest.param(
            "丰收节活动方案\n索引号\n620724083/2023-00126\n发布机构\n骆驼城镇\n生成日期\n"
            "2023-09-22 09:25:00\n活动定于9月23日举行。\n",
            "2023-09-22",
            id="a-records-label-over-its-value",
        ),
        pytest.param(
            "关于限制交通的通告\n  • 公布年份:2022.12.30\n  • 实施日期:2023.01.03\n"
            "从2023年1月3日9时起实施交通限制。\n",
            "2022-12-30",
            id="published-not-in-force",
        ),
        pytest.param(
            "关于举办职工运动会的通知\n运动会定于6月15日举行。\n市国土资源局\n二O一二年六月八日\n"
            "(此件公开发布)\n",
            "2012-06-08",
            id="a-signature-with-the-letter-o",
        ),
        pytest.param(
            "环城路匝道封闭施工\n\n来源:  某某都市报     |    日期:  2025年06月05日     |"
            "    制作:  张三     |    新闻热线:  0791-80000000\n\n施工时间为6月5日至9月30日。\n",
            "2025-06-05",
            id="a-byline-padded-into-columns",
        ),
        pytest.param(
            "简讯 2020年04月23日  \n\n  ●某乡被命名为省级文化强镇。日前,省文化和旅游厅公布名单。\n",
            "2020-04-23",
            id="a-columns-name-then-its-date",
        ),
        pytest.param(
            "logo\n日期:[2019年09月12日] -- 华商报 -- 版次:[B1]\n\n丰收节将开展系列活动\n"
            "9月23日全省将开展系列庆祝活动。\n",
            "2019-09-12",
            id="a-digital-papers-date-in-brackets",
        ),
        pytest.param(
            "第01版:一版\n\n首场活动昨举行\n\n本报讯 昨天上午,首场新春活动在文化礼堂开场。\n"
            "2023-01-20 正月初一至初七,礼堂将开展200余场文化活动 8 8 今日普陀 "
            "content_309234.html 1 3 首场活动昨举行 /enpproperty-->\n",
            "2023-01-20",
            id="an-article-record-with-its-subtitle",
        ),
        pytest.param(
            "來(lái)源:中國(guó)贛州網(wǎng)\n發(fā)布時(shí)間:2013年11月21日\n活動(dòng)11月19日正式啟動(dòng)。\n",
            "2013-11-21",
            id="a-label-with-pinyin-after-its-characters",
        ),
        pytest.param(
            "标 题: | 关于印发冬捕活动实施方案的通知 | ||||\n"
            "发文字号: | 政办发〔2023〕2号 | 成文日期: | 2023-01-12 |\n"
            "发文机关: | 政府办 | 公开日期: | 2023-01-19 |\n"
            "冬捕活动于1月28日举行。\n",
            "2023-01-19",
            id="a-records-disclosure-date-between-pipes",
        ),
        pytest.param(
            "首 页\n新闻中心\n政府信息公开\n公共服务\n办事服务\n互动交流\n专题专栏\n走进天宁\n"
            "全文检索:\n"
            "您当前的位置:\n首页\n>>\n新闻中心\n>> 内容\n社区开展“开放日”活动\n"
            "发布日期:2012-10-26 来源:城管局 浏览次数:\n10月26日,社区开展开放日活动。\n"
            "居民参观了执法中队。\n大家表示很有收获。\n下一步社区还将开展更多活动。\n",
            "2012-10-26",
            id="a-publication-line-under-a-sites-menus",
        ),
        pytest.param(
            "县城过年期间能否允许燃放烟花?\n来信人: 王**\n来信时间: 2020/01/09 13:41\n"
            "来信内容: 恳请城区设立燃放点。\n回复部门: 县人民政府\n办理时间: 2020/01/13 15:35\n"
            "回复内容: 您好!按照规定,城区全年禁止燃放。\n",
            "2020-01-13",
            id="a-letters-page-is-published-with-its-reply",
        ),
        pytest.param(
            "关于印发献血方案的通知\n鹰府办字〔2025〕30号2025年04月10日各区人民政府:\n"
            "《献血方案》已经市政府同意,现印发给你们。\n",
            "2025-04-10",
            id="a-documents-number-then-its-date",
        ),
        pytest.param(
            "2021年某县国民经济和社会发展统计公报 某县统计局 (2022年4月28日) 2021年全县生产总值"
            "增长5%。\n",
            "2022-04-28",
            id="a-documents-issuer-then-its-date",
        ),
        pytest.param(
            "当前:一版(2016年12月27日) 上一版 下一版\n音乐季启幕\n本报讯 音乐季于12月25日开幕。\n",
            "2016-12-27",
            id="a-digital-papers-page-in-chinese-numerals",
        ),
        pytest.param(
            "第03版:本市\n3上一版  下一版4\n本市中秋国庆将推出近万场文化活动\n北京老字号集聚区\n"
            + "".join(f"本版第{n}条新闻的标题\n" for n in range(1, 11))
            + "版面导航\n3上一期  下一期4\n3上一篇  下一篇4 2023年9月27日 放大 缩小 默认\n"
            + "本市中秋国庆将推出近万场文化活动\n本报讯 中秋、国庆期间,本市将推出各类文化活动。\n",
            "2023-09-27",
            id="a-digital-papers-buttons-around-its-issues-date",
        ),
        pytest.param(
            "第002版:要闻\n上一版 下一版\n"
            + "".join(f"本版第{n}条新闻的标题\n" for n in range(1, 8))
            + "某某日报\n某某日报报业集团主办\n3上一篇  下一篇4\n"
            + "2024 年 04 月 04 日 星期 放大 缩小 默认\n缅怀 守护 传承\n"
            + "各界开展系列活动缅怀英烈\n\n"
            + "某某日报记者张莎 周松\n\n  4月3日,祭英烈活动在烈士陵园举行。\n",
            "2024-04-04",
            id="the-issues-date-its-weekday-cut-off-then-buttons",
        ),
        pytest.param(
            "A03版:城事\n3上一版  下一版4\nPDF 版PDF版\n"
            + "".join(f"本版第{n}条新闻的标题\n" for n in range(1, 8))
            + "| 某某日报 | 某某晚报 | 版面导航 | 标题导航 |\n3上一期  下一期4\n下一篇4\n"
            + "2014 年 1 月 11 日 星期    【打印】\n庙会热洛城\n    □记者 韩铁栓\n\n"
            + "    昨日,记者了解到,庙会时间为正月初一至正月十六。\n",
            "2014-01-11",
            id="the-issues-date-then-a-button-in-brackets",
        ),
        pytest.param(
            "某县系列文旅活动正式拉开序幕!\n时间: 2023年09月26日\n名称\n"
            "某县系列文旅活动正式拉开序幕!\n"
            "索引号\n/2023-22238042\n发布单位\n县文化和旅游局\n9月23日,系列文旅活动在金水湖畔开幕。\n",
            "2023-09-26",
            id="a-time-line-over-a-portals-record",
        ),
        pytest.param(
            "玉溪日报 玉溪网        玉溪+    \n版面大图 上一版    下一版\n"
            "  2023-08-09   A03版:三版 往期回顾 搜索 返回列表\n火把节系列活动8月10日举办\n"
            "作者:记者高乾恒 来源:玉溪日报 字数:274\n8月10日至13日,元江县将举办火把节系列活动。\n",
            "2023-08-09",
            id="the-issues-date-then-its-page-and-buttons",
        ),
        pytest.param(
            "第02:要闻·综合\n上一期3   4下一期  \n"
            + "".join(f"本版第{n}条新闻的标题~~~\n" for n in range(1, 8))
            + "返回某某日报\n2025年08月29日 星期五 出版\n3 上一篇   下一篇 4  \n放大 缩小 默认   \n"
            "多彩活动点亮七夕\n  □本报记者集体采写\n  七夕佳节来临之际,各区镇开展活动。\n",
            "2025-08-29",
            id="the-issues-date-published-then-buttons",
        ),
        pytest.param(
            ">\n\n您当前的位置:首页>政务公开>基层政务公开>公共文化服务\n\n"
            "    • [ 索引号 ]\n    • 11500112709470739D/2025-00004 \n    • [ 发文字号 ]\n    •  \n"
            "    • [ 主题分类 ]\n    • 文化、体育、广电、出版 \n    • [ 体裁分类 ]\n    • 其他 \n"
            "    • [ 发布机构 ]\n    • 渝北区龙兴镇 \n    • [ 生成日期 ]\n    • 2025-01-09 \n"
            "    • [ 发布日期 ]\n    • 2025-01-09 \n\n"
            "27项主题文旅活动齐聚\n文化和旅游部自17日至31日统筹开展春节主题活动。\n",
            "2025-01-09",
            id="a-bracketed-publication-label-over-its-date",
        ),
        pytest.param(
            "首页English\n"
            + "".join(f"  • 栏目{n}\n" for n in range(1, 21))
            + "  • 更多>>\n  • 报 纸\n    杂 志\n    光明日报 2017年02月12日 星期日\n\n"
            "    江西:龙灯舞狮展新风\n\n"
            "    作者:本报记者 胡晓军 《光明日报》( 2017年02月12日 04版)\n\n"
            "        【各地庆元宵】\n\n"
            "    本报南昌2月11日电(记者胡晓军)元宵节到来之际,江西各地开展多彩文化活动。\n\n"
            "    光明日报\n    文摘报\n    出版社\n\n"
            "    光明日报社概况 | 关于光明网 | 报网动态 | 联系我们 | 法律声明 | 网站地图\n\n"
            "    光明日报版权所有\n",
            "2017-02-12",
            id="a-papers-date-under-a-sites-long-menu",
        ),
        pytest.param(
            "电子报阅读机\n2026-01-29\n星期四\n当前报纸名称:某某晚报\n\n烟火纷纷闹新春\n\n"
            "日期:01-30\n字号:\n版面:第02版:时政·关注       上一篇    下一篇\n\n"
            "龙年春节系列活动将于2月10日—25日(正月初一至十六)举行;灯会将于2月24日(正月十五)举行。\n",
            "2024-01-30",
            id="a-readers-day-over-the-storys-settled-by-its-lunar-notes",
        ),
        pytest.param(
            "电子报阅读机\n2026-01-27\n星期二\n当前报纸名称:某某新报\n\n北辰西堤头 “开战”\n\n"
            "日期:09-12\n字号:\n版面:第08版:地铁圈       上一篇    下一篇\n\n"
            "  9月6日晚,2024年和美乡村篮球大赛总决赛正式拉开战幕。\n",
            "2024-09-12",
            id="a-readers-day-over-the-storys-in-the-year-named",
        ),
        pytest.param(
            "当前位置: 本市要闻\n\n2015苗族芦笙斗马节开幕\n\n风情秀美欢歌飞扬\n\n"
            "  • 2015-11-08   《柳州日报》   记者 练冰、邓华\n\n内容导航:\n"
            "  11月7日,芦笙斗马节在融水开幕。\n",
            "2015-11-08",
            id="a-bulleted-stamp-then-its-paper-in-title-marks",
        ),
        pytest.param(
            "2023年4月4日重庆手机报\n缅怀\n\n【导读】\n>清明假期攻略请你查收\n"
            "4月5日,市民前往烈士陵园祭扫。\n",
            "2023-04-04",
            id="a-day-then-the-papers-name",
        ),
        pytest.param(
            "A13:北京新闻·城事\n \n前一天  后一天\n\n"
            "数字版首页 > 第A13:北京新闻·城事\n上一篇  下一篇\n\n"
            "西瓜掐腰大赛争霸\n\n2014年05月16日 星期五 新京报\n分享:\n\n"
            "  昨日,一名瓜农在调节异形西瓜,参加本月28日开始的西瓜节比赛。\n\n"
            "  本届西瓜节首次推出网络下单方式,市民可在家下单购买西瓜。\n\n"
            "  西瓜节期间,大兴还将举办一系列主题活动。\n",
            "2014-05-16",
            id="a-day-its-weekday-then-the-papers-name-under-the-headline",
        ),
        pytest.param(
            "来信情况\n信件标题 城北大面积停水\n来信人 fu** 来信日期 2022-07-18\n"
            "信件内容\n自来水公司通知本月16日中午14:00-17日14:00停水。\n"
            "办理结果\n回复部门 共和县人民政府 回复日期 2022-07-27\n办理结果\n"
            "经调查,反映人所述问题属实。\n",
            "2022-07-27",
            id="a-letters-dates-without-colons",
        ),
        pytest.param(
            "登录/注册 搜索\n\n【全民艺术展演】区第五届群众文化艺术节开幕\n\n"
            "发布时间:Sep 9, 2023 | 作者:文旅裕华\n\n区于2023年9月至10月举办群众文化艺术节。\n",
            "2023-09-09",
            id="an-english-date-after-the-label",
        ),
        pytest.param(
            "当前位置: 首页 >> 国土绿化 >> 正文\n\n罗庄区开展“3.12”义务植树活动\n\n"
            "罗庄区林业发展中心    2021-03-12 \n\n3月12日上午,罗庄区开展全区义务植树活动。\n",
            "2021-03-12",
            id="the-issuing-offices-byline",
        ),
        pytest.param(
            "".join(f"菜单{n}\n" for n in range(1, 16))
            + "500年历史庙会十多万人来赶\n2017年05月06日 来源:\n齐鲁晚报\n"
            + "5月5日,记者亲身体会了这一超大盛会。\n",
            "2017-05-06",
            id="a-stamp-then-its-source-under-long-menus",
        ),
        pytest.param(
            "您当前的位置 : 某某网 >> 新闻 >> 市州播报\n\n温馨提示:部分路段实施交通管制\n\n"
            "23-06-08 08:34 来源:某某网-某某日报 编辑:张三\n\n马拉松将于6月11日举行。\n",
            "2023-06-08",
            id="a-stamp-with-a-two-digit-year-then-its-source",
        ),
        pytest.param(
            "設為主頁收藏本頁\n當前報章2020年10月05日\n今日導讀\n政府總部下周六日對外開放\n"
            "【特訊】政府總部將於本月十七日向公眾開放。\n",
            "2020-10-05",
            id="a-digital-papers-current-issue",
        ),
        pytest.param(
            "跳到主要內容區塊\n馬拉松明後天開跑 路跑路線將實施交管\n\n更新:2019-02-15\n\n4583\n\n"
            "馬拉松賽活動將分別於明(16)日上午7時至10時舉行。\n",
            "2019-02-15",
            id="an-updated-label",
        ),
        pytest.param(
            "01版:要闻\n\n02版:要闻\n\n前一版 2024年07月26日\n\n老干部情况通报会召开\n"
            "  本报7月25日讯 今天上午,老干部情况通报会召开。\n",
            "2024-07-26",
            id="a-digital-papers-previous-page-button-and-its-date",
        ),
        pytest.param(
            "第A0006版:每日新闻\n· 条例十一开始实施\n返回主页 | 版面导航 | 标题导航\n"
            "上一期  下一期\n3上一篇  下一篇4\n"
            "2006年10月1日     收藏 打印 推荐 朗读 评论 更多功能\n"
            "条例十一开始实施\n本报讯 条例今天起开始实施。\n",
            "2006-10-01",
            id="a-digital-papers-share-buttons-after-its-date",
        ),
        pytest.param(
            "第A04版:今日看点 上一版3  4下一版\n某某丰收节开幕\n"
            + "".join(f"本版第{n}条新闻的标题\n" for n in range(1, 6))
            + "本报讯 昨日,某某丰收节开幕。活动时间为9月22日至10月7日。\n3上一篇  下一篇4\n"
            "版权声明 @ 某某网 网站版权所有\n"
            "1461876 2024-09-23 00:00:00 一 某某2024年丰收节开幕KeywordPh为期半个月,7个系列活动\n",
            "2024-09-23",
            id="a-digital-papers-article-record-by-number",
        ),
        pytest.param(
            "06版:志愿我先行 上一版3  4下一版\n标题导航\n"
            + "".join(f"本版第{n}条新闻的标题\n" for n in range(1, 16))
            + "返回新数字报\n2016年3月6日 星期\n"
            "3 上一篇  下一篇 4 放大 缩小 默认\n举手之劳皆“雷锋”\n3月5日,志愿者走上街头。\n",
            "2016-03-06",
            id="a-digital-papers-date-and-weekday-over-its-buttons",
        ),
        pytest.param(
            "国内统一刊号:CN43-0003 某某报社出版广告热线:8518919订阅热线:8518693\n\n\n"
            "2017年12月13日\n\n我州超额提前完成 2017年度献血任务\n\n本报讯(记者 李明)12月11日,"
            "记者从州卫计委获悉,截至11月底,全州15995人次参加无偿献血,超额完成了2017年度献血任务。\n",
            "2017-12-13",
            id="a-date-under-a-papers-serial-number",
        ),
        pytest.param(
            "首页 | 中山新闻 | 新闻 | 服务\n  昨天 明天 上版 下版   版面概览\n A02版:新闻\n"
            + "".join(f"本版第{n}条新闻的标题\n" for n in range(1, 12))
            + "  A02版 2025年02月02日 新闻 扩展 收缩 默认\n春节长假期间,市民纷纷献血。\n",
            "2025-02-02",
            id="a-digital-papers-page-and-section-before-its-buttons",
        ),
        pytest.param(
            "您当前的位置 : 某某网>原创>\n\n灯会注意安全 某区发布提示\n\n"
            "某某网 http://www.example.com 时间:2016-02-19 14:34\n\n"
            "  某某网2月19日消息(记者王五)2月22日是农历正月十五,灯会将举行。\n",
            "2016-02-19",
            id="a-time-label-after-the-sites-name-and-address",
        ),
        pytest.param(
            "日期查询:2026年03月03日\n\n我省开展春风行动\n\n本报记者 王五\n\n"
            "  2月28日,某市示范招聘活动成功举行。\n",
            "2026-03-03",
            id="a-digital-papers-date-query",
        ),
        pytest.param(
            "跳到主要內容區塊\n\n公開展覽本縣某計畫案\n\n  • 分類:城鄉發展類\n"
            "  • 發布日期:114-04-17\n\n"
            "一、公開展覽期間:自民國114年4月17日起至民國114年5月19日止共33天。\n",
            "2025-04-17",
            id="a-taiwan-pages-year-of-the-republic",
        ),
        pytest.param(
            "區議會選舉再接獲34份提名表格\n提名期於十月四日開始,至十月十七日結束。\n完\n"
            "2019年10月10日(星期四)\n香港時間20時45分\n",
            "2019-10-10",
            id="a-press-releases-date-and-weekday-over-its-clock",
        ),
        pytest.param(
            "2024年07月23日 星期二\n某某馆9月底开放 某区推进建设\n第5版:上海新闻 2020-09-15\n\n"
            "某某馆9月底开放\n\n本报讯(记者 王五)某某馆将于今年9月底开放。\n",
            "2020-09-15",
            id="a-page-line-wins-over-the-readers-day",
        ),
        pytest.param(
            "某某快报+ZAKER南京 2020-04-30\n某市:“五一”假期怎么玩?\n\n"
            "某某快报讯(记者 王五)4月30日,记者从市文旅局获悉,“五一”期间景区准备了活动。\n",
            "2020-04-30",
            id="a-paper-and-its-partner-then-the-date",
        ),
        pytest.param(
            "您当前的位置:首页 -> 专题 -> 正文\n某市:旱地龙舟赛 趣味迎端午\n"
            "某某云—某某日报  2023-06-19\n\n  6月17日,某社区举行了迎端午活动。\n",
            "2023-06-19",
            id="a-platform-and-its-paper-then-the-date",
        ),
        pytest.param(
            "第11版:地方新闻\n\n某某文化节开幕\n\n本报讯(记者 王五)近日,某某文化节开幕。\n\n"
            "2018-10-10 1 1 某某日报 c100483.html 1 某某文化节开幕 /enpproperty-->\n",
            "2018-10-10",
            id="a-digital-papers-article-record-with-a-short-file-name",
        ),
        pytest.param(
            "第05版:文化\n\n清明会上真热闹\n\n买农具\n\n扯花布\n\n本报讯 近日,清明会开幕。\n\n"
            "2019-04-09 1 1 某某日报 c_21833.html 1 清明会上真热闹 /enpproperty-->\n",
            "2019-04-09",
            id="a-digital-papers-article-record-with-an-underscored-file-name",
        ),
        pytest.param(
            "2024年05月10日 星期五\n\n\n某某节今日开幕\n\n"
            "2016-07-21 09:30:12   来源:某某新闻网   \n\n  某某节于7月21日至25日举办。\n",
            "2016-07-21",
            id="the-articles-own-stamp-under-the-sites-day",
        ),
        pytest.param(
            "某某展示馆8月9日起向公众开放!\n\n2022-08-08 市规划资源局 \n\n图片1.png\n\n"
            "展示馆新一轮展陈以“卓越城市”为主题。\n",
            "2022-08-08",
            id="a-numeric-date-then-the-issuing-office",
        ),
        pytest.param(
            " date 2025-09-19下個月某縣將辦設計展\n\n某縣今天宣布,設計展10月10日至26日登場。\n",
            "2025-09-19",
            id="the-english-word-date-opening-the-page",
        ),
        pytest.param(
            "1月11日微语报\n星期日,农历冬月廿三\n一周微语报,速览某区事!\n"
            "1.1月9日,某区总商会年会举行。\n",
            "2026-01-11",
            id="a-digests-yearless-masthead-dated-by-its-weekday-and-lunar-day",
        ),
        pytest.param(
            "某馆元旦假期延时开放\n时间:2025-12-31发布者: 某某美术馆\n\n"
            "2026年1月1日至1月3日开放。\n",
            "2025-12-31",
            id="a-time-label-then-the-publisher",
        ),
        pytest.param(
            "某市:首个“某某日” 三万余人同步展演 来源:某时 时间:2025-03-23 3月21日是首个“某某日”,"
            "作为太极拳之乡,某市在古城、遗址公园、园博园等地同步开展展演活动,参与人数达3万余人。"
            "近年来,某市持续加大推广力度,打造全国知名文化旅游城市。",
            "2025-03-23",
            id="the-source-then-the-stamp-in-a-page-without-line-breaks",
        ),
        pytest.param(
            "主办:某市直属机关工作委员会\n第735期:2021年2月5日某市文化局作客民生热线\n\n"
            "QQ图片20210205170333.jpg\n\n  直播时间:2021年2月05日11:00-12:00\n",
            "2021-02-05",
            id="a-programmes-numbered-episode-and-its-day",
        ),
        pytest.param(
            "2023年03月29日 星期三\n\n某州代表团来济对接协作工作\n\n发布日期:2018-06-29\n\n"
            "信息来源:某某日报\n\n  在21日代表团赴某州一周后,6月28日,某州代表团来济。\n",
            "2018-06-29",
            id="the-articles-publication-line-under-the-sites-day",
        ),
        pytest.param(
            "【某县】2019年正月十五花会调演\n发布时间:Tue Dec 03 08:54:40 GMT+08:00 2019来源:"
            "某县文旅局编辑:\n正月十五闹元宵,今年某县的元宵节虽然细雪纷飞。\n",
            "2019-12-03",
            id="a-date-as-java-prints-it",
        ),
        pytest.param(
            "您当前的位置:首页 -> 策划专区 -> 正文\n某区多个社区开展庆中秋活动\n"
            "某国早报-某某云客户端  2023-09-26\n\n  9月24日上午,某社区广场上热闹非凡。\n",
            "2023-09-26",
            id="a-paper-and-its-app-then-the-date",
        ),
        pytest.param(
            "新浪首页|新浪湖南|新闻|城市\n\n某市街头现献血车(图)\n\n"
            "A-A+2013年9月18日08:09某某在线-某某都市报评论\n\n  9月17日下午,某市街头附近。\n",
            "2013-09-18",
            id="font-size-buttons-before-the-stamp",
        ),
        pytest.param(
            "查看原文\n其他\n\n某市马拉松赛期间交通限制通告\n\n新闻某市 2023-10-15\n10月7日\n\n"
            "某市公安局交通警察支队发布\n\n马拉松赛将于2023年10月15日7:30至13:30在我市举行。\n",
            "2023-10-15",
            id="an-accounts-name-then-the-date",
        ),
        pytest.param(
            "「某馬」倒計時,賽前必看!!!\n\n2019-07-27     某某市交警支隊\n\n"
            "7月28日本周日上午8時\n\n"
            "2019某某國際馬拉松賽將在人民廣場準時開賽\n",
            "2019-07-27",
            id="the-date-then-the-traffic-police-detachment",
        ),
        pytest.param(
            "走起!大年初一去某市体育中心看舞龙舞狮\n2018-02-12 粤港澳大湾区城市群网YGA.CN\n"
            "大年初一(2月16日)上午9:00-11:00,市体育总会将在体育中心东门广场进行舞龙舞狮表演。\n",
            "2018-02-12",
            id="the-date-then-the-site-and-its-domain",
        ),
        pytest.param(
            "某某热线\n"
            + "".join(
                w + "\n"
                for w in "新闻 专题 资讯 要闻 房产 二手 楼盘 装修 旅游 线路 景区 游记".split()
            )
            + "   新闻首页  |  今日要闻  |  焦点资讯\n\n第32届元旦长跑准备就绪\n\n"
            "来源:[ 某某网—某某日报 ]   2015-12-29 09:38:18 作者:   选择字号:大\n\n"
            "  本网讯 长跑将于12月31日9:30在峡州大道鸣枪起跑。\n",
            "2015-12-29",
            id="the-source-then-the-stamp-under-long-menus",
        ),
        pytest.param(
            "    • 发布机构:某县人民政府防汛抗旱指挥部\n    • 公文生成日期:2023-07-27\n"
            "    某县防汛抗旱指挥部关于印发动员令的紧急通知\n    时间:2023-07-28 09:22\n\n"
            "    各乡镇人民政府: 今天上午8时,县防指启动防台风Ⅰ级应急响应。\n",
            "2023-07-28",
            id="not-the-day-the-document-was-drawn-up",
        ),
        pytest.param(
            "分享\n\n微博\n\n“港澳青年看江门”活动启动\n\n某门台 2024年07月04日\n\n"
            "昨天下午,由市委统战部主办的“港澳青年看江门”活动正式启动。\n",
            "2024-07-04",
            id="a-broadcasters-name-then-the-date",
        ),
        pytest.param(
            "某某晚报丨ZAKER某某 2021-03-29\n首届开茶节盛大开幕\n\n3 月 28 日上午,开茶节开幕。\n",
            "2021-03-29",
            id="a-papers-name-and-its-partner-app-then-the-date",
        ),
        pytest.param(
            "关于临时闭馆的公告 2021-04-11 因展厅设备检查需要,"
            "我馆将于2021年4月13日临时闭馆一天。\n",
            "2021-04-11",
            id="a-notices-title-then-its-date-then-its-text",
        ),
        pytest.param(
            "来源:某区创城办\n时间:2018-12-2912月28日上午,某社区开展了冬奥大讲堂活动。\n",
            "2018-12-29",
            id="a-stamp-run-into-the-texts-first-date",
        ),
        pytest.param(
            "2021年08月18日 星期三\n\n新闻热线:12345678\n\n某某马拉松28日举行\n\n"
            "来源: 某某新闻网 2017-10-23\n\n  某某马拉松比赛定于10月28日8:00举行。\n",
            "2017-10-23",
            id="the-source-line-with-its-date-under-the-sites-day",
        ),
        pytest.param(
            "大众网\n\n首页>新闻\n\n每天9时至21时开园\n\n2\n\n2020\n\n/ 01/01\n\n来源:\n\n"
            "  2020年1月1日,冰灯游园会盛装启幕。\n",
            "2020-01-01",
            id="a-year-then-its-slashed-month-and-day",
        ),
        pytest.param(
            "某某快报+ 2023-04-23\n某馆读者节开幕\n\n"
            "某某快报讯(记者 某某)4 月 23 日上午,读者节开幕。\n",
            "2023-04-23",
            id="a-papers-name-and-its-plus-then-the-date",
        ),
        pytest.param(
            "某省防台风应急响应提升至Ⅰ级!\n\n2019-08-09     某某公安\n\n"
            "超强台风将于10日凌晨登陆。\n",
            "2019-08-09",
            id="a-date-then-the-accounts-name",
        ),
        pytest.param(
            "查看原文\n\n今天某某茶镇正式开镇!\n\n2017-03-31 美丽某某 美丽某某\n\n"
            "今天下午,开茶节举行。\n",
            "2017-03-31",
            id="a-date-then-the-accounts-name-twice",
        ),
        pytest.param(
            "某市节日文化活动精彩纷呈\n2018年02月15日丨3412MM丨分类: 文化丨标签: 文化"
            "记者从某市获悉:今年春节期间,某市举办400余场文化活动。\n2月17日至21日,某剧团将演出秦剧。\n",
            "2018-02-15",
            id="a-blogs-stamp-before-its-site-and-category",
        ),
        pytest.param(
            "当前位置: 某网首页 地区新闻 正文\n\n某市今年继续提前供暖!\n\n"
            "时间:2019-10-25 18:59某网(www.he-bei.cn)\n\n"
            "某市城市管理委员会关于提前启动供热的通知\n",
            "2019-10-25",
            id="a-time-stamp-then-the-sites-name-and-address",
        ),
        pytest.param(
            "某图书馆新馆部分试运行时间及预约方式\n时间:2023-01-31番禺168网\n"
            "尊敬的各位读者: 新馆将部分试运行。\n",
            "2023-01-31",
            id="a-time-stamp-then-the-sites-name-with-digits",
        ),
        pytest.param(
            "五一香港出行交通参考\n参考:香港政府一站通 时间:2018-05-01\n"
            "為配合公眾遊行活動,當局將於5月1日上午10時30分起實施特別交通安排。\n",
            "2018-05-01",
            id="a-time-stamp-after-the-page-it-was-taken-from",
        ),
        pytest.param(
            "元朗天后宝诞\n\n每年的农历三月廿三日是天后宝诞,各区都有巡游活动。\n\n"
            "written by 2mi2mi on 2012-04-27 in #places #festival\n",
            "2012-04-27",
            id="a-blogs-closing-byline",
        ),
        pytest.param(
            "第05版:区域沧州\n\n某市引导市民争做文明市民\n\n"
            "本报讯 为深入推进文明创建活动,某市开展宣传。\n\n"
            "2023-06-08 2 2 某某经济日报 con128963.html 1 某市引导市民争做文明市民\n",
            "2023-06-08",
            id="a-digital-papers-closing-record",
        ),
        pytest.param(
            "公費流感疫苗開打 新北推動態查詢系統 2016-09-30 【外勞社記者楊某九月三十日臺北報導】"
            "新北市政府衛生局表示,今年公費流感疫苗10月1日開打。\n",
            "2016-09-30",
            id="a-one-line-pages-headline-day-and-bracketed-dateline",
        ),
        pytest.param(
            "来源:某区文明办\n时间:2020-01-082019年,某区共开展公益演出1188场次。\n",
            "2020-01-08",
            id="a-stamp-run-into-a-year",
        ),
        pytest.param(
            "某网总站\n \n|\n|\n|\n|\n|\n|\n|\n|\n|\n|\n|\n|\n \n首页>>文明动态\n文明动态\n"
            "某市平安祥和过大年\n时间: 2022-02-08 08:56:00   文章来源 某市文明网\n\n"
            "  春节期间,某市游客众多。\n",
            "2022-02-08",
            id="a-stamp-under-a-column-of-separators",
        ),
        pytest.param(
            "某区元宵主题文明实践活动欢乐开启 2025年02月13日\n\n来源: 某某普陀\n\n"
            "  2月11日,元宵主题文明实践活动在某公园开启。\n",
            "2025-02-13",
            id="a-headline-ending-with-its-day-over-its-source",
        ),
        pytest.param(
            "2023年10月11日\n本报讯(记者 某某)国庆假期过后,各供热公司相继启动注水试压工作。\n",
            "2023-10-11",
            id="a-day-alone-over-the-dateline",
        ),
        pytest.param(
            "新闻详情页\n某党中央网站>>稿件上传>>某省\n"
            "某地两岸年货市集开集         2026年01月22日15:31\n\n"
            "1月16日至20日,某地两岸年货市集在湖滨步行街盛大开市。\n",
            "2026-01-22",
            id="a-headline-a-wide-gap-and-its-stamp",
        ),
        pytest.param(
            "某市2019年第一声龙舟赛锣鼓即将敲响\n\n"
            "某市 赛龙舟 交通 嘉年华 文化 某市阳光网 2019-06-03\n"
            "某市阳光网讯 六月份的第一个工作日,将迎来龙舟锦标赛。\n",
            "2019-06-03",
            id="a-pages-tags-its-site-and-its-date",
        ),
        pytest.param(
            "首页 >往期稿件 > 内容\n\n某地文化旅游节明日开幕\n\n每日某省    时间:2017-04-07\n"
            "  某地文化旅游节将于4月8日开幕。\n",
            "2017-04-07",
            id="an-apps-name-set-apart-then-its-stamp",
        ),
        pytest.param(
            "某市发布 26-02-20 10:16\n微博认证:某市委宣传部官方微博\n\n"
            "正月初八至十四,某地妈祖巡安布福闹元宵。\n",
            "2026-02-20",
            id="an-accounts-name-then-a-two-digit-year",
        ),
        pytest.param(
            "第004版:某市·社会\n  \n本版新闻列表\n\n \n数字报刊平台\n"
            "  某某网首页 | 某某日报 | 某某晚报 | 某某商报\n  \n2017年2月9日 星期\n\n"
            "猜灯谜 闹元宵 这份指南不能少\n\n\n元宵佳节将至,我市有哪些地方可猜灯谜、闹元宵?"
            "文化场馆将举办哪些丰富多彩的群众文艺活动?\n\n●图书馆\n",
            "2017-02-09",
            id="a-digital-papers-date-line-its-weekday-cut-off",
        ),
        pytest.param(
            "2024-04-22 字体 [ ]\n\n4月19日,某省世界读书日系列活动启动仪式在某市举行。\n",
            "2024-04-22",
            id="a-stamp-then-the-font-buttons",
        ),
        pytest.param(
            "某某网首页 新闻 县区\n元宵节期间某县举办灯会\n"
            "您当前位置: 某某网 >> 县区频道 >> 某县 正文   通讯员:  2020年01月09日 10:08\n"
            "  1月17日至2月9日,某县将组织开展新春灯会等活动。\n",
            "2020-01-09",
            id="a-breadcrumb-then-an-empty-byline-field-and-the-stamp",
        ),
        pytest.param(
            "某某社区\n 找回密码\n 注册\n查看: 1652|回复: 4\n某城区元宵节活动丰富多彩\n"
            + "".join(f"栏目{n}\n" for n in range(1, 15))
            + "积分\n28069\nIP属地:某省某市\n"
            "发表于 某省某市 2013-2-20 14:07:19 | 显示全部楼层 |阅读模式\n"
            "  元宵佳节将至,灯谜竞猜将在街心公园举办。\n",
            "2013-02-20",
            id="a-forum-posts-stamp-after-the-posters-place",
        ),
        pytest.param(
            "旅游业\n总类\n旅游区建设\n旅游市场开发\n旅游行业管理\n内容阅读\n当前位置:\n首页\n>\n"
            "史志书廊\n>\n某市年鉴\n>\n2003卷\n>\n旅游业\n> 正文\n某某迎春灯会成功举办\n"
            "来源:未知来源\n日期:\n"
            "2015-03-26 12:00\n灯会于2002年12月24日在某乐园举行亮灯仪式。\n",
            "2015-03-26",
            id="a-bare-date-label-over-a-stamp-with-its-clock",
        ),
        pytest.param(
            "提要 Overview\n\n3月10日晚,某省交响音乐季开幕。\n\n"
            "时间:2018-03-11 23:37 某某日报 王小明\n\n"
            "本报讯(记者 王小明)3月10日晚,某省交响音乐季在某演艺中心开幕。\n",
            "2018-03-11",
            id="a-time-label-its-stamp-then-the-paper-and-reporter",
        ),
        pytest.param(
            "注册\n某某网 > 某市 > 某市新闻 > 正文\n\n某市元宵灯会人流如织 注意合理出行\n\n"
            "来源:某某晚报、某某早报 2016-02-22 09:03 http://www.example.cn/ 某某报电子版\n\n"
            "昨晚新门街周边车流聚集。今晚7点,交警将对新门街进行交通管制。\n",
            "2016-02-22",
            id="a-source-line-listing-two-papers-then-the-stamp",
        ),
        pytest.param(
            "某某报 数字报\n"
            + "".join(f"第{n}版 栏目{n}\n" for n in range(1, 14))
            + "来源:某城晚报     2022年04月27日        版次:A01    栏目:“五一”假期出行    "
            "作者:王明、李亮、张强、赵刚、钱伟\n\n4月26日,交通部门发布消息称,假期地铁延长运营。\n",
            "2022-04-27",
            id="a-digital-papers-record-its-source-issue-and-page",
        ),
        pytest.param(
            "首页 > 省教育厅 > 省教育考试院 > 市州快讯\n\n新高考首日:某县组考工作严密有序\n\n"
            "新高考首日:某县组考工作严密有序\n\n某省教育厅  时间:2021-06-08\n\n"
            "6月7日是全国普通高校招生统一考试开考首日,某县6535名考生走进考场。\n",
            "2021-06-08",
            id="the-posting-office-then-a-bare-time-label",
        ),
        pytest.param(
            "您当前的位置:首页 >>学科教研>>通知公告>>文章内容\n关于举办某市小学生作文比赛的通知\n"
            "信息时间:2025-11-05     阅读次数:\n各辖市(区)请于11月10日前提交报名表。\n",
            "2025-11-05",
            id="an-information-time-label",
        ),
        pytest.param(
            "ZAKER某市 2018-03-19\n万亩李花开 乡村迎客来\n某县第九届李花节隆重开幕\n\n"
            "3月18日,某县第九届李花节在某镇拉开大幕。\n",
            "2018-03-19",
            id="an-apps-local-channel-then-the-stamp",
        ),
        pytest.param(
            "新浪首页|新浪湖南|新闻|法制|图片|城市|健康|视频|旅游|社会|教育\n某市\n\n"
            "新浪湖南>某市>资讯>正文\n\n2019年某镇火灯文化节公告\n\n"
            "2019年03月11日 11:35 某县公安 \n\n"
            "  为弘扬民俗文化,现将节会活动安排公告如下:火灯灯会,时间:3月13日晚上7:00至11:00。\n",
            "2019-03-11",
            id="a-padded-stamp-its-clock-then-the-posting-account",
        ),
        pytest.param(
            "主办:某某通讯社\n首页|头条|焦点|大陆|台湾|港澳|国际\n人物|文萃|图片|文化|娱乐|评论\n"
            "专题|专访|专页|周边|诗词|出版|编译\n   2025年1月23日 星期四\n设为首页】【加入收藏】\n"
            "您的位置:首页 ->> 即时新闻 】 【打 印】\n今年端午节某省多地禁止划龙舟\n"
            "http://www.example.com   2021-05-25 14:52:13\n\n某社北京5月25日电 端午节即将来临。\n",
            "2021-05-25",
            id="the-sites-day-in-its-menus-over-the-articles-stamp-to-the-second",
        ),
        pytest.param(
            "基层政务公开\n某区教育局 县级\n2020-08-06 2020-08-06\n小学招生计划\n\n"
            "  2020年,某区小学计划招收233个班级。\n",
            "2020-08-06",
            id="a-portals-record-with-its-two-numeric-dates",
        ),
        pytest.param(
            "logo\n\n关于停车场临时关闭的公告\n\n时间 :2023年05月25日\n\n"
            "关于停车场临时关闭的公告\n\n尊敬的市民朋友:\n\n停车场将于6月1日起临时关闭。\n",
            "2023-05-25",
            id="a-bare-time-label-over-a-zero-padded-date-under-the-title",
        ),
        pytest.param(
            "某某隧道1月20日凌晨临时封闭交通2026-01-16\n"
            "配合隧道清洗工作,某某隧道将于1月20日凌晨实施封闭交通。\n",
            "2026-01-16",
            id="a-headline-with-its-machines-stamp-glued-on",
        ),
        pytest.param(
            "某地:赶大集 逛庙会-某某网\n某某网 > 时政 > 正文\n2024 03/13 18:46:07\n来源:某某网\n\n"
            "  3月13日,游客在庙会游览。\n",
            "2024-03-13",
            id="a-stamp-whose-year-a-space-parts",
        ),
        pytest.param(
            "某县举办赏花节-某某网\n某某网 > 陕西 > 正文\n2023 04/ 24 12:08:32\n来源:某某日报\n\n"
            "  4月14日,某县第四届赏花节正式启动。\n",
            "2023-04-24",
            id="a-stamp-whose-day-a-space-parts-too",
        ),
        pytest.param(
            "排水管网修建工期过长。\n\n某某通2025-04-13  83\n\n"
            "某某留言板:下水管网改造四年未完工。\n",
            "2025-04-13",
            id="a-sources-stamp-and-its-view-count",
        ),
        pytest.param(
            "2021年10月1日\n星期五\n今天\n头 条\n9月30日晚,某某主题活动举行。\n",
            "2021-10-01",
            id="a-digests-date-over-its-weekday",
        ),
    ],
)
def test_more_page_dates(text: str, published: str) -> None:
    layout = read_layout(text)
    assert layout.published == dt.date.fromisoformat(published)


def test_html_markup_left_in_a_text_is_blanked() -> None:
    text = (
        '关于开闸泄水的通知\n<p style="line-height: 1.75em;"><span>广大居民:</span></p>'
        "<p><span>定于12月30日开闸泄水,请居民注意安全。</span></p>"
        '<p style="text-align: right;"><span>洋湖镇人民政府</span></p>'
        "<p><span>2025年12月29日</span></p><p><br/></p>\n"
    )
    page = extract_page(text, None)
    assert page.published == dt.date(2025, 12, 29)
    assert [(moment_iso(e.start), e.evidence) for e in page.events] == [
        ("2025-12-30", "定于12月30日开闸泄水")
    ]
    assert len(page.text) == len(text)


def test_an_article_record_is_no_event() -> None:
    text = (
        "2023年04月27日\n今日这里将进行防汛演练\n4月27日上午,演练在河堤举行。\n"
        "2023-04-27 2 2 周口晚报 content_200186.html 1 今日这里将进行防汛演练 /enpproperty-->\n"
    )
    page = extract_page(text, None)
    assert len(page.events) == 1 and "content_" not in page.events[0].evidence


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "滑雪节启幕\n发布时间:2022-01-05 11:54\n信息来源:中国旅游报 2022-01-05\n"
            "1月4日,滑雪节启幕。\n",
            None,
            [("2022-01-04", "2022-01-04")],
            id="a-source-line-with-its-date",
        ),
        pytest.param(
            "请输入检索的条件!\n政务服务联系方式:\n电话1:咨询电话:028-86743887\n"
            "地址1:四川省-成都市-青羊区-草市街街道-2号,详细地址:政务服务中心6楼综合窗口\n\n"
            "今天是:2025年05月06日  星期二\n\n全民健身日活动启动\n"
            "发布时间:2019-08-06 来源:体育局\n\n8月8日是全民健身日,全省将开展健身活动。\n",
            "2019-08-06",
            [("2019-08-08", "2019-08-08")],
            id="a-sites-clock-line",
        ),
        pytest.param(
            "庙会开幕\n2月10日至16日,庙会每天两场表演。\n关键词:春节庙会\n",
            "2024-02-11",
            [("2024-02-10", "2024-02-16")],
            id="a-keywords-line",
        ),
        pytest.param(
            "抢修供水管道的通告\n9月26日起封闭道路施工。\n"
            "上一篇:9月22日至24日全省有降水天气… [2023-09-22]\n"
            "下一篇:马拉松赛期间部分道路交通管制… [2023-09-25]\n"
            "下一条:一周要闻回顾(2023.9.18-2023.9.24)\n",
            "2023-09-25",
            [("2023-09-26", "2023-09-26")],
            id="links-to-the-next-and-previous-articles",
        ),
        pytest.param(
            "初审编辑:张艳\n责任编辑:王某\n\n日前,记者获悉,一年一度的千佛山“三月三”民俗文化庙会目前准备"
            "就绪,将于本周六拉开帷幕。据介绍,今年千佛山“三月三”庙会的举办时间为3月25日至4月4日。"
            "“三月三”庙会曾有中断。\n",
            "2017-03-24",
            [("2017-03-25", "2017-04-04")],
            id="an-editors-credit-and-a-festival-naming-the-fair-it-dates",
        ),
        pytest.param(
            "电子报阅读机\n2025-10-13\n星期一\n当前报纸名称:某某日报\n\n游园闹元宵\n\n日期:02-13\n"
            "字号:\n版面:第A03版:综合       上一篇    下一篇\n\n"
            "2月12日晚,2025年第四届元宵游园会举行。\n",
            None,
            [("2025-02-12", "2025-02-12")],
            id="a-paper-readers-own-day",
        ),
        pytest.param(
            "2023某市积分入学什么时候开始申请\n2023-01-31\n更新时间:2022-06-06 19:45:56作者:未知\n"
            "关于做好高考期间生活噪音治理工作的通知\n广大市民:\n"
            "2022年全国普通高考将于6月7日-9日举行,为给广大考生创造一个安静的考试环境。\n",
            None,
            [("2022-06-07", "2022-06-09")],
            id="a-mirrors-numeric-stamp-alone-under-its-headline",
        ),
        pytest.param(
            "2024年11月24日 星期日\n第1版:一版要闻 2023-10-02\n\n牡丹盛开艺术宫\n\n"
            "10月5日,艺术宫南广场举办牡丹展。\n",
            None,
            [("2023-10-05", "2023-10-05")],
            id="a-readers-day-with-its-weekday-over-the-page-line",
        ),
        pytest.param(
            "2021年12月某市大事记\n时间:2022年01月20日来源:市委党史研究室(市地方志办公室)\n"
            "[字体: ] 打印\n市委党史研究室(市地方志办公室) 2022年01月20日\n\n"
            "12月1日 市政府召开常务会议。\n",
            None,
            [("2021-12-01", "2021-12-01")],
            id="the-source-and-its-day-again-under-the-record",
        ),
    ],
)
def test_a_pages_metadata_lines_are_no_events(
    text: str, published: str | None, expected: list[tuple[str, str]]
) -> None:
    day = dt.date.fromisoformat(published) if published else None
    page = extract_page(text, day)
    assert [(moment_iso(e.start), moment_iso(e.end)) for e in page.events] == expected


def test_a_government_notices_record_is_no_text() -> None:
    text = (
        "县政府工作规则\n  • 索引号: 20230618-211547-864\n  • 发布日期:\n    2024年04月06日 16:34\n"
        "废止时间: 2026-01-23 名称: 关于印发工作规则的通知\n  • 实施日期:2024.05.01\n第一章 总则\n"
    )
    page = extract_page(text, None)
    assert page.published == dt.date(2024, 4, 6) and not page.events


def test_rows_of_a_dated_list_opening_with_month_parts_stay_apart() -> None:
    text = (
        "春节期间群众文化活动安排\n"
        "  2月上旬 义写春联 乌石山南门广场活动现场\n\n"
        "  1月~2月 迎春书画展览活动 区文化馆一楼展厅内\n\n"
        "  2014年12月30日 迎新春联欢会 北江滨激情广场\n"
    )
    story = read_layout(text).stories[0]
    assert story.text.count("\n") >= 2 and "展厅内\n2014年12月30日" in story.text


def test_a_one_character_sites_dateline() -> None:
    text = "听证会将举行\n红网长沙12月13日讯(记者 赵晶)听证会将于12月19日举行。\n"
    assert read_layout(text).stories[0].dateline == "12月13日"


def test_a_papers_dateline_with_its_site_after_a_slash() -> None:
    text = "开学在即\n  星沙时报/星沙新闻网8月25日讯(记者 郭恬)本周六、日,中小学生返校。\n"
    assert read_layout(text).stories[0].dateline == "8月25日"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "浙江在线-某某新闻网1月20日讯(浙江在线记者任刚)从1月18日开始,公交班车正式运行。",
            id="a-site-and-its-local-site",
        ),
        pytest.param(
            "某某网-新某某客户端1月20日6时30分讯(特约通讯员邓小强)今年春节不允许放鞭炮了。",
            id="a-site-and-its-app-with-the-hour-filed",
        ),
        pytest.param(
            "成都全搜索新闻网(记者 宋雅婷)1月20日报道 2019某某马拉松将于2019年10月27日举行。",
            id="the-site-its-reporter-then-the-day",
        ),
        pytest.param(
            "某某传媒·某某晚报1月20日讯(记者 王明 通讯员李亮)2月1日,某某灯会在公园开幕。",
            id="a-groups-name-before-its-papers",
        ),
    ],
)
def test_a_dateline_of_a_site_and_its_local_site_or_app(line: str) -> None:
    text = "某某班车开通\n" + line + "\n"
    assert read_layout(text).stories[0].dateline == "1月20日"
    page = extract_page(text, dt.date(2021, 1, 21))
    assert dt.date(2021, 1, 20) not in [e.start for e in page.events]


def test_a_month_broken_off_its_unit_is_joined_again() -> None:
    text = "开放日\n发布日期:2012-10-26\n字号:〖\n大\n中\n小\n〗\n10\n月26日是首个“城管开放日”。\n"
    assert "10月26日是" in read_layout(text).stories[0].text


def test_a_table_rows_number_alone_on_its_line_is_no_part_of_a_date() -> None:
    text = "停水安排\n停水日期\n停水区域\n1\n3月1日、3月5日\n塔岭村\n2\n3月2日、3月6日\n洋北村\n"
    layout = read_layout(text)
    assert "13月" not in layout.stories[0].text and "\n3月1日、3月5日" in layout.stories[0].text


@pytest.mark.parametrize(
    ("text", "fallback", "published"),
    [
        pytest.param(
            "本报1月29日讯 龙华区举办2019年春节文化活动,2019年灯展2月2日开幕。",
            "2026-11-26",
            "2019-01-29",
            id="the-year-the-text-names",
        ),
        pytest.param(
            "大众网青岛3月16日讯 物价局发出通告。报名:2017年3月16日至3月22日。2018年起执行。",
            "2026-11-26",
            "2017-03-16",
            id="a-full-date-of-that-day",
        ),
        pytest.param(
            "本报11月19日讯 图书馆明天举办讲座。", "2026-11-26", "2026-11-19", id="no-year-named"
        ),
        pytest.param(
            "本报11月19日讯 图书馆明天举办讲座。",
            "2026-11-10",
            "2025-11-19",
            id="not-after-the-files-date",
        ),
        pytest.param(
            "泉州网10月1日讯 9月30日晚,2025首届某某嘉年华暨2025某某消费季正式启幕。"
            "这场延伸至2026年元旦的消费季持续释放消费力。",
            "2026-11-26",
            "2025-10-01",
            id="the-year-of-the-editions-it-reports-on",
        ),
        pytest.param(
            "某网9月17日消息(记者某某)9月21日是传统中秋佳节,不少市民将到公园赏月。",
            "2026-11-26",
            "2021-09-17",
            id="the-year-a-day-said-to-be-mid-autumn-is",
        ),
        pytest.param(
            "今天(7月3日),2023某市小学生爱心暑托班正式开班。全市共开设579个办班点。",
            "2026-11-26",
            "2023-07-03",
            id="a-text-opening-with-the-day-it-says-is-today",
        ),
        pytest.param(
            "首页 > 某市 > 正文\n元宵节怎么耍?\n02-16 20:37:40 来源:某某新闻\n\n"
            "QQ图片20190216203942_副本.jpg\n\n元宵节当天,庙会活动不断。\n",
            "2026-11-26",
            "2019-02-16",
            id="a-year-less-stamps-year-from-a-file-name-of-that-day",
        ),
        pytest.param(
            "![](http://img.example.net/content/2016-06/24/b8aeedf2e1d7.jpg)\n市民游客正在夜市上寻宝。\n"
            "某网6月24日消息(记者 某某)24日晚,某文玩夜市开市。\n",
            "2026-11-26",
            "2016-06-24",
            id="a-datelines-year-from-an-image-address-of-that-day",
        ),
        pytest.param(
            "本报3月1日讯 2025年全年接待读者10万人次,2025年新增藏书,2026年将扩建。",
            "2026-11-26",
            "2026-03-01",
            id="the-files-year-named-too",
        ),
        pytest.param(
            "晚报2月11日讯(记者 张三)大年初二,庙会内人头攒动。2024火宫殿春节大庙会吸引了众多游人,"
            "共接待游客2026人次。",
            "2026-11-26",
            "2024-02-11",
            id="an-editions-year-before-its-name",
        ),
        pytest.param(
            "生活报9月15日讯 高校招聘会将于9月下旬举行,2012届毕业生争夺战打响。",
            "2026-11-26",
            "2026-09-15",
            id="a-graduating-class-names-no-year",
        ),
        pytest.param(
            "新华社北京2023年4月14日电 会议14日下午举行。", "2026-11-26", "2023-04-14", id="full"
        ),
        # a site's stamp that leaves the year out dates the page before its dateline
        pytest.param(
            "首页 > 重庆 > 正文\n赛龙舟庆端午 龙舟大赛在湖上开幕\n06-25 06:13:27 来源:重庆日报\n\n"
            "本报6月24日讯 6月24日上午,2020开州区农民龙舟大赛开幕,将持续至10月。\n",
            "2026-11-26",
            "2020-06-25",
            id="a-year-less-stamp-before-its-source",
        ),
        pytest.param(
            "石鼓区开展宣传活动\n07-23 14:03\n本报讯 2015年7月21日,石鼓区开展宣传活动。\n",
            "2026-11-26",
            "2015-07-23",
            id="a-year-less-stamp-alone",
        ),
        pytest.param(
            "某某快报+ 04-09\n某某半程马拉松来了,这些道路交通管制!\n\n2024 某某杯半程马拉松赛\n\n"
            "交通管制通告\n\n某某半程马拉松赛定于 4 月 14 日(星期日)上午 8:00 举行。\n",
            "2026-11-26",
            "2024-04-09",
            id="a-year-less-stamp-after-the-papers-name",
        ),
        pytest.param(
            "首页 某市 正文\n某区欢天喜地闹元宵\n某某信息港    03-02 23:03:31\n\n"
            "    某某信息港讯 3月2日,某区2018年元宵活动拉开帷幕。\n",
            "2026-11-26",
            "2018-03-02",
            id="a-year-less-stamp-after-the-sites-name",
        ),
        pytest.param(
            "某某赏析网\n\n某某茶开采节盛大开启\n\n04-05\n\n某某茶开采节盛大开启\n\n"
            "来源:【某某日报】\n\n某某客户端讯 4月2日,2023某某国际名茶博览会开采节举行。\n",
            "2026-11-26",
            "2023-04-05",
            id="a-zero-padded-year-less-stamp-alone",
        ),
        pytest.param(
            "- 首頁\n- 登錄\n12月6日至7日,這些道路將實施臨時限制交通措施\n"
            "人民網(wǎng)南寧11月27日電 (馮肖慧)11月26日,2025南寧馬拉松賽事通氣會召開。\n",
            "2026-11-26",
            "2025-11-27",
            id="a-dateline-under-a-headline-read-as-text",
        ),
        pytest.param(
            "您所在的位置:\n文明風(fēng)首頁(yè)\n> 來(lái)稿選登> 某市> 某區(qū) > 正文\n"
            "某區:熱鬧迎新春 文化過(guò)大年\n某鄉(xiāng)首屆籃球賽\n"
            "文明風(fēng)2月15日訊(通訊員 某某 某某)近日,某鄉(xiāng)舉辦了第一屆男子籃球賽。\n"
            + "據(jù)了解,某區(qū)堅持以群眾需求為導(dǎo)向,鼓勵群眾自發(fā)成立各類文藝組織。\n"
            * 10
            + "責(zé)任編輯:某某 |\n相關(guān)新聞\n"
            "- 2016-02-15某區(qū)春節(jié)文明旅遊業(yè)績(jī)可喜\n"
            "- 2016-02-14某縣舉辦乒乓球邀請(qǐng)賽\n",
            "2026-11-26",
            "2016-02-15",
            id="a-dateline-under-a-headline-and-its-subtitle-in-the-year-of-related-stories",
        ),
        pytest.param("图书馆明天举办讲座。", "2026-11-26", "2026-11-26", id="no-dateline"),
        pytest.param(
            "东方早报4月30日报道 明天,世博会倒计时牌将亮相。2009年的活动很多。",
            "2026-11-26",
            "2009-04-30",
            id="a-papers-report-of-a-day",
        ),
        # no dateline: a reporter's lead dates the page (the year of a full date of that day)
        pytest.param(
            "0\n分享至\n9月30日,春城晚报-开屏新闻记者从大观公园获悉:2022年10月1日,大观公园将举办菊展。",
            "2026-11-26",
            "2022-09-30",
            id="a-reporters-lead",
        ),
        pytest.param(
            "2017环中国国际公路自行车赛·珠海站将于24日在横琴新区拉开序幕。\n"
            "(本文刊于《珠海特区报》9月23日)\n",
            "2026-11-26",
            "2017-09-23",
            id="the-paper-a-story-ran-in",
        ),
        pytest.param(
            "记者陈成报道:1月24日,中国江西网记者获悉,图书馆自2020年1月24日起闭馆。",
            "2026-11-26",
            "2020-01-24",
            id="a-reporters-lead-after-his-byline",
        ),
        pytest.param(
            "某某新闻网4月12日讯(记者 安梓)4月23日是“世界读书日”。\n"
            "1.2018年某市全民阅读启动仪式\n活动时间:4月22日9:30。\n",
            "2026-11-26",
            "2018-04-12",
            id="a-year-after-an-items-number",
        ),
        pytest.param(
            "生活报9月3日讯 2日,市里公布了2013年惠民行动项目建议征集启事。征集2013年百姓最希望"
            "实施的项目。征集时间为5天,截至日期为2012年9月7日。",
            "2026-11-26",
            "2012-09-03",
            id="a-full-date-days-from-it-over-next-years-plans",
        ),
        pytest.param(
            "应对返程高峰:三亚每日新增航班13班次\n"
            "某某网海口2月16日电 (记者 某某)春节黄金周接近尾声。"
            "2月15日起,三亚每日新增13班次,航班起降日均同比2023年增长11%。(完)\n社会新闻精选:\n"
            + "".join(f"- 2026年01月2{k}日 1{k}:50:24\n" for k in range(1, 6)),
            "2026-11-26",
            "2024-02-16",
            id="in-the-year-after-the-one-compared-with-not-a-news-feeds",
        ),
        pytest.param(
            "某某冰雪节开幕\n新华社长春12月18日电 18日,某某冰雪节开幕。本届冰雪节将举办百余项活动,"
            "活动将延续至2021年2月底。\n",
            "2026-11-28",
            "2020-12-18",
            id="in-the-year-before-the-month-its-run-goes-on-to",
        ),
        pytest.param(
            "某某特展盛大开幕\n\n【大纪元2011年03月26日讯】(大纪元记者某某嘉义报导)某馆"
            "自3月26日至5月31日举办特展。\n",
            "2026-11-28",
            "2011-03-26",
            id="an-outlets-report-in-square-brackets",
        ),
        pytest.param(
            "新闻热线:028-86696397\n某某经济网讯(记者 某某)12月26日,记者从某图书馆获悉,"
            "某图书馆将于2025年12月28日至2026年1月3日推出系列文化活动。\n",
            "2026-11-28",
            "2025-12-26",
            id="a-reporters-day-after-a-datelines-reporters",
        ),
        pytest.param(
            "某某庙会\n为了更好地传承东坡文化,展现传统年味,1月10日,某某新闻记者从某区了解到,"
            "庙会举办时间从2020年1月17日开始,至2月8日结束。\n",
            "2026-11-28",
            "2020-01-10",
            id="a-reporters-day-after-a-clause",
        ),
    ],
)
def test_a_page_without_a_date_is_read_by_its_datelines_day(
    text: str, fallback: str, published: str
) -> None:
    page = extract_page(text, None, fallback=dt.date.fromisoformat(fallback))
    assert page.published == dt.date.fromisoformat(published) and not page.published_found


def test_a_digital_papers_footer() -> None:
    text = "广场放电影\n本报绍兴5月3日电 周末放映电影。\n日报 要闻 00003 2014年05月04日 星期日\n"
    assert read_layout(text).published == dt.date(2014, 5, 4)


def test_a_notice_time_field_with_a_year_word_is_no_stamp() -> None:
    assert read_layout("读书会通知\n时间:2023年4月22日\n地点:区图书馆\n").published is None


def test_a_stamp_with_seconds_in_a_page_without_line_breaks() -> None:
    text = "会议即将开幕!议程来了→ 上海发布 2025-03-03 17:00:00 会议将于3月4日下午3时开幕。"
    page = extract_page(text, None)
    assert page.published == dt.date(2025, 3, 3)
    assert [moment_iso(e.start) for e in page.events] == ["2025-03-04T15:00"]


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        pytest.param("中评社厦门6月18日电(记者罗德仪)第二届论坛", "6月18日", id="agency-she"),
        pytest.param("据新华社北京7月7日电 大会新闻发言人宣布", "7月7日", id="quoted-agency"),
        pytest.param("9月2日讯(记者杨璐)首届音乐节", "9月2日", id="date-only-dateline"),
        pytest.param("9月2日电影节开幕", None, id="date-then-a-word-is-no-dateline"),
        pytest.param("福建大田9月15日电 (郑宗栖)秋采摘", "9月15日", id="agency-left-out"),
        pytest.param("市民9月15日电话咨询(热线)", None, id="a-phone-call-is-no-dateline"),
    ],
)
def test_more_datelines(lead: str, date: str | None) -> None:
    m = DATELINE.match(lead)
    assert (m and dateline_words(m)) == date


def test_a_sites_day_then_a_bar_is_a_dateline() -> None:
    text = (
        "免费接种HPV疫苗\n\n格隆汇9月19日|国务院新闻办公室今天举行新闻发布会,发布白皮书。"
        "明天起将开展宣传活动。\n"
    )
    assert read_layout(text).stories[0].dateline == "9月19日"
    page = extract_page(text, dt.date(2025, 9, 19))
    assert [e.evidence for e in page.events] == [
        "国务院新闻办公室今天举行新闻发布会",
        "明天起将开展宣传活动",
    ]


def test_a_masthead_a_date_with_its_weekday_and_a_byline_are_no_headlines() -> None:
    text = (
        "某某晚报数字报\n\n2016年07月22星期五\n放大 缩小 默认\n\n中心城区将大面积停气\n\n"
        "发布时间:2016-07-22 08:21:46  \n\n新旧管道置换\n\n中心城区将大面积停气\n\n"
        "停气时间:今日21时至明日12时\n\n□晚报记者   张三\n\n本报讯    昨日,家住某小区的女士向本报"
        "新闻热线反映,最近一段时间,她家的燃气火苗特别小,做一顿饭要用很长时间。\n\n"
        "记者从燃气公司获悉,公司将对中心城区的老旧管道进行置换,届时部分区域将停气。\n"
    )
    titles = " ".join(s.title or "" for s in read_layout(text).stories)
    assert "中心城区将大面积停气" in titles
    assert not any(w in titles for w in ("数字报", "2016年", "记者"))


def test_a_places_news_then_its_reporters_is_a_dateline() -> None:
    m = DATELINE.match("大鹏讯(通讯员骆文博 马少君)10月31日起,老人可以免费接种流感疫苗")
    assert m is not None and m.group().startswith("大鹏讯")


def test_a_dateline_of_a_sites_channel() -> None:
    m = DATELINE.match("某某网·某某新闻讯 1月30日,庙会开市")
    assert m is not None and m.group().strip() == "某某网·某某新闻讯"


def test_a_breadcrumb_is_meta_and_a_headline_may_hold_a_colon() -> None:
    text = (
        "您现在的位置:首页 > 新闻中心 > 正文\n【动态】某街道:乡村道路升级 村民幸福“加码”\n"
        "信息来源:某街道 | 发布时间:2023-03-31 15:47\n"
        "今年,街道把黄港村村级道路改造升级列为民生实事项目之一,计划于4月上旬完工。\n"
    )
    (story,) = read_layout(text).stories
    assert story.title == "【动态】某街道:乡村道路升级村民幸福“加码”"
    assert "位置" not in story.text


@pytest.mark.parametrize("first", ["时间:4月1日上午9时", "特制定“开放日”方案如下:"])
def test_a_field_or_an_introduction_is_no_headline(first: str) -> None:
    text = f"{first}\n社区将开展志愿服务活动,欢迎居民参加,活动地点在社区广场。\n"
    assert read_layout(text).stories[0].title is None


def test_a_papers_name_before_its_header_date() -> None:
    text = "文摘报 2016年10月01日 星期六\n久久重阳 敬老崇孝\n重阳节是传统节日,人们登高望远。\n"
    assert read_layout(text).published == dt.date(2016, 10, 1)


def test_a_table_copied_one_cell_a_line_is_read_one_row_a_line() -> None:
    text = (
        "赛事活动计划 |\n|||\n序号 |\n赛事名称 |\n时间 |\n备注 |\n"
        "1 |\n三级联赛 |\n6-12月 |\n|\n2 |\n元旦长跑比赛 |\n1月 |\n|\n(此件主动公开)\n"
    )
    rows = rows_of_cells(text)
    assert len(rows) == len(text)  # offsets kept
    assert "序号 | 赛事名称 | 时间 | 备注 |\n" in rows
    assert "\n1 | 三级联赛 | 6-12月 | |\n2 | 元旦长跑比赛 | 1月 | |\n(此件主动公开)" in rows


def test_cells_without_a_dated_header_stay_as_they_are() -> None:
    text = "姓名 |\n单位 |\n张三 |\n区图书馆 |\n"
    assert rows_of_cells(text) == text


def test_a_bare_table_one_cell_a_line_is_read_one_row_a_line() -> None:
    text = (
        "活动安排如下:\n\n时  间\n\n地  点\n\n活动名称\n\n组织单位\n\n2月2日(正月初六)下午14:30\n\n"
        "广场公园\n\n“迎新春”文艺演出\n\n文体局\n\n2月8日(正月十二)下午14:30\n\n广场公园\n\n"
        "民俗巡游启动仪式\n\n县委宣传部\n\n欢迎市民参加。\n"
    )
    rows = bare_cells(text)
    assert len(rows) == len(text)  # offsets kept
    assert "\n时  间| 地  点| 活动名称| 组织单位\n" in rows
    assert "\n2月8日(正月十二)下午14:30| 广场公园| 民俗巡游启动仪式| 县委宣传部\n\n欢迎" in rows
    assert [(e.title, e.location) for e in extract_page(text, dt.date(2023, 1, 20)).events] == [
        ("“迎新春”文艺演出", "广场公园"),
        ("民俗巡游启动仪式", "广场公园"),
    ]


def test_a_bare_tables_day_alone_on_a_line_opens_its_row_and_dates_the_hours_under_it() -> None:
    text = (
        "附:歌节活动时间安排表\n时间\n地点\n活动内容\n4月21日\n9:30\n兰马坪球场\n开幕式\n10:00\n"
        "兰马坪球场\n芦笙打同年\n4月20-21日\n全天\n政府球场\n篮球比赛\n"
    )
    assert "\n4月21日|9:30|兰马坪球场|开幕式\n10:00|兰马坪球场|芦笙打同年\n" in bare_cells(text)
    found = [
        (e.title, e.location, moment_iso(e.start), moment_iso(e.end))
        for e in extract_page(text, dt.date(2015, 4, 13)).events
    ]
    assert found == [
        ("开幕式", "兰马坪球场", "2015-04-21T09:30", "2015-04-21T09:30"),
        ("芦笙打同年", "兰马坪球场", "2015-04-21T10:00", "2015-04-21T10:00"),
        ("篮球比赛", "政府球场", "2015-04-20", "2015-04-21"),
    ]


def test_a_digital_papers_page_named_by_a_letter_and_number_dates_no_event() -> None:
    text = (
        "乐享文化大餐\n某市启动文化惠民行动\n"
        "        本报讯(刘懿)文化惠民行动于9月1日在博物馆拉开帷幕。\n"
        "        据悉,本届活动包含多项内容。\n当前:B1(2018年09月04日)\n"
    )
    page = extract_page(text, None)
    assert (page.published, [moment_iso(e.start) for e in page.events]) == (
        dt.date(2018, 9, 4),
        ["2018-09-01"],
    )


def test_short_lines_under_no_table_header_stay_as_they_are() -> None:
    text = "时  间\n\n2月2日\n\n地点待定\n\n欢迎参加。\n"
    assert bare_cells(text) == text


def test_a_breadcrumb_ends_the_sites_menus_above_the_headline() -> None:
    text = (
        "首    页\n头条热点\n动态要闻\n公示公告\n    首页 > 文明网 > 新闻 > 文明要闻\n"
        "    首届诗歌朗诵大赛即将举行\n    日期:2015-02-05        来源:九江日报\n"
        "本报讯 首届诗歌朗诵大赛将于7月1日举行决赛,2月6日起开始征文。\n"
    )
    stories = [s for s in read_layout(text).stories if "决赛" in s.text]
    assert [s.title for s in stories] == ["首届诗歌朗诵大赛即将举行"]


def test_a_headline_with_a_comma_over_the_publication_line_and_a_sites_buttons() -> None:
    text = (
        "当前位置:某晚报数字版\n3 上一篇    下一篇 4 放大 缩小 默认\n学雷锋日,百姓城管上街大扫除\n"
        "  • 2012年03月03日  来源:某晚报\n  • 【PDF版】\n"
        "  本报3月2日讯(记者 张三) 4日(本周日),本报将组织百姓城管上街大扫除。\n"
    )
    (story,) = read_layout(text).stories
    assert story.title == "学雷锋日,百姓城管上街大扫除"


def test_a_first_line_of_two_phrases_is_the_headline() -> None:
    text = (
        "中秋期间，市民公园有灯光秀\n"
        "记者从市民公园获悉，9月28日至10月3日，公园将举办灯光秀，每晚开放。\n"
    )
    (story,) = read_layout(text).stories
    assert story.title == "中秋期间,市民公园有灯光秀"
    assert [(e.start, e.end) for e in extract_page(text, dt.date(2023, 9, 25)).events] == [
        (dt.date(2023, 9, 28), dt.date(2023, 10, 3))
    ]


def test_a_first_sentence_hard_wrapped_is_no_headline() -> None:
    text = (
        "中秋期间，市民公园将在南门广场举办\n"
        "灯光秀，每晚开放，时间为9月28日至\n"
        "10月3日，届时还有非遗展演等活动。\n"
    )
    assert [s.title for s in read_layout(text).stories] == [None]


def test_a_first_line_opening_with_a_day_and_its_minute_is_a_lead_not_a_headline() -> None:
    text = (
        "9月2日上午9时18分，第十五届某县\n"
        "苹果节在城关镇开幕，上千名果农观看了开幕仪式。\n"
        "记者在主会场看到，来自各乡镇的果农早已围坐在会场周围。\n"
    )
    assert read_layout(text).stories[0].title is None
    assert [(e.start, e.end) for e in extract_page(text, dt.date(2023, 9, 2)).events] == [
        (dt.datetime(2023, 9, 2, 9, 18), dt.datetime(2023, 9, 2, 9, 18))
    ]


def test_a_first_line_of_sentences_is_no_headline() -> None:
    text = (
        "紧急通知:四桥一隧9日全线关闭。不看这一条,这个周末莫想出门\n"
        "2017-04-05 16:55:00 来源: 某网\n"
    )
    assert read_layout(text).stories[0].title is None


def test_a_first_sentence_wrapped_before_its_last_words_is_no_headline() -> None:
    text = "中秋期间，市民公园将在南门广场举办\n灯光秀。\n"
    assert [s.title for s in read_layout(text).stories] == [None]


def test_a_list_of_links_to_other_articles_is_no_part_of_the_story() -> None:
    text = (
        "某某网 2016-02-19 14:34\n\n  本网2月19日消息 2月22日是农历正月十五,也是某镇一年一度的"
        "“换花节”。请市民错峰出行。\n\n相关链接:\n\n某镇“换花节”2月22日举行 10大活动闹元宵\n"
        "换花节进入倒计时 三角公园挂起花灯\n元宵节灯会美景:“换花节\n"
    )
    page = extract_page(text, None)
    assert [(moment_iso(e.start), e.title) for e in page.events] == [
        ("2016-02-22", "某镇一年一度的“换花节”")
    ]


def test_a_related_reading_heading_over_sentences_leaves_them_in_the_story() -> None:
    text = (
        "某某网 2016-02-19 14:34\n\n  本网讯 某镇将举办灯会。\n\n延伸阅读:\n\n"
        "换花节是当地的传统节日。今年的换花节在2月22日举行。\n"
    )
    page = extract_page(text, None)
    assert [moment_iso(e.start) for e in page.events] == ["2016-02-22"]


def test_a_related_links_heading_over_labelled_fields_is_the_storys_own_sidebar() -> None:
    text = (
        "某区“两癌”免费检查活动已经启动,由市二医院承担筛查工作。\n(通讯员 李某)\n相关链接\n"
        "具体地点及时间安排\n甲街道\n地点:甲街道社区卫生服务中心\n时间:5月10日至13日\n"
        "乙街道\n地点:乙街道社区卫生服务中心\n时间:5月17日至20日\n"
    )
    page = extract_page(text, dt.date(2021, 5, 10))
    assert [(moment_iso(e.start), moment_iso(e.end), e.location) for e in page.events] == [
        ("2021-05-10", "2021-05-13", "甲街道社区卫生服务中心"),
        ("2021-05-17", "2021-05-20", "乙街道社区卫生服务中心"),
    ]


def test_the_pages_date_again_alone_in_a_portals_record_is_no_event() -> None:
    text = (
        "政府信息公开\n114401137837803728/2023-00411\n某某区人民政府某某街道办事处\n2023-11-30\n"
        "某村开展“爱护河涌”活动\n2023-11-30\n发布日期:2023-11-30  浏览次数:-\n"
        "  11月24日下午,某村开展“爱护河涌”活动。党员均参与了活动。\n"
    )
    page = extract_page(text, None)
    assert page.published == dt.date(2023, 11, 30)
    assert [moment_iso(e.start) for e in page.events] == ["2023-11-24"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "某某高速辅路(五方桥东侧)部分地区27日凌晨将停水,可提前储备生活用水\n\n"
            "记者从市自来水集团了解到,为配合道路改造施工,集团需对供水主干线进行停水施工。\n",
            "某某高速辅路(五方桥东侧)部分地区27日凌晨将停水,可提前储备生活用水",
            id="a-long-first-line-of-two-phrases",
        ),
        pytest.param(
            "当前位置:\n区政府召开第50次常务会议\n"
            "来源:某某区融媒体中心 发布时间:2023-07-10 08:51\n\n"
            "昨天(7月7日)下午,区政府召开第50次常务会议。\n",
            "区政府召开第50次常务会议",
            id="a-headline-with-a-number-under-an-empty-location-label",
        ),
        pytest.param(
            "欢迎访问某某区政府网站!\n\n无障碍浏览 长者模式 智能问答 简体 | 繁体\n"
            "当前位置: 首页 > 部门快讯 > 正文\n"
            "【群众文化活动】“村村有好戏,回家过大年”2024春节乡村文化旅游节某某区启动仪式在某某镇举行\n"
            "发布时间:2024年01月19日 来源:某某区人民政府网站 点击次数:\n"
            "1月18日是农历腊月初八,2024春节乡村文化旅游节在全省各地正式启动。\n",
            "【群众文化活动】“村村有好戏,回家过大年”2024春节乡村文化旅游节某某区启动仪式在某某镇举行",
            id="a-long-headline-under-a-labelled-breadcrumb",
        ),
        pytest.param(
            "今日开幕!2024某某灯会庙市在某某公园升级重启\n\n2024-01-30    来源:无\n\n"
            "某某网·某某新闻讯 1月30日,2024某某灯会庙市在某某公园开市。\n",
            "今日开幕!2024某某灯会庙市在某某公园升级重启",
            id="a-first-line-of-two-phrases-parted-by-an-exclamation-mark",
        ),
    ],
)
def test_headlines_of_web_pages(text: str, title: str) -> None:
    assert [s.title for s in read_layout(text).stories if s.title] == [title]


def test_a_breadcrumb_naming_no_home_page_ends_the_menus_over_the_headline() -> None:
    text = (
        "县区新闻:\n您当前的位置:您当前的位置 : 某某网 >> 某市频道 >> 本网原创\n\n"
        "第二届某县杏花节将于3月18日开幕\n\n来源: 某某网 作者:王明 2018-03-09 10:08:51\n\n"
        "  某某网某市3月7日讯(记者 王明)第二届某县杏花节将于3月18日至3月28日在某县拉开帷幕。\n"
    )
    stories = read_layout(text).stories
    assert [s.title for s in stories if s.title] == ["第二届某县杏花节将于3月18日开幕"]


def test_a_font_buttons_digit_is_no_months_first_digit() -> None:
    text = (
        "- +1\n10月29日至31日,某岛将举行纪念某节系列活动\n2025-10-24 16:15\n"
        "来源:某某号·政务\n字号\n"
        "10月29日至31日,某岛将举行纪念某节系列活动,开启三天两夜巡安活动。\n"
    )
    assert not any("110月" in s.text for s in read_layout(text).stories)


def test_a_sites_dateline_releasing_news_dates_a_page_with_its_year_in_the_text() -> None:
    text = (
        "某某在线9月22日发布消息,全媒体记者张某报道 2025年国庆长假马上就要开始,全市将举办88场活动。"
    )
    page = extract_page(text, None, fallback=dt.date(2026, 11, 28))
    assert page.published == dt.date(2025, 9, 22)


def test_a_date_in_an_addresss_path_is_no_page_stamp() -> None:
    text = (
        "【新唐人2009年1月23日讯】(中央社记者台北23日电)春节年假艺文展场不打烊。\n"
        "本文网址: https://www.ntdtv.com/b5/2009/01/24/a249993.html\n"
    )
    assert extract_page(text, None, fallback=dt.date(2026, 11, 28)).published == dt.date(
        2009, 1, 23
    )


@pytest.mark.parametrize(
    ("text", "published"),
    [
        pytest.param(
            "彰化县政府教育处 一般公告\n\n公告时间:中华民国109年07月01日 11:13\n主旨:暑期活动。\n",
            "2020-07-01",
            id="a-notices-time-in-the-republics-year",
        ),
        pytest.param(
            "回顾出版报纸及实时发布之即时资讯\n\n“花车巡游汇演”为北区添节日气氛\n\n"
            "2015年2月28日    即时资讯\n\n【本报讯】花车巡游汇演于昨晚举行。\n",
            "2015-02-28",
            id="a-day-then-the-column-it-is-shown-under",
        ),
        pytest.param(
            "今日日期:     版面导航\n当前报纸日期:\n2023 10月30日 星期\n \n"
            "广美师生写澳门画展昨开幕\n",
            "2023-10-30",
            id="a-digital-papers-issue-under-its-label",
        ),
    ],
)
def test_more_publication_forms(text: str, published: str) -> None:
    page = extract_page(text, None, fallback=dt.date(2026, 11, 28))
    assert page.published == dt.date.fromisoformat(published)


def test_a_traditional_pages_bare_table_is_read_by_its_simplified_headers() -> None:
    text = (
        "某考試中心公告各項考試日程,請考生務必詳閱簡章,並於各項考試所定期間內完成報名。\n"
        "115學年度各項考試報名及考試日程如下:\n考試名稱\n報名日期\n考試日期\n"
        "英語聽力測驗(第一次考試)\n114 年 09 月 04 日(四)~114 年 09 月 11 日(四)\n"
        "114 年 10 月 18 日(六)\n學科能力測驗\n114 年 10 月 28 日(二)~114 年 11 月 11 日(二)\n"
        "115 年 01 月 17 日(六)~115 年 01 月 19 日(一)\n附件\n"
    )
    rows = bare_cells(text)
    assert len(rows) == len(text)  # offsets kept
    assert "\n考試名稱|報名日期|考試日期\n" in rows
    events = extract_page(text, dt.date(2025, 8, 5)).events
    found = [(moment_iso(e.start), moment_iso(e.end)) for e in events]
    assert found == [
        ("2025-09-04", "2025-09-11"),
        ("2025-10-18", "2025-10-18"),
        ("2025-10-28", "2025-11-11"),
        ("2026-01-17", "2026-01-19"),
    ]


def test_a_when_field_set_off_by_a_space_is_no_headline() -> None:
    text = (
        "中秋賞燈好去處\n\n時間:2023-09-14 04:02:26來源:大公报\n\n  文化中心露天廣場\n\n"
        "  《月亮製造機》互動光影裝置,呈現不同形態的月亮。\n\n  日期 *9月15日至10月8日\n\n"
        "  灣仔利東街浪漫燈海\n\n  「躍兔.迎月」綵燈會,掛上逾800個燈籠形成大型浪漫燈海。\n\n"
        "  日期 即日起至10月23日\n"
    )
    layout = read_layout(text)
    assert all("日期" not in (story.title or "") for story in layout.stories)
    assert "即日起至10月23日" in "".join(story.text for story in layout.stories)
