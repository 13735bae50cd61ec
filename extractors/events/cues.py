"""Text cues more than one stage of the event builder reads (the others live beside the one
rule that reads them).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from .. import rx
from ..layout import NUMBERING
from ..timex.patterns import NEXT_DAY
from ..timex.tables import PART_OF_DAY
from ..triggers import (
    ACTIVITY_WORDS,
    DEADLINE_WORDS,
    MEETING_WORDS,
    OPENING_HOURS,
    alternation,
    words,
)

HAPPENING_WORDS: Final = words(ACTIVITY_WORDS) + words(MEETING_WORDS)

DEADLINE_TERMS: Final = words(DEADLINE_WORDS)

HAPPENING: Final = rx.compile(alternation(frozenset(HAPPENING_WORDS + DEADLINE_TERMS)))

NAMED_DAY: Final = frozenset({"festival", "observance"})

# the time of day after a named day's name (`元宵晚上7点`, `重阳上午9时30分`; its hours to the
# next day's: `除夕晚上9时至次日凌晨1时`): not its name
_PART: Final = f"(?:{rx.alternation(PART_OF_DAY)})"
_CLOCK_WORDS: Final = r"[\d零一二两三四五六七八九十]{1,3}[时点:][\d零一二三四五六七八九十分半:]*"
TIME_OF_DAY_TAIL: Final = rx.compile(
    rf"(?<![当今明昨前后])(?:{_PART}?{_CLOCK_WORDS}[至到\-—~](?:{NEXT_DAY})?)?"
    rf"{_PART}?(?:{_CLOCK_WORDS})?$"
)

# A mention text that names a day (not only a clock time or a part of the day).
DAY_WORDS: Final = rx.compile(
    r"\d{1,2}\s*月|\d\s*[日号]|[一二三四五六七八九十廿卅]\s*[日号]|[今明昨前后大]天|[今明昨]日|"
    # (`起` of a day, `下月起`, not of a clock: `6:00起至10:00`, `8时起`)
    r"[今明昨后][晚早晨午夜]|[今明昨](?:上午|下午|中午|凌晨|傍晚)|周[一二三四五六日天末]|星期|礼拜|节|年|当[天日晚夜]|同日|次日|翌日|[次翌]晨|隔天|即日|"
    r"(?<![\d:：时点分半])起|"
    r"(?<![:\d])\d{1,2}[·./-]\d{1,2}(?![:\d])|[正腊冬]月|初[一二三四五六七八九十]"
)

# `23时至次日零时30分`: a clock range running past midnight, no day of its own
NEXT_DAY_CLOCK: Final = rx.compile(rf"(?<=[至到\-—~])(?:{NEXT_DAY})")

EVERY_DAY: Final = rx.compile(r"每[天日晚]|均为|均在|统一")

# the start signal of a race given (`随着发令枪响起`, `开跑指令发出`), in either script: what
# an hour it follows is the start of
START_SIGNAL: Final = (
    r"[随隨][着著](?:一[声聲])?(?:[发發]令(?:[枪槍][声聲]?|[声聲])|[鸣鳴][枪槍]|[号號]角)"
    r"|(?:[开開]跑|[开開][赛賽]|[发發]令)(?:指令|[枪槍][声聲]?)(?:[发發]出|[响響]起)"
)

ENDS: Final = rx.compile(r"(?:正式|圆满|基本|全部)?(?:结课|结束|闭幕|闭营|截止|收官|落幕|结业|止)")

CLOSED_ON: Final = rx.compile(
    r"(?:正式|圆满|圓滿|全部|全面)?(?:闭幕|落幕|落下帷幕|闭展|撤展|谢幕|收官|结束|闭会"
    r"|閉幕|閉展|謝幕|結束|閉會|完成(?:了)?(?:各项|全部)议程"
    r"|与[^,，;；。]{1,8}道别)"
)


# a festival drawing near (`清明节将至`, `端午節即將來臨`, `春节的脚步渐行渐近`, `春节马上就要到啦`)
DRAWS_NEAR: Final = (
    r"[”\"]?\s*(?:的脚步|的腳步)?\s*(?:即将|即將|马上就要|馬上就要|就要|快要|日益|日渐|日漸)?"
    r"(?:来临|到来|临近|将至|将近|到了|到啦|来了|渐行渐近|越来越近|來臨|到來|臨近|將至|將近|将届|將屆)"
)

# `春节期间将举办`, `春节将至`: said of a time still to come
FUTURE_AFTER: Final = rx.compile(r"[^。!?！？,，;；]{0,8}?(?:将|即将)")

YEAR_SAID: Final = rx.compile(r"\d{2,4}\s*年|[〇○零一二三四五六七八九]{4}\s*年|[今明去前后]年")

# `预计9月建成`, `计划于10月开工`: a month planned, still to come
PLANNED_BEFORE: Final = rx.compile(r"(?:预计|计划|力争|将|拟)(?:于|在)?$")

MONTH_DAY: Final = rx.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]")

RELATIVE_FLAGS: Final = frozenset({"relative", "anaphora", "since_publication", "festival"})

LIST_GAP: Final = rx.compile(r"[、和及与]")
# the words that move a happening to another day (`顺延至20日`), and those making a move a
# fallback (`如遇雨天,顺延至…`)
MOVE_VERBS: Final = r"(?:顺延|延期|改期|推迟|延后|推后)"
IF_SO: Final = r"(?:如遇|若遇|如因|遇有|如果遇?|若因)"

ONE_DAY: Final = dt.timedelta(days=1)

# what a name in quotes is the name of, a few words on (`“三月三”民俗文化庙会`, `“三月三”歌圩暨骆越
# 文化旅游节`)
NAMED_BY_QUOTE: Final = (
    r"[^,，。;；“”\"]{0,8}?(?P<n>庙会|文化节|艺术节|旅游节|美食节|灯会|花会|歌会|歌圩|赛|活动|展)"
)

# what a call for entries or suggestions asks for (`征集`, `报名`): it opens and closes a window
CALL_WORD: Final = rx.compile(r"(?P<w>征集|征求|报名|申报|投票)")

BLANK: Final = "\u3000"  # stands for a masked time expression; naming strips it like a space

ABUTS: Final = rx.compile(r"[\d〇零一二三四五六七八九十廿初]{0,3}")


def abuts(text: str, start: int, end: int) -> bool:
    """True when text[start:end] (read with ``ABUTS.fullmatch``) is at most three numerals: a
    day the grammar left apart from the mention before it."""
    if min(end, len(text)) - start > 3:
        return False  # (most gaps are longer: no regex call for them)
    return ABUTS.fullmatch(text, start, end) is not None


OPENING_HOURS_SAID: Final = rx.compile(alternation(OPENING_HOURS))

# How far (in characters) the rules look from a mention for its clause's ends, the words of
# its sentence and a signature paragraph: past any real sentence (the corpus's longest has
# under 300 characters), and it keeps dense text without breaks (`4月4月…`) linear, not
# quadratic.
WINDOW: Final = 500

# a field saying when something closes (`关灯时间`, `闭馆时间`): its word before `时间`
# a run's day left out, said in brackets after it (`即日起至下月19日(除夕当晚闭园)`)
LEFT_OUT: Final = r"(?:闭园|闭馆|休馆|休园|休息|停止开放|暂停开放|不开放)\s*[)）]"

# (a race's cut-off too: `全程关门时间为14时`)
CLOSING_FIELD: Final = r"(?:关灯|熄灯|闭馆|闭园|闭市|关闭|结束|(?:全程|半程)?关门)时间"

# a numbered item's name, then its hours alone (`(一)好溪路(鼎湖桥头至名山桥头):5:30-12:00`)
ITEM_THEN_HOURS: Final = rx.compile(
    rf"\s*{NUMBERING}\s*(?P<name>[^:：,，。;；]{{2,40}}?)\s*[:：]\s*"
)

# a service, road or place stopped or closed (`暂停`, `停水`, `封闭`, `闭馆`): what a later day's
# `恢复`/`正常开放` restores
STOPS: Final = rx.compile(
    r"暂停|停止|停水|停电|停气|停运|封闭|管制|中断|关闭|闭馆|闭园|停业|限制|禁止|限行|禁行"
)

# until a happening ends (`3月21日14时起至比赛结束`, `每天18:00至当日活动结束`: that day's end;
# its day blanked in a masked text)
UNTIL_IT_ENDS: Final = rx.compile(
    # (in a masked text the clock and its `至当日` may be blanked: `的每日\u3000…灯会安保任务结束`)
    r"\s*(?:的)?(?:每日|每天|每晚)?\u3000*(?:起|开始)?\s*"
    r"(?:(?:至|到)(?:当日|当天|当晚|\u3000+)?|(?<=\u3000))(?:本区域|该路段)?"
    # (what ends may be named in full: `至当日灯会安保任务结束`)
    r"(?P<what>[\u4e00-\u9fff]{0,6}?(?:比赛|赛事|活动|演出|仪式|开幕式|闭幕式|庆典|施工|工程|任务))结束"
    # (`至施工结束(工期约3个月)`: how long it may take; after its full stop too: `至比赛结束。
    # (预计结束时间13:30)`)
    r"(?:。?\s*[(（][^()（）]{0,20}[)）])?"
)
