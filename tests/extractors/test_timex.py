"""Rules of the time grammar, as tables of real sentences (spec: shared/spec/events.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.model import Precision
from extractors.timex import find_times

D = dt.date
T = dt.datetime
REF = D(2023, 4, 14)  # 丰台报, Friday 14 April 2023


def first(text: str, ref: dt.date = REF):
    found = find_times(text, ref)
    assert found, f"nothing found in {text!r}"
    return found[0]


def timed(text: str, ref: dt.date = REF) -> list:
    """The mentions of ``text`` that carry a clock time."""
    return [m for m in find_times(text, ref) if isinstance(m.start, dt.datetime)]


CASES = [
    # --- absolute and year-less dates
    pytest.param(
        "2023年4月14日，区委召开会议", REF, D(2023, 4, 14), D(2023, 4, 14), set(), id="ymd"
    ),
    pytest.param(
        "二〇二三年五月九日", REF, D(2023, 5, 9), D(2023, 5, 9), set(), id="chinese-numerals"
    ),
    pytest.param("４月１４日起", REF, D(2023, 4, 14), D(2023, 4, 14), set(), id="full-width"),
    pytest.param(
        "4 月 14 日上午", REF, D(2023, 4, 14), D(2023, 4, 14), {"part_of_day"}, id="stray-spaces"
    ),
    pytest.param(
        "将于1月2日开幕",
        D(2023, 12, 20),
        D(2024, 1, 2),
        D(2024, 1, 2),
        set(),
        id="yearless-next-january",
    ),
    pytest.param(
        "十九日上午", REF, D(2023, 4, 19), D(2023, 4, 19), {"part_of_day"}, id="day-only-chinese"
    ),
    pytest.param("记者12日获悉", REF, D(2023, 4, 12), D(2023, 4, 12), set(), id="day-only"),
    pytest.param("2023.4.14", REF, D(2023, 4, 14), D(2023, 4, 14), set(), id="dotted"),
    pytest.param("2023-04-14", REF, D(2023, 4, 14), D(2023, 4, 14), set(), id="iso"),
    pytest.param(
        "9/24( 六 )14:30 新编京剧「孙悟空大战铁扇公主」",
        D(2011, 9, 23),
        dt.datetime(2011, 9, 24, 14, 30),
        dt.datetime(2011, 9, 24, 14, 30),
        set(),
        id="month-slash-day-with-its-weekday",
    ),
    pytest.param(
        "每晚於7點至10點上演",
        D(2018, 11, 20),
        dt.datetime(2018, 11, 20, 19, 0),
        dt.datetime(2018, 11, 20, 22, 0),
        {"part_of_day", "clock_only", "range"},
        id="every-evening-at-its-hours",
    ),
    pytest.param(
        "市集日期為6/12、13日",
        D(2010, 5, 16),
        D(2010, 6, 12),
        D(2010, 6, 13),
        {"range", "list"},
        id="month-slash-day-then-a-day-listed",
    ),
    pytest.param("2023/4/14", REF, D(2023, 4, 14), D(2023, 4, 14), set(), id="slashed"),
    pytest.param(
        "“4·23”世界读书日", REF, D(2023, 4, 23), D(2023, 4, 23), {"festival"}, id="named-day-dot"
    ),
    pytest.param(
        "迎接“4.23”", REF, D(2023, 4, 23), D(2023, 4, 23), {"festival"}, id="named-day-quoted"
    ),
    pytest.param(
        "1995年受“5.25”台风影响",
        REF,
        D(1995, 5, 25),
        D(1995, 5, 25),
        {"festival"},
        id="year-named-day",
    ),
    pytest.param(
        "2019年“4·23”世界读书日",
        REF,
        D(2019, 4, 23),
        D(2019, 4, 23),
        {"festival"},
        id="year-named-day-and-its-name",
    ),
    pytest.param(
        "定于9月23日(星期六,农历八月初九)上午9:00举行",
        REF,
        dt.datetime(2023, 9, 23, 9, 0),
        dt.datetime(2023, 9, 23, 9, 0),
        set(),
        id="weekday-and-lunar-note-then-clock",
    ),
    # --- ranges
    pytest.param(
        "活动从3月份开始,将持续4个月",
        REF,
        D(2023, 3, 1),
        D(2023, 6, 30),
        {"range"},
        id="a-start-and-how-many-months-it-lasts",
    ),
    pytest.param(
        "5月10日起,为期三天", REF, D(2023, 5, 10), D(2023, 5, 12), {"range"}, id="lasting-days"
    ),
    pytest.param(
        "正月初3至初5", D(2010, 2, 12), D(2010, 2, 16), D(2010, 2, 18), {"range"}, id="lunar-digits"
    ),
    pytest.param(
        "正月18至初21(3月3日—6日)",
        D(2010, 2, 12),
        D(2010, 3, 3),
        D(2010, 3, 6),
        {"range"},
        id="lunar-digits-to-a-bare-day",
    ),
    pytest.param(
        "5月10日起,为期一个月", REF, D(2023, 5, 10), D(2023, 6, 9), {"range"}, id="lasting-a-month"
    ),
    pytest.param(
        "四日晚將試燈",
        D(2017, 2, 2),
        D(2017, 2, 4),
        D(2017, 2, 4),
        {"part_of_day"},
        id="a-lone-chinese-digit-day-at-night",
    ),
    pytest.param(
        "五日上午九时举行",
        REF,
        dt.datetime(2023, 4, 5, 9),
        dt.datetime(2023, 4, 5, 9),
        {"part_of_day"},
        id="a-lone-chinese-digit-day-with-its-hour",
    ),
    pytest.param(
        "正月十二晚将全部亮灯",
        D(2019, 2, 13),
        D(2019, 2, 16),
        D(2019, 2, 16),
        {"lunar", "part_of_day"},
        id="a-lunar-day-then-night-in-one-character",
    ),
    pytest.param(
        "即日起至十一月二十四日(周一休息)展出",
        D(2024, 11, 14),
        D(2024, 11, 14),
        D(2024, 11, 24),
        {"deadline", "range", "since_publication"},
        id="a-weekly-closing-day-in-brackets-is-no-weekday-of-the-date",
    ),
    pytest.param(
        "劳工处今日起在东涌社区会堂举行一连两日的招聘会",
        REF,
        REF,
        D(2023, 4, 15),
        {"range", "relative", "since_publication"},
        id="from-today-held-two-days-where-said-between",
    ),
    pytest.param(
        "5月10日起,为期半年",
        REF,
        D(2023, 5, 10),
        D(2023, 11, 9),
        {"range"},
        id="lasting-half-a-year",
    ),
    pytest.param(
        "5月10日起,為期兩年", REF, D(2023, 5, 10), D(2025, 5, 9), {"range"}, id="lasting-two-years"
    ),
    pytest.param(
        "5月10日起,为期半个月",
        REF,
        D(2023, 5, 10),
        D(2023, 5, 24),
        {"range"},
        id="lasting-half-a-month",
    ),
    pytest.param(
        "4月14日至24日，“北京书市”开幕",
        REF,
        D(2023, 4, 14),
        D(2023, 4, 24),
        {"range"},
        id="range-zhi",
    ),
    pytest.param(
        "4月14日至24\n日", REF, D(2023, 4, 14), D(2023, 4, 24), {"range"}, id="range-line-break"
    ),
    pytest.param(
        "10月12—13日举行", REF, D(2023, 10, 12), D(2023, 10, 13), {"range"}, id="range-dash"
    ),
    pytest.param("本月29、30日", REF, D(2023, 4, 29), D(2023, 4, 30), {"range"}, id="range-list"),
    pytest.param(
        "十九、二十、二十一日三天",
        REF,
        D(2023, 4, 19),
        D(2023, 4, 21),
        {"range"},
        id="range-list-chinese",
    ),
    pytest.param("5月1日-5日", REF, D(2023, 5, 1), D(2023, 5, 5), {"range"}, id="range-hyphen"),
    pytest.param("5月1日~5日", REF, D(2023, 5, 1), D(2023, 5, 5), {"range"}, id="range-tilde"),
    pytest.param(
        "从5月1日到6月30日", REF, D(2023, 5, 1), D(2023, 6, 30), {"range"}, id="range-cong-dao"
    ),
    pytest.param(
        "12月28日至1月3日",
        D(2023, 12, 1),
        D(2023, 12, 28),
        D(2024, 1, 3),
        {"range"},
        id="range-cross-year",
    ),
    pytest.param(
        "2022年3月至今", REF, D(2022, 3, 1), D(2023, 4, 14), {"range"}, id="range-until-now"
    ),
    pytest.param(
        "下周一至周五", REF, D(2023, 4, 17), D(2023, 4, 21), {"range"}, id="range-weekdays"
    ),
    pytest.param("4、5月份", REF, D(2023, 4, 1), D(2023, 5, 31), {"range"}, id="range-month-list"),
    pytest.param(
        "新华社北京7月7日电",
        D(2023, 7, 7),
        D(2023, 7, 7),
        D(2023, 7, 7),
        {"dateline"},
        id="dateline",
    ),
    pytest.param(
        "记者12日获悉", REF, D(2023, 4, 12), D(2023, 4, 12), {"reporting"}, id="reporting-date"
    ),
    pytest.param(
        "12日,某某网(微信号:abc2013)记者从2023年某某节新闻通气会了解到,",
        REF,
        D(2023, 4, 12),
        D(2023, 4, 12),
        {"reporting"},
        id="reporting-date-before-a-long-source",
    ),
    pytest.param(
        "12日,笔者从某市公安局交警支队获悉,",
        REF,
        D(2023, 4, 12),
        D(2023, 4, 12),
        {"reporting"},
        id="reporting-date-of-the-writer",
    ),
    pytest.param(
        "在“4·23”世界阅读日当天",
        REF,
        D(2023, 4, 23),
        D(2023, 4, 23),
        {"observance"},
        id="quoted-day-and-its-name",
    ),
    # --- parts of months and years, bare months and years
    pytest.param(
        "4月中下旬", REF, D(2023, 4, 11), D(2023, 4, 30), {"month_part"}, id="middle-and-last-tens"
    ),
    pytest.param(
        "6月中上旬", REF, D(2023, 6, 1), D(2023, 6, 20), {"month_part"}, id="middle-and-first-tens"
    ),
    pytest.param(
        "年内完成", REF, D(2023, 12, 31), D(2023, 12, 31), {"deadline"}, id="within-the-year"
    ),
    pytest.param(
        "八月十五赏月",
        D(2023, 9, 1),
        D(2023, 9, 29),
        D(2023, 9, 29),
        {"lunar"},
        id="word-day-is-lunar",
    ),
    pytest.param("腊月", D(2024, 1, 1), D(2024, 1, 11), D(2024, 2, 9), {"lunar"}, id="lunar-month"),
    pytest.param(
        "4月底前完成",
        REF,
        D(2023, 4, 30),
        D(2023, 4, 30),
        {"month_part", "deadline"},
        id="month-end",
    ),
    pytest.param("年底前建成", REF, D(2023, 12, 31), D(2023, 12, 31), set(), id="year-end"),
    pytest.param(
        "5月上旬", REF, D(2023, 5, 1), D(2023, 5, 10), {"month_part"}, id="first-ten-days"
    ),
    pytest.param(
        "5月中旬", REF, D(2023, 5, 11), D(2023, 5, 20), {"month_part"}, id="middle-ten-days"
    ),
    pytest.param(
        "2月下旬", REF, D(2023, 2, 21), D(2023, 2, 28), {"month_part"}, id="last-ten-days"
    ),
    pytest.param("预计9月建成", REF, D(2023, 9, 1), D(2023, 9, 30), set(), id="bare-month"),
    pytest.param("持续到6月份", REF, D(2023, 6, 1), D(2023, 6, 30), set(), id="month-fen"),
    pytest.param(
        "2022年丰台区支援合作工作",
        REF,
        D(2022, 1, 1),
        D(2022, 12, 31),
        {"bare_year"},
        id="bare-year",
    ),
    pytest.param(
        "今年是开局之年",
        REF,
        D(2023, 1, 1),
        D(2023, 12, 31),
        {"bare_year", "relative"},
        id="this-year",
    ),
    pytest.param(
        "截至4月底", REF, D(2023, 4, 30), D(2023, 4, 30), {"statistic"}, id="statistic-cutoff"
    ),
    pytest.param(
        "1—10月全市GDP", REF, D(2023, 1, 1), D(2023, 10, 31), {"statistic"}, id="statistic-months"
    ),
    # --- relative words and weekdays
    pytest.param("今天上午", REF, D(2023, 4, 14), D(2023, 4, 14), {"relative"}, id="today"),
    pytest.param("明天", REF, D(2023, 4, 15), D(2023, 4, 15), {"relative"}, id="tomorrow"),
    pytest.param(
        "后天", REF, D(2023, 4, 16), D(2023, 4, 16), {"relative"}, id="day-after-tomorrow"
    ),
    pytest.param("昨天", REF, D(2023, 4, 13), D(2023, 4, 13), {"relative"}, id="yesterday"),
    pytest.param(
        "下周一", REF, D(2023, 4, 17), D(2023, 4, 17), {"relative", "weekday"}, id="next-monday"
    ),
    pytest.param(
        "这个周六", REF, D(2023, 4, 15), D(2023, 4, 15), {"relative", "weekday"}, id="this-saturday"
    ),
    pytest.param(
        "预计下周5(4月21日)完成",
        REF,
        D(2023, 4, 21),
        D(2023, 4, 21),
        {"relative", "weekday"},
        id="next-friday-in-a-digit",
    ),
    pytest.param(
        "本周5场演出",
        REF,
        D(2023, 4, 10),
        D(2023, 4, 16),
        {"relative", "week"},
        id="a-count-after-a-week",
    ),
    pytest.param(
        "明后两天",
        REF,
        D(2023, 4, 15),
        D(2023, 4, 16),
        {"relative", "range"},
        id="the-next-two-days",
    ),
    pytest.param(
        "庙会于明后2天举行",
        REF,
        D(2023, 4, 15),
        D(2023, 4, 16),
        {"relative", "range"},
        id="the-next-two-days-in-digits",
    ),
    pytest.param(
        "今明高考路过考点别鸣笛",
        REF,
        D(2023, 4, 14),
        D(2023, 4, 15),
        {"relative", "range"},
        id="today-and-tomorrow-before-what-they-date",
    ),
    pytest.param(
        "下周六日",
        REF,
        D(2023, 4, 22),
        D(2023, 4, 23),
        {"relative", "weekday", "range"},
        id="next-saturday-and-sunday",
    ),
    pytest.param(
        "本周日", REF, D(2023, 4, 16), D(2023, 4, 16), {"relative", "weekday"}, id="this-sunday"
    ),
    pytest.param("周六", REF, D(2023, 4, 15), D(2023, 4, 15), {"weekday"}, id="bare-weekday"),
    pytest.param("每周六开放", REF, D(2023, 4, 15), D(2023, 4, 15), {"recurring"}, id="recurring"),
    pytest.param(
        "每年的5月1日是劳动节",
        REF,
        D(2023, 5, 1),
        D(2023, 5, 1),
        {"recurring"},
        id="recurring-every-years-day",
    ),
    pytest.param(
        "本月27日", REF, D(2023, 4, 27), D(2023, 4, 27), {"relative"}, id="this-month-day"
    ),
    pytest.param("下个月", REF, D(2023, 5, 1), D(2023, 5, 31), {"relative"}, id="next-month"),
    pytest.param("明年4月", REF, D(2024, 4, 1), D(2024, 4, 30), {"relative"}, id="next-year-month"),
    pytest.param("上周", REF, D(2023, 4, 3), D(2023, 4, 9), {"relative"}, id="last-week"),
    # --- anaphora
    pytest.param(
        "4月20日开幕，当晚举行晚会",
        REF,
        D(2023, 4, 20),
        D(2023, 4, 20),
        set(),
        id="anaphora-antecedent",
    ),
    # --- deadlines and windows from publication
    pytest.param(
        "请于4月30日前报名", REF, D(2023, 4, 30), D(2023, 4, 30), {"deadline"}, id="deadline-qian"
    ),
    pytest.param(
        "报名截止5月10日", REF, D(2023, 5, 10), D(2023, 5, 10), {"deadline"}, id="deadline-jiezhi"
    ),
    pytest.param(
        "即日起至5月31日",
        REF,
        D(2023, 4, 14),
        D(2023, 5, 31),
        {"since_publication"},
        id="from-today-to",
    ),
    pytest.param(
        "公告发布之日起至4月30日",
        REF,
        D(2023, 4, 14),
        D(2023, 4, 30),
        {"since_publication"},
        id="from-notice-to",
    ),
    pytest.param(
        "今日起实施", REF, D(2023, 4, 14), D(2023, 4, 14), {"since_publication"}, id="from-today"
    ),
    # --- festivals, observances, holidays
    pytest.param(
        "世界读书日", REF, D(2023, 4, 23), D(2023, 4, 23), {"festival", "observance"}, id="book-day"
    ),
    pytest.param(
        "端午节包粽子", REF, D(2023, 6, 22), D(2023, 6, 22), {"festival"}, id="lunar-festival"
    ),
    pytest.param(
        "清明节祭扫", D(2023, 3, 20), D(2023, 4, 5), D(2023, 4, 5), {"festival"}, id="solar-term"
    ),
    pytest.param(
        "全国助残日", REF, D(2023, 5, 21), D(2023, 5, 21), {"observance"}, id="nth-sunday"
    ),
    pytest.param(
        "“五一”假期", REF, D(2023, 4, 29), D(2023, 5, 3), {"holiday"}, id="labour-day-break"
    ),
    pytest.param(
        "国庆长假", REF, D(2023, 9, 29), D(2023, 10, 6), {"holiday"}, id="national-day-break"
    ),
    pytest.param(
        "春节假期", D(2024, 1, 20), D(2024, 2, 10), D(2024, 2, 17), {"holiday"}, id="spring-break"
    ),
    pytest.param(
        "中秋国庆“双节”将至",
        D(2023, 9, 15),
        D(2023, 9, 29),
        D(2023, 10, 6),
        {"holiday"},
        id="mid-autumn-national-day-pair-is-their-one-break",
    ),
    pytest.param(
        "国庆、中秋假期期间，景区实行预约",
        D(2025, 9, 20),
        D(2025, 10, 1),
        D(2025, 10, 8),
        {"holiday"},
        id="national-day-mid-autumn-pair-listed-with-a-break-word",
    ),
    pytest.param(
        "中秋国庆假期",
        D(2024, 9, 10),
        D(2024, 9, 15),
        D(2024, 9, 17),
        {"holiday"},
        id="pair-with-separate-breaks-gives-each-its-own",
    ),
    pytest.param(
        "元旦", D(2023, 12, 20), D(2024, 1, 1), D(2024, 1, 1), {"festival"}, id="new-year-next"
    ),
    # --- clock times
    pytest.param("下午2点", REF, T(2023, 4, 14, 14, 0), T(2023, 4, 14, 14, 0), set(), id="pm-hour"),
    pytest.param(
        "4月15日晚上7时30分",
        REF,
        T(2023, 4, 15, 19, 30),
        T(2023, 4, 15, 19, 30),
        set(),
        id="evening-minutes",
    ),
    pytest.param(
        "4月15日14:30", REF, T(2023, 4, 15, 14, 30), T(2023, 4, 15, 14, 30), set(), id="hh-mm"
    ),
    pytest.param(
        "4月15日18H00,气象局宣布除下所有风球信号",
        REF,
        T(2023, 4, 15, 18, 0),
        T(2023, 4, 15, 18, 0),
        set(),
        id="hh-h-mm-as-macao-writes-it",
    ),
    pytest.param(
        "4月15日9:00-17:00",
        REF,
        T(2023, 4, 15, 9, 0),
        T(2023, 4, 15, 17, 0),
        {"range"},
        id="clock-range",
    ),
    pytest.param(
        "9月17日至10月17日，每天10:00至17:00",
        REF,
        T(2023, 9, 17, 10, 0),
        T(2023, 10, 17, 17, 0),
        {"daily"},
        id="daily-time-over-range",
    ),
    pytest.param(
        "4月22日—23日（周六、周日）9:00-16:00",
        REF,
        T(2023, 4, 22, 9, 0),
        T(2023, 4, 23, 16, 0),
        {"daily"},
        id="daily-time-after-weekday-note",
    ),
    pytest.param(
        "于2022年7月20日至7月24日晚上22时至次日6时对大桥实施封闭检测",
        REF,
        T(2022, 7, 20, 22, 0),
        T(2022, 7, 25, 6, 0),
        {"daily"},
        id="nightly-slot-after-a-range-whose-end-says-its-month",
    ),
    pytest.param(
        "2月6日至10日晚上7时30分,淮剧《狸猫换太子》在大剧院上演",
        REF,
        T(2023, 2, 6, 19, 30),
        T(2023, 2, 10, 19, 30),
        {"daily"},
        id="an-evening-hour-after-a-run-of-days-is-each-evenings",
    ),
    pytest.param(
        "报名即日起至4月30日17:00",
        REF,
        T(2023, 4, 14, 0, 0),
        T(2023, 4, 30, 17, 0),
        {"since_publication"},
        id="from-today-to-a-clock-time",
    ),
    pytest.param(
        "公告发布之日起20日内",
        REF,
        D(2023, 4, 14),
        D(2023, 5, 4),
        {"since_publication"},
        id="from-notice-within-days",
    ),
    pytest.param(
        "下午5:00到凌晨3:00",
        REF,
        T(2023, 4, 14, 17, 0),
        T(2023, 4, 15, 3, 0),
        {"range"},
        id="clock-range-overnight",
    ),
    pytest.param("每月15日开放", REF, D(2023, 4, 15), D(2023, 4, 15), {"recurring"}, id="monthly"),
    pytest.param(
        "4月14日晚，晚会开幕",
        REF,
        D(2023, 4, 14),
        D(2023, 4, 14),
        {"part_of_day"},
        id="evening-after-day",
    ),
    pytest.param(
        "4月14日（周五）至16日（周日）举行",
        REF,
        D(2023, 4, 14),
        D(2023, 4, 16),
        {"range"},
        id="range-with-weekday-notes",
    ),
    pytest.param(
        "次日凌晨2时",
        REF,
        T(2023, 4, 15, 2, 0),
        T(2023, 4, 15, 2, 0),
        {"anaphora"},
        id="next-day-clock",
    ),
    pytest.param("中午12点", REF, T(2023, 4, 14, 12, 0), T(2023, 4, 14, 12, 0), set(), id="noon"),
    pytest.param(
        "凌晨2点半", REF, T(2023, 4, 14, 2, 30), T(2023, 4, 14, 2, 30), set(), id="small-hours"
    ),
    pytest.param(
        "三点一刻", REF, T(2023, 4, 14, 3, 15), T(2023, 4, 14, 3, 15), set(), id="quarter-hour"
    ),
    # --- relative offsets and durations
    pytest.param("三天后", REF, D(2023, 4, 17), D(2023, 4, 17), {"relative"}, id="days-later"),
    pytest.param("5年内建成", REF, D(2023, 4, 14), D(2028, 4, 13), {"duration"}, id="duration"),
    # --- gaps closed: ISO date after a label, 24时, 次日凌晨, 正月十五元宵, 年中考
    pytest.param(
        "举办时间：2023-03-18 09:00—12:00",
        REF,
        T(2023, 3, 18, 9, 0),
        T(2023, 3, 18, 12, 0),
        {"range"},
        id="iso-after-label-with-clock-range",
    ),
    pytest.param(
        "征求意见截止到4月27日24时",
        REF,
        T(2023, 4, 27, 23, 59),
        T(2023, 4, 27, 23, 59),
        {"deadline"},
        id="24-shi-is-the-last-minute",
    ),
    pytest.param(
        "自5月1日24时起施行",
        REF,
        T(2023, 5, 2, 0, 0),
        T(2023, 5, 2, 0, 0),
        set(),
        id="24-shi-start-is-the-next-day",
    ),
    pytest.param(
        "每天9时至24时开放",
        REF,
        T(2023, 4, 14, 9, 0),
        T(2023, 4, 14, 23, 59),
        {"range"},
        id="24-shi-closing",
    ),
    pytest.param(
        "5月8日至12日，每晚22时至次日凌晨5时封闭",
        REF,
        T(2023, 5, 8, 22, 0),
        T(2023, 5, 13, 5, 0),  # (the last night's slot closes on the 13th)
        {"daily"},
        id="nightly-next-day-dawn",
    ),
    pytest.param(
        "22时至次日凌晨5时",
        REF,
        T(2023, 4, 14, 22, 0),
        T(2023, 4, 15, 5, 0),
        {"range"},
        id="next-day-before-part-of-day",
    ),
    pytest.param(
        "正月十五元宵节",
        D(2024, 2, 10),
        D(2024, 2, 24),
        D(2024, 2, 24),
        {"lunar"},
        id="lunar-day-before-yuanxiao",
    ),
    pytest.param(
        "2024年中考将于6月举行",
        REF,
        D(2024, 1, 1),
        D(2024, 12, 31),
        set(),
        id="year-then-zhongkao-not-midyear",
    ),
    pytest.param(
        "2月10日（正月初一）至2月17日（正月初八），花灯节举行",
        D(2024, 2, 6),
        D(2024, 2, 10),
        D(2024, 2, 17),
        {"range"},
        id="lunar-notes-inside-a-range",
    ),
    pytest.param(
        "9月29日（农历八月十五）晚上8点",
        REF,
        T(2023, 9, 29, 20, 0),
        T(2023, 9, 29, 20, 0),
        set(),
        id="lunar-note-then-clock",
    ),
    pytest.param(
        "活动从晚上7时持续至9时30分",
        REF,
        T(2023, 4, 14, 19, 0),
        T(2023, 4, 14, 21, 30),
        {"range"},
        id="clock-range-chixu-zhi",
    ),
    pytest.param(
        "项目2024年中完工",
        REF,
        D(2024, 6, 1),
        D(2024, 7, 31),
        {"part"},
        id="midyear",
    ),
    # --- year ranges ending in a month; seasons by the solar terms
    pytest.param(
        "他1985到89年9月在县文化馆工作",
        REF,
        D(1985, 1, 1),
        D(1989, 9, 30),
        {"range"},
        id="year-range-to-month-short-year",
    ),
    pytest.param(
        "1985年至1989年9月，他在县文化馆工作",
        REF,
        D(1985, 1, 1),
        D(1989, 9, 30),
        {"range"},
        id="year-range-to-month",
    ),
    pytest.param(
        "2010年至2018年3月15日共受理案件",
        REF,
        D(2010, 1, 1),
        D(2018, 3, 15),
        {"range"},
        id="year-range-to-day",
    ),
    pytest.param(
        "2021年春，新馆开工建设",
        REF,
        D(2021, 2, 3),
        D(2021, 5, 4),
        {"part"},
        id="season-spring",
    ),
    pytest.param(
        "今年夏天，公园将开放夜场",
        REF,
        D(2023, 5, 6),
        D(2023, 8, 7),
        {"part"},
        id="season-this-summer",
    ),
    pytest.param(
        "2022年冬，村里修通了公路",
        REF,
        D(2022, 11, 7),
        D(2023, 2, 3),
        {"part"},
        id="season-winter-into-next-year",
    ),
    pytest.param(
        "20年小寒那天，他回到了家乡",
        REF,
        D(2020, 1, 6),
        D(2020, 1, 6),
        {"festival"},
        id="solar-term-after-a-short-year",
    ),
    # --- reign eras (年号)
    pytest.param(
        "该桥始建于康熙20年9月，距今已有三百多年",
        REF,
        D(1681, 9, 1),
        D(1681, 9, 30),
        set(),
        id="era-year-month",
    ),
    pytest.param(
        "民国三十八年十月一日，他在天安门广场",
        REF,
        D(1949, 10, 1),
        D(1949, 10, 1),
        set(),
        id="era-republic",
    ),
    pytest.param(
        "开元寺始建于唐开元二十六年",
        REF,
        D(738, 1, 1),
        D(738, 12, 31),
        {"bare_year"},
        id="era-year-alone",
    ),
    pytest.param(
        "旅遊局將舉辦花車巡遊,慶祝元宵佳節",
        D(2024, 2, 10),
        D(2024, 2, 24),
        D(2024, 2, 24),
        {"festival"},
        id="a-festival-celebrated-after-a-surname-like-character",
    ),
    pytest.param(
        "于龙年新春期间开启的灯会,一直延续到“五一”假期",
        D(2024, 5, 1),
        D(2024, 2, 10),
        D(2024, 2, 17),
        {"festival", "holiday", "range"},
        id="the-new-spring-as-the-spring-festival-break",
    ),
    pytest.param(
        "2023年9月至11月中旬,城区农贸市场将进行提升改造",
        D(2023, 8, 20),
        D(2023, 9, 1),
        D(2023, 11, 20),
        {"month_part", "range"},
        id="a-month-range-ending-with-a-part-of-its-last-month",
    ),
    # --- a year of the Republic as Taiwan writes it (民國114年 = 2025)
    pytest.param(
        "公開展覽期間:自民國114年4月17日起至民國114年5月19日止",
        D(2026, 11, 1),
        D(2025, 4, 17),
        D(2025, 4, 17),
        {"from"},
        id="republic-year-in-three-digits",
    ),
    pytest.param(
        "說明會:114年5月8日上午10時於活動中心舉辦",
        D(2026, 11, 1),
        dt.datetime(2025, 5, 8, 10, 0),
        dt.datetime(2025, 5, 8, 10, 0),
        {"part_of_day"},
        id="republic-year-without-its-era",
    ),
    pytest.param(
        "庆祝建党100年10月1日举行",
        D(2026, 5, 1),
        D(2026, 10, 1),
        D(2026, 10, 1),
        set(),
        id="an-anniversary-is-no-republic-year",
    ),
    pytest.param(
        "各族群众欢度三月三,共享民族文化盛宴",
        D(2021, 4, 8),
        D(2021, 4, 14),
        D(2021, 4, 14),
        {"festival"},
        id="a-festival-spelt-as-a-lunar-day-is-the-festival",
    ),
    pytest.param(
        "三月三十日举办庙会",
        D(2023, 2, 1),
        D(2023, 3, 30),
        D(2023, 3, 30),
        set(),
        id="but-a-longer-date-of-the-same-words-is-the-date",
    ),
    pytest.param(
        "农历三月三,是壮族的传统歌节",
        D(2017, 2, 14),
        D(2017, 3, 30),
        D(2017, 3, 30),
        {"festival", "lunar"},
        id="a-festival-spelt-as-a-lunar-date-is-the-festival-too",
    ),
    pytest.param(
        "2025年5月1日至5月5日,每日16时至24时,实施临时交通管制",
        D(2025, 4, 27),
        dt.datetime(2025, 5, 1, 16, 0),
        dt.datetime(2025, 5, 5, 23, 59),
        {"daily"},
        id="a-daily-slot-to-24-oclock-ends-at-the-last-days-last-minute",
    ),
    pytest.param(
        "某馆将在4月29日(本周六)至5月1日(下周一)的9:00~17:00开放",
        D(2017, 4, 28),
        dt.datetime(2017, 4, 29, 9, 0),
        dt.datetime(2017, 5, 1, 17, 0),
        {"range"},
        id="a-runs-hours-after-de-past-its-weekday-notes",
    ),
    pytest.param(
        "105/12/26(一)-12/30(五) 國美館因高壓電設備更新暫時休館",
        D(2016, 12, 22),
        D(2016, 12, 26),
        D(2016, 12, 30),
        {"range"},
        id="a-slashed-date-in-the-republics-years-as-taiwan-writes-it",
    ),
    pytest.param(
        "111.5.20至111.6.30受理申請",
        D(2022, 5, 1),
        D(2022, 5, 20),
        D(2022, 6, 30),
        {"range"},
        id="dotted-dates-in-the-republics-years",
    ),
    pytest.param(
        "勞工處將於本周二及周三,一連兩日在旺角麥花臣場館舉行就業博覽",
        D(2017, 3, 12),
        D(2017, 3, 14),
        D(2017, 3, 14),
        {"weekday"},
        id="a-sunday-papers-week-to-come-with-its-will-said-before",
    ),
    pytest.param(
        "一、时间:20171016日星期一上午9时整",
        D(2017, 9, 29),
        dt.datetime(2017, 10, 16, 9, 0),
        dt.datetime(2017, 10, 16, 9, 0),
        set(),
        id="a-compact-date-keeping-its-ri-then-its-weekday-and-hour",
    ),
    pytest.param(
        "瑪家鄉聯合收穫祭8月14、15",
        D(2020, 8, 1),
        D(2020, 8, 14),
        D(2020, 8, 15),
        {"list"},
        id="days-listed-after-their-month-the-last-without-its-ri",
    ),
    pytest.param(
        "8月14、15名学生参加",
        D(2020, 8, 1),
        D(2020, 8, 14),
        D(2020, 8, 14),
        set(),
        id="a-count-after-a-day-is-no-listed-day",
    ),
    pytest.param(
        "从25日起到2月9日,文化广场市民大舞台将连续上演16场惠民演出",
        D(2018, 2, 8),
        D(2018, 1, 25),
        D(2018, 2, 9),
        {"range"},
        id="a-bare-day-opening-a-run-to-a-day-of-the-papers-month-is-the-month-before",
    ),
    pytest.param(
        "28日至1月5日,公园将举办灯会",
        D(2018, 12, 20),
        D(2018, 12, 28),
        D(2019, 1, 5),
        {"range"},
        id="a-bare-day-opening-a-run-into-the-new-year-stays-in-the-papers-month",
    ),
    pytest.param(
        "在之后的一个多月,全市将举行近200场各类文体活动",
        D(2018, 2, 8),
        D(2018, 2, 8),
        D(2018, 3, 7),
        {"duration"},
        id="the-month-that-follows-is-a-length-not-next-month",
    ),
    pytest.param(
        "即区议会选举12月10日投票日的前一天,举办嘉年华",
        D(2023, 12, 5),
        D(2023, 12, 9),
        D(2023, 12, 9),
        set(),
        id="the-day-before-a-day-named-between",
    ),
]


@pytest.mark.parametrize(("text", "ref", "start", "end", "flags"), CASES)
def test_first_mention(text: str, ref: dt.date, start, end, flags: set[str]) -> None:
    m = first(text, ref)
    assert (m.start, m.end) == (start, end)
    assert flags <= m.flags
    assert text[m.span[0] : m.span[1]] == m.text


NEGATIVES = [
    pytest.param("李国庆说，他很高兴", id="person-name-guoqing"),
    pytest.param("王重阳是全真教的创始人", id="person-name-chongyang"),
    pytest.param("街道举办迎新春冬季趣味运动会,“新春到,福满门”", id="the-new-spring-as-a-season"),
    pytest.param("我的电话号码是888-000-9999。", id="phone"),
    pytest.param("请检查：192.168.255.255。", id="ip-address"),
    pytest.param("同比增长1.2022年", id="a-decimal-before-a-year-word"),
    pytest.param("住在12号楼", id="house-number"),
    pytest.param("12号", id="bare-hao"),
    pytest.param("版本3.10.2发布", id="version"),
    pytest.param("服务器地址为10.111.5.20", id="an-address-holding-a-republic-like-date"),
    pytest.param("地點:維多利亞公園3號至6號足球場及草地", id="pitches-numbered-with-hao"),
    pytest.param("展览在5号馆举行", id="a-hall-numbered-with-hao"),
    pytest.param("大坑舞火龍將延伸至維園五、六號足球場舉行", id="pitches-listed-with-hao"),
    pytest.param("地铁1、2、3号线将延长运营时间", id="metro-lines-listed-with-hao"),
    pytest.param("共计2023.5万元", id="amount"),
    pytest.param("这个玩具一点都不好玩。", id="yi-dian"),
    pytest.param("调高24点5度", id="decimal-degrees"),
    pytest.param("一日之计在于晨", id="one-day-idiom"),
    pytest.param("黎明主演的电影已上映。", id="actor-name"),
    pytest.param("身份证号140302197706220124。", id="id-number"),
    pytest.param("提出3点要求", id="three-points"),
    pytest.param("动物园将开放四个晚上", id="count-of-evenings"),
    pytest.param("6月龄以上的婴幼儿均可接种", id="an-age-in-months"),
    pytest.param("海岸带和高山地区10-12级", id="a-range-of-wind-forces"),
    pytest.param("将以每小时10-15公里的速度向偏北方向移动", id="a-range-of-speeds"),
    pytest.param("气温下降8-10度", id="a-range-of-degrees"),
    pytest.param("每次活动持续3-5天", id="a-range-of-days"),
    pytest.param("数据于每月底公布", id="every-months-end"),
    pytest.param("费用于次月底前结清", id="the-next-months-end"),
    pytest.param("三个月末的余额", id="a-count-of-months-ends"),
    pytest.param("医生详细说明日常按压方法与功效", id="shuoming-then-richang"),
    pytest.param("购买5H20型号电池", id="a-model-number-with-an-h"),
    pytest.param("请12-14周岁的学生到接种点接种", id="a-range-of-ages"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_time(text: str) -> None:
    assert [m.text for m in find_times(text, REF)] == []


@pytest.mark.parametrize(
    ("text", "year"),
    [("2021年春节前后", 2021), ("2021年春季学期开学", 2021), ("2022年冬季奥运会", 2022)],
)
def test_a_season_is_not_read_inside_a_word(text: str, year: int) -> None:
    m = first(text)
    assert "part" not in m.flags and m.start.year == year, m


@pytest.mark.parametrize("text", ["2008年大雪，交通中断", "2020年雨水偏多"])
def test_snow_and_rain_after_a_year_stay_weather(text: str) -> None:
    assert "festival" not in first(text).flags


def test_precision_is_kept() -> None:
    assert first("2022年").precision is Precision.YEAR
    assert first("9月").precision is Precision.MONTH
    assert first("4月14日").precision is Precision.DAY
    assert first("下午2点").precision is Precision.MINUTE


def test_anaphora_refers_to_the_last_date() -> None:
    found = find_times("4月20日开幕，次日举行论坛，当晚闭幕。", REF)
    assert [(m.text, m.start) for m in found] == [
        ("4月20日", D(2023, 4, 20)),
        ("次日", D(2023, 4, 21)),
        ("当晚", D(2023, 4, 21)),
    ]
    assert "anaphora" in found[1].flags


def test_mentions_come_in_text_order_with_spans() -> None:
    text = "4月14日至24日，“北京书市”开幕。5月1日起，每周六开放。"
    found = find_times(text, REF)
    assert [m.span[0] for m in found] == sorted(m.span[0] for m in found)
    for m in found:
        assert text[m.span[0] : m.span[1]] == m.text


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        pytest.param("灯光秀正月初一至初七的每晚8时、8时45分,共两场", [20, 20], id="evening-list"),
        pytest.param(
            "下午3:30召开扩大会议;4:00召开党员会议,4:50召开分组会议", [15, 16, 16], id="afternoon"
        ),
        pytest.param("截止时间为17:00,9:00开始签到", [17, 9], id="a-24-hour-clock-lends-none"),
        pytest.param(
            "3月9日下午中级职称考试,1:30开始检录,2:00开考", [13, 14], id="the-days-afternoon"
        ),
        pytest.param("3月9日晚上举行联欢会,7点半开始", [19], id="the-days-evening"),
        pytest.param("3月9日下午举行,9:00前签到", [9], id="no-afternoon-at-nine"),
        pytest.param("3月9日上午笔试,2:00开始", [2], id="the-morning-lends-nothing"),
        pytest.param("气象台明晚(9日)8时30分将发布预警", [20], id="the-evening-a-bracket-glosses"),
        pytest.param("明天下午(1月9日)3点开幕", [15], id="the-afternoon-a-bracket-glosses"),
        pytest.param("明天(1月9日)9时开幕", [9], id="a-glossed-day-without-part"),
    ],
)
def test_a_bare_clock_takes_the_afternoon_of_the_one_before(text: str, hours: list[int]) -> None:
    found = find_times(text, dt.date(2025, 1, 8))
    assert [m.start.hour for m in found if isinstance(m.start, dt.datetime)] == hours


def test_days_listed_on_into_the_next_months_days_are_each_theirs() -> None:
    found = find_times("煙花公司將於9月11、16、23、10月1及7日,分5個晚上上演", D(2023, 8, 20))
    assert [m.start for m in found] == [
        D(2023, 9, 11),
        D(2023, 9, 16),
        D(2023, 9, 23),
        D(2023, 10, 1),
        D(2023, 10, 7),
    ]


@pytest.mark.parametrize("joined", ["及", "和"])
def test_a_month_listed_after_a_years_month_is_in_that_year(joined: str) -> None:
    found = find_times(f"康文署在2024年6月{joined}7月试行", D(2025, 2, 28))
    assert [(m.start, m.end) for m in found] == [
        (D(2024, 6, 1), D(2024, 6, 30)),
        (D(2024, 7, 1), D(2024, 7, 31)),
    ]


def test_invalid_dates_are_skipped() -> None:
    assert find_times("2月30日", REF) == []


def test_hour_relatives_use_now() -> None:
    m = find_times("三小时后", REF, now=T(2023, 4, 14, 10, 0))[0]
    assert m.start == T(2023, 4, 14, 13, 0)


def test_latin_dates() -> None:
    m = first("The fair opens on April 14, 2023 in Beijing")
    assert m.start == D(2023, 4, 14)


def test_a_list_of_separate_days_gives_one_mention_each() -> None:
    found = find_times("5月5日、12日、19日举办三场讲座", REF)
    assert [m.start for m in found] == [D(2023, 5, 5), D(2023, 5, 12), D(2023, 5, 19)]
    assert all("list" in m.flags for m in found)


def test_now_words_are_the_reference_day_without_a_clock() -> None:
    m = first("目前已建成")
    assert (m.start, m.precision) == (REF, Precision.DAY)
    assert "now" in m.flags


@pytest.mark.parametrize(
    "text,start,end",
    [
        pytest.param(
            "今晚7点至9点",
            dt.datetime(2023, 4, 14, 19),
            dt.datetime(2023, 4, 14, 21),
            id="relative-evening-range",
        ),
        pytest.param(
            "4月20日举行。当晚7点至9点",
            dt.datetime(2023, 4, 20, 19),
            dt.datetime(2023, 4, 20, 21),
            id="anaphora-evening-range",
        ),
    ],
)
def test_part_of_day_clock_ranges(text: str, start: dt.datetime, end: dt.datetime) -> None:
    found = timed(text)
    assert (found[-1].start, found[-1].end) == (start, end)


# rules found on the blind batches: (text, reference, the periods of every mention)
BLIND_CASES = [
    pytest.param(
        "2月17日、18日下午2点半，非遗展演",
        D(2019, 2, 10),
        [(T(2019, 2, 17, 14, 30), T(2019, 2, 18, 14, 30))],
        id="listed-run-of-days-at-one-time",
    ),
    pytest.param(
        "将于11月15日、22日、29日下午2时30分举行",
        D(2020, 11, 10),
        [
            (T(2020, 11, 15, 14, 30), T(2020, 11, 15, 14, 30)),
            (T(2020, 11, 22, 14, 30), T(2020, 11, 22, 14, 30)),
            (T(2020, 11, 29, 14, 30), T(2020, 11, 29, 14, 30)),
        ],
        id="split-list-every-day-keeps-the-time",
    ),
    pytest.param(
        "11月9日晚20时至次日6时，道路封闭",
        D(2019, 11, 5),
        [(T(2019, 11, 9, 20, 0), T(2019, 11, 10, 6, 0))],
        id="next-day-hour-not-read-in-the-evening",
    ),
    pytest.param(
        "正月初一至正月初六",
        D(2023, 1, 20),
        [(D(2023, 1, 22), D(2023, 1, 27))],
        id="lunar-range-end-after-its-start",
    ),
    pytest.param(
        "庙会将于正月初一至初六举办",
        D(2023, 1, 20),
        [(D(2023, 1, 22), D(2023, 1, 27))],
        id="bare-lunar-day-ends-a-lunar-range",
    ),
    pytest.param(
        "元宵灯会将于正月十三至十七在滨江公园举办",
        D(2020, 1, 10),
        [(D(2020, 2, 6), D(2020, 2, 10))],
        id="bare-lunar-day-past-the-tenth-ends-a-lunar-range",
    ),
    pytest.param(
        "腊月二十一至二十八",
        D(2020, 1, 10),
        [(D(2020, 1, 15), D(2020, 1, 22))],
        id="bare-lunar-twenties-end-a-lunar-range",
    ),
    pytest.param(
        "将于1月15日至22日（农历腊月二十一至二十八）在县体育中心广场举行",
        D(2020, 1, 10),
        [(D(2020, 1, 15), D(2020, 1, 22))],
        id="lunar-range-noted-after-a-solar-range",
    ),
    pytest.param(
        "浏阳天空剧院“新春烟花秀”将于2月10日至24日每晚8时30分上演",
        D(2024, 2, 6),
        [(T(2024, 2, 10, 20, 30), T(2024, 2, 24, 20, 30))],
        id="every-evening-clock-is-read-in-the-evening",
    ),
    pytest.param(
        "将于汛期前的5月31日前全面完成",
        D(2022, 3, 8),
        [(D(2022, 5, 31), D(2022, 5, 31))],
        id="month-with-its-day-after-qian-de-is-a-date",
    ),
    pytest.param(
        "周六8:30-17:00开放",
        D(2025, 7, 4),
        [(T(2025, 7, 5, 8, 30), T(2025, 7, 5, 17, 0))],
        id="weekday-then-clock-without-a-part-of-day",
    ),
    pytest.param(
        "今年全市供暖期为11月5日至次年4月5日",
        D(2019, 11, 25),
        [(D(2019, 11, 5), D(2020, 4, 5))],
        id="range-to-next-year",
    ),
    pytest.param(
        "有效期为10月8日至次年10月8日",
        D(2019, 11, 25),
        [(D(2019, 10, 8), D(2020, 10, 8))],
        id="range-to-the-same-day-next-year",
    ),
    pytest.param(
        "2月16日（周日）学生返校报到，17日正式上课。",
        D(2019, 12, 20),
        [(D(2020, 2, 16), D(2020, 2, 16)), (D(2020, 2, 17), D(2020, 2, 17))],
        id="bare-day-takes-the-month-just-said",
    ),
    pytest.param(
        "运动会将于下周四、周五举行",
        D(2021, 10, 20),
        [(D(2021, 10, 28), D(2021, 10, 28)), (D(2021, 10, 29), D(2021, 10, 29))],
        id="weekday-listed-after-next-week",
    ),
    pytest.param(
        "端午节：5月31日（周六）至6月2日（周一）放假",
        D(2024, 11, 12),
        [(D(2025, 5, 31), D(2025, 6, 2))],
        id="weekday-note-names-next-year",
    ),
    pytest.param(
        "元旦放假1天",
        D(2019, 12, 20),
        [(D(2020, 1, 1), D(2020, 1, 1))],
        id="fangjia-is-a-break-word",
    ),
    pytest.param(
        "中秋国庆“双节”将至",
        D(2020, 9, 15),
        [(D(2020, 10, 1), D(2020, 10, 8))],
        id="pair-break-holding-both-days-2020",
    ),
]


@pytest.mark.parametrize(("text", "ref", "expected"), BLIND_CASES)
def test_blind_batch_rules(text: str, ref: dt.date, expected) -> None:
    found = [(m.start, m.end) for m in find_times(text, ref)]
    # other mentions may come too (the festival name of `端午节:`); these must, in order
    assert [p for p in found if p in expected] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "五月十八號下週五當天,也全都免費",
            [(D(2007, 5, 18), D(2007, 5, 18))],
            id="a-date-glossed-by-its-weekday-in-next-week",
        ),
        pytest.param(
            "5月18日,下周五截止",
            [(D(2007, 5, 18), D(2007, 5, 18)), (D(2007, 5, 25), D(2007, 5, 25))],
            id="a-weekday-of-next-week-after-a-comma-is-its-own",
        ),
    ],
)
def test_a_weekday_said_with_its_week_right_after_a_date_glosses_it(text: str, expected) -> None:
    assert [(m.start, m.end) for m in find_times(text, D(2007, 5, 15))] == expected


def test_months_from_january_said_from_are_a_run_not_a_statistic() -> None:
    assert "statistic" in first("1—10月全市GDP", REF).flags
    m = first("系列活动从2019年1月到12月贯穿全年", D(2018, 12, 20))
    assert (m.start, m.end) == (D(2019, 1, 1), D(2019, 12, 31))
    assert "statistic" not in m.flags


def test_registration_jiezhi_is_a_deadline_not_a_statistic() -> None:
    assert "deadline" in first("报名截至8月20日", D(2025, 8, 8)).flags
    assert "deadline" in first("第二批消费券使用期限截至5月31日", D(2020, 4, 30)).flags
    assert "statistic" in first("截至4月底，共接待游客10万人次", D(2023, 5, 8)).flags
    # what may still be done up to a day to come: a window
    assert "deadline" in first("截至28日市民可参与网络投票", D(2010, 11, 20)).flags
    assert "statistic" in first("截至18日,市民可在多处看到彩灯", D(2010, 11, 20)).flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "开放至22时\n\n7月1日,特展亮相。", ["22时", "7月1日"], id="clock-then-date-next-line"
        ),
        pytest.param("20时 7月1日", ["20时", "7月1日"], id="clock-space-date"),
        pytest.param("晚上7点30开演", ["晚上7点30"], id="minutes-without-fen"),
    ],
)
def test_minutes_never_swallow_a_following_date(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_times(text, dt.date(2023, 9, 27))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "7-9月的最后一个星期六进行小组赛",
            ["2020-07-25", "2020-08-29", "2020-09-26"],
            id="last-saturday-of-each-month",
        ),
        pytest.param("10月的前一个周日举行", ["2020-10-04"], id="first-sunday"),
        pytest.param("8月最后一周", ["2020-08-24"], id="a-week-stays-a-week"),
    ],
)
def test_a_weekday_of_each_month(text: str, expected: list[str]) -> None:
    assert [m.start.isoformat() for m in find_times(text, dt.date(2020, 6, 25))] == expected


@pytest.mark.parametrize(
    ("ref", "last"),
    [
        pytest.param("2020-01-20", "2020-01-30", id="as-first-announced"),
        pytest.param("2020-02-05", "2020-02-02", id="as-extended-on-27-january"),
    ],
)
def test_a_break_changed_later_is_read_as_known_on_the_papers_day(ref: str, last: str) -> None:
    (m,) = find_times("2020年春节假期期间,图书馆正常开放", dt.date.fromisoformat(ref))
    assert (m.start.isoformat(), m.end.isoformat()) == ("2020-01-24", last)


def test_a_headings_number_on_the_next_line_is_no_day() -> None:
    (m,) = find_times("2021年3月中旬至12月\n三、活动内容及时间安排", dt.date(2021, 3, 9))
    assert (m.start.isoformat(), m.end.isoformat()) == ("2021-03-11", "2021-12-31")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param("正月十四、十五举办音乐会", ("2023-02-04", "2023-02-05"), id="two"),
        pytest.param("大年初一、初二、初三举办", ("2023-01-22", "2023-01-24"), id="three"),
    ],
)
def test_lunar_days_listed_are_one_run(text: str, span: tuple[str, str]) -> None:
    (m,) = find_times(text, dt.date(2023, 1, 14))
    assert (m.start.isoformat(), m.end.isoformat()) == span


def test_hong_kongs_big_eve_is_the_last_day_of_the_year() -> None:
    (m,) = find_times("大除夕維港將燃放煙花", dt.date(2018, 12, 20))
    assert m.start.isoformat() == "2018-12-31"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param("巴士在平安夜及除夕通宵服务", "2018-12-31", id="beside-christmas-eve"),
        pytest.param("圣诞和除夕两晚加开班次", "2018-12-31", id="beside-christmas"),
        pytest.param("除夕当天庙会照常开放", "2019-02-04", id="alone-the-lunar-eve"),
    ],
)
def test_the_eve_beside_christmas_is_the_last_day_of_the_year(text: str, day: str) -> None:
    eve = [m for m in find_times(text, dt.date(2018, 12, 20)) if m.text.startswith("除夕")]
    assert [m.start.isoformat() for m in eve] == [day]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "广场将在除夕夜晚上8时举办派对",
            ("2023-01-21T20:00", "2023-01-21T20:00"),
            id="the-eves-night-then-the-evening",
        ),
        pytest.param(
            "广场将在除夕夜9时举办派对",
            ("2023-01-21T21:00", "2023-01-21T21:00"),
            id="the-eves-night-at-a-bare-hour",
        ),
        pytest.param(
            "广场将在除夕夜11时至次日1时举办派对",
            ("2023-01-21T23:00", "2023-01-22T01:00"),
            id="the-eves-night-on-to-the-next-morning",
        ),
        pytest.param(
            "1月21日晚上9时至隔天凌晨1时举办派对",
            ("2023-01-21T21:00", "2023-01-22T01:00"),
            id="to-the-day-after-said-ge-tian",
        ),
        pytest.param(
            "1月21日晚上9时至隔日凌晨2时开放",
            ("2023-01-21T21:00", "2023-01-22T02:00"),
            id="to-the-day-after-said-ge-ri",
        ),
    ],
)
def test_evening_hours_on_to_the_next_morning(text: str, span: tuple[str, str]) -> None:
    (m,) = find_times(text, dt.date(2023, 1, 10))
    assert (m.start.isoformat(timespec="minutes"), m.end.isoformat(timespec="minutes")) == span


def test_a_bare_day_of_a_run_over_two_months_said_before_is_in_the_month_holding_it() -> None:
    text = "系列节目从十一月廿二日至十二月廿七日接力登场。十三、十四日登场的是民歌演唱会。"
    found = find_times(text, dt.date(2025, 10, 16))
    assert (found[-1].start.isoformat(), found[-1].end.isoformat()) == ("2025-12-13", "2025-12-14")


def test_a_festival_in_a_works_title_is_no_day() -> None:
    assert find_times("故宫将展出《清明上河图》真迹", dt.date(2025, 3, 1)) == []
    found = find_times(
        "十二月廿日上演亲子剧《圣诞麋鹿出任务》,廿七日的压轴场为音乐剧", dt.date(2023, 10, 16)
    )
    assert [m.start.isoformat() for m in found] == ["2023-12-20", "2023-12-27"]


def test_a_cantonese_new_year_day_noted_after_a_date_ends_the_run_with_its_clock() -> None:
    (m,) = find_times("二月九日(年三十)早上十時至二月十日(年初一)凌晨二時", dt.date(2024, 1, 25))
    assert (m.start.isoformat(), m.end.isoformat()) == (
        "2024-02-09T10:00:00",
        "2024-02-10T02:00:00",
    )


def test_the_spring_festival_gala_is_no_spring_festival_day() -> None:
    assert find_times("手机也盯上了春节联欢晚会", dt.date(2007, 2, 15)) == []


@pytest.mark.parametrize(
    ("text", "ref", "day"),
    [
        pytest.param(
            "今年除夕夜将上演手机春晚", "2007-02-15", "2007-02-17", id="before-the-new-year"
        ),
        pytest.param("今年除夕夜将上演手机春晚", "2007-12-20", "2008-02-06", id="after-it"),
        pytest.param("2024年除夕", "2024-01-20", "2025-01-28", id="a-years-eve-as-jionlp"),
    ],
)
def test_this_years_eve_is_the_eve_closing_the_lunar_year_running(
    text: str, ref: str, day: str
) -> None:
    (m,) = find_times(text, dt.date.fromisoformat(ref))
    assert m.start.isoformat() == day


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "10月2日至4日,每天下午的2:30一直持续到晚上9:50",
            ("2020-10-02T14:30:00", "2020-10-04T21:50:00"),
            id="daily-hours-after-de-and-yizhi",
        ),
        pytest.param(
            "10月2日晚上的8点举行", ("2020-10-02T20:00:00", "2020-10-02T20:00:00"), id="de"
        ),
    ],
)
def test_a_part_of_day_then_de_then_its_clock(text: str, span: tuple[str, str]) -> None:
    (m,) = find_times(text, dt.date(2020, 9, 20))
    assert (m.start.isoformat(), m.end.isoformat()) == span


@pytest.mark.parametrize("next_day", ["次日", "翌日"])
def test_a_nights_slot_to_the_next_morning(next_day: str) -> None:
    (m,) = find_times(f"6月3日晚上11时至{next_day}早上5时封路", dt.date(2023, 6, 2))
    assert (m.start.isoformat(), m.end.isoformat()) == (
        "2023-06-03T23:00:00",
        "2023-06-04T05:00:00",
    )


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param("21和22日上演舞剧", ("2023-06-21", "2023-06-22"), id="digits-he"),
        pytest.param("廿一及廿二日上演舞剧", ("2023-06-21", "2023-06-22"), id="words-ji"),
    ],
)
def test_two_days_joined_by_and_before_one_ri_are_a_list(text: str, span: tuple[str, str]) -> None:
    (m,) = find_times(text, dt.date(2023, 6, 2))
    assert (m.start.isoformat(), m.end.isoformat()) == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param("六月廿三和廿四日將上演粵劇", ("2023-06-23", "2023-06-24"), id="and"),
        pytest.param("六月十八、十九日舉行音樂會", ("2023-06-18", "2023-06-19"), id="comma"),
    ],
)
def test_days_in_words_listed_before_one_saying_ri_are_solar(
    text: str, span: tuple[str, str]
) -> None:
    found = find_times(text, dt.date(2023, 6, 2))
    assert (found[0].start.isoformat(), found[-1].end.isoformat()) == span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 年初一 without 大: the new year's first day, as 大年初一
        pytest.param("剧场年初一、初二公益演出", ("年初一、初二", "2023-01-22"), id="listed"),
        pytest.param("庙会年初一至初五开放", ("年初一至初五", "2023-01-22"), id="range"),
        # the start of the year followed by a word that opens with 一
        pytest.param("年初一直在忙", ("年初", "2023-01-01"), id="yizhi"),
        pytest.param("2023年初一批企业落户", ("2023年初", "2023-01-01"), id="yipi"),
        pytest.param("今年初一季度增长", ("今年初", "2023-01-01"), id="quarter"),
    ],
)
def test_new_year_days_without_da(text: str, expected: tuple[str, str]) -> None:
    first = find_times(text, dt.date(2023, 1, 14))[0]
    assert (first.text, first.start.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "ref", "span"),
    [
        pytest.param("国庆期间工人坚守岗位", "2013-10-05", ("2013-10-01", "2013-10-07"), id="2013"),
        pytest.param("放弃端午休假", "2010-06-18", ("2010-06-14", "2010-06-16"), id="xiujia-2010"),
        pytest.param("春节假期", "2005-02-01", ("2005-02-09", "2005-02-15"), id="2005"),
        # breaks run on over the weekend they join (the package names only the holidays)
        pytest.param("端午假期", "2024-06-01", ("2024-06-08", "2024-06-10"), id="dragon-2024"),
        pytest.param("中秋节期间", "2018-09-13", ("2018-09-22", "2018-09-24"), id="moon-2018"),
        pytest.param("端午节假期", "2018-06-10", ("2018-06-16", "2018-06-18"), id="dragon-2018"),
        # a festival with no break after one with a break: from the break through it
        pytest.param(
            "春节、元宵节期间有活动", "2020-01-22", ("2020-01-24", "2020-02-08"), id="two-feasts"
        ),
    ],
)
def test_holiday_breaks_of_earlier_years(text: str, ref: str, span: tuple[str, str]) -> None:
    (m,) = find_times(text, dt.date.fromisoformat(ref))
    assert (m.start.isoformat(), m.end.isoformat()) == span


@pytest.mark.parametrize(
    ("text", "start"),
    [
        pytest.param("今晚12时停止供热", dt.datetime(2013, 3, 15, 23, 59), id="tonight-at-twelve"),
        pytest.param("3月15日晚12时", dt.datetime(2013, 3, 15, 23, 59), id="a-days-night-twelve"),
        pytest.param("3月15日晚上12点起", dt.datetime(2013, 3, 16, 0, 0), id="from-midnight"),
        pytest.param(
            "3月15日晚上12时30分", dt.datetime(2013, 3, 16, 0, 30), id="half-past-midnight"
        ),
    ],
)
def test_twelve_at_night_is_the_days_end(text: str, start: dt.datetime) -> None:
    (m,) = find_times(text, dt.date(2013, 3, 15))
    assert m.start == start


@pytest.mark.parametrize("note", ["(不含周六、日)", "(周六、日除外)"])
def test_days_left_out_of_a_run_name_no_weekday_of_it(note: str) -> None:
    (m,) = find_times(f"有意者可于8月23日至28日{note}前往报名", dt.date(2024, 8, 22))
    assert (m.start, m.end) == (dt.date(2024, 8, 23), dt.date(2024, 8, 28))


def test_a_festival_noted_between_a_date_and_its_clock() -> None:
    (m,) = find_times(
        "2024年2月9日(除夕)17时至2024年2月10日(正月初一)凌晨1时", dt.date(2024, 1, 31)
    )
    assert (m.start, m.end) == (dt.datetime(2024, 2, 9, 17), dt.datetime(2024, 2, 10, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("423日,街道开展垃圾分类活动", ["2024-04-23"], id="month-lost-3-digits"),
        pytest.param("1228日晚上举行晚会", ["2023-12-28"], id="month-lost-4-digits"),
        pytest.param("门牌123号", [], id="a-house-number-stays"),
        pytest.param("为期120日", [], id="a-length-stays"),
        pytest.param("第130日", [], id="an-ordinal-stays"),
        # the year kept, 年 and 月 lost
        pytest.param("管制时间:202259日至2022618日", ["2022-05-09"], id="year-lost-marks"),
        pytest.param("活动于2025530日举行", ["2025-05-30"], id="year-lost-marks-3-digits"),
        pytest.param("共有2022人,1228日晚", ["2023-12-28"], id="a-count-then-a-day"),
        # the year and its 年 kept, 月 lost: a range's end too
        pytest.param(
            "起止时间:2021年3月1日-2021年0330日", ["2021-03-01"], id="month-lost-after-nian"
        ),
        pytest.param(
            "2021年12日", ["2021-01-01", "2024-04-12"], id="a-year-then-a-day-stays-apart"
        ),
    ],
)
def test_a_month_and_day_whose_month_the_page_lost(text: str, expected: list[str]) -> None:
    found = find_times(text, dt.date(2024, 4, 24))
    assert [m.start.isoformat() for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("3月14日上午9点三秀社区义诊", "2014-03-14T09:00", id="numeral-of-a-name"),
        pytest.param("晚上八點三。", "2014-03-10T20:15", id="cantonese-ge-zi"),
        pytest.param("下午三点十五开始", "2014-03-10T15:15", id="two-numerals-then-a-word"),
        pytest.param("3月17日下午场3:00", "2014-03-17T15:00", id="afternoon-session"),
        pytest.param("圖書館3月17日5時休館", "2014-03-17T17:00", id="a-hall-closes-at-five"),
        pytest.param("3月17日凌晨5时关闭", "2014-03-17T05:00", id="a-closing-said-at-dawn"),
        pytest.param("三月十四日晚上七時卅分開始", "2014-03-14T19:30", id="thirty-minutes-as-sa"),
    ],
)
def test_clock_minutes_and_sessions(text: str, expected: str) -> None:
    (m,) = find_times(text, dt.date(2014, 3, 10))
    assert m.start.isoformat(timespec="minutes") == expected


def test_an_items_number_before_a_date_is_no_month() -> None:
    (m,) = find_times("1、6月15日前,各幼儿园发布招生公告", dt.date(2021, 6, 10))
    assert (m.text, m.start) == ("6月15日前", dt.date(2021, 6, 15))


def test_bare_days_from_the_day_just_dated_keep_its_month() -> None:
    found = find_times("博览会9月22日开幕,22日至28日天天有节目", dt.date(2006, 9, 1))
    assert [(m.start, m.end) for m in found][-1] == (dt.date(2006, 9, 22), dt.date(2006, 9, 28))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        pytest.param("6月中旬到月底,杨梅擂台赛", D(2013, 6, 11), D(2013, 6, 30), id="to-its-end"),
        pytest.param("5月上旬至下旬举行", D(2013, 5, 1), D(2013, 5, 31), id="to-its-last-third"),
    ],
)
def test_a_later_part_of_the_month_said_alone_ends_the_run(
    text: str, start: dt.date, end: dt.date
) -> None:
    m = first(text, D(2013, 6, 1))
    assert (m.start, m.end) == (start, end)


def test_a_bare_day_after_a_festival_named_is_the_papers_month() -> None:
    found = find_times("“干干净净迎国庆”大扫除活动,28日上午社区人员集中清理", dt.date(2015, 9, 28))
    assert [(m.start, m.end) for m in found][-1] == (dt.date(2015, 9, 28), dt.date(2015, 9, 28))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "音乐会时间分别为7月18日、19日、25日、26日",
            [("2009-07-18", "2009-07-19"), ("2009-07-25", "2009-07-26")],
            id="two-weekends",
        ),
        pytest.param(
            "5日、12日、13日",
            [("2009-07-05", "2009-07-05"), ("2009-07-12", "2009-07-13")],
            id="mixed",
        ),
        pytest.param("29、30日", [("2009-07-29", "2009-07-30")], id="one-run"),
        pytest.param("7月16/17/18日闭馆", [("2009-07-16", "2009-07-18")], id="parted-by-slashes"),
    ],
)
def test_a_listed_run_of_days_is_one_range(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_times(text, dt.date(2009, 7, 10))
    assert [(m.start.isoformat(), m.end.isoformat()) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "ref", "start", "end"),
    [
        pytest.param(
            "将于2月24日(正月十五)举行灯会",
            D(2026, 1, 29),
            D(2024, 2, 24),
            D(2024, 2, 24),
            id="lantern",
        ),
        pytest.param(
            "2月10日—25日(正月初一至十六)举办",
            D(2026, 1, 29),
            D(2024, 2, 10),
            D(2024, 2, 25),
            id="a-run",
        ),
        pytest.param(
            "9月17日(农历八月十五)", D(2026, 1, 29), D(2024, 9, 17), D(2024, 9, 17), id="mid-autumn"
        ),
        pytest.param(
            "2025年4月21日至4月26日(农历三月二十四日至二十九日)",
            D(2025, 4, 18),
            D(2025, 4, 21),
            D(2025, 4, 26),
            id="the-notes-first-day-is-the-runs",
        ),
        pytest.param(
            "2月24日(正月十五)", D(2024, 2, 1), D(2024, 2, 24), D(2024, 2, 24), id="agrees"
        ),
    ],
)
def test_a_lunar_note_settles_the_year_of_a_yearless_day(text, ref, start, end) -> None:
    m = first(text, ref)
    assert (m.start, m.end) == (start, end)


def test_from_a_festival_with_a_break_to_another_starts_on_the_break() -> None:
    m = first("2025年春节到元宵节期间,景区将开展民俗活动", D(2025, 1, 20))
    assert (m.start, m.end) == (D(2025, 1, 28), D(2025, 2, 12))


def test_a_days_hours_after_de_are_its_hours() -> None:
    m = first("6月8日的9时至11时30分", D(2012, 6, 4))
    assert (m.start, m.end) == (T(2012, 6, 8, 9, 0), T(2012, 6, 8, 11, 30))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        pytest.param("活动时间:2024131", [D(2024, 1, 31)], id="after-a-time-label"),
        pytest.param(
            "2016724日起2016830", [D(2016, 7, 24), D(2016, 8, 30)], id="after-a-connector"
        ),
        pytest.param("编号:2016830", [], id="a-number-after-another-label"),
        pytest.param("时间:2024111", [], id="two-months-fit"),
    ],
)
def test_a_date_that_lost_its_units(text: str, days: list[dt.date]) -> None:
    assert [m.start for m in find_times(text, D(2024, 1, 20))] == days


def test_a_run_starting_at_24_oclock_starts_the_next_day() -> None:
    m = first("2025年7月20日24:00—2025年9月20日24:00", D(2025, 7, 15))
    assert (m.start, m.end) == (T(2025, 7, 21, 0, 0), T(2025, 9, 20, 23, 59))


@pytest.mark.parametrize(
    ("text", "end"),
    [
        pytest.param("除夕到十五,欢乐过大年", D(2023, 2, 5), id="to-the-fifteenth"),
        pytest.param("除夕至初六,景区免费开放", D(2023, 1, 27), id="to-the-sixth"),
    ],
)
def test_from_the_eve_to_a_bare_day_of_the_first_lunar_month(text: str, end: dt.date) -> None:
    m = first(text, D(2023, 1, 15))
    assert (m.start, m.end) == (D(2023, 1, 21), end)


@pytest.mark.parametrize(
    ("said", "text", "ref", "spans"),
    [
        pytest.param(
            "春节期间,各街道精心准备了节目,",
            "从初一一直热闹到初七。",
            D(2026, 2, 10),
            [(D(2026, 2, 17), D(2026, 2, 17)), (D(2026, 2, 23), D(2026, 2, 23))],
            id="after-the-spring-festival",
        ),
        pytest.param(
            "",
            "年初一、初二在剧场公益演出2场,初四、初五在非遗馆举办戏曲体验。",
            D(2023, 1, 14),
            [(D(2023, 1, 22), D(2023, 1, 23)), (D(2023, 1, 25), D(2023, 1, 26))],
            id="listed-after-a-new-year-day",
        ),
        pytest.param(
            "庙会定于6月28日—6月30日(农历六月初五至六月初七)举办,",
            "届时将有秦腔演出(初五至初七)。",
            D(2017, 6, 20),
            [(D(2017, 6, 28), D(2017, 6, 30))],
            id="in-the-lunar-month-noted-before",
        ),
        pytest.param(
            "端午节当天,",
            "龙舟赛在初五上午举行。",
            D(2024, 6, 1),
            [(D(2024, 6, 10), D(2024, 6, 10))],
            id="after-a-lunar-festival",
        ),
        pytest.param(
            "军民联欢晚会将于腊月二十八在大礼堂拉开帷幕。",
            "某某大剧院从初五开始,陆续为市民献上木偶剧。",
            D(2014, 1, 19),
            [(D(2014, 2, 4), D(2014, 2, 4))],
            id="after-a-later-day-of-the-last-lunar-month",
        ),
        pytest.param(
            "春节期间开展14场演出;2月11日正月十四下午进行元宵节街头文艺展演。",
            "金街活动包括:初一文艺演出、初二晋剧专场;老街活动包括:初一专场演出。",
            D(2025, 1, 25),
            [
                (D(2025, 1, 29), D(2025, 1, 29)),
                (D(2025, 1, 30), D(2025, 1, 30)),
                (D(2025, 1, 29), D(2025, 1, 29)),
            ],
            id="back-to-the-first-days-before-the-month-ends",
        ),
        pytest.param(
            "春节期间,", "初一至初三年级学生参加比赛。", D(2024, 2, 8), [], id="school-years"
        ),
        pytest.param(
            "春节前,", "初二、初三学生返校。", D(2024, 2, 1), [], id="school-years-listed"
        ),
        pytest.param(
            "春节期间,", "每逢初一、十五,庙里香客很多。", D(2024, 2, 1), [], id="every-month"
        ),
        pytest.param("", "初五至初七,景区举办灯会。", D(2024, 2, 1), [], id="no-lunar-month-said"),
    ],
)
def test_a_lunar_day_said_alone_is_in_the_lunar_month_the_text_is_in(
    said: str, text: str, ref: dt.date, spans: list[tuple[dt.date, dt.date]]
) -> None:
    found = find_times(said + text, ref)
    assert [(m.start, m.end) for m in found if m.span[0] >= len(said)] == spans


def test_a_daily_slot_after_a_run_from_today_opens_on_todays_evening() -> None:
    [m] = find_times("时间:即日起-2月26日18:00-21:00", dt.date(2024, 2, 23))
    assert (m.start, m.end) == (dt.datetime(2024, 2, 23, 18, 0), dt.datetime(2024, 2, 26, 21, 0))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "书展5日起至12号在区图书馆举行", (D(2023, 4, 5), D(2023, 4, 12)), id="a-day-then-qi-zhi"
        ),
        pytest.param(
            "义诊4月18日到20号举行", (D(2023, 4, 18), D(2023, 4, 20)), id="a-date-then-dao"
        ),
    ],
)
def test_a_hao_day_ending_a_run_is_a_day(text: str, span: tuple[dt.date, dt.date]) -> None:
    # `12号` alone is a house or a size; after a date and a connector it is the run's last day
    [m] = find_times(text, REF)
    assert (m.start, m.end) == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "时间:2017.12.9-10 地点:体育中心", (D(2017, 12, 9), D(2017, 12, 10)), id="dots-dash"
        ),
        pytest.param("演出时间:2024-06-21至23", (D(2024, 6, 21), D(2024, 6, 23)), id="dashes-zhi"),
        pytest.param(
            "2019/5/3~5,音乐节在公园举行", (D(2019, 5, 3), D(2019, 5, 5)), id="slashes-tilde"
        ),
    ],
)
def test_a_numeric_date_then_a_bare_later_day_is_a_run_in_its_month(text, span) -> None:
    [m] = find_times(text, D(2017, 12, 4))
    assert (m.start, m.end) == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param("2017.12.9-3 版本", (D(2017, 12, 9), D(2017, 12, 9)), id="an-earlier-number"),
        pytest.param("编号2017.12.9-12号楼", (D(2017, 12, 9), D(2017, 12, 9)), id="a-building"),
        pytest.param(
            "时间:2017.12.9-10:30",
            (dt.datetime(2017, 12, 9, 0, 0), dt.datetime(2017, 12, 9, 10, 30)),
            id="a-clock",
        ),
    ],
)
def test_a_number_after_a_numeric_date_that_is_no_later_day_is_left(text, span) -> None:
    m = find_times(text, D(2017, 12, 4))[0]
    assert (m.start, m.end) == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "从即日起到年底,全市开展专项整治", (REF, D(2023, 12, 31)), id="to-the-years-end"
        ),
        pytest.param("竞答者可从现在起至7月下旬参与初赛", (REF, D(2023, 7, 31)), id="from-now-on"),
    ],
)
def test_a_run_from_the_papers_day(text: str, span: tuple[dt.date, dt.date]) -> None:
    [m] = find_times(text, REF)
    assert (m.start, m.end) == span
    assert "since_publication" in m.flags  # (not `now`: a statement of the present)


def test_a_day_glossed_by_its_festival_is_one_mention_in_the_festivals_year() -> None:
    found = find_times("具体安排:1月1日(元旦)、2月19日(元宵节)、5月1日(劳动节)", D(2018, 12, 3))
    assert [(m.text, m.start) for m in found] == [
        ("1月1日(元旦)", D(2019, 1, 1)),
        ("2月19日(元宵节)", D(2019, 2, 19)),
        ("5月1日(劳动节)", D(2019, 5, 1)),
    ]


def test_a_lists_days_move_with_its_first_into_the_year_said_before() -> None:
    found = find_times("明年4月在啟德體育園舉行演唱會,分別是4月9日、11日以及12日。", D(2024, 9, 19))
    assert [m.start for m in found] == [
        D(2025, 4, 1),
        D(2025, 4, 9),
        D(2025, 4, 11),
        D(2025, 4, 12),
    ]


def test_a_day_labelled_by_its_coming_festivals_break_is_in_its_year() -> None:
    found = find_times("雙十節連假:10月6日執行短程航線後往基隆,6日晚間基隆→馬祖。", D(2017, 3, 14))
    assert [m.start for m in found] == [D(2017, 10, 10), D(2017, 10, 6), D(2017, 10, 6)]


def test_a_day_glossed_by_the_eve_of_the_eve_is_one_mention() -> None:
    found = find_times("高雄市環保局2月3日(小年夜)、4日(除夕)加班垃圾清運", D(2019, 1, 29))
    assert [(m.text, m.start) for m in found] == [
        ("2月3日(小年夜)", D(2019, 2, 3)),
        ("4日(除夕)", D(2019, 2, 4)),
    ]


def test_a_run_to_a_day_of_the_next_year_said_with_de() -> None:
    [m] = find_times("供暖期为11月15日至第二年的3月15日", D(2013, 10, 8))
    assert (m.start, m.end) == (D(2013, 11, 15), D(2014, 3, 15))


def test_a_range_whose_end_lost_its_month_after_its_year() -> None:
    (m,) = find_times("征求意见时间:2021年3月1日-2021年0330日", dt.date(2021, 2, 26))
    assert (m.start, m.end) == (dt.date(2021, 3, 1), dt.date(2021, 3, 30))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("某市面临本月内第三次大面积停水", id="nth-time-this-month"),
        pytest.param("这是今年以来第2次调价", id="nth-time-this-year"),
    ],
)
def test_how_many_times_a_period_holds_is_no_time(text: str) -> None:
    assert find_times(text, dt.date(2021, 9, 25)) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("中秋節(9月25日)恰逢星期五", id="falls-on-a-friday"),
        pytest.param("而教師節(9月28日)則落在星期一", id="falls-on-a-monday"),
    ],
)
def test_the_weekday_a_day_said_before_falls_on_is_no_day_of_its_own(text: str) -> None:
    found = find_times(text, dt.date(2025, 12, 17))
    assert not any("weekday" in m.flags for m in found)


def test_a_festivals_eve_said_qian_ri_is_not_two_days_ago() -> None:
    found = find_times("4月19日及20日是復活節前日及復活節公眾假期", dt.date(2025, 4, 16))
    assert not any("relative" in m.flags for m in found)


@pytest.mark.parametrize(
    ("text", "ref", "span"),
    [
        pytest.param(
            "时间:9月2日-9月15日10:30AM-10:30PM",
            D(2016, 9, 1),
            (T(2016, 9, 2, 10, 30), T(2016, 9, 15, 22, 30)),
            id="daily-hours-in-latin-am-pm",
        ),
        pytest.param(
            "市集11月3日11AM-6PM开放",
            D(2024, 10, 30),
            (T(2024, 11, 3, 11), T(2024, 11, 3, 18)),
            id="bare-hours-each-with-its-own-half",
        ),
        pytest.param(
            "演出12月5日7:30-9:30PM举行",
            D(2024, 12, 1),
            (T(2024, 12, 5, 19, 30), T(2024, 12, 5, 21, 30)),
            id="one-pm-after-both-hours",
        ),
        pytest.param(
            "派对12月31日10PM-1AM",
            D(2024, 12, 1),
            (T(2024, 12, 31, 22), T(2025, 1, 1, 1)),
            id="evening-to-the-small-hours",
        ),
    ],
)
def test_clock_ranges_with_latin_halves_of_the_day(text: str, ref: dt.date, span) -> None:
    found = timed(text, ref)
    assert [(m.start, m.end) for m in found] == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "25日6时许至11时,竹湾路片将停水",
            (T(2019, 9, 25, 6), T(2019, 9, 25, 11)),
            id="about-an-hour-then-to",
        ),
        pytest.param(
            "25日上午8時30分許至下午4時停電",
            (T(2019, 9, 25, 8, 30), T(2019, 9, 25, 16)),
            id="about-traditional",
        ),
        pytest.param(
            "25日7时左右至9时封闭",
            (T(2019, 9, 25, 7), T(2019, 9, 25, 9)),
            id="or-so-then-to",
        ),
        pytest.param(
            "25日上午10時起停水至下午3時",
            (T(2019, 9, 25, 10), T(2019, 9, 25, 15)),
            id="from-an-hour-what-happens-then-to",
        ),
        pytest.param(
            "9月25日22时起封闭施工至26日6时",
            (T(2019, 9, 25, 22), T(2019, 9, 26, 6)),
            id="from-a-dated-hour-what-happens-then-to",
        ),
    ],
)
def test_a_range_from_an_hour_said_about_or_with_what_happens(text: str, span) -> None:
    found = timed(text, D(2019, 9, 24))
    assert [(m.start, m.end) for m in found] == [span]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param("農曆年初二 2月19日 星期一", D(2007, 2, 19), id="a-gazettes-table-row"),
        pytest.param("1月1日星期一", D(2007, 1, 1), id="no-brackets"),
        pytest.param("5月1日，星期二", D(2007, 5, 1), id="after-a-comma"),
        pytest.param("4月17日至5月7日，星期一至星期五限行", D(2006, 4, 17), id="a-run-of-weekdays"),
    ],
)
def test_a_weekday_said_without_brackets_names_the_days_year(text: str, day: dt.date) -> None:
    found = [m for m in find_times(text, D(2006, 4, 7)) if "月" in m.text]
    assert found[0].start == day


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "1/25(初四)部分门诊开诊", (D(2023, 1, 25), D(2023, 1, 25)), id="its-lunar-day"
        ),
        pytest.param(
            "1/20(小年夜)至1/24(初三)门诊休诊",
            (D(2023, 1, 20), D(2023, 1, 24)),
            id="a-run-so-noted",
        ),
    ],
)
def test_a_slashed_day_with_its_lunar_day_or_festival_noted_is_a_date(text: str, span) -> None:
    m = first(text, D(2023, 1, 10))
    assert (m.start, m.end) == span
