"""The flags a TimeMention carries: flag → what it tells the event builder. Example in brackets."""

from __future__ import annotations

from typing import Final

FLAGS: Final[dict[str, str]] = {
    "range": "a period with two ends, or consecutive days [4月14日至24日, 29、30日]",
    "list": "one day of a list [5日、12日、19日 gives three mentions]",
    "daily": "a daily clock time over a range of days [9月17日至10月17日，每天10:00至17:00]",
    "relative": "read against the reference date [今天, 下周一, 本月27日, 三天后]",
    "anaphora": "read against the date last mentioned [当天, 当晚, 次日]",
    "weekday": "a day of the week [周六, 下周一]",
    "week": "a whole week, Monday to Sunday [下周, 五月第一周]",
    "recurring": "a rule that repeats; the mention is its next occurrence [每周六, 每月15日]",
    "part_of_day": "a part of day was stated [上午, 当晚]; without a clock the mention is a date",
    "clock_only": "a clock time without a date, put on the reference day [14:30, 下午2点]",
    "month_part": "part of a month [4月底, 5月上旬, 中下旬]",
    "part": "part of a year or of a period [年底, 上半年, 2021年的前2周]",
    "quarter": "a quarter of a year [一季度, 本季度]",
    "bare_year": "a year alone, not a time point [2022年, 今年]",
    "decade": "a decade or century [上世纪80年代]",
    "festival": "a festival or named day [端午节, “4·23”]",
    "observance": "an observance day [世界读书日, 全国助残日]",
    "holiday": "the State Council's public-holiday break [国庆长假, “五一”假期]",
    "lunar": "a Chinese lunar-calendar date or month [农历八月十五, 腊月]",
    "lunar_noted": "a date with its lunar date noted after it [6月28日(农历六月初五)]",
    "noted": "its year settled by the lunar day noted after it [2月24日(正月十五)]",
    "deadline": "a deadline on the end day [4月30日前, 截止5月10日, 年内, 即日起至X]",
    "since_publication": "starts on the reference date [即日起至X, 今日起, 公告发布之日起]",
    "from": "a start with no stated end [5月1日起施行]",
    "since": "from a past point until the reference date [2022年3月至今, 从2015年起]",
    "statistic": "a statistics cut-off, not an event [截至4月底, 1—10月]",
    "duration": "a length of time counted from now, not a time point [5年内, 未来两天, 近30天]",
    "now": "the present [目前, 当前]",
    "dateline": "the dateline of a report [新华社北京7月7日电, 本报杭州11月19日讯]",
    "reporting": "the day a reporter learned something [记者12日获悉]",
    "same_day": "a clock time that continues a range on its last day [2点-明天4点]",
    "latin": "read from Latin script [April 14, 2023]",
}
