"""Mentions that state one happening joined: a range told in two mentions (`明天开唱,持续至26日`),
a named day and its date, a window opened and closed, a stop and its restoring, a festival's
break and its make-up days, and the periods a `期间` refers to.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from typing import Final

from .. import rx
from ..chars import holds
from ..model import TimeMention, day_of
from ..reader import bigrams
from ..timex.calendars import run_end
from ..timex.patterns import FESTIVAL_NAMES, LASTING_FOR, NAME_NOTE
from ..triggers import DURING_ACTS, HOLD_VERBS, alternation
from .candidate import Candidate, with_day, within_days
from .cues import (
    CALL_WORD,
    CLOSED_ON,
    DAY_WORDS,
    ENDS,
    EVERY_DAY,
    IF_SO,
    LIST_GAP,
    MONTH_DAY,
    MOVE_VERBS,
    NAMED_BY_QUOTE,
    NAMED_DAY,
    ONE_DAY,
    OPENING_HOURS_SAID,
    RELATIVE_FLAGS,
    STOPS,
    UNTIL_IT_ENDS,
    YEAR_SAID,
)
from .mentions import years_on
from .story import StoryText

# `…开唱,持续至11月26日`: the clause right before a date ends in `至/到` (not `截至`): the
# happening before it carries on to that date.
# (the end glossed by its date in brackets too: `大年初一(2月19日)到大年十五(3月5日)`)
# (or to the next year's day: `从12月21日起,持续至次年3月`)
# (said to carry on, what carries on said between: `…开幕,延续年节热闹氛围欢腾喜气洋溢至3月6日`)
_EXTENDS: Final = rx.compile(
    r"(?:[^,，;；。]{0,12}?|(?:延续|持续)[^,，;；。]{0,20}?)(?<!截)(?:至|到)"
    r"(?:[^,，;；。()（）]{1,8}[(（]|(?P<next>次年|翌年|第二年)的?)?"
)

_IN_QUOTES: Final = rx.compile(r"[“\"][^“”\"]+[”\"]")
# a name in quotes, then what it names
_NAMED_HAPPENING: Final = rx.compile(NAMED_BY_QUOTE)

# `…恰逢双休日,将放假日期顺延到20日`: the day a happening moved to, not the end of a run;
# `如遇雨天,顺延至8月26日` is a fallback (the filters drop it)
# (or adjusted to: `实质完工日从2032年9月调整至2034年3月`)
_MOVED_TO: Final = rx.compile(r"(?:" + MOVE_VERBS + r"|调整|(?<![展长])延)(?:至|到)$")
_IF_SO: Final = rx.compile(IF_SO)

# `自9月16日起…开课,…12月2日结课`: a start and an end of one happening.
_WORKS: Final = rx.compile(r"开工|动工|施工|进场|封闭|開工|動工|進場")
# works done on their day (`历时3年的地铁一号线工程于今日告竣`: the length is the works' past one)
_WORKS_DONE: Final = rx.compile(r"(?:正式|全面|顺利)?(?:告竣|竣工|完工|建成)")
_STARTS: Final = rx.compile(
    r"起|开始|开课|开学|开幕|开班|开赛|开营|启动|开启|开展|启幕|揭幕|拉开帷幕|拉开了?[^,，;；。]{0,12}?序幕|开园|开市|开街"
    r"|开栓|供热|供暖"  # (a heating season: `10月25日开栓供热,…4月8日停供`)
)

# an end word right after a day, maybe past a part of day its date left out (`1月26下午闭幕`)
# (or the heating's stop, its day maybe in brackets: `延后一周(4月8日)停供`)
_ENDS_NEXT: Final = rx.compile(
    r"[)）]?(?:上午|下午|中午|晚上|晚)?(?:" + ENDS.pattern + r"|停供|停暖|停止供热|停止供暖)"
)
# a closing ceremony right after a day: a happening of its own, not the close of a run
_CLOSING_CEREMONY: Final = rx.compile(r"[)）]?(?:的)?(?:闭幕式|闭幕典礼|闭幕仪式)")

# a month alone (`持续至今年10月`, `持续到6月份`): runs through its last day
_MONTH_ONLY: Final = rx.compile(
    r"(?:今年|明年|次年|翌年|第二年|\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?"
    r"(?:[上中下]旬|上中旬|中下旬|初|中|底|末)?"  # (`持续至8月中下旬`, `至4月初`: its last day)
)

_START_FIELD: Final = rx.compile(r"(?:开始|起始)(?:时间|日期)\s*[:：]?\s*$")

_END_FIELD: Final = rx.compile(r"(?:结束|截止|终止)(?:时间|日期)\s*[:：]?\s*$")

# an outage's notice: when the supply stops, other fields, when the work ends or it comes back
# (`停水时间:2021年11月2日23:00` / `停水原因:…` / `预计完工时间:2021年11月3日6:00`)
_STOP_FIELD: Final = rx.compile(r"(?:停水|停电|停气|断水|断电|停运)时间\s*[:：]?\s*$")
_BACK_FIELD: Final = rx.compile(
    r"(?:预计)?(?:完工|恢复(?:供水|供电|供气|通水|通电|运营)?|来水|送电|复电)时间\s*[:：]?\s*$"
)
_FIELD_LINE: Final = rx.compile(r"\s*[\u4e00-\u9fff]{2,10}\s*[:：][^\n]*")

_RESTORES: Final = rx.compile(r"恢复|(?:正常|重新)(?:对外)?(?:开放|开通|启用|通车)|重开")
# a school's break opening, and its term opening again (`7月7日开始放假,9月1日开学`)
_BREAK_OPENS: Final = rx.compile(r"放[寒暑]?假")
_TERM_OPENS: Final = rx.compile(r"开学|開學|复课|復課|返校|正式上课")

# a subject pointing back to the happening just told (`此项活动将持续到…`, `展览将持续至…`)
_POINTS_BACK: Final = rx.compile(
    r"\s*(?:据悉|据了解|据介绍)?[,，]?\s*"  # (`据悉,此次公益培训…,将一直持续到8月底`)
    r"(?:(?:此|该|本|这)(?:项|次|届|个)?|整个|展览|(?:主体|主要|各项|系列)?活动|比赛|赛事)"
)

_OPENED_THEN: Final = rx.compile(r"\s*(?:(?:正式)?(?:开幕|开展|开市|启幕|揭幕))?\s*[,，]?\s*")
# `从农历六月六洗晒节开始`: from a day, its name in between
_FROM_THEN: Final = rx.compile(r"[^,，;；。]{0,6}?开始")
# this edition of what the story told of (`本次节会`, `本届运动会上`)
_THIS_EDITION: Final = rx.compile(r"\s*(?:本次|本届|此次|此届|这次|这届)")

# a subject's theme before it (`以“快乐分享、冰城夏都”为主题的本届啤酒节`)
_THEMED: Final = rx.compile(r"\s*以[“\"][^”\"]{1,30}[”\"]为(?:主题|主线)的")
# a day said to open a happening (`将于6月9日开幕`)
_OPENS_ON: Final = rx.compile(r"\s*(?:正式)?(?:开幕|开展|启幕|揭幕|开赛|开营|开始)")
# a clause ending with what it names held (`…策划推出了一系列活动,`), the subject of the next
_HAPPENINGS_BEFORE: Final = rx.compile(r"(?:活动|比赛|赛事|展览)\s*[,，]\s*$")

# what goes on a day more (`…,招聘会将继续举行`)
_GOES_ON: Final = rx.compile(
    r"[,，]?\s*(?P<what>[\u4e00-\u9fff]{2,8}?)(?:将|会|还将)?继续(?:举行|举办|开放|进行|展出)"
)
# what goes on from a day, said after the next days (`年初一至初二繼續休館`)
_KEPT_ON: Final = rx.compile(r"\s*(?:继续|繼續|仍然|仍|亦)(?P<v>[\u4e00-\u9fff]{2})")
_CARRIES_ON: Final = rx.compile(r"[^,，;；。]{0,8}?(?:持续|延续|一直|延长|展出|开放)(?:至|到)")

# a day off and the day given in lieu (`4月5日放假,4月6日(星期一)补休`); a day off that runs
# into the weekend (`5月1日放假,与周末连休`)
_DAY_OFF: Final = rx.compile(r"\s*放假")

_MADE_UP: Final = rx.compile(r"\s*(?:[(（][^)）]{1,6}[)）])?\s*(?:补休|补假|调休)")

# a call opened (`发布专题征集建议`, `启动…报名`): the word of its window
# (or a recruitment launched, closed by its applications: `将于星期六(九月十六日)展开…联合招聘…`
# and `截止申请日期为十月六日下午五时`)
_WINDOW_OPENED: Final = rx.compile(
    r"(?:发布|启动|开始|开启|公开|展开)[^,，;；。]{0,16}?(?P<w>征集|征求|报名|申报|投票|招聘|招募)"
)
_APPLIED_FOR: Final = {"招聘": ("申请", "报名"), "招募": ("申请", "报名")}
# what a call from the notice's day accepts (`今日起接受申請`)
_ACCEPTED: Final = rx.compile(r"接受(?P<w>申请|报名|投稿|预约|登记)")


# `“春风行动”系列活动持续至3月底`, `预计管制到4月底`: a happening or a measure said only to run
# until a day (no start of its own anywhere before it in its clause) is already running: it
# starts on the publication day.
_RUNS_UNTIL: Final = rx.compile(
    r"(?:(?:将|还|已)?(?:一直)?(?:持续|延续|一直|展出|延长|管制|封闭|闭馆|停运|暂停|放亮|亮灯|点亮|进行)"
    r"(?:开放|进行|开展|举办)?"
    r"|延长[\u4e00-\u9fff]{1,4}?时间)(?:至|到)[「“\"]?$"  # (`延长供暖时间至4月15日`)
    r"|展(?:览|期)(?:日期|时间)?(?:截至|截止到|截止至|截止|至|到)$"  # (`…小品展》,展览截至2月9日`,
    # `展期至2021年4月18日`)
    r"|展[》”\"]?(?:将|还|也)?(?:暂定)?延期(?:至|到)$"  # (`“…安第斯文明特展”将暂定延期至6月7日`)
    # (a closure kept on, what it closes said between: `继续暂停开放辖下10个场地至2月3日`,
    # `将维持封闭交通及禁止泊车至本周四`)
    r"|(?:继续暂停|维持)[^,，;；。]{0,14}?(?:至|到)$"
    # (what was told, pointed back to: `该作息时间到9月30日为止`)
    r"|(?:该|此项|此)[\u4e00-\u9fff]{1,8}?(?P<to>至|到)$"
)

# a show on before a day (`杭州历史博物馆在3月1日之前有古代玉器展`, `在元宵节前该馆有西湖织锦展`):
# on from the publication day until then
_SHOW_BEFORE: Final = rx.compile(
    r"[^,，;；。]{0,8}?有[^,，;；。]{0,30}?展(?:览)?[》”\"]?(?:[,，;；。、和及与]|$)"
)

# `即日起开启预售,预售截止日期为12月15日`: the close of a window opened on the publication day
_WINDOW_CLOSE: Final = rx.compile(r"(?:截止(?:日期|时间)?(?:为|是|至|到)?|截至)$")

# `本周末两天（4月20日、21日）`: the dates restated in brackets
# (`本次购物节持续一个月`, `…昨日开幕,一连四日的展会`; works: `…6月3日,拟定施工工期30天`)
_LASTS_WORDS: Final = ("为期", "历时", "期限", "持续", "一连", "不少于", "工期", "展期")
# (not a length gone through: `经过为期1个月的施工,…今天举行揭幕活动`, `部分单体建筑已历时五年`,
# nor the one first set: `原訂展期10天`)
_LASTS_LATER: Final = rx.compile(
    rf"(?<!经过)(?<!經過)(?<!历经)(?<!歷經)(?<!原订)(?<!原訂)(?<!原定)(?<!已)"
    rf"(?:{'|'.join(_LASTS_WORDS)})" + LASTING_FOR
)

# a process told from one step to another just before its length (`从酝酿到组织实施,历时3个月`)
_PROCESS_BEFORE: Final = rx.compile(r"从[^,，;；。\d]{2,10}?到[^,，;；。\d]{2,10}[,，]?\s*$")

# `放假期间,…暂停对外办公`, `灯会期间南湖公园北门实行只进不出`: a happening over the days of
# one named before (`w`, the words before 期间)
_DURING_ACT: Final = rx.compile(alternation(DURING_ACTS))

_HOLIDAY_FRAME: Final = rx.compile(r"\s*[)）]\s*[,，]")

_BREAK_SAID: Final = rx.compile(r"[^(（]*(?:假期|放假|长假|黄金周)\s*[(（]")

# not a happening: service as usual, advice to readers, a booking rule (`实行分时预约`), the
# past, a hotline, and examples of what a festival offers (`还将举办猜灯谜、舞龙舞狮等民俗活动`)
_NOT_DURING: Final = rx.compile(
    r"正常|照常|如有|如遇|请|预约|去年|往年|以来|热线|等[^,，;；。]{0,12}(?:活动|项目|区域|举措|措施)|\d+余?[场项]"
)

# a later clause saying another happening will be held (`;孔子文化园将举办“…”`)
_HELD_ITEM: Final = rx.compile(
    r"[;；,，]\s*(?P<item>[^;；,，。“”]{2,24}?将(?:分别|同时|同步)?(?:"
    + alternation(HOLD_VERBS)
    + "))"
)
# a later clause saying another happening was launched with the one dated (`…,“艺游未尽”…艺术节
# 同时启动`)
_LAUNCHED_WITH: Final = rx.compile(
    r"[,，]\s*(?P<item>[^;；,，。]{2,30}?)(?:也|亦)?(?:同时|同步|同期)(?:正式)?"
    r"(?:启动|开幕|启幕|开启|开展|开放|揭幕)(?=$|[;；,，。])"
)
_WITHIN_IT: Final = rx.compile(r"其间|期间|届时|同时|当天|当日|还将|也将|并将")
# a session named in brackets after `至活动结束` (`(预演)`, `(正式演出)`), not its expected end
_OWN_SESSION: Final = rx.compile(r"[(（](?![^)）]*(?:预计|工期|约))[^()（）]+[)）]$")
_LIST_OPENS: Final = rx.compile(r"(?:还有|包括|主要有|分别是|分别为)\s*[:：]")
# between a festival frame and the days it holds: `春节期间,`
_FRAME_GAP: Final = rx.compile(r"(?:期间|假期|前后)?\s*[,，]?\s*")
_RESTATED: Final = rx.compile(
    r"(?:[两二三四五六七八九十\d]{1,2}天|期间)?[（(](?:(?:时间|日期)(?:为|是)?[:：]?)?"
)
# (`下周六,也就是11月24日`: the same day said again in other words)
_SAID_AGAIN: Final = rx.compile(r"[,，]?\s*(?:也就是|也即|亦即|即)(?:说)?")

_OPENED: Final = rx.compile(r"(?:正式)?(?:开始|起|启动|开启)")

# a part of a run with a name of its own, said to go on longer (`其中,传统花灯展示将一直持续至`,
# `部分乡村旅游活动时间将持续到`)
_OWN_RUN: Final = rx.compile(
    r"\s*(?:其中)?\s*[\u4e00-\u9fff]{2,16}?(?:时间)?(?:还|也)?将(?:一直)?(?:持续|延续)(?:至|到)"
)

_PROLONGED: Final = rx.compile(r"(?:延长|持续|延续)[^,，;；。]{0,4}(?:至|到)$")

# how long a run said to go on to a year-less day may last (`昨日…启动,一直持续到10月底`)
_LONGEST_RUN_ON: Final = 275
_ENDS_SAID: Final = rx.compile(r"(?:截止|为止|止)$")

_NEXT_DAY_CLOSE: Final = rx.compile(r"\s*(?:起|开始)?(?:至|到|—|-|~)\s*(?:次日|翌日|第二天).*")

_CEREMONIES: Final = ("典礼", "仪式", "开幕式", "闭幕式", "颁奖", "升旗")


# a restriction framing a `期间` (`封闭期间`, `交通管制期间`) and an act that only restates it
_RESTRICTION: Final = rx.compile(r"封闭|管制|限行|施工|作业|停水|停电|停气")
_RESTRICTS: Final = rx.compile(
    r"[^,，;；。]{0,24}?(?:禁止|严禁|实施[^,，;；。]{0,8}?(?:封闭|管制))"
)
_CUT_LEAD: Final = rx.compile(r"^[\s,，]+")


# (`2月11日(除夕)、2月12日`; `正月初四(2月11日)、初五(2月12日)`: a lunar day named, then its date)
# (`1月31日(春节),2月1日(年初二)`: days named in brackets, listed with commas)
# (a whole day or half of one said before the mark: `6月25日全天、26日上午`)
_LISTED_NEXT: Final = rx.compile(
    r"(?:全天|全日|上午|下午)?"
    r"(?:[)）]?\s*[、和及与]|[)）]\s*[,，])\s*(?:(?:正月|腊月)?初[一二三四五六七八九十]{1,2}\s*[(（])?"
)
# (a day's hours, then the next day's: `…晚上9時及11月10日早上10時…`, `…晚上8时,以及下周一…`)
_HOURS_LISTED_NEXT: Final = rx.compile(r"\s*(?:[、和及与]|[,，]\s*(?:以及|及|和))\s*")
_SEMI: Final = rx.compile(r"[;；]")  # (between the items of a programme)
_BRACKET_GAP: Final = rx.compile(r"[\s)）]*")
_CLOCK_SAID: Final = rx.compile(r"\d{1,2}\s*[:：]\s*\d{2}|[\d一二三四五六七八九十]\s*[时点]")


def merge(st: StoryText, cands: list[Candidate]) -> list[Candidate]:
    """Join mentions that state one happening together (see the module docstring)."""
    out: list[Candidate] = []
    for c in cands:
        p = out[-1] if out else None
        if p is not None and p.sentence != c.sentence and _goes_on(st, p, c):
            # `昨天是…招聘会举办首日` … `今日上午9时至下午4时,招聘会将继续举行`: one run, to
            # the hour it closes
            p.end = c.end
            p.texts.extend(c.texts)
            continue
        if p is not None and p.sentence == c.sentence and _kept_on(st, p, c):
            # `…自年三十下午5時起休館,並於年初一至初二繼續休館`: one closure, to its last day
            p.end = c.end
            p.texts.extend(c.texts)
            continue
        if p is not None and p.sentence != c.sentence and _carries_on(st, p, c):
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
            and not st.holds_after(*c.span)  # `开学当天,各校将开展“开学第一课”`: its own
            # (and a measure of its own: `活动当天,市城区实行分区域分时段的交通管制措施:…`)
            and not STOPS.search(st.text, c.span[1], st.clause_on(*c.span)[1])
        ):
            # `…将于本周六开幕。…开幕式当天下午3点,揭幕战…`: its time (named still by its own
            # words: `…将开展大型民俗游艺汇演,活动当日9时由世纪大厦出发` is the show at 9:00)
            anchor, flags = named.anchor, named.flags
            _absorb(named, c)
            if st.clause(*c.anchor) != st.clause(*anchor):
                named.anchor, named.flags = anchor, flags
            continue
        if (
            p is not None
            and "anaphora" in c.flags
            and c.timed
            and not p.timed
            and not p.named
            and p.sentence != c.sentence
            and day_of(p.start) == day_of(p.end) == day_of(c.start)
            and not st.text[c.sentence[0] : c.span[0]].strip()
            and not st.holds(c.span[1], c.sentence[1])
        ):
            # `5月24日晚,…活动火热开展。` … `当晚6时,夕阳为广场镀上金边`: its hour (but
            # `当天晚上6:30,图书馆一楼大厅,将举办元宵灯谜晚会` holds its own happening)
            p.start, p.end, p.timed = c.start, c.end, True
            p.texts.extend(c.texts)
            continue
        if p is not None and (_start_end_fields(st, p, c) or _window_closed(st, p, c)):
            # `开始时间:2024-09-04 结束时间:2024-09-27`; `8月27日,…发布专题征集建议。…
            # 该意见征集截止日为9月20日`: one window
            p.end = c.end
            p.texts.extend(c.texts)
            continue
        if p is not None and p.sentence == c.sentence and _made_up(st, p, c):
            # `清明节:4月5日放假,4月6日(星期一)补休`: one break of the days said (as readers
            # of real notices date it; the weekend before is joined only when said)
            p.end = c.end
            _absorb(p, c)
            continue
        if (
            p is not None
            and "same_day" in c.flags
            and not p.timed
            and day_of(p.start) == day_of(p.end) == day_of(c.start)
            and _BRACKET_GAP.fullmatch(st.text, p.span[1], c.span[0]) is not None
        ):
            _absorb(p, c)  # `下周一(20日) 上午9时起至12月5日晚6时`: the day, then its hours
            continue
        if p is not None and p.sentence == c.sentence and _next_day_listed(st, p, c):
            # `10月8日(星期六)、10月9日(星期日)上班`: like `29、30日`, one run (`十月十七日及
            # 十八日上午九时至下午六时`: daily hours told after the last day)
            start = with_day(c.start, day_of(p.start))
            _absorb(p, c)
            p.start, p.end = start, c.end
            continue
        if p is not None and p.sentence == c.sentence and _hours_go_on(st, p, c):
            # `11月9日下午3時至晚上9時及11月10日早上10時至下午5時`: one run, each day at its
            # hours, from the first opening to the last closing
            end = c.end
            _absorb(p, c)
            p.end = end
            continue
        if (
            p is not None
            # (or, at its hour, in the next sentence or paragraph: `(一)11月29日下午17:00,
            # 暂停…所有渠道的线上服务` / `(二)12月16日上午8:30,陆续恢复线上业务办理`)
            and (p.sentence == c.sentence or c.timed and c.para - p.para <= 1)
            and _stop_then_restore(st, p, c)
        ):
            if c.timed:
                p.end = c.start  # `22:00暂停供水,预计11月23日4:00恢复供水`: one outage
                p.texts.extend(c.texts)
                continue
            # `7月21日17时起关闭阅览室,并于7月25日恢复正常开放`: closed through the day
            # before, and the reopening is news of its own
            last = day_of(c.start) - ONE_DAY
            p.end = _end_of_day(last) if isinstance(p.start, dt.datetime) else last
            out.append(c)
            continue
        if p is not None and p.sentence == c.sentence and _frame_of_list(st, p, c):
            out[-1] = c  # `正月期间…的活动还有:民俗大拜年活动(2月3日至4日)、…`: the items
            continue
        if p is not None and p.sentence == c.sentence and _frame_restated(st, p, c):
            # `暑假期间,各校将开展托管服务,托管时间为7月12日至8月13日`: the stated days
            p.start, p.end = c.start, c.end
            _absorb(p, c)
            continue
        if p is not None and p.sentence == c.sentence:
            gap = st.text[p.span[1] : c.span[0]]
            same_days = day_of(p.start) == day_of(c.start) and day_of(p.end) == day_of(c.end)
            said = (
                not c.flags & RELATIVE_FLAGS
                and st.text[c.span[1] : c.span[1] + 1] in (")", "）")
                and (
                    "relative" in p.flags
                    and day_of(c.start) == day_of(c.end)
                    # (`公告发布之日起5日(时间为:2022年12月13日—2022年12月19日)内`: the window's
                    # dates, counted by the notice)
                    or "since_publication" in p.flags
                    and day_of(c.start) < day_of(c.end)
                    # (a lunar day or run glossed by its dates: `初3至初5(2月16日—18日)` after
                    # `直至正月21`, where a bare 初3 would be read in the next lunar month)
                    or "lunar" in p.flags
                )
            )
            # `2月3日至2月19日正月十五期间`, `1月31日(春节),2月1日(年初二)`, `至6月15日14时
            # (农历五月二十日、星期日)`: the run's last day named again
            last_named = (
                not c.timed
                and (c.flags & (NAMED_DAY | {"lunar"}) or c.flags == {"weekday"})
                and day_of(c.start) == day_of(c.end) == day_of(p.end) != day_of(p.start)
            )
            # `本周六(2月21日)至下周日(3月1日)`: the run's last day glossed
            glossed_end = not c.timed and day_of(c.start) == day_of(c.end) == day_of(
                p.end
            ) != day_of(p.start)
            if (
                _RESTATED.fullmatch(gap)
                and not same_days
                and not last_named
                and not glossed_end
                and (said or within_days(c, p))
            ):
                # `暑假期间（7月8日至8月31日）`: the dates; `昨天(7月2日)上午`, `今晚(5月21日
                # 晚)`: the date the writer meant, whenever the paper came out
                p.start, p.end = c.start, c.end
                _absorb(p, c)
                continue
            if _RESTATED.fullmatch(gap) and not same_days and within_days(p, c):
                # `本周六、周日（3月2日、3日）`: the bracket restates the listed days
                while (
                    len(out) > 1
                    and within_days(out[-2], c)
                    and LIST_GAP.fullmatch(st.text, out[-2].span[1], out[-1].span[0])
                ):
                    out.pop()
                p = out[-1]
                p.start, p.end = c.start, c.end
                _absorb(p, c)
                continue
            # `9月17日当日19:00至次日凌晨2:00`: that day, on into the next
            that_day = "anaphora" in c.flags and day_of(p.end) == day_of(c.start)
            one_clause = not re.search(r"[,，;；。]", gap)
            # `11月19日恰逢双休日(星期日)`: the day's weekday noted after words on it
            noted = (
                same_days
                and one_clause
                and c.flags == {"weekday"}
                and st.text[c.span[0] - 1 : c.span[0]] in ("(", "（")
            )
            if noted or (
                (
                    same_days
                    or last_named
                    or glossed_end
                    or that_day
                    and day_of(p.start) == day_of(p.end)
                )
                and (
                    (len(gap) <= 2 and one_clause)
                    or _RESTATED.fullmatch(gap)
                    or same_days
                    and _SAID_AGAIN.fullmatch(gap)
                    # `1月25日,腊月二十八,是…大集`: the day's lunar date after a comma
                    or same_days
                    and "lunar" in c.flags
                    and gap.strip() in (",", "，")
                )
            ):
                if last_named and c.named:
                    # (`1月16日(年廿五)—1月21日(年三十)`: the run's last day glossed, the
                    # festival no name of the run's happening)
                    c.flags, c.named = c.flags - NAMED_DAY, ""
                _absorb(p, c)  # `“4·23”世界阅读日当天`, `6月22日(端午节)`
                continue
            if (
                "anaphora" in c.flags
                and not p.timed
                and isinstance(c.start, dt.datetime)
                and isinstance(c.end, dt.datetime)
                and day_of(p.start) == day_of(c.start) < day_of(p.end)
                and c.texts[0].startswith(("当日", "当天"))
            ):
                # `9月17日至9月20日…维修,作业时间为当日21:00至次日5:00`: each day's hours, the
                # run ending at the closing hour of its last slot (the 21st at 5:00)
                p.start = dt.datetime.combine(day_of(p.start), c.start.time())
                p.end = dt.datetime.combine(
                    day_of(p.end) + (day_of(c.end) - day_of(c.start)), c.end.time()
                )
                p.timed = True
                p.texts.extend(c.texts)
                continue
            if "daily" in p.flags and _NEXT_DAY_CLOSE.fullmatch(gap + c.texts[0]):
                # `每晚22时至次日凌晨5时`: the slot closes the next morning, the last one the
                # morning after the range's last day
                if isinstance(c.start, dt.datetime):
                    p.end = dt.datetime.combine(day_of(p.end) + ONE_DAY, c.start.time())
                p.span = p.anchor = (p.span[0], c.span[1])
                continue
            if (
                same_days
                and "anaphora" in c.flags
                and "deadline" not in c.flags  # `初审结果于当天18:00前…公布`: its own
                and c.timed
                and not p.timed
                and not _own_ceremony(st, p, c)
                and not _day_then_happening(st, p, c)
            ):
                _absorb(p, c)  # `9月23日鸣枪开赛,比赛当天上午8:30…出发`: its time
                continue
            if (
                same_days
                and c.named
                and len(c.texts) == 1
                and not c.timed
                and not _SEMI.search(gap)
            ):
                _absorb(p, c)  # `八月十五中秋节晚上7点,…中秋赏月晚会`: the date again
                continue
            tail = re.split(r"[,，;；]", gap)[-1]
            # `8月31日截止`: the grammar may have taken 截止 into the date words
            ends = (
                (_ENDS_NEXT.match(st.text, c.anchor[1]) or _ENDS_SAID.search(c.texts[-1]))
                # (not two ceremonies, each a happening of its own: `4日的開幕式(下午4時至晚上8時
                # 30分)及12日閉幕式(下午5時至…)`)
                and not _CLOSING_CEREMONY.match(st.text, c.anchor[1])
                and (
                    _STARTS.search(
                        # `将于22日晚在杭州奥体中心体育场开幕,28日闭幕`: the opening ends its clause
                        st.text,
                        p.anchor[1],
                        max(p.anchor[1] + 8, st.clause(*p.anchor)[1]),
                    )
                    # `从5月1日开始的南海伏季休渔将于8月16日中午12时结束`: its start in its words
                    or ("from" in p.flags or "since" in p.flags)
                    and p.sentence == c.sentence
                    # `春季征集从12月初至2月中旬完成报名…,3月中旬结束`: a run, then its end (not
                    # `…,实验操作考试5月29日结束`, another happening's)
                    or p.sentence == c.sentence
                    and day_of(p.start) < day_of(p.end) <= day_of(c.start)
                    and not st.text[st.clause(*c.anchor)[0] : c.anchor[0]].strip(" 于在")
                )
            )
            opened = "since_publication" in p.flags or _OPENED.match(st.text, p.anchor[1])
            closes = bool(opened and _WINDOW_CLOSE.search(tail))
            if closes and day_of(c.end) < day_of(p.start) and not YEAR_SAID.search(c.texts[0]):
                # `已于1月1日开始,缴费截止日期为12月25日`: the close follows the opening
                c.end = years_on(day_of(c.end), 1)
            # (not `…特展将暂定延期至6月7日,“粉壁丹青”展将延期至4月26日`: another show's term)
            moved = (
                _MOVED_TO.search(tail)
                and not _IF_SO.search(gap)
                and not (tail != gap and _IN_QUOTES.search(tail))
            )
            if moved and (
                day_of(p.start) == day_of(p.end)
                or p.texts[0].endswith("月")
                or day_of(c.start) < day_of(c.end)
            ):
                # (a month too: `实质完工日从2032年9月调整至2034年3月`; a run moved to another:
                # `原还书日为1月25日至3月4日者,分别延至2月4日至3月5日`)
                p.start, p.end = c.start, c.end
                _absorb(p, c)
                p.anchor = c.anchor  # (named by the clause it moved in)
                continue
            prolonged = _PROLONGED.search(tail)
            extends = _EXTENDS.fullmatch(tail)
            if extends and extends["next"] and day_of(c.end).year <= day_of(p.start).year:
                c.start, c.end = years_on(c.start, 1), years_on(c.end, 1)  # (the next year's)
            runs_to = extends or ends or closes or prolonged
            if (
                runs_to
                and "from" in p.flags
                and day_of(p.start) > max(st.published, day_of(c.end))
                and not YEAR_SAID.search(p.texts[0])
                and years_on(day_of(p.start), -1) < day_of(c.end)
                and day_of(c.end) >= st.published
            ):
                # `从4月开始,一直将持续到12月` in a November paper: this year's April, the
                # run not yet over
                p.start, p.end = years_on(p.start, -1), years_on(p.end, -1)
            if (
                runs_to
                and not c.flags & RELATIVE_FLAGS
                and day_of(c.end) < day_of(p.start)
                and (years_on(day_of(c.end), 1) - day_of(p.start)).days <= _LONGEST_RUN_ON
                and not YEAR_SAID.search(c.texts[0])
            ):
                # `本次市民绿化节于昨日正式启动,一直持续到10月底` in March: this October, not
                # the nearer last one
                c.start, c.end = years_on(c.start, 1), years_on(c.end, 1)
            if (
                ends
                and YEAR_SAID.search(p.texts[0])
                and not YEAR_SAID.search(c.texts[0])
                and day_of(p.start) < years_on(day_of(c.start), -1)
            ):
                # `从2014年2月开始,9月基本结束` in a 2017 paper: the first September after it
                years = day_of(p.start).year - day_of(c.start).year
                years += years_on(day_of(c.start), years) < day_of(p.start)
                c.start, c.end = years_on(c.start, years), years_on(c.end, years)
            if (
                runs_to
                and day_of(p.start) < day_of(p.end) < day_of(c.end)
                and _OWN_RUN.fullmatch(tail)
            ):
                # `庙会活动时间为2月14日至2月16日,其中,传统花灯展示将一直持续至2月23日`: a part
                # with a name of its own, from the run's first day on
                c.start = with_day(c.start, day_of(p.start))
                out.append(c)
                continue
            if runs_to and day_of(c.end) > day_of(p.start):
                p.end = c.end  # `明天开唱,持续至11月26日`
                p.span = (p.span[0], c.span[1])
                p.texts.extend(c.texts)
                _daily_start(p, c)
                continue
            if c.flags & NAMED_DAY and not p.flags & NAMED_DAY and within_days(c, p):
                p.named = p.named or c.named  # `6月1日至18日…“618”消费季`: its occasion
                p.flags = p.flags | c.flags
                continue
            if (
                p.flags & NAMED_DAY
                and not c.flags & NAMED_DAY
                and _one_clause(st, p, c)
                and not _LISTED_NEXT.fullmatch(gap)  # (`2月11日(除夕)、2月12日`: a list)
            ):
                # `端午节放假时间为6月22日至24日`: the dates say when, the festival what.
                c.flags, c.named = c.flags | p.flags, p.named
                out[-1] = c
                continue
        out.append(c)
    return [c for c in out if not _call_told_elsewhere(st, c, out) and not _names_a_run(st, c, out)]


def _names_a_run(st: StoryText, c: Candidate, cands: list[Candidate]) -> bool:
    """True when ``c`` is a day in quotes naming a happening (`“三月三”民俗文化庙会`) that
    the story dates by a run holding the festival's day (`“三月三”庙会的举办时间为3月25日至4月4
    日`): the name, not a day of its own."""
    a, b = c.span
    quoted = st.text[a - 1 : b + 1] if a else ""
    if day_of(c.start) != day_of(c.end) or not _IN_QUOTES.fullmatch(quoted):
        return False
    if not _NAMED_HAPPENING.match(st.text, b + 1):
        return False
    return any(
        o is not c
        and day_of(o.start) <= day_of(c.start) <= day_of(o.end)
        and day_of(o.start) < day_of(o.end)
        and quoted in st.text[slice(*o.sentence)]
        for o in cands
    )


def _day_then_happening(st: StoryText, p: Candidate, c: Candidate) -> bool:
    """True when ``p`` says what day it is (`2月2日是北方小年`) and anaphor ``c`` opens a
    happening of its own (`当天上午9时,区文联将…举办…活动`): two events, as across sentences."""
    return "是" in st.text[p.anchor[1] : c.span[0]] and st.holds_after(*c.span)


def _own_ceremony(st: StoryText, p: Candidate, c: Candidate) -> bool:
    """True when anaphor ``c`` names a ceremony of its own (`9月4日正式开课,开学典礼当天
    上午十时…举行`) that ``p``'s clause does not name."""
    a = c.span[0]
    named = st.text[max(st.clause(a, a)[0], a - 6) : a]
    clause = st.text[slice(*st.clause(*p.anchor))]
    return any(w in named and w not in clause for w in _CEREMONIES)


def _frame_of_list(st: StoryText, p: Candidate, c: Candidate) -> bool:
    """True when ``p`` only frames (`正月期间`, `国庆期间`) a list of what there is (`还有:`,
    `包括:`) whose items are dated within it (`…的活动还有:民俗大拜年活动(2月3日至4日)`)."""
    return (
        bool(p.flags & (NAMED_DAY | {"holiday", "lunar"}))
        and not p.timed
        and not any(MONTH_DAY.search(x) for x in p.texts)
        and MONTH_DAY.search(c.texts[0]) is not None
        and within_days(c, p)
        # (not `清明假期,大剧院将推出“春之声”系列演出:…`: a series of its own)
        and _LIST_OPENS.search(st.text, p.span[1], c.span[0]) is not None
    )


def _frame_restated(st: StoryText, p: Candidate, c: Candidate) -> bool:
    """True when ``p`` only frames (`元旦期间`, `暑假`) the days a month-day range ``c``
    later in its sentence states, with nothing dated between them."""
    framing = bool(p.flags & (NAMED_DAY | {"holiday", "part"})) and not p.timed
    gap = st.text[p.span[1] : c.span[0]]
    return (
        framing
        and not any(MONTH_DAY.search(x) for x in p.texts)  # `3月22日是世界水日`
        and not re.search(r"[（(]", gap)  # `大年初一至初五（2月10日至14日）`: restated
        and not c.flags & NAMED_DAY
        and day_of(c.end) > day_of(c.start)
        # a month-day run, or a lunar one right after its frame (`春节期间,正月初三至初五`,
        # not `春节庙会将于正月初一至初六`: a name)
        and (
            MONTH_DAY.search(c.texts[0]) is not None
            or "lunar" in c.flags
            and _FRAME_GAP.fullmatch(gap) is not None
        )
        and day_of(p.start) <= day_of(c.end)
        and day_of(c.start) <= day_of(p.end)
        and "其中" not in gap
    )


def launched_with(st: StoryText, cands: list[Candidate]) -> list[Candidate]:
    """Return cands with a copy of a dated happening for a later clause of its sentence that
    says another was launched with it (`11月22日,新北区文化馆…正式对外开放,“艺游未尽”…文化艺术节
    同时启动`): a happening of its own, on that day."""
    out: list[Candidate] = []
    for i, c in enumerate(cands):
        out.append(c)
        b = c.anchor[1]
        if day_of(c.start) != day_of(c.end) or any(
            o.sentence == c.sentence and o.span[0] >= b for o in cands[i + 1 :]
        ):
            continue  # (a run, or a later date in the sentence: its clauses are dated on their own)
        launched = _LAUNCHED_WITH.search(st.text, b, c.sentence[1])
        if launched is not None:
            at = launched.start("item")
            out.append(dataclasses.replace(c, anchor=(at, at), texts=list(c.texts)))
    return out


def shared_date(st: StoryText, cands: list[Candidate]) -> list[Candidate]:
    """Return cands with a copy of a date standing alone in its clause (`2月份,`) for each later
    clause of its sentence that says another happening will be held (`2月份,巴蜀映巷将举办…;
    孔子文化园将举办…,波泥河街道将举办…`): one date shared by a list of happenings."""
    out: list[Candidate] = []
    for i, c in enumerate(cands):
        out.append(c)
        a, b = c.anchor
        ca, cb = st.clause(a, b)
        sb = c.sentence[1]
        if cb > b + 1 or st.text[cb : cb + 1] not in (",", "，"):
            continue  # (the date's clause says more than the date)
        if ";" not in st.text[cb:sb] and "；" not in st.text[cb:sb]:
            continue  # (a list of happenings is told in clauses between semicolons)
        if any(o.sentence == c.sentence and o.span[0] >= b for o in cands[i + 1 :]):
            continue  # a later date in the sentence: its clauses are dated on their own
        for m in _HELD_ITEM.finditer(st.text, cb + 1, sb):
            if not _WITHIN_IT.search(m.group("item")):  # (`其间将举办…`: part of the first)
                at = m.start("item")
                out.append(dataclasses.replace(c, anchor=(at, at), texts=list(c.texts)))
    return out


# the hour a happening is expected to end, alone in brackets (`(预计结束时间13:30)`)
_EXPECTED_HOUR: Final = rx.compile(
    r"[(（]\s*预计[^()（）\d]{0,6}(?P<h>[01]?\d|2[0-3])[:：](?P<m>[0-5]\d)\s*[)）]"
)


def until_it_ends(st: StoryText, cands: list[Candidate]) -> list[Candidate]:
    """Return cands, a measure from an hour until a happening ends (`3月21日14时起至比赛结束,
    以下道路禁止车辆停放`) running to the day of that happening (the first day after the hour's
    that a sentence naming it dates: `马拉松将于本周日(3月22日)举行`; not the day's own session
    named in brackets: `3月2日10:00至活动结束(预演);3月3日10:00至活动结束(正式演出)`), or to the
    day and hour it is expected to end, in brackets after it (`11月27日00:00起至比赛结束(预计27日
    15:00)`)."""
    expected: set[int] = set()
    for k, c in enumerate(cands):
        ends = UNTIL_IT_ENDS.match(st.text, c.span[1]) if c.start == c.end else None
        if ends is None:
            continue
        o = cands[k + 1] if k + 1 < len(cands) else None
        if o is not None and o.span[1] > ends.end():
            o = None  # (only the expected end, in brackets after it)
        hour = _EXPECTED_HOUR.search(ends.group())
        end = (
            dt.datetime.combine(day_of(c.start), dt.time(int(hour["h"]), int(hour["m"])))
            if hour is not None and c.timed
            else None
        )
        if end is not None and end > c.start:
            # `3月28日8:00至比赛结束。(预计结束时间13:30)`: that day, to the hour expected
            c.end = end
            if o is not None:
                expected.add(id(o))
            continue
        if o is not None and c.start <= o.start == o.end:
            c.end = o.end
            expected.add(id(o))
            continue
        if _OWN_SESSION.search(ends.group()):
            continue
        word = ends.group("what")
        days = [
            day_of(o.start)
            for o in cands
            if day_of(o.start) > day_of(c.start)
            and (
                word in st.text[slice(*o.sentence)]
                or "赛" in word
                and "马拉松" in st.text[slice(*o.sentence)]
            )
        ]
        if days:
            c.end = min(days)
    return [c for c in cands if id(c) not in expected]


# a service said to come back at a time (`预计1月5日中午12时左右恢复供水`), and what broke it off
# (or a closure said to be lifted: `…禁止车辆通行,预计15时45分解除交通管制`)
_RESTORED: Final = rx.compile(
    r"\s*(?:左右|前后|后)?[,，]?\s*(?:可|将|能|会|才能|才|便已|便|就)?(?:抢修完成|修复完成)?"
    r"(?:开始)?(?:逐步|陆续|全面)?(?:分时、?分段)?"
    r"(?:恢复(?:正常)?(?P<what>供水|供电|供气|通行|通车|通航|运行|营运)|(?P<power>送电|送電)"
    r"|解除(?:交通)?管制|解封|重开|重開|开放通行|開放通行)"
)
# (a road closed then opened again: `下午四时半开始陆续封路,预计晚上十一时后才解封`,
# `…封闭…,料至晚上十一时半重开`; power back: `上午8时30分…停电…,中午12时左右便已送电`)
_COMES_BACK: Final = (
    "恢复",
    "解除",
    "解封",
    "重开",
    "重開",
    "送电",
    "送電",
    "开放通行",
    "開放通行",
)
_ROAD_CLOSED: Final = ("封闭", "管制", "封路", "断交", "禁止通行", "禁止车辆")
_SERVICE_STOPPED: Final = ("停运", "停驶")
_BROKEN_OFF: Final = {
    "供水": ("停水", "断水", "停止供水", "爆管"),
    "供电": ("停电", "断电"),
    "供气": ("停气",),
    "通行": _ROAD_CLOSED,
    "通车": _ROAD_CLOSED,
    "通航": ("停航", "封航"),
    "运行": _SERVICE_STOPPED,
    "营运": _SERVICE_STOPPED,
}


def restored(st: StoryText, cands: list[Candidate]) -> list[Candidate]:
    """Return cands, a service said to come back at a time (`预计1月5日中午12时左右恢复供水`)
    ending the outage told before it that had no end (`1月4日下午2时许,…爆管…突发性停水`),
    or dropped as the end of the outage's window said again (`11月29日23:00--11月30日15:00`
    … `预计30日15:00恢复供水`)."""
    if not any(isinstance(c.start, dt.datetime) and c.start == c.end for c in cands) or not any(
        holds(st.text, word) for word in _COMES_BACK
    ):
        return cands  # (most stories: no moment, or no word of a service back)
    out: list[Candidate] = []
    for c in cands:
        # (at a clock time: a moment, compared with moments only)
        at = c.start if isinstance(c.start, dt.datetime) and c.start == c.end else None
        back = _RESTORED.match(st.text, c.span[1]) if at else None
        if at is None or back is None:
            out.append(c)
            continue
        timed = [
            p for p in out if isinstance(p.start, dt.datetime) and isinstance(p.end, dt.datetime)
        ]
        if any(p.start < p.end == at for p in timed):
            continue  # the end of a window said before
        words = (
            _BROKEN_OFF[back["what"]]
            if back["what"]
            else _BROKEN_OFF["供电"]
            if back["power"]
            else _ROAD_CLOSED
        )
        cut = next(
            (
                p
                for p in reversed(timed)
                if p.start == p.end < at and any(w in st.text[slice(*p.sentence)] for w in words)
            ),
            None,
        )
        if cut is None:
            out.append(c)
        else:
            cut.end = at  # (its sentence keeps naming it; the time is its end)
    return out


def _lasts_said(text: str) -> list[re.Match[str]]:
    """Return the matches of _LASTS_LATER in text, as its finditer finds them: tried only where
    one of its words stands (a scan of the story tries its first characters, every `一`, `为`,
    `不`, and the length after each; ~0.3M instructions a page)."""
    starts: list[int] = []
    for word in _LASTS_WORDS:
        at = text.find(word) if holds(text, word) else -1
        while at >= 0:
            starts.append(at)
            at = text.find(word, at + 1)
    found: list[re.Match[str]] = []
    end = 0
    for at in sorted(starts):
        said = _LASTS_LATER.match(text, at) if at >= end else None
        if said is not None:
            found.append(said)
            end = said.end()
    return found


def lasting(st: StoryText, cands: list[Candidate]) -> list[Candidate]:
    """Return cands, a one-day start (`5月1日起试开放`) running on for the length a later
    sentence gives about it (`试开放期为期一个月`)."""
    if not cands:
        return cands
    # (most stories hold none of its words: _lasts_said finds nothing by substring tests)
    for said in _lasts_said(st.text):
        ca, _ = st.clause(said.start(), said.start())
        if _PROCESS_BEFORE.search(st.text, st.sentence_of(ca)[0], said.start()):
            continue  # `本次展览从酝酿到组织实施,历时3个月`: how long it took, not its run
        # (`该展为期一个月`: what it refers back to, by its head word)
        subject = st.text[ca : said.start()].removeprefix("该").removeprefix("此")
        sentence = st.sentence_of(said.start())
        if not subject.strip(" ,，") and not any(c.sentence == sentence for c in cands):
            # (`…第五届环青海湖自行车赛从…均超过了前四届,…,赛程共分为9段,为期9天`: a clause
            # of its own, of what its undated sentence opens with)
            subject = st.text[slice(*st.clause(sentence[0], sentence[0]))]
        pairs = bigrams(subject) or {subject} - {""}
        # `为期两周的社区教育节昨日上午开幕`: the length of what its sentence opens
        before = st.text[said.end() : said.end() + 1] == "的"
        # `本次节会为期15天`, `本届运动会上,…展开为期3天的激烈角逐`: this edition's, the one whose
        # opening was told
        # (not `本届葡萄节举办时间为8月20日至9月5日,历时十七天`: the run its sentence dates)
        this_one = (
            _THIS_EDITION.match(subject) or _THIS_EDITION.match(st.text, sentence[0])
            if not any(c.sentence == sentence for c in cands)
            else None
        )
        starts = [
            c
            for c in cands
            if (
                "from" in c.flags
                or _STARTS.search(st.text, c.anchor[1], c.sentence[1])
                or this_one is not None
                # (works whose term is said: `进场施工时间为2021年6月3日,拟定施工工期30天`)
                or said.group().startswith("工期")
                and _WORKS.search(st.text, c.sentence[0], c.sentence[1]) is not None
                # (a show's term, from the day its sentence dates: `5月17日,…书法作品展在…展出,
                # 展期1个月`)
                or said.group().startswith("展期")
                and not any(c.anchor[1] <= o.anchor[0] < said.start() for o in cands)
                # (`为期1个月的《…回顾展》将于9月9日在上海美术馆举办`: the length of what is
                # held from the day said after it, not of the day the story opens with; not
                # `为期两天的…论坛12日…举行闭幕仪式`)
                or before
                and said.end() <= c.anchor[0]
                and st.clause(*c.anchor)[0] <= said.start()
                and not CLOSED_ON.search(st.text, c.anchor[1], st.clause(*c.anchor)[1])
                and not _WORKS_DONE.match(st.text, c.anchor[1])
            )
            and day_of(c.start) == day_of(c.end)
            and (
                c.sentence[1] <= said.start()
                and any(pair in st.text[slice(*c.sentence)] for pair in pairs)
                # (`从6月19日始,…全段封闭,封闭期限3个月`: a measure's term later in its own
                # sentence; not `…举行开幕式,文化节活动为期一个月`, the festival's, not the day's)
                or said.group().startswith("期限")
                and c.anchor[1] <= said.start() < c.sentence[1]
                and any(pair in st.text[c.anchor[1] : said.start()] for pair in pairs)
                # (`6月25日,各幼儿园开始公布招生简章,时间不少于7天`: its least length; a
                # works' term: `进场施工时间为2021年6月3日,拟定施工工期30天`)
                or said.group().startswith(("不少于", "工期", "展期"))
                and c.anchor[1] <= said.start() < c.sentence[1]
                or before
                and c.sentence[0] <= said.start()
                and said.end() <= c.anchor[0] < c.sentence[1]
                # (`7月25日,为期一周的…那达慕大会…开幕`: the length right after the day, or
                # after its opening: `「香港工展会•澳门」昨日开幕,一连四日的展会`)
                or before
                and c.anchor[1] <= said.start() < c.sentence[1]
                and _OPENED_THEN.fullmatch(st.text, c.anchor[1], said.start()) is not None
                or this_one is not None
                and c.sentence[1] <= said.start()
            )
        ]
        if not starts:
            continue
        c = starts[-1]
        first = day_of(c.start)
        last = run_end(first, said["n"], said["u"]) or first
        if last > first:
            # (`6月1日上午10时,…购物节…正式启动。…本次购物节持续一个月`: runs to the day, not to
            # its opening hour)
            c.end = last if c.timed else with_day(c.end, last)
    return cands


def running(st: StoryText, cands: list[Candidate]) -> list[Candidate]:
    """Return cands, a lone end day after `持续至` (`系列活动持续至3月底`) read as the
    happening running from the publication day to that day, or as the end of one that
    began before it and shares its words (`9月7日,…邻里文化节…启幕。…邻里文化节将持续至
    9月17日`)."""
    out: list[Candidate] = []
    for k, c in enumerate(cands):
        out.append(c)
        if day_of(c.start) != day_of(c.end) and not _MONTH_ONLY.fullmatch(c.texts[-1]):
            continue  # (`持续到明天(8月16日)结束`: one day said twice is still one day)
        if (
            day_of(c.end) < st.published
            and not c.flags & RELATIVE_FLAGS
            and not YEAR_SAID.search(c.texts[-1])
            and _RUNS_UNTIL.search(st.text, st.clause(*c.anchor)[0], c.anchor[0])
            # (not the close of a start told before it: `10月16日起,…接种服务` … `免费接种工作
            # 将持续至12月31日`)
            and not any(
                b.sentence == c.sentence or day_of(b.start) <= day_of(c.end) for b in cands[:k]
            )
        ):
            # `活动于每周六上午10点举行,持续至12月底` in February: this December's end, not
            # the nearer last one
            c.start, c.end = years_on(c.start, 1), years_on(c.end, 1)
        if day_of(c.end) < st.published:
            continue  # (one ending on the paper's day may still run from an opening told before)
        if "deadline" in c.flags and _SHOW_BEFORE.match(st.text, c.anchor[1]):
            c.start = st.published  # (a show on until then, not a deadline)
            c.flags = (c.flags - {"deadline"}) | {"range"}
            continue
        ca, _ = st.clause(*c.anchor)
        runs = _RUNS_UNTIL.search(st.text, ca, c.anchor[0])
        if "deadline" in c.flags and runs is None:
            continue  # (`管制通行时间需延长至4月30日止`: still a run, its end said twice)
        # `7月1日,…宁波特展正式亮相。…特展于10月7日与观众道别`: the close of one begun
        # (a festival's day said as such: `最后在冬至日落幕`)
        after = c.anchor[1] + (
            "festival" in c.flags and st.text[c.anchor[1] : c.anchor[1] + 1] == "日"
        )
        closed = None if runs else CLOSED_ON.match(st.text, after)
        if runs is None and closed is None:
            continue
        if k and cands[k - 1].anchor[1] > ca:
            continue  # `明天开唱,持续至26日` left apart: its start is in the clause
        # (what runs is named in the match when pointed back to: `该作息时间到`)
        said = max(runs.start(), runs.start("to")) if runs else c.anchor[0]
        subject = st.text[ca:said]
        sa = st.sentence_of(ca)[0]
        points_back = False
        if len(subject.strip(" 将还已也并于")) < 2:
            # `本次采摘节以…为主题,将持续至9月21日`: the subject opens the sentence; or
            # `…策划推出了一系列活动,将持续到5月结束`: the clause before names what runs
            points_back = _HAPPENINGS_BEFORE.search(st.text, sa, ca) is not None
            if points_back or _POINTS_BACK.match(st.text, sa):
                subject = st.text[sa:said]
            elif ca == sa:
                # `持续到正月十五,年味还将继续` opening its sentence: what began runs on
                points_back = True
        to_come = _shares_words(st, cands[:k], subject, later=True)
        if to_come is not None and (day_of(to_come.start) > day_of(c.end) or to_come.named):
            # (`展厅试运行…12月14日至…。…新展厅闭馆至12月13日`: closed till then; `6月3日,…
            # 活动正式启动,…体验端午节包粽子等民俗活动。…整个活动持续至10月`: no festival runs)
            to_come = None
        if to_come is not None:
            # `…冰雪节将于1月10日亮相…。整个冰雪节将持续到3月份`: the end of one still to start
            # (not of a run of its own, a festival, or one at its hours)
            if not (to_come.timed or to_come.named) and day_of(to_come.start) == day_of(
                to_come.end
            ) < day_of(c.end):
                to_come.end = with_day(to_come.end, day_of(c.end))
                to_come.texts.extend(c.texts)
                out.pop()
            continue
        began = _shares_words(st, cands[:k], subject, later=False)
        # (`以“快乐分享、冰城夏都”为主题的本届啤酒节将于7月13日闭幕`: its theme, then `本届`)
        themed = _THEMED.match(subject)
        if began is None and (
            points_back or _POINTS_BACK.match(subject, themed.end() if themed else 0)
        ):
            began = _last_begun(st, cands[:k])
        if began is None and closed is not None:
            # `从农历六月六洗晒节开始,中秋节进入高潮,最后在冬至日落幕`: the close of the run its
            # sentence says began
            began = next(
                (
                    o
                    for o in reversed(cands[:k])
                    if o.sentence == c.sentence
                    and day_of(o.start) == day_of(o.end) < day_of(c.start)
                    and (
                        "from" in o.flags
                        or st.text[o.anchor[0] - 1 : o.anchor[0]] == "从"
                        and _FROM_THEN.match(st.text, o.anchor[1])
                        # (`…电影节将于2023年6月9日开幕,…,6月18日结束全城影展`)
                        or _OPENS_ON.match(st.text, o.anchor[1]) is not None
                    )
                ),
                None,
            )
        if began is not None and began.timed and any(w in st.what_of(began) for w in _CEREMONIES):
            # `开幕式今晚8时举行。…亚运会将于10月8日闭幕`, `…下午6时30分…举行开幕仪式。…展期至
            # 2021年4月18日`: a ceremony's hour (but `今天上午9时,…会议将在人民大会堂开幕。…会议
            # 将于14日上午闭幕`: the session from its hour)
            began = None
        if began is not None and began in out and day_of(began.end) < day_of(c.end):
            began.end = with_day(began.end, day_of(c.end))
            began.texts.extend(c.texts)
            out.pop()
            continue
        if runs:
            c.start = st.published
            # (its `止` closes the run: what runs says its kind, `报名` a deadline)
            c.flags = c.flags - {"deadline"}
    return out


def _last_begun(st: StoryText, earlier: list[Candidate]) -> Candidate | None:
    """Return the last happening dated earlier in the story that began on one day, on or
    before the publication day, and is no registration window; None when none did."""
    for c in reversed(earlier):
        # (`从前天开始,年货展在…举行`: running since then, up to the paper's day so far)
        since = bool({"from", "since"} & c.flags) and day_of(c.end) == st.published
        if "deadline" in c.flags or (day_of(c.start) != day_of(c.end) and not since):
            continue
        if c.timed and any(w in st.what_of(c) for w in _CEREMONIES):
            continue  # `…专题展昨日开幕。开幕式昨日傍晚六时半…举行。…展期至…`: the show's day
        return c if day_of(c.start) <= st.published else None
    return None


def _shares_words(
    st: StoryText, earlier: list[Candidate], subject: str, later: bool
) -> Candidate | None:
    """Return the last happening dated earlier in the story that begins after the
    publication day (``later``; else on or before it) and shares words with ``subject``
    (`10月16日起…开始…接种服务。…免费接种工作将持续至12月31日`); None when none does."""
    pairs = bigrams(subject)
    names = [q[1:-1] for q in _IN_QUOTES.findall(subject)]
    found = None
    for c in reversed(earlier):
        if (day_of(c.start) > st.published) != later:
            continue
        # (one begun: its whole sentence, `6月2日,由…主办,…承办的“…油画精品展”在…开幕`)
        if names and not any(n in _told_up_to(st, c) for n in names):
            continue  # (`…“粉壁丹青”展将延期至4月26日;…“穆夏”特展将暂定延期至6月28日`)
        if pairs & bigrams(st.what_of(c) if later else st.text[slice(*c.sentence)]):
            if later or _STARTS.search(st.text, *st.clause_on(*c.anchor)):
                return c
            found = found or c
    # (one said to open over the last one named: `…美食文化节今日开幕。…昨日下午,本届美食文化节
    # 主办方举行新闻发布会` / `本届美食文化节18日结束`)
    return found


def _told_up_to(st: StoryText, c: Candidate) -> str:
    """Return the words of ``c``'s sentence up to the end of its date's clause (the next
    clause too when the date opens its own: `6月2日,…“…油画精品展”在…开幕`)."""
    ca, cb = st.clause(*c.anchor)
    if not st.text[ca : c.anchor[0]].strip():
        cb = st.clause_on(*c.anchor)[1]
    return st.text[c.sentence[0] : cb]


def during(st: StoryText, cands: list[Candidate], mentions: list[TimeMention]) -> list[Candidate]:
    """Return cands with the happenings said to take place during one dated before
    (`3月25日至4月9日为祭扫高峰期。…将在高峰期间开通8条祭扫专线`; `端午假期(6月8日至
    10日)期间,古镇还将举办非遗市集`; `清明假期(4月3日至5日),…公交公司将开通旅游专线`):
    over that one's days."""
    found: list[tuple[Candidate, int, int, int]] = []
    for w_start, p in _durings(st.text, st.story.dateline_end):
        end = p + 2
        if any(a <= p < b or w_start < b <= p for a, b in (x.span for x in mentions)):
            continue  # `春节期间`, `5月1日至5日期间`, `五一假期期间`: a day named
        _, cb = st.clause_on(p, end)
        referent = _during_of(st, cands, st.text[w_start:p], p)
        if referent is not None:
            found.append((referent, p, end, cb))
    for c in cands:
        # `清明假期(4月3日至5日),为缓解交通压力,…将开通…旅游专线`: the holiday frames what
        # the rest of its sentence says is done (but `中秋假期期间(9月10日至12日),…将推出…`
        # dates what is done: the golds give that one event)
        framed = _HOLIDAY_FRAME.match(st.text, c.span[1])
        said = st.text[slice(*c.span)]
        if framed and c.named and len(c.texts) > 1 and _BREAK_SAID.match(said):
            found.append((c, framed.start(), framed.end(), c.sentence[1]))
    out = list(cands)
    for referent, p, q, cb in found:
        rest = st.text[q:cb]
        sa, _ = st.sentence_of(p)
        if not _DURING_ACT.search(rest) or _NOT_DURING.search(st.text, sa, cb):
            continue
        if OPENING_HOURS_SAID.search(rest):
            continue  # `菊展期间,公园开放时间调整为…`: hours, not a happening
        if _RESTRICTION.search(st.text, max(sa, p - 6), p) and _RESTRICTS.match(
            _CUT_LEAD.sub("", rest)
        ):
            continue  # `封闭期间,该路段禁止机动车通行`: the closure's own rule, told again
        if any(p < x.span[0] < cb and DAY_WORDS.search(x.text) for x in mentions):
            continue  # `展销会期间,县里还将在二十日上午举行…`: dated on its own
        out.append(
            Candidate(
                start=day_of(referent.start),
                end=day_of(referent.end),
                span=(p, q),
                flags=frozenset({"anaphora", "during"}),
                sentence=st.sentence_of(p),
                para=st.para_of(p),
                texts=[st.text[p:q]],
            )
        )
    out.sort(key=lambda c: c.span)
    return out


# what a happening is a kind of, said for it (`展会期间` for `农博会`)
_KINDS_OF_HAPPENING: Final = ("展会", "会展", "展览", "赛事", "比赛", "演出", "节会", "会议")


def _during_of(st: StoryText, cands: list[Candidate], words: str, pos: int) -> Candidate | None:
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
    if not words and not st.text[earlier[-1].span[1] : pos].strip(" )）"):
        return earlier[-1]
    # the longest part of the words first (`夜市开放期间` → `夜市` of `湖滨路夜市将于…开市`; the
    # clause after a date alone in its own: `2020年9月28日至十一国庆节期间,我县将举办…胡杨文化
    # 旅游节` for `胡杨文化旅游节期间`)
    for size in range(len(words), 1, -1):
        for k in range(len(words) - size, -1, -1):
            _name = words[k : k + size]
            for c in reversed(earlier):
                if _name in st.what_of(c):
                    return c
    if words.endswith(_KINDS_OF_HAPPENING):
        return earlier[-1]  # `展会期间` after `…农博会将于15日开幕,24日结束`: the one told
    last = words[-2:]
    for c in reversed(earlier):  # `停水期间` after `12月3日8:00至20:00…暂停供水`
        if len(last) == 2 and set(last) <= set(st.text[slice(*st.clause(*c.anchor))]):
            return c
    return None


def _start_end_fields(st: StoryText, p: Candidate, c: Candidate) -> bool:
    """True when ``p`` fills a start field and ``c`` the end field right after it
    (`开始时间:2024-09-04结束时间:2024-09-27`, a portal's consultation page), or ``p`` an
    outage's stop field and ``c`` its end field a few field lines on (`停水时间:…` / `停水原因:…`
    / `预计完工时间:…`)."""
    if c.para - p.para > 3 or day_of(c.end) < day_of(p.start):
        return False
    starts = _START_FIELD.search(st.text, max(0, p.anchor[0] - 8), p.anchor[0])
    ends = _END_FIELD.search(st.text, max(0, c.anchor[0] - 8), c.anchor[0])
    if starts is not None and ends is not None and c.para - p.para <= 1:
        return not st.text[p.anchor[1] : ends.start()].strip(" ,，;；\n")
    stops = _STOP_FIELD.search(st.text, max(0, p.anchor[0] - 8), p.anchor[0])
    back = _BACK_FIELD.search(st.text, max(0, c.anchor[0] - 10), c.anchor[0])
    if stops is None or back is None:
        return False
    between = st.text[p.span[1] : back.start()].split("\n")[1:]  # (the lines between)
    return all(not line.strip() or _FIELD_LINE.fullmatch(line) for line in between[:-1])


def _stop_then_restore(st: StoryText, p: Candidate, c: Candidate) -> bool:
    """True when ``p`` stops a service (`暂停供水`, `封闭施工`) and ``c``, later in its
    sentence, says when it is restored (`恢复供水`, `恢复通行`, `预计于5月10日起正常开放`)."""
    if p.start != p.end or day_of(c.start) < day_of(p.end) or c.start == p.start:
        return False  # (`除夕至正月初六暂停…,1月28日起恢复`: the stop has its own end)
    # (`9月4日起,图书馆将临时闭馆`, `12月16日上午8:30,陆续恢复…`: said after it)
    pa, pb = st.clause_on(*p.anchor)
    ca, cb = st.clause_on(*c.anchor)
    if _BREAK_OPENS.search(st.text, pa, pb) and _TERM_OPENS.search(st.text, ca, cb):
        return True  # `7月7日开始放假,9月1日开学`: the break, up to the first school day
    return bool(STOPS.search(st.text, pa, pb)) and _RESTORES.search(st.text, ca, cb) is not None


def _window_closed(st: StoryText, p: Candidate, c: Candidate) -> bool:
    """True when ``p`` opens a call for suggestions or entries (`发布专题征集建议`, `从即日起
    接受报名`) on one day and ``c``, later in the story, closes that call
    (`该意见征集截止日为9月20日`, `报名截止时间为8月13日`)."""
    if day_of(p.start) != day_of(p.end) or day_of(c.start) <= day_of(p.end):
        return False
    # (opened by `即日起`, `自本公告发布之日起`: the call alone says what opens, or what is
    # accepted: `今日起接受申請`)
    since = "since_publication" in p.flags
    pa, pb = st.clause_on(*p.anchor)
    opened = (CALL_WORD if since else _WINDOW_OPENED).search(st.text, pa, pb)
    if opened is None and since:
        opened = _ACCEPTED.search(st.text, pa, pb)
    if opened is None:
        return False
    closing = st.text[slice(*st.clause(*c.anchor))]
    closes = "截止" in closing or "截至" in closing or "deadline" in c.flags  # (`3月30日前`)
    said = (opened["w"], *_APPLIED_FOR.get(opened["w"], ()))
    # (or its close said bare later in its sentence: `…今日起接受申請,…,5月30日截止`)
    bare = p.sentence == c.sentence and closing.strip() == c.texts[-1].strip()
    return closes and (bare or any(w in closing for w in said))


def _call_told_elsewhere(st: StoryText, c: Candidate, cands: list[Candidate]) -> bool:
    """True when ``c`` only says that a call opens with the notice (`自本公告发布之日起,均可…
    报名`) and the story gives the call's window or deadline elsewhere (`报名时间:5月11日至
    5月22日`, `6月8日17:00前报名`): that is the happening."""
    if "since_publication" not in c.flags or day_of(c.start) != day_of(c.end):
        return False
    opened = CALL_WORD.search(st.text, *st.clause_on(*c.anchor))
    if opened is None:
        return False
    for o in cands:
        if o is c or day_of(o.end) <= day_of(c.end):
            continue
        clause = st.text[slice(*st.clause_on(*o.anchor))]
        window = day_of(o.start) != day_of(o.end) or "deadline" in o.flags or "截止" in clause
        if window and opened["w"] in clause:
            return True
    return False


def _next_day_listed(st: StoryText, p: Candidate, c: Candidate) -> bool:
    """True when ``c`` is the day after ``p`` (a day, or a run of listed days), listed right
    after it (`、`, `和`, `及`), ``p`` a whole day (`4月7日和8日举行`, `11日、12日、13日`), ``c``
    one too or with the hours of both (`十月十七日及十八日上午九时至下午六时`)."""
    flags = p.flags | c.flags
    return (
        not p.timed
        and day_of(c.start) == day_of(c.end) == day_of(p.end) + ONE_DAY
        and not ("anaphora" in flags or "since_publication" in flags)
        and (not c.timed or c.start < c.end)  # (hours told after the last day hold for both)
        and _listed_next(st, p, c)
        # (`9月15日、9月16日、9月17日当日19:00至次日凌晨2:00`: each evening its own; but
        # `11月29日及30日每日13:00—16:00`: daily hours over the run)
        and (
            not _CLOCK_SAID.search(st.text, c.span[1], st.clause(c.span[0], c.span[1])[1])
            or EVERY_DAY.match(st.text, c.span[1]) is not None
        )
    )


def _hours_go_on(st: StoryText, p: Candidate, c: Candidate) -> bool:
    """True when ``p`` and ``c`` are told with their hours and ``c``, listed right after ``p``,
    opens the day after ``p`` closes (`展览本周二下午5时30分至晚上8时、本周三至星期日上午11时至
    晚上8时,以及下周一上午11时至下午5时开放`); not of a closure, each day's its own (`9月14日
    07:00-13:00及9月15日06:00-16:00,北新路…实施道路全封闭` are two)."""
    return (
        p.timed
        and c.timed
        and day_of(p.start) < day_of(c.start) == day_of(p.end) + ONE_DAY
        and _HOURS_LISTED_NEXT.fullmatch(st.text, p.span[1], c.span[0]) is not None
        and _RESTRICTION.search(st.text, *p.sentence) is None
    )


def _listed_next(st: StoryText, p: Candidate, c: Candidate) -> bool:
    """True when ``c`` is listed right after ``p`` (`、`; `,` after the festival ``p``'s date
    is noted with in brackets: `1月31日(春节),2月1日(年初二)`, not after another note:
    `2月2日(农历正月初九,星期日),2月3日(星期一)起正常上班`)."""
    note = NAME_NOTE.search(st.text, max(p.span[0], p.span[1] - 7), p.span[1])
    # (or its lunar day: `2月1日(年初二),2月2日(年初三)`)
    festival = (
        note is not None
        and note.end() == p.span[1]
        and (note["w"] in FESTIVAL_NAMES or "lunar_noted" in p.flags)
    )
    at = p.span[1] - 1 if festival else p.span[1]  # (from the note's closing bracket)
    return _LISTED_NEXT.fullmatch(st.text, at, c.span[0]) is not None


def _made_up(st: StoryText, p: Candidate, c: Candidate) -> bool:
    """True when ``p`` is a day off (`4月5日放假`) and ``c``, a few days later, the day
    given in lieu that closes the same break (`4月6日(星期一)补休`)."""
    gap = day_of(c.start) - day_of(p.end)
    return (
        ONE_DAY <= gap <= 3 * ONE_DAY
        and _DAY_OFF.match(st.text, p.anchor[1]) is not None
        and _MADE_UP.match(st.text, c.anchor[1]) is not None
    )


def _carries_on(st: StoryText, p: Candidate, c: Candidate) -> bool:
    """True when ``c`` only says how long ``p`` goes on, in the next sentence of its
    paragraph (`将持续至11月20日`, `展期延续到…`)."""
    if c.para != p.para or day_of(c.end) <= day_of(p.end) or c.start != c.end:
        return False
    ca, _ = st.clause(*c.anchor)
    return _CARRIES_ON.fullmatch(st.text, ca, c.anchor[0]) is not None


def _kept_on(st: StoryText, p: Candidate, c: Candidate) -> bool:
    """True when ``c``, from the day after ``p``'s, says in its sentence that what ``p`` does
    from its day goes on (`自年三十下午5時起休館,並於年初一至初二繼續休館`: the verb after
    `继续` the one after ``p``'s day)."""
    if day_of(c.start) != day_of(p.end) + ONE_DAY or day_of(c.end) <= day_of(p.end):
        return False
    kept = _KEPT_ON.match(st.text, c.anchor[1])
    if kept is None:
        return False
    return kept["v"] in st.text[p.anchor[1] : st.clause_on(*p.anchor)[1]]


def _goes_on(st: StoryText, p: Candidate, c: Candidate) -> bool:
    """True when ``c``, a day after ``p``'s, says the happening ``p`` told goes on then
    (`今日上午9时至下午4时,招聘会将继续举行` after `昨天是…招聘会举办首日`), naming it by a
    word of ``p``'s sentence."""
    if day_of(c.start) != day_of(p.end) + ONE_DAY:
        return False
    cb = st.clause_on(*c.anchor)[1]
    said = _GOES_ON.search(st.text, c.anchor[1], cb)
    if said is None:
        return False
    name = said["what"]
    return len(name) >= 2 and name in st.text[slice(*p.sentence)]


def _one_clause(st: StoryText, p: Candidate, c: Candidate) -> bool:
    return st.clause(*p.span)[1] >= c.span[0]


def _end_of_day(day: dt.date) -> dt.datetime:
    """Return the day's last minute: the end of a timed happening that runs through it."""
    return dt.datetime.combine(day, dt.time(23, 59))


def _daily_start(p: Candidate, c: Candidate) -> None:
    """Open ``p`` at the daily time of ``c``, the end it runs to (`7月2日起开市,持续到9月份,
    每天18:00至23:00营业`: the first evening opens at 18:00 too)."""
    if "daily" in c.flags and isinstance(c.start, dt.datetime) and not p.timed:
        p.start = dt.datetime.combine(day_of(p.start), c.start.time())
        p.timed = True


def _absorb(p: Candidate, c: Candidate) -> None:
    p.span = (p.span[0], max(p.span[1], c.span[1]))
    p.anchor = (p.anchor[0], max(p.anchor[1], c.anchor[1]))
    p.flags = p.flags | c.flags
    if c.timed and not p.timed:
        p.start, p.end, p.timed = c.start, c.end, True
    p.texts.extend(c.texts)
    p.named = p.named or c.named


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
