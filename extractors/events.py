"""Events from one story: time mentions (from the time grammar) grouped into happenings.

For every story the builder

1. reads the story's time mentions with ``find_times`` (reference date: the dateline's date
   when the story has one, else the publication date);
2. drops mentions that are not events (dateline, reporting dates, statistics, signature
   dates, bare years, durations, recurring rules, opening hours, cancelled events);
3. joins clock times to their dates (``4月20日 … 上午9时``; a daily time over a range; a time
   line shared by a list of dated items), and mentions that state one happening together
   (``“4·23”世界阅读日当天``, ``端午节放假时间为6月22日至24日``, ``明天开唱,持续至26日``);
4. names each happening (``naming``) from its clause or from the notice fields around it
   (``活动时间:`` / ``地点:`` / ``主题:``), and drops repeated statements of one happening.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Final

from . import naming
from .layout import FIELD, SECONDS_STAMP, Story
from .model import Event, Kind, Moment, Precision, TimeMention, day_of
from .notices import Notice, Paragraph
from .reader import bigrams, clean_span
from .timex.calendars import clamped_date
from .timex.tables import PART_OF_DAY
from .triggers import (
    ACTIVITY_WORDS,
    CANCELLED,
    DEADLINE_WORDS,
    DURING_ACTS,
    HOLD_VERBS,
    MEETING_WORDS,
    NOT_EVENT_BEFORE,
    OPENING_HOURS,
    REPORTING_AFTER,
    SELF_REFERENCE,
    STATISTIC_WORDS,
    TIME_HINT,
    UNDATED,
    alternation,
    field_role,
    words,
)

_HAPPENING_WORDS: Final = words(ACTIVITY_WORDS) + words(MEETING_WORDS)
_DEADLINE_WORDS: Final = words(DEADLINE_WORDS)
_HAPPENING: Final = re.compile(alternation(frozenset(_HAPPENING_WORDS + _DEADLINE_WORDS)))

TimeFinder = Callable[[str, dt.date], Sequence[TimeMention]]

# Flags of the time grammar that never make an event on their own.
_DROP_FLAGS: Final = frozenset({"statistic", "duration", "bare_year", "now"})
_NAMED_DAY: Final = frozenset({"festival", "observance"})
# a clause ending in a verb of saying: `…丁女士说`, `香港新闻界31日宣布`
_SAID: Final = re.compile(r"(?:说|表示|宣布|介绍|指出|坦言|告诉记者)\s*$")
# mentions that always name a day, whatever their words (`腊月廿三上午9时`, `除夕晚8点`)
_DAY_FLAGS: Final = _NAMED_DAY | {"lunar"}
# the time of day after a named day's name (`元宵晚上7点`, `重阳上午9时30分`): not its name
_TIME_OF_DAY_TAIL: Final = re.compile(
    "(?<![当今明昨前后])(?:" + "|".join(sorted(PART_OF_DAY, key=len, reverse=True)) + r")?"
    r"(?:[\d零一二两三四五六七八九十]{1,3}[时点:][\d零一二三四五六七八九十分半:]*)?$"
)

_SENT: Final = re.compile(r"[^。!?！？\n]+[。!?！？]*")
_CLAUSE_SEP: Final = ",，;；|"  # (`|`: between the cells of a table's row)
_CUT: Final = re.compile(r"[,，;；。!?！？\n|]")
# A mention text that names a day (not only a clock time or a part of the day).
_DAY_WORDS: Final = re.compile(
    r"\d{1,2}\s*月|\d\s*[日号]|[一二三四五六七八九十廿卅]\s*[日号]|[今明昨前后大]天|[今明昨]日|"
    r"[今明昨后]晚|周[一二三四五六日天末]|星期|礼拜|节|年|当[天日晚]|同日|次日|翌日|即日|起|"
    r"(?<![:\d])\d{1,2}[·./-]\d{1,2}(?![:\d])|[正腊冬]月|初[一二三四五六七八九十]"
)
# `23时至次日零时30分`: a clock range running past midnight, no day of its own
_NEXT_DAY_CLOCK: Final = re.compile(r"(?<=[至到\-—~])(?:次日|翌日|第二天)")
_EVERY_DAY: Final = re.compile(r"每[天日晚]|均为|均在|统一")
# `…开唱,持续至11月26日`: the clause right before a date ends in `至/到` (not `截至`): the
# happening before it carries on to that date.
_EXTENDS: Final = re.compile(r"[^,，;；。]{0,12}?(?<!截)(?:至|到)")
# Periods that frame figures or plans, not dates of a happening.
_VAGUE_PERIOD: Final = re.compile(r"[上下]半年|季度|(?<!大)年初|年中|全年|上半月|下半月")
# `自9月16日起…开课,…12月2日结课`: a start and an end of one happening.
_STARTS: Final = re.compile(
    r"起|开始|开课|开幕|开班|开赛|启动|开启|开展|启幕|揭幕|拉开帷幕|拉开了?[^,，;；。]{0,12}?序幕|开园|开市|开街"
)
_ENDS: Final = re.compile(r"(?:正式|圆满)?(?:结课|结束|闭幕|截止|收官|落幕|结业|止)")
# an end word right after a day, maybe past a part of day its date left out (`1月26下午闭幕`)
_ENDS_NEXT: Final = re.compile(r"(?:上午|下午|中午|晚上|晚)?" + _ENDS.pattern)
# `周一至周五`: a weekly rule (its clock time may still be an item's time line).
_WEEKLY: Final = re.compile(
    r"(?:周|星期|礼拜)[一二三四五六日天](?:至|到|-|—|~)(?:周|星期|礼拜)?[一二三四五六日天]"
)
_PLANNED: Final = re.compile(r"将|届时|拟|计划")
# a month alone (`持续至今年10月`, `持续到6月份`): runs through its last day
_MONTH_ONLY: Final = re.compile(
    r"(?:今年|明年|\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?"
)
_START_FIELD: Final = re.compile(r"(?:开始|起始)(?:时间|日期)\s*[:：]?\s*$")
_END_FIELD: Final = re.compile(r"(?:结束|截止|终止)(?:时间|日期)\s*[:：]?\s*$")
_STOPS: Final = re.compile(r"暂停|停止|停水|停电|停气|停运|封闭|管制|中断|关闭|闭馆|闭园|停业")
_IS_DAY: Final = re.compile(r"\s*(?:是|为)")
# words pointing back to those a story told of (`他们将在…上演`, `这些乐队`)
_REFERS_BACK: Final = re.compile(r"他们|她们|这些|此次|届时")
# a subject pointing back to the happening just told (`此项活动将持续到…`, `展览将持续至…`)
_POINTS_BACK: Final = re.compile(r"\s*(?:(?:此|该|本|这)(?:项|次|届|个)?|展览|活动|比赛|赛事)")
_CARRIES_ON: Final = re.compile(r"[^,，;；。]{0,8}?(?:持续|延续|一直|延长|展出|开放)(?:至|到)")
# `10月31日是读书周的第一天`: the day a happening begins, told of by what follows
_FIRST_DAY_SAID: Final = re.compile(r"是[^,，;；。]{1,12}?(?:第一天|首日|开幕日)")
# a day off and the day given in lieu (`4月5日放假,4月6日(星期一)补休`); a day off that runs
# into the weekend (`5月1日放假,与周末连休`)
_DAY_OFF: Final = re.compile(r"\s*放假")
_MADE_UP: Final = re.compile(r"\s*(?:[(（][^)）]{1,6}[)）])?\s*(?:补休|补假|调休)")
_WEEKEND_JOINED: Final = re.compile(r"\s*放假[,，]?\s*与(?:周末|双休日)连休")
# a call opened (`发布专题征集建议`, `启动…报名`): the word of its window
_WINDOW_OPENED: Final = re.compile(
    r"(?:发布|启动|开始|开启|公开)[^,，;；。]{0,16}?(?P<w>征集|征求|报名|申报|投票)"
)
_CLOSED_ON: Final = re.compile(
    r"(?:正式)?(?:闭幕|落幕|闭展|撤展|谢幕|收官|结束|与[^,，;；。]{1,8}道别)"
)
# `“春风行动”系列活动持续至3月底`: a happening said only to run until a day (no start of its own
# anywhere before it in its clause) is already running: it starts on the publication day.
_RUNS_UNTIL: Final = re.compile(
    r"(?:将|还|已)?(?:持续|延续|一直|展出|延长)(?:开放|进行|开展|举办)?(?:至|到)$"
)
# `露天电影放映暂停`: called off; `暂停开放` is a closure, which is a happening of its own.
# `暂停举办` is a cancellation; a closure or an outage (暂停开放, 暂停供水, 暂停供气) is a happening
_SUSPENDED: Final = re.compile(
    r"暂停(?!(?:对[^,，;；。]{1,8})?(?:线上|线下|现场|窗口|对外)?"
    r"(?:开放|营业|通行|服务|使用|办理|供水|供气|供电|供暖|运营|办公|接种))"
)
# `如遇雨天,顺延至8月26日`: a fallback date, not when it happens
_CONTINGENT: Final = re.compile(
    r"(?:如遇|若遇|如因|遇有|如果遇)[^。;；]{0,20}(?:顺延|延期|改期|推迟)(?:至|到)?$"
)
# `国庆期间,博物馆正常开放`: opening as usual is opening hours, not a happening
_AS_USUAL: Final = re.compile(r"[^。;；]{0,20}(?:正常|照常|延长)(?:开放|营业|运营|办公)")
# `即日起开启预售,预售截止日期为12月15日`: the close of a window opened on the publication day
_WINDOW_CLOSE: Final = re.compile(r"(?:截止(?:日期|时间)?(?:为|是|至|到)?|截至)$")
# `献血前一天晚上`: a lead time before a happening, not a date
_LEAD_TIME: Final = re.compile(
    r"[前后](?:[一二两三四五六七八九十]|\d{1,2})(?:个)?(?:天|日|周|星期|小时)"
)
# `元旦、春节、清明节、劳动节…`: a run of named days is a list of topics, not dates
_NAMED_RUN: Final = re.compile(
    r"(?:[^、,，。;；和及与]{1,5}[、和及与]){2,}[^、,，。;；和及与]{1,5}"
)
# `明天起,为期三天的…市集`: a start day and how many days it lasts
# (`为期一天半`: the half day is on a second day; `为期36小时`: hours from a clock time)
_LASTS: Final = re.compile(
    r"(?:[起,，]{0,2}持续|[^。;；!?！？]{0,24}?(?:为期|历时|连续举办|连续举行|连办|连演))"
    r"(?P<n>\d{1,2}|[一二两三四五六七八九十])(?P<u>天半?|日|个?小时)"
)
_SMALL: Final = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
_OPENS: Final = re.compile(r"(?:开门|开放|开园|开市|开馆|开始|营业)[,，]")
_CLOSES: Final = re.compile(r"闭市|闭园|闭馆|关门|结束|收市|散场|停止")
_CJK_BEFORE: Final = re.compile(r"[\u4e00-\u9fff](?<!的)")
# `6个月后`, `3天以后`: a time after something
_AFTER_SOMETHING: Final = re.compile(
    r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个)?(?:月|天|日|周|星期|小时)(?:后|以后|之后)"
)
# `春节期间将举办`, `春节将至`: said of a time still to come
_FUTURE_AFTER: Final = re.compile(r"[^。!?！？,，;；]{0,8}?(?:将|即将)")
_YEAR_SAID: Final = re.compile(r"\d{2,4}\s*年|[今明去前后]年")
# a completion target right after a period (`第二季度完工`, `三季度投入使用`)
_TARGET_AFTER: Final = re.compile(
    r"[^。!?！？,，;；]{0,4}?(?:完工|竣工|建成|投用|投入使用|完成|开通|交付)"
)
# `预计9月建成`, `计划于10月开工`: a month planned, still to come
_PLANNED_BEFORE: Final = re.compile(r"(?:预计|计划|力争|将|拟)(?:于|在)?$")
_MONTH_DAY: Final = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
_MONTH_PART_SAID: Final = re.compile(r"月(?:底|末|初|上旬|中旬|下旬)")
# `公布2020年部分节假日安排`, `宁国市2021年群众体育赛事活动计划`: a story about a year's schedule
_SCHEDULE_YEAR: Final = re.compile(
    r"(?P<y>\d{4})\s*年(?:(?:部分|全年)?(?:法定)?(?:节假日|放假)(?:安排|调休)"
    r"|[^。，,；;\n]{0,12}?(?:活动|赛事|比赛|演出|展演|展览|培训|讲座)"
    r"(?:计划|安排表?|日程表?|一览表?|时间表))"
)
_MONTH_SAID: Final = re.compile(r"\d{1,2}\s*月")
# `11月中旬前`: a deadline at the end of the month part
_PART_BEFORE: Final = re.compile(r"旬(?:之|以)?前$")
# `本周末两天（4月20日、21日）`: the dates restated in brackets
_LASTS_LATER: Final = re.compile(
    r"(?:为期|历时)(?P<n>\d{1,2}|[一二两三四五六七八九十])(?P<u>个月|天|日|周|个星期)"
)
_NTH_DAY_OF: Final = re.compile(r"(?:的)?(?:第[一二三四五六七八\d]天|首日|头一天|最后一天|末日)")
_PER_SESSION: Final = re.compile(r"每场|每次|每期")
# what is done before a happening to take part in it (collecting kits, booking, buying tickets)
_PREPARES: Final = re.compile(r"领取|领票|取票|购票|预约|预订")
# `自12月1日起,供餐时间调整为午餐11:00至13:00`: the hours kept from that day on
_HOURS_SET: Final = re.compile(r"(?:时间|时段)[^。;；]{0,16}?(?:调整|变更|改)为|作息时间")
# `放假期间,…暂停对外办公`, `灯会期间南湖公园北门实行只进不出`: a happening over the days of
# one named before (`w`, the words before 期间)
_DURING_ACT: Final = re.compile(alternation(DURING_ACTS))
_HOLIDAY_FRAME: Final = re.compile(r"\s*[)）]\s*[,，]")
_BREAK_SAID: Final = re.compile(r"[^(（]*(?:假期|放假|长假|黄金周)\s*[(（]")
# not a happening: service as usual, advice to readers, a booking rule (`实行分时预约`), the
# past, a hotline, and examples of what a festival offers (`还将举办猜灯谜、舞龙舞狮等民俗活动`)
_NOT_DURING: Final = re.compile(
    r"正常|照常|如有|如遇|请|预约|去年|往年|以来|热线|等[^,，;；。]{0,12}(?:活动|项目|区域|举措|措施)|\d+余?[场项]"
)
# `端午习俗`, `端午文化内涵`, `与国庆节相隔不到一周`: the festival as a topic or a yardstick
# `考试期间,每天7:00至18:00`: the range of the happening named before 期间
_DURING_BEFORE: Final = re.compile(r"(?P<w>[\u4e00-\u9fff]{2,4}?)期间[,，]?\s*(?:每天|每日|每晚)?$")
_MONTH_DAY_OF: Final = re.compile(r"(?P<m>\d{1,2})\s*月\s*\d{1,2}\s*[日号]")
_LABEL_AFTER: Final = re.compile(r"(?:[、和与及][\u4e00-\u9fff]{1,6})?\s*[:：]\s*")
# `考试首日上午8:30开考`: the first day of the happening named before 首日
_FIRST_DAY_BEFORE: Final = re.compile(r"(?P<w>[\u4e00-\u9fff]{2,4}?)(?:首日|第一天)$")
_FESTIVAL_AS_TOPIC: Final = re.compile(
    r"(?:节)?(?:习俗|文化内涵|文化底蕴|文化季|传统(?!节)|民俗(?![活展表演])|元素|符号|故事|相隔|相距|间隔)"
)
_ROUTINE_BEFORE: Final = re.compile(r"(?:常规|例行|固定)的?$")
# a festival's name naming a place or a body: `七夕艺术学校`, `五一广场`, `国庆路`
_NAMED_PLACE_AFTER: Final = re.compile(
    r"(?:艺术学校|学校|艺术团|公司|集团|大厦|酒店|宾馆|广场|路|大街|小区)"
)
_BARE_PARTS: Final = frozenset(PART_OF_DAY) | {"夜晚", "夜里", "白天"}
_OCCASION_AFTER: Final = re.compile(r"(?:即将)?(?:来临|到来|临近)?之际")
# a sentence telling a festival's custom or meaning (with no happening word in it)
_FESTIVAL_WORD: Final = re.compile(r"[\u4e00-\u9fff]{0,3}佳?节日?")
_CUSTOM: Final = re.compile(
    r"谐音|寓意|之意|习俗|民俗|传统节日|又称|称为|相传|自古|俗称|由来|象征|定为"
)
_SPAN_AROUND: Final = re.compile(
    r"前后|[前后](?:的)?(?:[一二两三四五六七八九十\d]{1,2}|几)(?:个)?(?:周末|周|星期|天|日)"
)
_RESTATED: Final = re.compile(r"(?:[两二三四五六七八九十\d]{1,2}天|期间)?[（(]")
_RELATIVE_FLAGS: Final = frozenset({"relative", "anaphora", "since_publication", "festival"})
_CLAUSE_BREAK: Final = re.compile(r"[,，;；。!?！？\n]")
_OPENED: Final = re.compile(r"(?:正式)?(?:开始|起|启动|开启)")
_PROLONGED: Final = re.compile(r"(?:延长|持续|延续)[^,，;；。]{0,4}(?:至|到)$")
_ENDS_SAID: Final = re.compile(r"(?:截止|为止|止)$")
_PHONE: Final = re.compile(r"电话|热线|\d{7,}")
_DAILY_HOURS: Final = re.compile(r"每[天日晚]|工作日|办理时间为|开放时间为")
# `日最高气温达到40℃以上时,应当停止当日室外露天作业`: a rule for any such day
_CONDITION: Final = re.compile(r"(?:如|若|如果|一旦|遇|达到|超过|低于)[^。;；]{0,24}时[,，]")
_NEXT_DAY: Final = re.compile(r"次日|第二天|翌日|次晚")
_UNTIL_TIME: Final = re.compile(r"(?:持续|延续|进行|一直)(?:至|到)$")
_LAST_SERVICE: Final = re.compile(r"末班")
# `发布12月公益讲座安排`: a month naming a schedule, not a happening
_SCHEDULE_OF: Final = re.compile(
    r"[^,，;；。]{0,10}?(?:安排|预告|一览|日程|排期|清单)(?=[,，;；。]|$)"
)
_HOTLINE: Final = re.compile(r"电话|热线|工作日|\d{7,}")
_LIST_GAP: Final = re.compile(r"[、和及与]")
_ONE_DAY: Final = dt.timedelta(days=1)
_PLACE_SAID: Final = re.compile(
    r"(?:地点(?:为|是|在|:|：)|仍在|位于)\s*(?P<place>[^,，;；。]{2,24})"
)
_PURPOSE: Final = re.compile(
    r"(?:迎接|庆祝|纪念|喜迎|确保|保障|为帮助|帮助)(?:第[\d一二三四五六七八九十百]+[个届])?"
    r"[^,，;；。]{0,4}$"
)
_FESTIVE_AIM: Final = re.compile(r"(?:营造|度过|欢度|过一个|过上)[^,，;；。]{0,14}的$")
_INLINE_NAME: Final = re.compile(
    r"(?:题目|主题|讲题|名称)[:：]\s*(?P<name>[^,，;；。:：]{2,30}?)(?=$|[,，;；。]|\s|[\u4e00-\u9fff]{2}[:：])"
)
_CLOCK: Final = re.compile(r"\d|[时点分]")
_EVERY_BEFORE: Final = re.compile(
    r"每(?:个)?(?:年|月|周|星期|季度|天|日)?(?:的)?(?:第[一二三四五\d]个|最后一个)?(?:农历)?$"
    r"|每(?:周|星期)[一二三四五六日天](?:[、和及](?:周|星期)?[一二三四五六日天])*[、和及]$"
    r"|每年(?:[\d一二三四五六七八九十]{1,2}月份?[、和及])+$"  # `每年3月和9月`
    r"|(?<=[日号])[两二三四五六七\d]天$"  # `6月3日、4日两天上午`: the mornings of the days said
    r"|一到了?$|又到$"  # `一到周末双休日和节假日`, `又到周三,又搞活动`: whenever it comes
)
_BARE_WEEKEND: Final = re.compile(r"周末|週末|双休日")
_HELD_AFTER: Final = re.compile(r"[^,，;；。]{0,12}?(?:举办|举行|上演|开幕)")
_BARE_WEEKDAY: Final = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天]")
_WEEKLY_CONTEXT: Final = re.compile(r"每周|每逢|闭馆|休馆|开放|营业")
_NEXT_DAY_CLOSE: Final = re.compile(r"\s*(?:至|到|—|-|~)\s*(?:次日|翌日|第二天).*")
_MIDNIGHT_END: Final = re.compile(r"24\s*(?:时|点|:00)")
_TIME_LINE: Final = re.compile(r"[\u4e00-\u9fff]{0,8}时间(?:为|是|:|：)?")
_STATED_DAY: Final = re.compile(
    r"[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十廿]{1,3}\s*[日号]"
)
_REPORTER_SAW: Final = re.compile(
    r"获悉|了解到|获知|看到|走访|采访|探访|发现|注意到|遇到|碰到|见到|来到|走进"
)
_UNTIL_ONLY: Final = re.compile(r"(?:持续|延续|延长|开放|营业|进行)(?:至|到)$")
_CEREMONIES: Final = ("典礼", "仪式", "开幕式", "闭幕式", "颁奖", "升旗")
# `记者18日走访发现`, `今天上午,记者从拱墅区获悉`: the day of the reporting
# (`11日下午3时许,记者从…获悉`, `18日上午,大众网记者来到…`: the reporter's day)
_REPORTER: Final = re.compile(r"许?[,，]?\s*(?:[\u4e00-\u9fff]{1,6}?(?:网|报|台|社|媒体))?记者")
# `送上月饼`, `上月光`: 月 of a word, not a month
_MONTH_OF_WORD: Final = re.compile(r"[饼光色球亮天]")  # (`人间四月天`: a season's phrase)
_BUILDING: Final = set("楼栋幢院室门单线")
_SIGNED_OFF: Final = re.compile(r"特此(?:公告|通告|通知|公示|函告|说明)")
# who signs a notice: `…常务委员会`, `…交通警察支队东港大队`, `…环境治理有限公司`
# (the last word of an issuer's name, shared by the signature line and the byline before a date)
_ISSUER_ENDINGS: Final = (
    "局|委员会|办公室|政府|中心|公司|支队|大队|办事处|社区|学校|学院|医院|协会|党委|集团|"
    "管理处|指挥部"
)
_SIGNER: Final = re.compile(rf"^特此|(?:{_ISSUER_ENDINGS}|委|大学|站|所)\s*$")
_SIGNER_BEFORE: Final = re.compile(rf"(?:{_ISSUER_ENDINGS})$|通讯员[:：][\u4e00-\u9fff]{{2,4}}$")
_SIGNATURE_AFTER: Final = re.compile(r"\s*(?:$|来源|附件|扫一扫|责任编辑|编辑|【|打印|关闭)")
_LAST_ADMISSION: Final = re.compile(r"\s*(?:停止|截止)(?:入场|入园|入馆|售票|检票|进场|入内)")
_BORN: Final = re.compile(
    r"\s*(?:[(（]含[)）])?(?:之间|期间|以前|以后|之前|之后|前|后)?(?:[(（]含[)）])?出生"
)
_NAME_BEFORE: Final = re.compile(r"[\u4e00-\u9fff]{2,4}$")
_SET_FOR: Final = re.compile(r"(?:定于|将于|将在|于)$")
_TICKET_OF: Final = re.compile(
    r"\s*(?:[(（][^)）]{0,12}[)）])?\s*(?:当天|当日)?的\s*(?:火车|汽车|动车|高铁|返程|往返)?(?:车票|机票|船票|客票)"
)
_SAID_LABEL: Final = re.compile(r"\s*(?P<label>[\u4e00-\u9fff]{2,8}?)(?:为|是)?[:：]?\s*")
_SECTION: Final = re.compile(r"\s*【(?P<place>[^】]{2,20})】")
_SAME_PLACE: Final = re.compile(r"同一(?:地点|场地|地方)|原地|该地|此地|原址")
_BLANK: Final = "\u3000"  # stands for a masked time expression; naming strips it like a space
_ABUTS: Final = re.compile(r"[\d〇零一二三四五六七八九十廿初]{0,3}")
_ADDRESS: Final = re.compile(r"[路街道巷院楼层室门线里区]$")
_BARE_DAY: Final = re.compile(r"\d{1,3}\s*号")
_DAY_SAID: Final = re.compile(r"[\d一二三四五六七八九十廿卅]{1,3}\s*[日号](?![报])")
# (one regex search for any word of a table: cheaper than a substring test per word)
_REPORTING: Final = re.compile(alternation(REPORTING_AFTER))
# a line of digits with a clock (`05.02.2016 11:36`): a stamp; `01-19 21:07`: a padded stamp
_NUMERIC_LINE: Final = re.compile(r"(?=.*\d:\d\d)[\d\s./:\-]+|\d{4}年[01]\d月[0-3]\d日")
_PADDED_STAMP: Final = re.compile(r"[01]\d-[0-3]\d\s*\d{1,2}:\d{2}")
_TIME_FIELD: Final = re.compile(r"时间\s*(?:为|是)?\s*[:：]?\s*$")
# a working day or a plain weekend in a holiday notice; an age limit; the weather
_WORKDAY_AFTER: Final = re.compile(
    r"(?:[、和](?:\d{1,2}月)?\d{1,2}日)*\s*(?:[(（][^)）]{1,6}[)）])?\s*(?:正常|照常)(?:上班|公休)"
)
_AGE_CUTOFF: Final = re.compile(r"\s*(?:以)?前?\s*(?:年满|满\d{1,2}周岁|出生)")
_WEATHER: Final = re.compile(r"气温|℃|°|最高温|最低温")  # (NFKC leaves ℃ as °)
_RELATIVE_DAY_SAID: Final = re.compile(r"(?:[今明昨前后]天|[今明昨]日)(?:开始|起)")
_SEEN_BEFORE: Final = re.compile(r"之前|以前|曾经|上次|看到|听说")
_PHOTO_TAKEN: Final = re.compile(r"\s?摄(?![影像制])")
_NOT_BEFORE: Final = re.compile(alternation(NOT_EVENT_BEFORE))
_CANCELLED: Final = re.compile(alternation(CANCELLED))
_OPENING_HOURS: Final = re.compile(alternation(OPENING_HOURS))
_STATISTIC: Final = re.compile(alternation(STATISTIC_WORDS))
_UNDATED: Final = frozenset(words(UNDATED))
# How far (in characters) the rules look from a mention for its clause's ends, the words of
# its sentence and a signature paragraph: past any real sentence (the corpus's longest has
# under 300 characters), and it keeps dense text without breaks (`4月4月…`) linear, not
# quadratic.
_WINDOW: Final = 500


@dataclass(slots=True)
class _Cand:
    """A dated happening being assembled: its period and the mentions that state it."""

    start: Moment
    end: Moment
    span: tuple[int, int]
    flags: frozenset[str]
    sentence: tuple[int, int]
    para: int
    timed: bool = False
    texts: list[str] = field(default_factory=list)
    anchor: tuple[int, int] = (0, 0)  # the date words the happening is named around
    named: str = ""  # the festival or observance among them (`端午节`, `“4·23”`)
    refers: _Cand | None = None  # the happening a `开幕式当天` names, when it names one

    def __post_init__(self) -> None:
        if self.anchor == (0, 0):
            self.anchor = self.span


def dateline_date(story: Story, published: dt.date, find_times: TimeFinder) -> dt.date | None:
    """Return the date of the story's dateline (`本报杭州11月19日讯`); None when it has none."""
    if not story.dateline:
        return None
    found = find_times(story.dateline, published)
    return day_of(found[0].start) if found else None


def build_events(
    story: Story,
    published: dt.date,
    find_times: TimeFinder,
    source: str,
    dateline: dt.date | None = None,
) -> list[Event]:
    """Return the story's events in text order; an empty list when it states no dated happening.

    Relative words read against ``dateline`` (the story's dateline date) when given, else
    against ``published``; ``source`` is the page text the story's offsets point into.
    """
    text = story.text
    if not text:
        return []
    ref = dateline or published
    reader = _StoryReader(story, published, source)
    mentions = _find_in_dated_sentences(find_times, text, ref, reader.sentences)
    mentions = [_coming_occasion(find_times, text, m, published) for m in mentions]
    mentions = _years_carried(find_times, text, mentions)
    mentions = _year_of_schedule(story, published, mentions)
    reader.mask(mentions)
    cands, times = reader.candidates(mentions)
    cands = reader.during(reader.merge(cands), mentions)
    cands = reader.attach_times(reader.running(reader.lasting(cands)), times)
    kept = [(c, e) for c in cands if (e := reader.event(c)) is not None]
    kept = [
        (c, e)
        for i, (c, e) in enumerate(kept)
        if i + 1 == len(kept) or not reader.scene_then_told(c, e, *kept[i + 1])
    ]
    return _dedupe(_named_once(reader.timed_again(kept)))


def _named_once(kept: list[tuple[_Cand, Event]]) -> list[Event]:
    """Return the events without those dated only by a festival the story already named for
    the same days (`社区将于中秋节举办游园会。…到处洋溢着中秋的氛围`): the story still tells
    of that day, not of another happening."""
    named: set[tuple[dt.date, dt.date]] = set()
    out: list[Event] = []
    for c, e in kept:
        days = (day_of(c.start), day_of(c.end))
        if c.texts == [c.named] and "range" not in c.flags and days in named:
            continue
        if c.named:
            named.add(days)
        out.append(e)
    return out


def _coming_occasion(
    find_times: TimeFinder, text: str, m: TimeMention, published: dt.date
) -> TimeMention:
    """Return ``m``, or for a festival or a year-less month already past this year that the
    text says is still to come (`春节期间将举办年货大集` in a November paper; `城北客运枢纽项目
    预计9月建成投用`, `力争9月底前完工` in a March paper, nearer last September) its next
    occurrence."""
    if day_of(m.end) >= published or _YEAR_SAID.search(m.text):
        return m
    a, b = m.span
    if m.flags & _NAMED_DAY:
        if not (_FUTURE_AFTER.match(text, b) or "将" in text[max(0, a - 3) : a]):
            return m
    elif (
        not (m.precision is Precision.MONTH or _MONTH_PART_SAID.search(m.text))
        or m.flags & _RELATIVE_FLAGS
        or not _PLANNED_BEFORE.search(text, max(0, a - 4), a)
    ):
        return m  # (`力争9月底前全部完工` in March: this September's end)
    later = dt.date(published.year + 1, published.month, min(published.day, 28))
    again = [
        n for n in find_times(m.text, later) if n.flags & _NAMED_DAY or not m.flags & _NAMED_DAY
    ]
    if not again or day_of(again[0].end) < published:
        return m
    return dataclasses.replace(m, start=again[0].start, end=again[0].end)


def _years_carried(
    find_times: TimeFinder, text: str, mentions: list[TimeMention]
) -> list[TimeMention]:
    """Return mentions, a year-less date read in the year a bare year word before it in its
    clause names (`明年的丰台半马将于10月下旬举行` → next October)."""
    out = list(mentions)
    for i in range(1, len(out)):
        year, m = out[i - 1], out[i]
        # only 明年/今年/去年: `2024年全国硕士研究生招生考试…将于12月23日` names an edition
        if not {"bare_year", "relative"} <= year.flags or not m.flags.isdisjoint(_RELATIVE_FLAGS):
            continue
        if _YEAR_SAID.search(m.text) or _CLAUSE_BREAK.search(text, year.span[1], m.span[0]):
            continue
        if m.span[0] - year.span[1] > 20 or day_of(year.start).month != 1:
            continue
        y = day_of(year.start).year
        if day_of(m.start).year == y:
            continue
        again = find_times(m.text, dt.date(y, 7, 1))
        if len(again) == 1 and day_of(again[0].start).year == y:
            out[i] = dataclasses.replace(m, start=again[0].start, end=again[0].end)
    return out


def _year_of_schedule(
    story: Story, published: dt.date, mentions: list[TimeMention]
) -> list[TimeMention]:
    """Return mentions, in a story about a year's schedule, this year's or next (`国务院办公厅
    公布2020年部分节假日安排` in a November paper, `2021年群众体育赛事活动计划` in March), the
    months and days it states without a year read in that year, not the nearest one
    (`端午节:6月25日至27日放假调休` is 2020's; the plan's `12月` is 2021's)."""
    said = _SCHEDULE_YEAR.search(story.title or "") or _SCHEDULE_YEAR.search(story.text, 0, 200)
    year = int(said["y"]) if said else 0
    if year not in (published.year, published.year + 1):
        return mentions
    out = []
    for m in mentions:
        years = year - day_of(m.start).year
        if (
            years
            and _MONTH_SAID.search(m.text)
            and not _YEAR_SAID.search(m.text)
            and not m.flags & (_NAMED_DAY | _RELATIVE_FLAGS)
        ):
            m = dataclasses.replace(m, start=_years_on(m.start, years), end=_years_on(m.end, years))
        out.append(m)
    return out


def _years_on(value: Moment, years: int) -> Moment:
    """Return ``value`` the given number of years later (29 February: the 28th)."""
    d = day_of(value)
    day = clamped_date(d.year + years, d.month, d.day)
    return dt.datetime.combine(day, value.time()) if isinstance(value, dt.datetime) else day


def _find_in_dated_sentences(
    find_times: TimeFinder, text: str, ref: dt.date, sentences: list[tuple[int, int]]
) -> list[TimeMention]:
    """Return the mentions of ``text`` in text order, reading only the sentences that can hold
    a time (most of a news page holds none): they go to the grammar joined by line breaks, in
    order, so anaphora still sees the dates before it; spans are mapped back to ``text``."""
    kept = _hinted(text, sentences)
    if sum(e - s for s, e in kept) > 0.8 * len(text):
        return sorted(find_times(text, ref), key=lambda m: m.span)
    starts: list[int] = []
    parts: list[str] = []
    length = 0
    for s, e in kept:
        starts.append(length)
        parts.append(text[s:e])
        length += e - s + 1
    mentions = []
    for m in find_times("\n".join(parts), ref):
        k = bisect.bisect_right(starts, m.span[0]) - 1
        delta = kept[k][0] - starts[k]
        a, b = m.span
        mentions.append(
            TimeMention(m.text, (a + delta, b + delta), m.start, m.end, m.precision, m.flags)
        )
    return sorted(mentions, key=lambda m: m.span)


def _hinted(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the sentences holding a TIME_HINT match, by searching the text once: a search
    from the end of the last sentence kept lands in the next sentence that holds one (hint
    words hold no sentence break), so the sentences between need no search of their own.
    Same result as a search per sentence while TIME_HINT is plain words (no lookaround)."""
    kept: list[tuple[int, int]] = []
    starts = [s for s, _ in sentences]
    hit = TIME_HINT.search(text)
    while hit is not None:
        at = hit.start()
        k = bisect.bisect_right(starts, at) - 1
        if k < 0 or at >= sentences[k][1]:
            hit = TIME_HINT.search(text, at + 1)  # between sentences
            continue
        s, e = sentences[k]
        if hit.end() <= e or TIME_HINT.search(text, s, e):
            kept.append((s, e))
        hit = TIME_HINT.search(text, e)
    return kept


class _StoryReader:
    """Reads one story's mentions into candidate events and names them."""

    def __init__(self, story: Story, published: dt.date, source: str) -> None:
        self.story = story
        self.text = story.text
        self.published = published
        self.source = source
        self.sentences = list(map(re.Match.span, _SENT.finditer(self.text)))
        self.sent_starts = [s for s, _ in self.sentences]
        self.masked = self.text
        self.last_place: str | None = None
        self._clauses: dict[tuple[int, int], tuple[int, int]] = {}
        # Read on first use (the properties below): most stories of a page have no dated
        # happening. Plain attributes, not functools.cached_property: a mypyc-compiled class
        # has no instance __dict__, and there the decorator silently computes on every access.
        self._quotes: tuple[tuple[str, str], ...] | None = None
        self._reversed_text: str | None = None
        self._notice: Notice | None = None

    @property
    def quotes(self) -> tuple[tuple[str, str], ...]:
        """The quote pairs whose opening mark the story holds at all."""
        if self._quotes is None:
            pairs = (("“", "”"), ("《", "》"), ("「", "」"))
            self._quotes = tuple((a, b) for a, b in pairs if a in self.text)
        return self._quotes

    @property
    def reversed_text(self) -> str:
        """The text backwards: a forward regex search in it finds the last separator before a
        position (cheaper than listing every separator of the story)."""
        if self._reversed_text is None:
            self._reversed_text = self.text[::-1]
        return self._reversed_text

    @property
    def notice(self) -> Notice:
        if self._notice is None:
            self._notice = Notice(self.story, self.source)
        return self._notice

    @property
    def paragraphs(self) -> list[Paragraph]:
        return self.notice.paragraphs

    @property
    def topic(self) -> str:
        return self.notice.topic

    def mask(self, mentions: list[TimeMention]) -> None:
        """Keep a copy of the text with every time expression blanked, to name things from."""
        parts: list[str] = []
        pos = 0
        for i, m in enumerate(mentions):
            a, b = m.span
            nxt = mentions[i + 1].span[0] if i + 1 < len(mentions) else b
            if _ABUTS.fullmatch(self.text, b, nxt):
                b = max(b, nxt)  # `正月十五`: the grammar left the day apart
            if (m.flags & _NAMED_DAY and not _CLOCK.search(m.text)) or self.inside_name(a, b):
                continue  # `“周末课堂”`, `新年音乐会`: time words name things too
            if a >= pos:
                parts.append(self.text[pos:a])
                parts.append(_BLANK * (b - a))
                pos = b
        parts.append(self.text[pos:])
        self.masked = "".join(parts)

    # ----------------------------------------------------------------- locating

    def para_of(self, pos: int) -> int:
        return self.notice.para_of(pos)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.sentences[k] if k >= 0 else (0, len(self.text))

    def clause(self, a: int, b: int) -> tuple[int, int]:
        """Return the clause around span [a, b): between clause separators of its sentence."""
        found = self._clauses.get((a, b))
        if found is None:
            found = self._clauses[a, b] = self._clause(a, b)
        return found

    def _clause(self, a: int, b: int) -> tuple[int, int]:
        s, e = self.sentence_of(a)
        s = max(s, min(self.story.dateline_end, a))
        n = len(self.text)
        cut = _CUT.search(self.reversed_text, n - a, n - a + _WINDOW)  # the last one before a
        left = n - cut.start() if cut else a - _WINDOW
        cut = _CUT.search(self.text, b, b + _WINDOW)  # the first separator at or after b
        right = cut.start() if cut else b + _WINDOW
        return max(left, s), min(right, e)

    def chat_in_quotes(self, a: int, b: int) -> bool:
        """True when [a, b) lies in a quotation of someone speaking of themselves (我) with no
        happening word in its clause or the next: a relative day of their own story, not an
        announcement."""
        opened = self.text.rfind("“", max(0, a - _WINDOW), a)
        if opened < 0 or "”" in self.text[opened:a]:
            return False
        closed = self.text.find("”", b, b + _WINDOW)
        quote = self.text[opened : closed if closed >= 0 else b]
        if "我" not in quote:
            return False
        # `我和朋友今天是专程过来的,之前通过直播看到音乐会现场`: their visit (a happening
        # word later in the quote is what they saw); `我们今天将举办义诊`: an announcement
        ca, cb = self.clause(a, b)
        na, nb = self.next_clause(cb)
        told_here = _HAPPENING.search(self.text, ca, cb) is not None
        told_next = _HAPPENING.search(self.text, na, nb) is not None
        return not told_here and not (told_next and not _SEEN_BEFORE.search(self.text, na, nb))

    def custom_told(self, a: int) -> bool:
        """True when the sentence at ``a`` tells a custom or meaning (`重阳节是传统节日`,
        `农历五月十五有过“大端午”的民俗`) and names no happening."""
        s, e = self.sentence_of(a)
        if not _CUSTOM.search(self.text, s, e):
            return False
        # a festival's own name (`重阳节`, `传统佳节`) is not a happening word here
        return not _HAPPENING.search(_FESTIVAL_WORD.sub("", self.text[s:e]))

    def said_on(self, b: int, cb: int) -> bool:
        """True when the clause ending a mention at ``b`` (clause end ``cb``) is a speaker and
        a verb of saying (`发言人31日宣布`), or the mention stands alone before such a clause
        (`7月8日,工作人员丁女士说`): the date of the saying, not of a happening."""
        if _SAID.search(self.text, b, cb):
            return True
        if self.text[b:cb].strip():
            return False
        na, nb = self.next_clause(cb)
        return nb - na <= 24 and _SAID.search(self.text, na, nb) is not None

    def sentence_near(self, a: int, b: int) -> tuple[int, int]:
        """Return the sentence of span [a, b), cut to _WINDOW characters on each side."""
        sa, sb = self.sentence_of(a)
        return max(sa, a - _WINDOW), min(sb, b + _WINDOW)

    def next_clause(self, pos: int) -> tuple[int, int]:
        """Return the clause that starts after the separator at or after ``pos``."""
        _, e = self.sentence_of(pos)
        i = pos
        while i < e and self.text[i] in _CLAUSE_SEP + " ":
            i += 1
        if i >= e:
            return i, i
        return i, self.clause(i, i)[1]

    # --------------------------------------------------------------- filtering

    def candidates(self, mentions: list[TimeMention]) -> tuple[list[_Cand], list[_Cand]]:
        """Split mentions into dated candidates and clock-time-only mentions; drop non-events."""
        cands: list[_Cand] = []
        times: list[_Cand] = []
        for i, m in enumerate(mentions):
            a, b = m.span
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if nxt is not None and _ABUTS.fullmatch(self.text, b, nxt.span[0]) and _within(nxt, m):
                continue  # `正月|十五|元宵节`: a month read apart from the day that follows it
            if a < self.story.dateline_end or not self.is_event(m):
                continue
            start, end = m.start, m.end
            if (
                isinstance(end, dt.datetime)
                and end.time() == dt.time(0)
                and _MIDNIGHT_END.search(m.text)
            ):
                end = end - dt.timedelta(minutes=1)  # `至2月17日24时`: the end of the 17th
            if "since_publication" in m.flags:
                start = _with_day(start, self.published)
            if "deadline" in m.flags and _PART_BEFORE.search(m.text):
                start = end
            # `自9月28日启动,至10月12日结束,为期15天`: the end of a range lasts nothing more
            closing = self.text[max(0, a - 1) : a] in ("至", "到")
            lasts = _LASTS.match(self.text, b) if day_of(start) == day_of(end) else None
            # (`昨日下午,为期4天的交易会圆满收官`: the day it closed, not the first of four)
            if closing or (lasts and _CLOSED_ON.search(self.text, lasts.end(), lasts.end() + 30)):
                lasts = None
            if day_of(start) == day_of(end) and _WEEKEND_JOINED.match(self.text, b):
                sunday = day_of(start) + dt.timedelta(days=6 - day_of(start).weekday())
                if sunday - day_of(start) <= 2 * _ONE_DAY:
                    end = _with_day(end, sunday)  # `5月1日放假,与周末连休`: through Sunday
            if lasts:
                n = lasts["n"]
                count = int(n) if n.isdigit() else _SMALL[n]
                if not lasts["u"].endswith("小时"):
                    days = count + (lasts["u"] == "天半")
                    end = day_of(start) + dt.timedelta(days=max(days - 1, 0))
                elif isinstance(start, dt.datetime):
                    end = start + dt.timedelta(hours=count)
            refers = None
            if "anaphora" in m.flags and not cands and not self.story.dateline:
                continue  # `近日…活动当天,理发师…`: the day of a happening never dated
            if "anaphora" in m.flags and cands:
                # `“4·23”世界读书日当天,…,市图书馆当天还将举办…`: a day said earlier in the
                # sentence is the one meant, whatever name stands before 当天
                refers = self.named_antecedent(cands, a)
                here = self.sentence_of(a)
                if refers is not None and refers.sentence != here == cands[-1].sentence:
                    refers = None
                antecedent = refers or self.sort_antecedent(cands, a) or cands[-1]
                day = day_of(antecedent.start)
                if _NEXT_DAY.match(m.text):
                    day += dt.timedelta(days=1)  # `…当晚,…延长运营至次日凌晨2时`
                # (the whole span moves: `当日19:00至次日凌晨2:00` still ends the next day)
                shift = day - day_of(start)
                start, end = start + shift, end + shift
                if self.retold(cands, a, b, day, start):
                    continue  # `当天仍有50多位市民冒雨赶到图书馆`: more about a past day told
                if (
                    not isinstance(start, dt.datetime)
                    and self.text.startswith("的", b)
                    and self.text[b + 1 : b + 3] in self.text[slice(*antecedent.sentence)]
                ):
                    continue  # `6月9日上午,…义诊…。当天的义诊由…主办`: the one just told
            cand = _Cand(
                refers=refers,
                start=start,
                end=end,
                span=(a, b),
                flags=m.flags,
                sentence=self.sentence_of(a),
                para=self.para_of(a),
                timed=isinstance(start, dt.datetime),
                texts=[m.text],
                named=_TIME_OF_DAY_TAIL.sub("", m.text) if m.flags & _NAMED_DAY else "",
            )
            clock_only = not m.flags & _DAY_FLAGS and not _DAY_WORDS.search(
                _NEXT_DAY_CLOCK.sub("", _EVERY_DAY.sub("", m.text))
            )
            if clock_only and (cand.timed or m.precision is Precision.MINUTE):
                times.append(cand)
            elif not self.weekly(m):
                cands.append(cand)
            elif cand.timed:
                # `5月6日起…每周六上午9点开课`: a weekly rule gives the dated start its time.
                times.append(cand)
        return cands, times

    def weekly(self, m: TimeMention) -> bool:
        """True for a rule that repeats (`每月第一个周六`, `周二至周日`, `周一闭馆`), not a
        date: its clock time may still give a dated happening its time."""
        a = m.span[0]
        if "recurring" in m.flags:
            return True
        if "weekday" in m.flags and _ROUTINE_BEFORE.search(self.text, max(0, a - 4), a):
            return True  # `除了举办常规的周末音乐会`: the usual weekends, not this one
        if _WEEKLY.search(m.text):
            # `10月9日至29日,星期一至星期五限行`: dated, the weekdays only narrow it;
            # `本周四至周六`: this week's days; `周二至周五举办火龙贺中秋`: the coming days of
            # one happening held (`周二至周日开放`, `每周…` are rules)
            held = _HELD_AFTER.match(self.text, m.span[1]) and not _WEEKLY_CONTEXT.search(
                self.text, *self.sentence_near(a, m.span[1])
            )
            return not (
                ("range" in m.flags and _MONTH_DAY.search(m.text)) or "relative" in m.flags or held
            )
        if m.text.startswith("每") or _EVERY_BEFORE.search(self.text, max(0, a - 9), a):
            return True  # `每月第一个周六`
        if not _BARE_WEEKDAY.fullmatch(m.text.strip()):
            return False
        sa, sb = self.sentence_near(a, m.span[1])
        return _WEEKLY_CONTEXT.search(self.text, sa, sb) is not None

    def named_antecedent(self, cands: list[_Cand], a: int) -> _Cand | None:
        """Return the happening `当天/当晚` at ``a`` names (`演练当天` → the drill,
        `开幕式当天` → what `开幕`s); None when it names none (then it is the day last
        mentioned among the story's dated happenings)."""
        ca, _ = self.clause(a, a)
        named = _NAME_BEFORE.search(self.text, max(ca, a - 4), a)
        if not named:
            return None
        name = named.group()
        # `活动当天` is the day of the activity, not of `活动报名…截止`
        ordered = [c for c in cands if "deadline" in c.flags] + [
            c for c in cands if "deadline" not in c.flags
        ]
        while len(name) >= 2:
            for c in reversed(ordered):
                if name in self.text[slice(*self.clause(*c.anchor))]:
                    return c
            name = name[:-1]
        return None

    def sort_antecedent(self, cands: list[_Cand], a: int) -> _Cand | None:
        """Return the happening a `活动当天`, `比赛当天` at ``a`` refers to by its sort: the last
        one that is not a registration or a deadline; None when the word names no happening."""
        ca, _ = self.clause(a, a)
        said = _SET_FOR.search(self.text, max(ca, a - 3), a)  # `开幕式定于当天`
        end = said.start() if said else a
        named = _NAME_BEFORE.search(self.text, max(ca, end - 4), end)
        sorts = [w for w in _HAPPENING_WORDS if named and w in named.group()]
        if not sorts:
            return None
        kept = []
        for c in reversed(cands):
            clause = self.text[slice(*self.clause(*c.anchor))]
            if "deadline" in c.flags or any(w in clause for w in _DEADLINE_WORDS):
                continue
            if _PREPARES.search(self.text, *c.sentence):
                continue  # `11月14日、15日两天…领取参赛物品`: before the race, not the race
            kept.append(c)
        # `5月1日,…采摘节将在樱桃园开幕,持续至5月20日。…开幕式定于当天`: the one said to do it
        doing = [c for c in kept if any(w in self.what_of(c) for w in sorts)]
        return doing[0] if doing else (kept[0] if kept else None)

    def what_of(self, c: _Cand) -> str:
        """Return the clause of ``c``'s date words, with the next clause when the date stands
        alone in its clause (`5月1日,第六届采摘节将在樱桃园开幕`)."""
        return self.text[slice(*self.clause_on(*c.anchor))]

    def clause_on(self, a: int, b: int) -> tuple[int, int]:
        """Return the clause of span [a, b), running on through the next clause when nothing
        follows the span in its own (`开学当天,各校将开展…`: what is said of it is there)."""
        ca, cb = self.clause(a, b)
        if cb <= b + 1:
            cb = self.next_clause(cb)[1]
        return ca, cb

    def is_event(self, m: TimeMention) -> bool:
        """False for mentions that do not date a happening (see the module docstring)."""
        if m.flags & _DROP_FLAGS or m.precision is Precision.YEAR:
            return False
        if m.text.strip() in _UNDATED:
            return False
        if SECONDS_STAMP.search(m.text) or self.stamp_alone(m):
            return False  # `2025-03-03 17:00:00`, `05.02.2016 11:36`: a web page's time stamp
        vague = _VAGUE_PERIOD.search(m.text)
        if vague and not (
            vague.group() == "季度"
            and (
                _FUTURE_AFTER.match(self.text, m.span[1])
                or _TARGET_AFTER.match(self.text, m.span[1])
                or _PLANNED_BEFORE.search(self.text, max(0, m.span[0] - 4), m.span[0])
            )
        ):
            # `一季度,全区共排查…`; but `第二季度我区将集中开展排查` is a plan and
            # `预计2014年第二季度完工` a target
            return False
        if _PHOTO_TAKEN.match(self.text, m.span[1]):
            return False  # `(4月23日摄)`: the day a photo was taken
        if self.text.startswith(("本报", "本刊"), m.span[1]):
            return False  # `详细报道见7月20日本报A24版`: an earlier issue
        if _WORKDAY_AFTER.match(self.text, m.span[1]) or _AGE_CUTOFF.match(self.text, m.span[1]):
            return False  # `9月5日(星期四)正常上班`, `正常公休`; `12月31日前年满18周岁`
        if _WEATHER.search(self.text, *self.clause_on(*m.span)) and not _HAPPENING.search(
            self.text, *self.sentence_near(*m.span)
        ):
            return False  # `今天我市最高气温13℃~15℃`: a temperature forecast, no happening
        if m.text.startswith("提前") or self.text[max(0, m.span[0] - 1) : m.span[0]] == "提":
            return False  # `需提前一天预约`: a lead time, not a date
        a, b = m.span
        if _ADDRESS.search(self.text, max(0, a - 2), a) and _BARE_DAY.fullmatch(m.text):
            return False  # `文体路2号`: a house number
        if m.text.endswith("号") and self.text[b : b + 1] in _BUILDING:
            return False  # `和平社区1至24号楼`: building numbers
        if self.inside_name(a, b):
            return False  # `“粽情端午”民俗文化节`, `“周末课堂”`: time words inside a quoted name
        if m.flags & _NAMED_DAY and (
            _PURPOSE.search(self.text, max(0, a - 14), a)
            or _FESTIVE_AIM.search(self.text, max(0, a - 20), a)
        ):
            # `为迎接第46个全国植树节,…`, `为营造喜庆祥和的春节氛围`, `让群众度过一个欢乐的春节`:
            # the occasion of a happening dated elsewhere
            return False
        ca, cb = self.clause(a, b)
        before = self.text[max(ca, a - 6) : a]
        reporter = _REPORTER.match(self.text, b)
        if before.endswith("记者") or (
            reporter
            and _REPORTER_SAW.search(self.text, b, self.clause(reporter.end(), reporter.end())[1])
        ):
            return False  # `记者18日走访发现`; `今天上午,记者从拱墅区获悉`
        if before.endswith(("比", "较", "同比")):
            return False  # `比去年末净增148家`: the base of a comparison
        if before.endswith(("除", "除了")) and "外" in self.text[b:cb]:
            return False  # `文化场馆除大年初一闭馆外照常开放`: the exception to a rule
        if m.text.endswith("月") and _MONTH_OF_WORD.match(self.text, b):
            return False  # `为老人送上月饼`
        if m.text in ("暑假", "寒假"):
            return False  # `暑假来临`: its days differ by place; only stated days date it
        if (
            (m.flags & _NAMED_DAY or self.text[a - 1 : a] == "“")  # (or a quoted `“二月二”`)
            and any(w in self.text[b : b + 6] for w in _HAPPENING_WORDS + ("游园",))
            and self.dated_elsewhere(a, b)
        ):
            # `九月十二日晚…举办“邻里共赏月”中秋游园活动`, `中秋节假期(9月13日至15日)期间,…
            # 将举办“月满长安”中秋灯会`, `“二月二”庙会将于十三、十四、十五日三天…举办`: the
            # occasion of a happening its sentence dates
            return False
        if "relative" in m.flags and self.chat_in_quotes(a, b):
            return False  # `“不过今天我还没想好要应聘什么职位。”`: a speaker's day, nothing on
        if self.said_on(b, cb):
            return False  # `香港新闻界31日宣布,…`; `”7月8日,工作人员丁女士说,…`
        closes = "deadline" in m.flags and before.endswith("截至")  # `报名截至8月20日`
        if (_NOT_BEFORE.search(before) and not closes) or _REPORTING.search(self.text, b, cb):
            return False  # `截至4月底`; `记者13日从区教委获悉`
        if _CONTINGENT.search(self.text, max(0, a - 30), a):
            return False
        if m.precision is Precision.MONTH and any(
            int(d["m"]) == day_of(m.start).month for d in _MONTH_DAY_OF.finditer(self.text, b, cb)
        ):
            return False  # `2022年6月普通高中学业水平考试定于6月28日至30日`: an edition
        if m.precision is Precision.MONTH and _SCHEDULE_OF.match(self.text, b):
            return False  # `近日发布12月公益讲座安排`
        if m.flags & _NAMED_DAY and _AS_USUAL.match(self.text, b):
            return False  # `国庆期间,博物馆正常开放`
        if "anaphora" in m.flags and _CONDITION.search(self.text, max(0, a - 40), a):
            return False
        if m.flags & _NAMED_DAY and _SPAN_AROUND.match(self.text, b):
            return False  # `清明节前两个周末`: weeks before the day, not the day
        if m.flags & _NAMED_DAY and _FESTIVAL_AS_TOPIC.match(self.text, b):
            return False
        if m.flags & _NAMED_DAY and _NAMED_PLACE_AFTER.match(self.text, b):
            return False  # `七夕艺术学校`, `五一广场`: a name, not the day
        if m.flags <= {"part_of_day"} and m.text in _BARE_PARTS:
            return False  # `让驻马店的夜晚更鲜活`: an evening, no day said
        if m.flags & _NAMED_DAY and _OCCASION_AFTER.match(self.text, b):
            return False  # `在今年重阳节来临之际,社区开展慰问活动`: around the day, not on it
        if m.flags & _DAY_FLAGS and self.custom_told(a):
            return False  # `九月初九,“九九”谐音“久久”`: what the festival means, no happening
        label = _LABEL_AFTER.match(self.text, b) if m.flags & _NAMED_DAY else None
        if label and _STATED_DAY.match(self.text, label.end()):
            return False  # `国庆节、中秋节:10月1日(周三)至8日放假`: the label of a stated item
        if m.flags & _NAMED_DAY and _NTH_DAY_OF.match(self.text, b):
            return False  # `10月1日是国庆假期第一天`: the day is said; the holiday is its frame
        if _LEAD_TIME.match(m.text) and _CJK_BEFORE.match(self.text, max(0, a - 1)):
            return False  # `献血前一天晚上应避免饮酒`
        if m.flags & _NAMED_DAY and self.in_named_run(a, b):
            return False
        if _BARE_WEEKEND.fullmatch(m.text) and _MONTH_DAY.search(
            self.text, self.sentence_of(a)[0], a
        ):
            return False  # `10月12日上午…开设周末接种专场`: says what sort of day the date is
        if _BORN.match(self.text, b):
            return False  # `2018年9月1日至2019年8月31日出生的适龄儿童`: who may enrol
        if _TICKET_OF.match(self.text, b):
            return False  # `1月15日的车票将于12月31日开售`: the day a ticket is for
        if "以来" in self.text[b:cb] or m.text.endswith("以来"):
            return False  # `自2022年10月启动征稿以来,共收到…`, `元旦以来`: the start of a count
        if _AFTER_SOMETHING.fullmatch(m.text) and _CJK_BEFORE.match(self.text, max(0, a - 1)):
            if self.text[a - 1 : a] not in "今本这即":
                return False  # `于首剂接种6个月后完成`: months after a happening, not after today
        if _CANCELLED.search(self.text, ca, cb) or _SUSPENDED.search(self.text, ca, cb):
            return False
        if SELF_REFERENCE.search(self.text, ca, cb) and day_of(m.end) <= self.published:
            # `本通告自发布之日起施行`; but `自本公告发布之日起至4月6日` is a window and
            # `本办法拟自2025年7月1日起施行` a date to come
            return False
        sa, sb = self.sentence_near(a, b)
        if (
            _OPENING_HOURS.search(self.text, sa, a)
            and _DAY_WORDS.search(m.text)
            and "月" not in m.text
        ):
            return False  # `开放时间:周二至周日…`: a weekly rule (`服务时间为9月29日至…` is dated)
        # A period that figures are counted over: `今年1—10月`, `去年元宵节期间`.
        period = m.precision is Precision.MONTH or (
            day_of(m.end) < self.published
            and (
                m.flags & _NAMED_DAY
                or "anaphora" in m.flags
                or "期间" in self.text[b : self.clause(a, b)[1]]
            )
        )
        if period and _STATISTIC.search(self.text, sa, sb):
            return False
        return not self.is_signature(m)

    def stamp_alone(self, m: TimeMention) -> bool:
        """True for a machine's time stamp: a numeric date and clock making up a line of their
        own (`05.02.2016 11:36`, `2025 04-24 09:33`) or a zero-padded date alone on one
        (`2025年03月14日`), or a zero-padded `01-19 21:07`."""
        if _PADDED_STAMP.fullmatch(m.text.strip()):
            return True
        para = self.paragraphs[self.para_of(m.span[0])]
        line = self.text[para.start : para.end].strip()
        return not para.label and len(line) < 40 and _NUMERIC_LINE.fullmatch(line) is not None

    def dated_elsewhere(self, a: int, b: int) -> bool:
        """True when the sentence of span [a, b) states a day before it (`9月2日`, `前天`) or
        after it."""
        sa, sb = self.sentence_near(a, b)
        return bool(
            _STATED_DAY.search(self.text, sa, a)
            or _RELATIVE_DAY_SAID.search(self.text, sa, a)
            or _DAY_SAID.search(self.text, b, sb)
        )

    def in_named_run(self, a: int, b: int) -> bool:
        """True when the named day at [a, b) is one of three or more named in a row
        (`公布2024年元旦、春节、清明节…放假安排`)."""
        if not (self.text[b : b + 1] in "、和及与" or self.text[a - 1 : a] in "、和及与"):
            return False
        ca, cb = self.clause(a, b)
        for run in _NAMED_RUN.finditer(self.text, ca, cb):
            if run.start() < b and b <= run.end() and run.group().count("、") >= 2:
                return True
        return False

    def inside_name(self, a: int, b: int) -> bool:
        """True when span [a, b) lies inside a quoted name with more words than the span."""
        quotes = self.quotes
        if not quotes:
            return False
        ca, cb = self.clause(a, b)
        if self._quoted(a, b, ca, cb):
            return True
        # a name holding a comma (`“九九重阳节,温暖老人心”慰问活动`), told from a quoted
        # sentence by the happening it names right after it
        sa, sb = self.sentence_of(a)
        closed = self._quoted(a, b, max(sa, a - 40), min(sb, b + 40))
        return closed is not None and _HAPPENING.search(self.text, closed, closed + 7) is not None

    def _quoted(self, a: int, b: int, lo: int, hi: int) -> int | None:
        """Return the end of a quotation within [lo, hi] holding [a, b) and more; None if none."""
        for left, right in self.quotes:
            opened = self.text.rfind(left, lo, a + 1)
            if opened == -1 or self.text.find(right, opened, a) != -1:
                continue
            closed = self.text.find(right, b - 1, hi + 1)
            if closed == -1 or self.text.find(left, b, closed) != -1:
                continue  # (`“4.23”世界读书日…“城市阅读之夜”`: two quotations, not one)
            if (opened < a or closed > b) and closed - opened - 1 > b - a:
                return closed + 1
        return None

    def is_signature(self, m: TimeMention) -> bool:
        """True for the date under a notice: one of its last paragraphs, holding only the date,
        or a dated signature glued to its signer and what follows it (a page printed without
        line breaks: `特此通告某区人民政府2023年5月22日附件:…`, `通讯员:张三2021年6月17日`)."""
        if m.precision is Precision.MINUTE:
            return False  # a notice is signed with a day, never an hour
        a, b = m.span
        if (
            _YEAR_SAID.search(m.text)
            and _SIGNER_BEFORE.search(self.text, max(0, a - 12), a)
            and _SIGNATURE_AFTER.match(self.text, b)
        ):
            return True
        k = self.para_of(a)
        para = self.paragraphs[k]
        if para.end - para.start > _WINDOW:
            return False  # (a signature is short: bounds the work on a long paragraph)
        rest = self.text[para.start : para.end].replace(m.text, "").strip(" .。")
        if len(rest) > 1:
            return False
        if len(self.paragraphs) <= 1:
            # the signature block read as a story of its own, the signer as its title:
            # `特此公告 / 高邮市人民代表大会常务委员会 / 2012年8月16日`
            return bool(_SIGNER.search(self.story.title or ""))
        # `特此公告。市中心血站 二〇二三年十一月一日`, even with more notices after it on the page
        closed = _SIGNED_OFF.search(self.text, max(0, para.start - 40), para.start)
        return k >= len(self.paragraphs) - 3 or closed is not None

    # ------------------------------------------------------------ clock times

    def attach_times(self, cands: list[_Cand], times: list[_Cand]) -> list[_Cand]:
        """Give dated candidates their clock times; return the candidates (some new)."""
        out = list(cands)
        shared: dict[int, _Cand] = {}
        for t in self.open_close(times):
            target = self.date_for_time(out, t)
            if (
                target is not None
                and day_of(target.end) > day_of(target.start)
                and self.text[t.span[0] - 1 : t.span[0]] in ("至", "到")
            ):
                continue  # `持续至2月25日,其中春节期间延长开放至晚上8点`: a changed closing hour
            if (
                target is not None
                and day_of(target.end) == day_of(target.start)
                and (
                    _OPENING_HOURS.search(self.text, self.clause(*t.span)[0], t.span[0])
                    or ("from" in target.flags and _HOURS_SET.search(self.text, *target.sentence))
                )
            ):
                continue  # `冰场将于12月30日开放,开放时间为每天9:00至17:00`: its hours from then on
            if _LAST_SERVICE.search(
                self.text, max(self.clause(*t.span)[0], t.span[0] - 4), t.span[0]
            ):
                continue  # `首班车6:00发车,末班车23:00发车`: the day's last service, not a start
            if (
                target is not None
                and not target.timed
                and t.start == t.end
                and _UNTIL_ONLY.search(self.text, max(0, t.span[0] - 6), t.span[0])
            ):
                continue  # `当晚,公园将延长开放至23时`: a closing hour, not a start
            if _LAST_ADMISSION.match(self.text, t.span[1]):
                continue  # `9:00—17:00开放(16:00停止入场)`: the last admission
            first = self.first_day_of(out, t)
            if first is not None:
                out.append(_timed_copy(first, t))  # `展销会首日上午9时将举行…颁奖`
                continue
            if target is None:
                day = self.day_of_next_sentence(out, t)
                during = None if day is not None else self.named_range(out, t, _DURING_BEFORE)
                if day is not None:
                    out.append(_timed_copy(day, t))
                elif during is not None:
                    out.append(_range_copy(during, t))  # `考试期间,每天7:00至18:00,…交通管制`
                elif self.shared_time_line(t):
                    shared.setdefault(self.paragraphs[t.para].group, t)
            elif target.timed and self.same_session(target, t):
                # `上午9:00—11:30,下午1:30—4:00`: one happening in two sittings.
                target.end = _with_day(t.end, day_of(target.end))
                target.span = (target.span[0], t.span[1])
            elif (
                target.timed
                and target.start == target.end
                and t.start == t.end
                and isinstance(target.start, dt.datetime)
                and isinstance(t.start, dt.datetime)
                and t.start.time() > target.start.time()
                and _UNTIL_TIME.search(self.text, max(0, t.span[0] - 3), t.span[0])
            ):
                # `当天上午9时…举办大集,…活动持续至下午4时`: its closing time
                target.end = _with_day(t.start, day_of(target.end))
            elif (
                target.timed
                and day_of(target.end) > day_of(target.start)
                and not isinstance(target.end, dt.datetime)
                and _LIST_GAP.fullmatch(self.text, target.span[1], t.span[0])
            ):
                # `1月1日至3日每天上午10时、下午3时各一场`: sessions from the first time on the
                # first day to the last time on the last day
                target.end = _with_day(t.end, day_of(target.end))
                target.span = (target.span[0], t.span[1])
            elif (
                target.timed
                and day_of(target.end) > day_of(target.start)
                and not isinstance(target.end, dt.datetime)
                and t.end != t.start
                and _EVERY_DAY.search(self.text, max(0, t.span[0] - 3), t.span[0])
            ):
                # `2月8日晚6时亮灯,…持续至2月16日,每天18:00至22:30开放`: the last day closes
                target.end = _with_day(t.end, day_of(target.end))
            elif target.timed or self.holds_its_own(target, t):
                # Another happening of the same day: `上午9时开幕式,下午2时讲座`;
                # `端午节当天,…将举行民俗巡游,下午3时起在码头举行传统游戏`.
                out.append(_timed_copy(target, t))
            elif day_of(target.end) > day_of(target.start) and self.text.startswith(
                "其中", self.clause(*t.span)[0]
            ):
                out.append(_range_copy(target, t))  # `…开放,其中市游泳馆每天8:00至12:00开放`
            else:
                every = _EVERY_DAY.search(
                    self.text, max(0, t.span[0] - 3), t.span[0] + 1
                ) or _PER_SESSION.search(self.text, max(0, t.span[0] - 4), t.span[0])
                _set_clock(target, t, daily=every is not None)
        for c in out:
            daily = None if c.timed else shared.get(self.paragraphs[c.para].group)
            if daily is not None:
                _set_clock(c, daily, keep_span=True)
        out.sort(key=lambda c: c.span)
        self.per_session(out)
        for c, n in zip(out[-2::-1], out[::-1], strict=False):
            # `10月2日、10月4日下午2点`: the time after a list of dates is every item's time
            if not c.timed and n.timed and _LIST_GAP.fullmatch(self.text, c.span[1], n.span[0]):
                _set_clock(c, n, keep_span=True)
        return out

    def per_session(self, cands: list[_Cand]) -> None:
        """Give the untimed days listed after a timed range the range's session time
        (`11月6日至12日…每场放映时间为18:30至20:30。` then `11月8日 大红门社区…`)."""
        for c in cands:
            if not c.timed or day_of(c.end) == day_of(c.start):
                continue
            if not _PER_SESSION.search(self.text, *c.sentence):
                continue
            for item in cands:
                if (
                    not item.timed
                    and item.span[0] > c.sentence[1]
                    and day_of(item.start) == day_of(item.end)
                    and _within_days(item, c)
                ):
                    item.start = dt.datetime.combine(day_of(item.start), _clock_of(c.start))
                    item.end = dt.datetime.combine(day_of(item.end), _clock_of(c.end))
                    item.timed = True

    def open_close(self, times: list[_Cand]) -> list[_Cand]:
        """Return times with an opening and a closing time joined into one slot
        (`每天上午10时开门,晚上9时闭市`)."""
        out: list[_Cand] = []
        for t in times:
            p = out[-1] if out else None
            if (
                p is not None
                and p.sentence == t.sentence
                and p.start == p.end
                and t.start == t.end
                and t.start > p.start
                and _OPENS.fullmatch(self.text, p.span[1], t.span[0])
                and _CLOSES.match(self.text, t.span[1])
            ):
                p.end, p.span = t.end, (p.span[0], t.span[1])
                p.texts.extend(t.texts)
                continue
            out.append(t)
        return out

    def shared_time_line(self, t: _Cand) -> bool:
        """True when a clock time with no date of its own is the time line of its item: a list
        line (`活动时间:每天9:30—11:30`) or a sentence saying so (`接种时间为…`), not prose
        (`公园将延长开放至晚上10点`) and not opening hours."""
        sa, _ = t.sentence
        before = self.text[sa : t.span[0]]
        if _OPENING_HOURS.search(before) or _HOTLINE.search(before):
            return False  # `63801234(工作日9:00-17:00)`: when the phone is answered
        para = self.paragraphs[t.para]
        listy = para.label is not None or para.end - para.start <= 30
        return listy or _TIME_LINE.fullmatch(before) is not None

    def day_of_next_sentence(self, cands: list[_Cand], t: _Cand) -> _Cand | None:
        """Return the one-day happening of the sentence right before a sentence that opens
        with clock time ``t`` and holds a happening of its own (`今天是学雷锋纪念日。上午9时至
        11时30分,…在社区广场开展义诊`; `…上午10点…举办“百家宴”。下午2时30分,…带来专场文艺
        演出`): that day is its day; None otherwise."""
        sa, sb = t.sentence
        rest = self.text[t.span[1] : sb]
        if self.text[sa : t.span[0]].strip() or _ENDS.search(rest):
            return None
        prev = [c for c in cands if c.sentence[1] <= sa]
        if not prev or prev[-1].para != t.para or self.text[prev[-1].sentence[1] : sa].strip():
            return None
        c = prev[-1]
        if day_of(c.start) != day_of(c.end):
            return None
        if c.timed:  # a later time of that day
            return c if _clock_of(t.start) > _clock_of(c.end) else None
        return c if any(v in rest for v in HOLD_VERBS) else None

    def named_range(self, cands: list[_Cand], t: _Cand, before: re.Pattern[str]) -> _Cand | None:
        """Return the range a `考试期间`, `考试首日` (``before``) right before clock time ``t``
        names: the last earlier range whose clause holds that word; None otherwise."""
        m = before.search(self.text, t.sentence[0], t.span[0])
        if m is None:
            return None
        name = m["w"]
        earlier = [c for c in cands if c.anchor[1] <= t.span[0] and day_of(c.end) > day_of(c.start)]
        while len(name) >= 2:
            for c in reversed(earlier):
                if name in self.text[slice(*self.clause(*c.anchor))]:
                    return c
            name = name[1:]
        return None

    def first_day_of(self, cands: list[_Cand], t: _Cand) -> _Cand | None:
        """Return the range whose first day a `首日` right before clock time ``t`` names
        (`考试首日上午8:30开考`; `菊花展将于10月28日至11月20日举办…。开展首日上午10时,…
        举行开幕式`): the range its words name, else the last range of its paragraph."""
        if not _FIRST_DAY_BEFORE.search(self.text, t.sentence[0], t.span[0]):
            return None
        named = self.named_range(cands, t, _FIRST_DAY_BEFORE)
        if named is not None:
            return named
        ranges = [
            c
            for c in cands
            if c.para == t.para and c.anchor[1] <= t.span[0] and day_of(c.end) > day_of(c.start)
        ]
        return ranges[-1] if ranges else None

    def holds_its_own(self, target: _Cand, t: _Cand) -> bool:
        """True when clock time ``t`` opens a clause that holds a happening of its own
        (`下午3时起在码头举行传统游戏`) after ``target``'s clauses held theirs."""
        ca, cb = self.clause(*t.span)
        if ca <= target.anchor[1] or day_of(target.end) > day_of(target.start):
            return False  # over a range, `每天10:00和15:00各举办一场` is the range's time
        between, after = self.text[target.anchor[1] : ca], self.text[t.span[1] : cb]
        return any(v in between for v in HOLD_VERBS) and any(v in after for v in HOLD_VERBS)

    def same_session(self, target: _Cand, t: _Cand) -> bool:
        """True when clock time ``t`` only continues ``target``'s times (nothing but
        separators between them, and later in the day)."""
        gap = self.text[target.span[1] : t.span[0]].strip(" ,，;；、和及与")
        if gap or not isinstance(t.start, dt.datetime) or not isinstance(target.end, dt.datetime):
            return False
        return t.start.time() >= target.end.time()

    def date_for_time(self, cands: list[_Cand], t: _Cand) -> _Cand | None:
        """Return the dated candidate a clock time belongs to: the last date before it in the
        same sentence (or the date right after it, when the time comes first)."""
        same = [c for c in cands if c.sentence == t.sentence]
        before = [c for c in same if c.anchor[1] <= t.span[0]]
        if before:
            return max(before, key=lambda c: c.anchor[1])
        after = [c for c in same if c.anchor[0] >= t.span[1]]
        if after and after[0].anchor[0] - t.span[1] <= 3:
            return after[0]
        if (
            not same
            and _DAILY_HOURS.search(self.text, *t.sentence)
            and not _PHONE.search(self.text, t.sentence[0], t.span[0])
        ):
            # `…市集将开市。市集每天上午10时开门,晚上9时闭市`: the daily hours of the
            # happening dated in the sentence right before
            prev = [c for c in cands if c.sentence[1] <= t.sentence[0]]
            if (
                prev
                and not self.text[prev[-1].sentence[1] : t.sentence[0]].strip()
                and (not prev[-1].timed or self.same_session(prev[-1], t))
                and day_of(prev[-1].end) > day_of(prev[-1].start)
            ):
                return prev[-1]
        return None

    # ---------------------------------------------------------------- merging

    def merge(self, cands: list[_Cand]) -> list[_Cand]:
        """Join mentions that state one happening together (see the module docstring)."""
        out: list[_Cand] = []
        for c in cands:
            p = out[-1] if out else None
            if p is not None and p.sentence != c.sentence and self.carries_on(p, c):
                p.end = c.end  # `…开幕。本届艺术节为期一个月,将持续至11月20日`
                p.texts.extend(c.texts)
                _daily_start(p, c)
                continue
            named = c.refers
            if (
                named is not None
                and not named.timed
                and day_of(named.start) == day_of(named.end) == day_of(c.start)
                and any(o is named for o in out)
                and not self.holds_after(*c.span)  # `开学当天,各校将开展“开学第一课”`: its own
            ):
                _absorb(named, c)  # `…将于本周六开幕。…开幕式当天下午3点,揭幕战…`: its time
                continue
            if p is not None and (self.start_end_fields(p, c) or self.window_closed(p, c)):
                # `开始时间:2024-09-04 结束时间:2024-09-27`; `8月27日,…发布专题征集建议。…
                # 该意见征集截止日为9月20日`: one window
                p.end = c.end
                p.texts.extend(c.texts)
                continue
            if p is not None and p.sentence == c.sentence and self.made_up(p, c):
                p.end = c.end  # `清明节:4月5日放假,4月6日(星期一)补休`: one break
                _absorb(p, c)
                continue
            if p is not None and p.sentence == c.sentence and self.stop_then_restore(p, c):
                if c.timed:
                    p.end = c.start  # `22:00暂停供水,预计11月23日4:00恢复供水`: one outage
                    p.texts.extend(c.texts)
                    continue
                # `7月21日17时起关闭阅览室,并于7月25日恢复正常开放`: closed through the day
                # before, and the reopening is news of its own
                last = day_of(c.start) - _ONE_DAY
                p.end = _end_of_day(last) if isinstance(p.start, dt.datetime) else last
                out.append(c)
                continue
            if p is not None and p.sentence == c.sentence and self.frame_restated(p, c):
                # `暑假期间,各校将开展托管服务,托管时间为7月12日至8月13日`: the stated days
                p.start, p.end = c.start, c.end
                _absorb(p, c)
                continue
            if p is not None and p.sentence == c.sentence:
                gap = self.text[p.span[1] : c.span[0]]
                same_days = day_of(p.start) == day_of(c.start) and day_of(p.end) == day_of(c.end)
                said = (
                    "relative" in p.flags
                    and not c.flags & _RELATIVE_FLAGS
                    and day_of(c.start) == day_of(c.end)
                    and self.text[c.span[1] : c.span[1] + 1] in (")", "）")
                )
                if _RESTATED.fullmatch(gap) and not same_days and (said or _within_days(c, p)):
                    # `暑假期间（7月8日至8月31日）`: the dates; `昨天(7月2日)上午`, `今晚(5月21日
                    # 晚)`: the date the writer meant, whenever the paper came out
                    p.start, p.end = c.start, c.end
                    _absorb(p, c)
                    continue
                if _RESTATED.fullmatch(gap) and not same_days and _within_days(p, c):
                    # `本周六、周日（3月2日、3日）`: the bracket restates the listed days
                    while (
                        len(out) > 1
                        and _within_days(out[-2], c)
                        and _LIST_GAP.fullmatch(self.text, out[-2].span[1], out[-1].span[0])
                    ):
                        out.pop()
                    p = out[-1]
                    p.start, p.end = c.start, c.end
                    _absorb(p, c)
                    continue
                # `9月17日当日19:00至次日凌晨2:00`: that day, on into the next
                that_day = "anaphora" in c.flags and day_of(p.end) == day_of(c.start)
                if (same_days or that_day and day_of(p.start) == day_of(p.end)) and (
                    (len(gap) <= 2 and not re.search(r"[,，;；。]", gap))
                    or _RESTATED.fullmatch(gap)
                ):
                    _absorb(p, c)  # `“4·23”世界阅读日当天`, `6月22日(端午节)`
                    continue
                if "daily" in p.flags and _NEXT_DAY_CLOSE.fullmatch(gap + c.texts[0]):
                    # `每晚22时至次日凌晨5时`: the slot closes the next morning; the last day of
                    # the range keeps the closing time.
                    if isinstance(c.start, dt.datetime):
                        p.end = dt.datetime.combine(day_of(p.end), c.start.time())
                    p.span = p.anchor = (p.span[0], c.span[1])
                    continue
                if (
                    same_days
                    and "anaphora" in c.flags
                    and "deadline" not in c.flags  # `初审结果于当天18:00前…公布`: its own
                    and c.timed
                    and not p.timed
                    and not self.own_ceremony(p, c)
                    and not self.day_then_happening(p, c)
                ):
                    _absorb(p, c)  # `9月23日鸣枪开赛,比赛当天上午8:30…出发`: its time
                    continue
                if same_days and c.named and len(c.texts) == 1 and not c.timed:
                    _absorb(p, c)  # `八月十五中秋节晚上7点,…中秋赏月晚会`: the date again
                    continue
                tail = re.split(r"[,，;；]", gap)[-1]
                # `8月31日截止`: the grammar may have taken 截止 into the date words
                ends = (
                    _ENDS_NEXT.match(self.text, c.anchor[1]) or _ENDS_SAID.search(c.texts[-1])
                ) and _STARTS.search(
                    # `将于22日晚在杭州奥体中心体育场开幕,28日闭幕`: the opening ends its clause
                    self.text,
                    p.anchor[1],
                    max(p.anchor[1] + 8, self.clause(*p.anchor)[1]),
                )
                opened = "since_publication" in p.flags or _OPENED.match(self.text, p.anchor[1])
                closes = bool(opened and _WINDOW_CLOSE.search(tail))
                if closes and day_of(c.end) < day_of(p.start) and not _YEAR_SAID.search(c.texts[0]):
                    # `已于1月1日开始,缴费截止日期为12月25日`: the close follows the opening
                    c.end = _years_on(day_of(c.end), 1)
                prolonged = _PROLONGED.search(tail)
                if (_EXTENDS.fullmatch(tail) or ends or closes or prolonged) and day_of(
                    c.end
                ) > day_of(p.start):
                    p.end = c.end  # `明天开唱,持续至11月26日`
                    p.span = (p.span[0], c.span[1])
                    p.texts.extend(c.texts)
                    _daily_start(p, c)
                    continue
                if c.flags & _NAMED_DAY and not p.flags & _NAMED_DAY and _within_days(c, p):
                    p.named = p.named or c.named  # `6月1日至18日…“618”消费季`: its occasion
                    p.flags = p.flags | c.flags
                    continue
                if p.flags & _NAMED_DAY and not c.flags & _NAMED_DAY and self._one_clause(p, c):
                    # `端午节放假时间为6月22日至24日`: the dates say when, the festival what.
                    c.flags, c.named = c.flags | p.flags, p.named
                    out[-1] = c
                    continue
            out.append(c)
        return out

    def retold(self, cands: list[_Cand], a: int, b: int, day: dt.date, start: Moment) -> bool:
        """True when anaphor [a, b) only tells more of a past day already dated in the story
        (no clock time of its own, no plan, no happening after it)."""
        if isinstance(start, dt.datetime) or day >= self.published:
            return False
        told = [x for x in cands if day_of(x.start) == day == day_of(x.end)]
        # (`12月5日是国际志愿者日。当天,…发布…`: the day was named, its happening is this one)
        if not told or any(x.named or _IS_DAY.match(self.text, x.anchor[1]) for x in told):
            return False
        ca, cb = self.clause(a, b)
        return not _PLANNED.search(self.text, ca, cb) and not self.holds_after(a, b)

    def holds_after(self, a: int, b: int) -> bool:
        """True when the clause after anaphor [a, b) (or the next one) holds a happening of its
        own (`开学当天,各校将开展…安全教育`)."""
        end = self.clause_on(a, b)[1]
        return any(v in self.text[b:end] for v in HOLD_VERBS)

    def day_then_happening(self, p: _Cand, c: _Cand) -> bool:
        """True when ``p`` says what day it is (`2月2日是北方小年`) and anaphor ``c`` opens a
        happening of its own (`当天上午9时,区文联将…举办…活动`): two events, as across sentences."""
        return "是" in self.text[p.anchor[1] : c.span[0]] and self.holds_after(*c.span)

    def own_ceremony(self, p: _Cand, c: _Cand) -> bool:
        """True when anaphor ``c`` names a ceremony of its own (`9月4日正式开课,开学典礼当天
        上午十时…举行`) that ``p``'s clause does not name."""
        a = c.span[0]
        named = self.text[max(self.clause(a, a)[0], a - 6) : a]
        clause = self.text[slice(*self.clause(*p.anchor))]
        return any(w in named and w not in clause for w in _CEREMONIES)

    def frame_restated(self, p: _Cand, c: _Cand) -> bool:
        """True when ``p`` only frames (`元旦期间`, `暑假`) the days a month-day range ``c``
        later in its sentence states, with nothing dated between them."""
        framing = bool(p.flags & (_NAMED_DAY | {"holiday", "part"})) and not p.timed
        gap = self.text[p.span[1] : c.span[0]]
        return (
            framing
            and not any(_MONTH_DAY.search(x) for x in p.texts)  # `3月22日是世界水日`
            and not re.search(r"[（(]", gap)  # `大年初一至初五（2月10日至14日）`: restated
            and not c.flags & _NAMED_DAY
            and day_of(c.end) > day_of(c.start)
            and _MONTH_DAY.search(c.texts[0]) is not None
            and day_of(p.start) <= day_of(c.end)
            and day_of(c.start) <= day_of(p.end)
            and "其中" not in gap
        )

    def lasting(self, cands: list[_Cand]) -> list[_Cand]:
        """Return cands, a one-day start (`5月1日起试开放`) running on for the length a later
        sentence gives about it (`试开放期为期一个月`)."""
        for said in _LASTS_LATER.finditer(self.text):
            ca, _ = self.clause(said.start(), said.start())
            subject = self.text[ca : said.start()]
            pairs = {subject[k : k + 2] for k in range(len(subject) - 1)}
            # `为期两周的社区教育节昨日上午开幕`: the length of what its sentence opens
            before = self.text[said.end() : said.end() + 1] == "的"
            starts = [
                c
                for c in cands
                if ("from" in c.flags or _STARTS.search(self.text, c.anchor[1], c.sentence[1]))
                and day_of(c.start) == day_of(c.end)
                and (
                    c.sentence[1] <= said.start()
                    and any(pair in self.text[slice(*c.sentence)] for pair in pairs)
                    or before
                    and c.sentence[0] <= said.start()
                    and said.end() <= c.anchor[0] < c.sentence[1]
                )
            ]
            if not starts:
                continue
            c = starts[-1]
            n = said["n"]
            count = int(n) if n.isdigit() else _SMALL[n]
            first = day_of(c.start)
            if said["u"] == "个月":
                y, mo = divmod(first.month - 1 + count, 12)
                last = clamped_date(first.year + y, mo + 1, first.day) - dt.timedelta(days=1)
            else:
                week = said["u"] in ("周", "个星期")
                last = first + dt.timedelta(days=count * (7 if week else 1) - 1)
            if last > first:
                c.end = _with_day(c.end, last)
        return cands

    def running(self, cands: list[_Cand]) -> list[_Cand]:
        """Return cands, a lone end day after `持续至` (`系列活动持续至3月底`) read as the
        happening running from the publication day to that day, or as the end of one that
        began before it and shares its words (`9月7日,…邻里文化节…启幕。…邻里文化节将持续至
        9月17日`)."""
        out: list[_Cand] = []
        for k, c in enumerate(cands):
            out.append(c)
            if day_of(c.start) != day_of(c.end) and not _MONTH_ONLY.fullmatch(c.texts[-1]):
                continue  # (`持续到明天(8月16日)结束`: one day said twice is still one day)
            if day_of(c.end) <= self.published or "deadline" in c.flags:
                continue
            ca, _ = self.clause(*c.anchor)
            runs = _RUNS_UNTIL.search(self.text, ca, c.anchor[0])
            # `7月1日,…宁波特展正式亮相。…特展于10月7日与观众道别`: the close of one begun
            closed = None if runs else _CLOSED_ON.match(self.text, c.anchor[1])
            if runs is None and closed is None:
                continue
            if k and cands[k - 1].anchor[1] > ca:
                continue  # `明天开唱,持续至26日` left apart: its start is in the clause
            said = runs.start() if runs else c.anchor[0]
            subject = self.text[ca:said]
            sa = self.sentence_of(ca)[0]
            if len(subject.strip(" 将还已也并于")) < 2 and _POINTS_BACK.match(self.text, sa):
                # `本次采摘节以…为主题,将持续至9月21日`: the subject opens the sentence
                subject = self.text[sa:said]
            if self.shares_words(cands[:k], subject, later=True) is not None:
                continue
            began = self.shares_words(cands[:k], subject, later=False)
            if began is None and _POINTS_BACK.match(subject):
                began = self.last_begun(cands[:k])
            if closed and began is not None and began.timed:
                began = None  # `开幕式今晚8时举行。…亚运会将于10月8日闭幕`: a ceremony's hour
            if began is not None and began in out and day_of(began.end) < day_of(c.end):
                began.end = _with_day(began.end, day_of(c.end))
                began.texts.extend(c.texts)
                out.pop()
                continue
            if runs:
                c.start = self.published
        return out

    def last_begun(self, earlier: list[_Cand]) -> _Cand | None:
        """Return the last happening dated earlier in the story that began on one day, on or
        before the publication day, and is no registration window; None when none did."""
        for c in reversed(earlier):
            # (`从前天开始,年货展在…举行`: running since then, up to the paper's day so far)
            since = bool({"from", "since"} & c.flags) and day_of(c.end) == self.published
            if "deadline" in c.flags or (day_of(c.start) != day_of(c.end) and not since):
                continue
            return c if day_of(c.start) <= self.published else None
        return None

    def shares_words(self, earlier: list[_Cand], subject: str, later: bool) -> _Cand | None:
        """Return the last happening dated earlier in the story that begins after the
        publication day (``later``; else on or before it) and shares words with ``subject``
        (`10月16日起…开始…接种服务。…免费接种工作将持续至12月31日`); None when none does."""
        pairs = bigrams(subject)
        for c in reversed(earlier):
            if (day_of(c.start) > self.published) != later:
                continue
            if pairs & bigrams(self.what_of(c)):
                return c
        return None

    def during(self, cands: list[_Cand], mentions: list[TimeMention]) -> list[_Cand]:
        """Return cands with the happenings said to take place during one dated before
        (`3月25日至4月9日为祭扫高峰期。…将在高峰期间开通8条祭扫专线`; `端午假期(6月8日至
        10日)期间,古镇还将举办非遗市集`; `清明假期(4月3日至5日),…公交公司将开通旅游专线`):
        over that one's days."""
        found: list[tuple[_Cand, int, int, int]] = []
        for w_start, p in _durings(self.text, self.story.dateline_end):
            end = p + 2
            if any(a <= p < b or w_start < b <= p for a, b in (x.span for x in mentions)):
                continue  # `春节期间`, `5月1日至5日期间`, `五一假期期间`: a day named
            _, cb = self.clause_on(p, end)
            referent = self.during_of(cands, self.text[w_start:p], p)
            if referent is not None:
                found.append((referent, p, end, cb))
        for c in cands:
            # `清明假期(4月3日至5日),为缓解交通压力,…将开通…旅游专线`: the holiday frames what
            # the rest of its sentence says is done (but `中秋假期期间(9月10日至12日),…将推出…`
            # dates what is done: the golds give that one event)
            framed = _HOLIDAY_FRAME.match(self.text, c.span[1])
            said = self.text[slice(*c.span)]
            if framed and c.named and len(c.texts) > 1 and _BREAK_SAID.match(said):
                found.append((c, framed.start(), framed.end(), c.sentence[1]))
        out = list(cands)
        for referent, p, q, cb in found:
            rest = self.text[q:cb]
            sa, _ = self.sentence_of(p)
            if not _DURING_ACT.search(rest) or _NOT_DURING.search(self.text, sa, cb):
                continue
            if _OPENING_HOURS.search(rest):
                continue  # `菊展期间,公园开放时间调整为…`: hours, not a happening
            if any(p < x.span[0] < cb and _DAY_WORDS.search(x.text) for x in mentions):
                continue  # `展销会期间,县里还将在二十日上午举行…`: dated on its own
            out.append(
                _Cand(
                    start=day_of(referent.start),
                    end=day_of(referent.end),
                    span=(p, q),
                    flags=frozenset({"anaphora", "during"}),
                    sentence=self.sentence_of(p),
                    para=self.para_of(p),
                    texts=[self.text[p:q]],
                )
            )
        out.sort(key=lambda c: c.span)
        return out

    def during_of(self, cands: list[_Cand], words: str, pos: int) -> _Cand | None:
        """Return the happening of several days a `期间` at ``pos`` names: the one it follows
        right after (`端午假期(6月8日至10日)期间`), else the last earlier one whose clause holds
        the words before it (`放假期间` → `10月1日至7日放假`); None when none does."""
        earlier = [
            c
            for c in cands
            if c.span[1] <= pos
            and (day_of(c.end) > day_of(c.start) or c.start != c.end)  # days, or hours of a day
            # `将于5月起改造,改造期间暂停开放`: no end to be during (unless one is said later)
            and ("from" not in c.flags or len(c.texts) > 1)
        ]
        if not earlier:
            return None
        if not words and not self.text[earlier[-1].span[1] : pos].strip(" )）"):
            return earlier[-1]
        # the longest part of the words first (`夜市开放期间` → `夜市` of `湖滨路夜市将于…开市`)
        for size in range(len(words), 1, -1):
            for k in range(len(words) - size, -1, -1):
                name = words[k : k + size]
                for c in reversed(earlier):
                    if name in self.text[slice(*self.clause(*c.anchor))]:
                        return c
        last = words[-2:]
        for c in reversed(earlier):  # `停水期间` after `12月3日8:00至20:00…暂停供水`
            if len(last) == 2 and set(last) <= set(self.text[slice(*self.clause(*c.anchor))]):
                return c
        return None

    def start_end_fields(self, p: _Cand, c: _Cand) -> bool:
        """True when ``p`` fills a start field and ``c`` the end field right after it
        (`开始时间:2024-09-04结束时间:2024-09-27`, a portal's consultation page)."""
        if c.para - p.para > 1 or day_of(c.end) < day_of(p.start):
            return False
        starts = _START_FIELD.search(self.text, max(0, p.anchor[0] - 8), p.anchor[0])
        ends = _END_FIELD.search(self.text, max(0, c.anchor[0] - 8), c.anchor[0])
        if starts is None or ends is None:
            return False
        return not self.text[p.anchor[1] : ends.start()].strip(" ,，;；\n")

    def stop_then_restore(self, p: _Cand, c: _Cand) -> bool:
        """True when ``p`` stops a service (`暂停供水`, `封闭施工`) and ``c``, later in its
        sentence, says when it is restored (`恢复供水`, `恢复通行`)."""
        if p.start != p.end or day_of(c.start) < day_of(p.end) or c.start == p.start:
            return False  # (`除夕至正月初六暂停…,1月28日起恢复`: the stop has its own end)
        pa, pb = self.clause_on(*p.anchor)  # (`9月4日起,图书馆将临时闭馆`: said after it)
        ca, cb = self.clause(*c.anchor)
        return bool(_STOPS.search(self.text, pa, pb)) and "恢复" in self.text[ca:cb]

    def window_closed(self, p: _Cand, c: _Cand) -> bool:
        """True when ``p`` opens a call for suggestions or entries (`发布专题征集建议`) on one
        day and ``c``, later in the story, closes that call (`该意见征集截止日为9月20日`)."""
        if day_of(p.start) != day_of(p.end) or day_of(c.start) <= day_of(p.end):
            return False
        opened = _WINDOW_OPENED.search(self.text, *self.clause_on(*p.anchor))
        if opened is None:
            return False
        closing = self.text[slice(*self.clause(*c.anchor))]
        return opened["w"] in closing and ("截止" in closing or "截至" in closing)

    def made_up(self, p: _Cand, c: _Cand) -> bool:
        """True when ``p`` is a day off (`4月5日放假`) and ``c``, a few days later, the day
        given in lieu that closes the same break (`4月6日(星期一)补休`)."""
        gap = day_of(c.start) - day_of(p.end)
        return (
            _ONE_DAY <= gap <= 3 * _ONE_DAY
            and _DAY_OFF.match(self.text, p.anchor[1]) is not None
            and _MADE_UP.match(self.text, c.anchor[1]) is not None
        )

    def carries_on(self, p: _Cand, c: _Cand) -> bool:
        """True when ``c`` only says how long ``p`` goes on, in the next sentence of its
        paragraph (`将持续至11月20日`, `展期延续到…`)."""
        if c.para != p.para or day_of(c.end) <= day_of(p.end) or c.start != c.end:
            return False
        ca, _ = self.clause(*c.anchor)
        return _CARRIES_ON.fullmatch(self.text, ca, c.anchor[0]) is not None

    def _one_clause(self, p: _Cand, c: _Cand) -> bool:
        return self.clause(*p.span)[1] >= c.span[0]

    # ------------------------------------------------------------------ naming

    def event(self, c: _Cand) -> Event | None:
        a, b = c.anchor
        para = self.paragraphs[c.para]
        label = para.label or self.leading_label(c)
        role = field_role(label or "")
        title, place, confidence = self.name(c, para, role, label)
        if not title:
            return None
        clause_a, clause_b = self.clause(a, b)
        ev_b = max(clause_b, self.clause(*c.span)[1])
        if clause_b <= b + 1:  # the date clause holds only the date: the next one says what
            ev_b = max(ev_b, self.next_clause(clause_b)[1])
        place = place or self.notice.field_value(para.group, "place") or self.place_said(c)
        if place and _SAME_PLACE.fullmatch(place):
            place = self.last_place
        self.last_place = place or self.last_place
        qian = self.text[b : b + 1] == "前" or c.texts[0].endswith("前")
        # (what is done during a holiday is not the holiday: its kind is read after `期间`)
        probe_a = c.anchor[1] if "during" in c.flags else clause_a
        probe = self.text[probe_a:ev_b] + (self.topic if role else "")
        flags = c.flags - {"deadline"} if "since_publication" in c.flags else c.flags
        kind = naming.kind_of(title, probe, flags, role == "window", qian)
        if kind is Kind.OTHER and self.topic:
            kind = naming.kind_of(self.topic, "", frozenset(), False, False)
        if kind is Kind.HOLIDAY and c.named:
            title = naming.holiday_title(c.named, probe)
            confidence = max(confidence, naming.CONF_FIELD)
        if kind is Kind.OTHER and confidence < naming.CONF_VERB:
            confidence -= 0.1
        if "anaphora" in c.flags and len(c.texts) == 1:
            confidence -= 0.1
        s_a, s_b = c.sentence
        return Event(
            title=title,
            start=c.start,
            end=c.end,
            kind=kind,
            upcoming=day_of(c.end) >= self.published,
            evidence=self.copy(clause_a, ev_b),
            location=place,
            article=self.story.title,
            confidence=round(max(0.1, min(confidence, 0.95)), 2),
            sentence=self.copy(s_a, s_b),
            span=self.story.source_map.source_span(*c.span),
        )

    def timed_again(self, kept: list[tuple[_Cand, Event]]) -> list[tuple[_Cand, Event]]:
        """Return kept, an item's day given again with its hours in a time field of the same
        paragraph (`6日 检修线路:科山线。检修时间:6日7:00至6日18:30`) read as one happening:
        the item's name, the field's hours."""
        out: list[tuple[_Cand, Event]] = []
        for c, e in kept:
            if out:
                p, pe = out[-1]
                if (
                    p.para == c.para
                    and not p.timed
                    and not p.named  # (`明天是母亲节,…义诊。时间为明天上午8:30`: the day too)
                    and c.timed
                    and day_of(p.start) == day_of(p.end) == day_of(c.start) == day_of(c.end)
                    and _TIME_FIELD.search(self.text, max(0, c.span[0] - 8), c.span[0])
                ):
                    out[-1] = (p, dataclasses.replace(pe, start=c.start, end=c.end))
                    continue
            out.append((c, e))
        return out

    def scene_then_told(self, c: _Cand, e: Event, n: _Cand, ne: Event) -> bool:
        """True when ``c`` dates a scene (no happening named: a photo's caption) and the next
        sentence opens with an anaphor of the same day ``n`` that tells what happened then
        (`4月23日,一名小朋友在阅览图书。当日,省图书馆开展“图书漂流”活动`): one happening,
        the second's."""
        return (
            n.texts[0].startswith(("当日", "当天"))
            and not c.named
            and not c.flags & _RELATIVE_FLAGS
            and day_of(c.start) == day_of(n.start) == day_of(c.end) == day_of(n.end)
            # the date opens its sentence, the anaphor the next sentence or clause
            and not self.text[c.sentence[0] : c.span[0]].strip()
            and (
                not self.text[c.sentence[1] : n.span[0]].strip()
                or self.next_clause(self.clause(*c.span)[1])[0] == n.span[0]
            )
            and (
                self.text[c.span[1] : c.span[1] + 1] in (",", "，")
                and e.confidence < min(ne.confidence, naming.CONF_VERB)
                # `10月31日是读书周的第一天。当天上午,…将举办开幕式`: the day, then its happening
                or _FIRST_DAY_SAID.match(self.text, c.span[1]) is not None
            )
        )

    def copy(self, a: int, b: int) -> str:
        """Return the source text behind story span [a, b), line breaks and spaces removed."""
        sa, sb = self.story.source_map.source_span(a, b)
        return clean_span(self.source[sa:sb]).strip(" ,，;；")

    def place_said(self, c: _Cand) -> str | None:
        """Return a place stated in the candidate's sentence after its date (`地点为…`,
        `仍在青龙湖公园`), or None."""
        _, sb = c.sentence
        m = _PLACE_SAID.search(self.text, c.anchor[1], sb)
        return m.group("place") if m else None

    def named_before(self, pos: int, generic: str) -> str | None:
        """Return the full name a generic word (`活动`) stands for, from earlier in its sentence
        (`原定于本周六举行的丰台区环湖健步走活动取消,活动将改期至…`), or None."""
        sa, _ = self.sentence_of(pos)
        names = re.findall(rf"的([^,，;；。的]{{2,24}}?{re.escape(generic)})", self.text[sa:pos])
        return names[-1] if names else None

    def leading_label(self, c: _Cand) -> str | None:
        """Return a field label written as a sentence before the date (`公示期为…`)."""
        ca, _ = self.clause(*c.anchor)
        m = _SAID_LABEL.fullmatch(self.masked, ca, c.anchor[0])
        return m.group("label") if m and field_role(m.group("label")) else None

    def name(
        self, c: _Cand, para: Paragraph, role: str | None, label: str | None
    ) -> tuple[str, str | None, float]:
        """Return (title, place, confidence) for a candidate, from its clause or its fields."""
        if role in ("time", "window"):
            return self.notice.field_title(para, role, label), None, naming.CONF_FIELD
        a, b = c.anchor
        ca, cb = self.clause(a, b)
        left = self.masked[ca:a]
        field_m = FIELD.match(left)
        if field_m:
            left = left[field_m.end() :]
        section = _SECTION.match(left)  # `【园博园】5月1日…`: a venue heading the item
        if section:
            left = left[section.end() :]
        rest = self.masked[b:cb]
        # `演练当天,…`: the words before `当天` name the earlier happening, not this one.
        subject = "" if "anaphora" in c.flags and not c.named else naming.strip_phrase(left)
        if not subject and not naming.lead_strip(rest):
            # `4月11日,区委常委会召开…`: the date stands alone; the next clause says what,
            # or the next line when the date is a line of its own (`6月1日至6月16日` over
            # `为高考、中考“禁噪期”。` in a page of short lines).
            na, nb = self.next_clause(cb)
            if na == nb and self.text[cb : cb + 1] == "\n" and c.para + 1 < len(self.paragraphs):
                if not self.text[self.paragraphs[c.para].start : ca].strip():
                    na = self.paragraphs[c.para + 1].start
                    nb = self.clause(na, na)[1]
            rest = self.masked[na:nb]
        title, place, conf = naming.phrase_title(subject, rest)
        if conf < naming.CONF_VERB and not subject:
            # `…献血车将开进方庄社区,开展无偿献血活动`: the next clause says what happens.
            na, nb = self.next_clause(cb)
            later, later_place, later_conf = naming.phrase_title("", self.masked[na:nb])
            if later and later_conf >= naming.CONF_VERB:
                title, place, conf = later, place or later_place, later_conf
        if section and not place:
            place = section.group("place")
        row = self.notice.table_row(para) if conf < naming.CONF_VERB else None
        if row:
            title, place = row
        if c.named:
            around = _TIME_OF_DAY_TAIL.sub("", self.text[a:b])
            named = around if c.named in around and len(around) <= 12 else c.named
            named = re.sub(r"(?:当天|当日|当晚|期间|前后|假期)+$", "", named.strip())
            if named and named not in title:
                title = named + title
        inline = _INLINE_NAME.search(self.text, *self.sentence_of(a))
        if inline and conf < naming.CONF_VERB:
            title, conf = inline.group("name"), naming.CONF_FIELD  # `主讲:王教授 题目:…`
        if naming.is_generic(title):
            title = self.named_before(ca, title) or title
        title = naming.with_topic(title, self.topic)
        if not title:
            title = self.notice.field_value(para.group, "name") or self.topic
            conf = naming.CONF_WEAK
        return naming.shorten(title.replace(_BLANK, "")), place, conf


def _start_time(m: TimeMention) -> dt.time | None:
    return m.start.time() if isinstance(m.start, dt.datetime) else None


def _within(inner: TimeMention, outer: TimeMention) -> bool:
    """True when ``inner`` names a shorter period inside ``outer``."""
    a0, a1 = day_of(inner.start), day_of(inner.end)
    b0, b1 = day_of(outer.start), day_of(outer.end)
    return b0 <= a0 and a1 <= b1 and (a0, a1) != (b0, b1)


def _clock_of(value: Moment) -> dt.time:
    return value.time() if isinstance(value, dt.datetime) else dt.time(0)


def _end_of_day(day: dt.date) -> dt.datetime:
    """Return the day's last minute: the end of a timed happening that runs through it."""
    return dt.datetime.combine(day, dt.time(23, 59))


def _with_day(value: Moment, day: dt.date) -> Moment:
    if isinstance(value, dt.datetime):
        return dt.datetime.combine(day, value.time())
    return day


def _within_days(inner: _Cand, outer: _Cand) -> bool:
    return day_of(outer.start) <= day_of(inner.start) and day_of(inner.end) <= day_of(outer.end)


def _daily_start(p: _Cand, c: _Cand) -> None:
    """Open ``p`` at the daily time of ``c``, the end it runs to (`7月2日起开市,持续到9月份,
    每天18:00至23:00营业`: the first evening opens at 18:00 too)."""
    if "daily" in c.flags and isinstance(c.start, dt.datetime) and not p.timed:
        p.start = dt.datetime.combine(day_of(p.start), c.start.time())
        p.timed = True


def _absorb(p: _Cand, c: _Cand) -> None:
    p.span = (p.span[0], max(p.span[1], c.span[1]))
    p.anchor = (p.anchor[0], max(p.anchor[1], c.anchor[1]))
    p.flags = p.flags | c.flags
    if c.timed and not p.timed:
        p.start, p.end, p.timed = c.start, c.end, True
    p.texts.extend(c.texts)
    p.named = p.named or c.named


def _set_clock(target: _Cand, t: _Cand, keep_span: bool = False, daily: bool = False) -> None:
    """Put clock time ``t`` on ``target``: start day at the opening time, end day at the close."""
    if not isinstance(t.start, dt.datetime) or not isinstance(t.end, dt.datetime):
        return
    target.start = dt.datetime.combine(day_of(target.start), t.start.time())
    if t.end == t.start and day_of(target.end) > day_of(target.start):
        if daily or any(_EVERY_DAY.search(x) for x in t.texts):
            # `2月28日至3月8日,每天下午3时举办`: the last day's session starts at that time too
            target.end = dt.datetime.combine(day_of(target.end), t.start.time())
        else:
            target.end = day_of(target.end)  # a starting time only: the last day has no close
    else:
        past_midnight = dt.timedelta(0)
        overnight = t.end.time() < t.start.time() and day_of(t.end) - day_of(t.start) == _ONE_DAY
        if overnight or any(_NEXT_DAY_CLOCK.search(x) for x in t.texts):
            past_midnight = day_of(t.end) - day_of(t.start)  # `23时至次日零时30分`
        close = dt.datetime.combine(day_of(target.end) + past_midnight, t.end.time())
        target.end = max(close, target.start)
    target.timed = True
    if not keep_span:
        target.span = (min(target.span[0], t.span[0]), max(target.span[1], t.span[1]))
        target.texts.extend(t.texts)


def _range_copy(target: _Cand, t: _Cand) -> _Cand:
    """Return a happening over ``target``'s days at daily time ``t``."""
    start = _with_day(t.start, day_of(target.start))
    end = _with_day(t.end, day_of(target.end))
    return _Cand(start, end, t.span, target.flags, t.sentence, t.para, True, list(t.texts))


def _timed_copy(target: _Cand, t: _Cand) -> _Cand:
    day = day_of(target.start)
    start = _with_day(t.start, day)
    end = _with_day(t.end, day)
    return _Cand(start, end, t.span, target.flags, t.sentence, t.para, True, list(t.texts))


def _durings(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """Yield (start of the words before, start of 期间) for each `期间` from ``pos`` on: the
    words are up to five CJK characters right before it (`高峰期间` → 高峰). A scan for the
    word and a look back, where the regex `[一-龥]{0,5}期间` would be tried at every position."""
    while (i := text.find("期间", pos)) >= 0:
        k = i
        while k > max(pos, i - 5) and "\u4e00" <= text[k - 1] <= "\u9fff":
            k -= 1
        yield k, i
        pos = i + 2


def _dedupe(events: list[Event]) -> list[Event]:
    """Drop a repeated statement of one happening: same dates and a similar name, the same
    holiday twice (a bare day off inside a break is that break), or a
    deadline restating the last day of a window."""
    out: list[Event] = []
    for e in events:
        k = next((i for i, o in enumerate(out) if _same_happening(e, o)), None)
        if k is None:
            out.append(e)
        elif _span(e) > _span(out[k]) or (
            _span(e) == _span(out[k]) and e.confidence > out[k].confidence
        ):
            out[k] = e
    return out


def _span(e: Event) -> dt.timedelta:
    return day_of(e.end) - day_of(e.start)


def _same_happening(a: Event, b: Event) -> bool:
    if a.kind is Kind.HOLIDAY and b.kind is Kind.HOLIDAY and a.article == b.article:
        # a bare day off inside a break (`6月18日(星期一)放假` in 端午's) is that break
        inner, outer = (a, b) if _span(a) <= _span(b) else (b, a)
        if inner.title == "放假" and (
            day_of(outer.start) <= day_of(inner.start) <= day_of(inner.end) <= day_of(outer.end)
        ):
            return True
    if a.kind is Kind.DEADLINE and b.kind is Kind.DEADLINE and a.start == a.end:
        if day_of(a.end) == day_of(b.end) and day_of(b.start) < day_of(b.end):
            return True
    if a.start != b.start or a.end != b.end:
        return False
    if a.kind is Kind.HOLIDAY and b.kind is Kind.HOLIDAY or _dice(a.title, b.title) >= 0.4:
        return True
    # one story restating a span of days about those it told of (`9月4日、5日,他们将在…上演`,
    # `9月4日、5日,这些乐队每天演出6小时`): one happening, however its sentences name it
    return (
        not isinstance(a.start, dt.datetime)
        and day_of(a.start) < day_of(a.end)
        and a.article == b.article
        and Kind.DEADLINE not in (a.kind, b.kind)
        and Kind.HOLIDAY not in (a.kind, b.kind)
        and _REFERS_BACK.search(a.sentence or "") is not None
    )


def _dice(a: str, b: str) -> float:
    ga, gb = bigrams(a), bigrams(b)
    if not ga or not gb:
        return 0.0
    return 2 * len(ga & gb) / (len(ga) + len(gb))
