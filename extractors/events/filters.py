"""Which time mentions are events: drops datelines, reporting dates, statistics, signature
dates, bare years, durations, recurring rules, opening hours and cancelled happenings, and
turns the rest into candidates (anaphora resolved to the happening they name).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from .. import rx
from ..layout import (
    EPISODE_LABEL,
    FLAT_STAMP,
    ISO_DAY,
    ISSUED_BY,
    LATIN_DATE,
    NUMBERING,
    OUTLET_LEARNT,
    SECONDS_STAMP,
    SITE_SUFFIX,
    SOURCE_THEN_TIME,
)
from ..model import Moment, Precision, TimeMention, day_of
from ..notices import HOURS_KEPT
from ..timex.calendars import run_end
from ..timex.numerals import to_int
from ..timex.patterns import FESTIVAL, LISTED_WITH
from ..timex.tables import PART_OF_DAY
from ..triggers import (
    CANCELLED,
    HOLD_VERBS,
    NOT_EVENT_BEFORE,
    REPORTING_AFTER,
    SELF_REFERENCE,
    STATISTIC_WORDS,
    UNDATED,
    alternation,
    words,
)
from .candidate import Candidate, with_day, with_weekend
from .cues import (
    CALL_WORD,
    CLOSED_ON,
    CLOSING_FIELD,
    DAY_WORDS,
    DEADLINE_TERMS,
    DRAWS_NEAR,
    ENDS,
    EVERY_DAY,
    FUTURE_AFTER,
    HAPPENING,
    HAPPENING_WORDS,
    IF_SO,
    LEFT_OUT,
    MONTH_DAY,
    MOVE_VERBS,
    NAMED_DAY,
    NEXT_DAY_CLOCK,
    OPENING_HOURS_SAID,
    PLANNED_BEFORE,
    STOPS,
    TIME_OF_DAY_TAIL,
    UNTIL_IT_ENDS,
    WINDOW,
    YEAR_SAID,
    abuts,
)
from .story import StoryText

# Flags of the time grammar that never make an event on their own.
# (a decade or century, `从20世纪80年代起`, dates history, never a happening)
_DROP_FLAGS: Final = frozenset({"statistic", "duration", "bare_year", "now", "decade"})

# a clause ending in a verb of saying: `…丁女士说`, `香港新闻界31日宣布` (`有关部门今天再次强调`,
# `据…6月4日消息`)
# (`…回复澎湃新闻称`, `…在接受记者采访时称`; not `堪称`, `号称`, `被称`)
_SAID: Final = rx.compile(
    r"(?:说|表示|宣布|介绍|指出|坦言|告诉记者|强调|提醒|消息|(?<![堪号被俗简自])称)\s*$"
)

# a clause quoting a source's announcement (`据…官网星期一(11月28日)公告`)
_ANNOUNCED: Final = rx.compile(r"(?:公告|公布|发布|通报|通告|宣布)\s*$")

# mentions that always name a day, whatever their words (`腊月廿三上午9时`, `除夕晚8点`)
_DAY_FLAGS: Final = NAMED_DAY | {"lunar"}
# a site's name, then its numeric stamp with a clock, left in a page's text
# (or a paper's: `…的通告 阳江日报 2021-06-04 12:06 近段时间…`)
_SITE_ENDS: Final = rx.compile(r"(?:" + SITE_SUFFIX + r"|报)\s*$")
_NUMERIC_STAMP: Final = rx.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}")
# a reporter who sent a photo by fax, then its day (`中央社记者郝雪卿传真112年2月1日`)
_FAXED_BY: Final = rx.compile(r"记者[\u4e00-\u9fff]{2,4}传真\s*$")
# a run's end said not to be (`不会营业至`, `不延长至`; not `维持不变至`, unchanged until)
_NOT_UNTIL: Final = rx.compile(r"不(?:会|會|再)[\u4e00-\u9fff]{0,4}(?:至|到)$|不延长(?:至|到)$")
# a clock to the second right after a date (`(中央社訊息服務20251103 15:27:36)`)
_SECONDS_AFTER: Final = rx.compile(r"\s*\d{1,2}:\d{2}:\d{2}")
# a web address, then a stamp (`http://paper.wenweipo.com   [2011-09-01]`)
# (or the site's name between: `http://www.cnnb.com.cn  中国宁波网09月12日17:26`)
_AFTER_ADDRESS: Final = rx.compile(
    r"(?:https?://|www\.)[!-~]+[ \t]*(?:[\u4e00-\u9fff]{2,8}网[ \t]*)?[\[(【]?$"
)
# an office issuing a document on the day (`,省住房城乡建设厅印发《关于…的通知》`, `,某县发布
# 2026年烟花爆竹禁放区域`; not a list made public: `公布…名单`, which is news of its own)
_DOCUMENT_ISSUED: Final = rx.compile(
    r"(?:上午|下午|晚)?\s*[,，]?\s*[^,，。;；将]{0,30}?(?:印发|下发|发布|出台)了?\s*"
    r"(?:《[^》]{2,60}》|[^,，。;；]{0,16}?(?:通知|通告|公告|办法|规定|禁放区域))"
)
_CLOSING_HOUR_SET: Final = rx.compile(CLOSING_FIELD + r"[^,，;；。]{0,6}?(?:至|到)$")

# Periods that frame figures or plans, not dates of a happening (`年初`, not `年初一`).
_VAGUE_PERIOD: Final = rx.compile(
    r"上半年|下半年|季度|年初(?![一二三四五六七八九十])|年中|全年|上半月|下半月"
)

# `周一至周五`: a weekly rule (its clock time may still be an item's time line).
_WEEKLY: Final = rx.compile(
    r"(?:周|星期|礼拜)[一二三四五六日天](?:至|到|-|—|~)(?:周|星期|礼拜)?[一二三四五六日天]"
)

_PLANNED: Final = rx.compile(r"将|届时|拟|计划")

_IS_DAY: Final = rx.compile(r"\s*(?:是|为)")

_WEEKEND_JOINED: Final = rx.compile(
    r"\s*放假(?:\s*[,，]?\s*共?[一二两三四五六七八九十\d]{1,2}天)?\s*[,，。]?[^;；。]{0,10}?(?:与|加上|连同)"
    r"[^,，;；。]{0,40}?(?:周末|双休日)(?:可以|可)?连休"
)
_JOINS_BREAK: Final = rx.compile(r"(?:可以|可)?连休|调休")
# the weekend's days named before `周末连休` (`与8月12日(星期六)、8月13日(星期日)周末连休`): the
# days the break runs into, no break of their own
_NAMED_WEEKEND_JOINED: Final = rx.compile(r"[^,，;；。]{0,24}?(?:周末|双休日)连休")

# what a break's days are, told one by one in an old State Council notice (`2月6日(除夕)、2月7日
# (春节)为法定节假日`, `12月30日(星期日)为公休日`, `2月9日(星期六)…照常公休`, `两个公休日调至…`),
# and the days a weekend is moved to (`公休日调至12月31日(星期一)`)
_BREAK_DAYS_TOLD: Final = rx.compile(
    # (the rest of a gloss the day's words end in: `6月8日(农历五月初五,端午节)`)
    r"(?:[^()（）。]{0,14}[)）])?"
    r"(?:\s*(?:[(（][^()（）。]{0,14}[)）]|[、,，和及]|\d{1,2}(?:月\d{1,2})?日))*\s*(?:为|是)?"
    r"(?:[两二三四]个)?(?:法定节?假日|公休日|照常公休)"
)
_MOVED_INTO_BREAK: Final = rx.compile(
    r"公休日调至(?:\d{1,2}(?:月\d{1,2})?日|[(（][^()（）]{0,14}[)）]|[、和及])*$"
)

# a sentence listing what is called off (`取消举行的演出活动包括…`, `被取消的活动有…`)
_CALLED_OFF_LIST: Final = rx.compile(r"\s*(?:被)?取消(?:举行|举办)?的[^,，。;；]{0,12}?(?:包括|有)")

# `露天电影放映暂停`: called off; `暂停开放` is a closure, which is a happening of its own.
# `暂停举办` is a cancellation; a closure or an outage (暂停开放, 暂停供水, 暂停供气) is a happening
_SUSPENDED: Final = rx.compile(
    r"暂停(?!(?:对[^,，;；。]{1,8})?(?:线上|线下|现场|窗口|对外)?"
    r"(?:开放|营业|通行|服务|使用|办理|受理|接待|售票|预约|收费|供水|供气|供电|供暖|运营|办公|接种))"
)

# a supply named before its day (`…的沖廁水供應,將由…暫停`)
_SUPPLY_SAID: Final = rx.compile(r"供应|供水|供电|供气|供暖|供热")

# a document's number or issuer before its date (`鹰府办字〔2025〕30号2025年04月10日`,
# `紫云自治县统计局 (2022年4月28日)`): the day it was issued
_ISSUED_BEFORE: Final = rx.compile(ISSUED_BY + "$")
# the paper a story was printed in, before its day (`(深圳特区报2022年01月04日星期二A07版)`,
# `(本文刊于《珠海特区报》9月23日)`)
_PRINTED_IN: Final = rx.compile(
    r"(?:刊于《[^《》]{2,12}》|[(（][\u4e00-\u9fff]{2,8}(?:日报|晚报|时报|报))\s*$"
)
# a record's label without its colon (`发布日期2020-03-20文号公开形式`): the record's own day
# (on the date's line: `一、发布时间` over `2025年3月14日上午10:00` is a press conference's field)
_PAGE_AFTER: Final = rx.compile(r"\s*>>\s*[A-Z]?\d{1,3}版")
_EPISODE_BEFORE: Final = rx.compile(rf"(?:^|\n)\s*{EPISODE_LABEL}$")
_RECORD_LABEL: Final = rx.compile(
    r"(?:发布|成文|印发|公开|生成|更新)(?:日期|时间)[ \t]*(?:[:：][ \t]*)?\Z"
)
_BUSIEST: Final = rx.compile(r"\s*(?:的)?(?:人数|人流|客流|游客|车流)量?最(?:多|大|高)")
_DESIGNATED: Final = rx.compile(r"(?:设立为|设为|定为|确定为|命名为)[“\"]?$")
# a line that captions a map or plan (`…停水区域范围示意图`)
_PICTURE: Final = r"(?:示意图|路线图|效果图|平面图|分布图|管制图|位置图)"
_CAPTION: Final = rx.compile(rf"[^\n。,，]{{0,30}}{_PICTURE}\s*(?:\n|$)")
# (or naming its days in brackets: `全封闭式施工位置及交通管制图-介寿路侧工区(112年10月14日~…)`)
_CAPTION_BEFORE: Final = rx.compile(rf"{_PICTURE}[^\n。,，]{{0,12}}[(（]$")
# a table row of counts (`| 十月十日 | 累积数目 | |`): a date heading figures, no happening
_COUNT_CELL: Final = rx.compile(r"\|\s*(?:累积|累计|合计|总数|总计)(?:数目|数量|人数)?\s*\|")
# `如遇雨天,顺延至8月26日`: a fallback date, not when it happens
_CONTINGENT: Final = rx.compile(IF_SO + r"[^。;；]{0,20}" + MOVE_VERBS + r"(?:至|到)?$")
# a citizen's plea for leave (`恳请政府能够允许年28-年初二这几天…燃放`): asked, not set
_PLEA: Final = rx.compile(r"(?:恳请|恳求|请求|希望)[^。;；,，]{0,12}(?:允许|批准|准许|同意)$")

# `国庆期间,博物馆正常开放`: opening as usual is opening hours, not a happening (`恢复正常办公` is)
_AS_USUAL: Final = rx.compile(
    r"[^。;；]{0,30}(?<!恢复)(?:正常|照常|延长|继续(?:免费)?)(?:对外)?(?:开放|营业|运营|办公|服务|休息)"
)

# any day's own words: opening as usual right after it (`12月30日-1月1日正常开放`), past its
# note and the days listed with it, said of the whole place (`2月11日(星期日)、2月24日(星期六),
# 全馆正常开放服务`)
_NOTE: Final = r"(?:\s*[(（][^()（）]{1,12}[)）])?"
_LISTED_ON: Final = rf"{_NOTE}(?:[、和及]\d{{1,2}}月\d{{1,2}}日{_NOTE})*\s*[,，]?\s*"
_OPEN_AS_USUAL: Final = rx.compile(
    rf"{_LISTED_ON}(?:全馆|本馆|各馆|该馆|均)?(?:全天(?:24小时)?)?"
    r"\s*(?:正常|照常)(?:对外)?(?:开放|营业|运营|办公|服务)"
)

# a day said to be worked or rested as usual, past its note and the days listed with it
_USUAL_DAY: Final = rx.compile(
    rf"{_LISTED_ON}(?P<like>皆|均|都|按照?)?"
    r"(?:正常|照常)(?:(?P<rest>休息|双休|雙休|公休)|(?P<school>上课|上課)|上班|工作)"
)


def _is_usual(first: dt.date, last: dt.date, usual: re.Match[str]) -> bool:
    """True when every day from ``first`` to ``last`` is a weekend day ``usual`` says is rested,
    or a weekday it says is worked (classes held only when said alike, `皆`, `按照`: not the
    first school day after a break): what every such day is, no event."""
    days = (last - first).days + 1
    if not 0 < days <= 7:
        return False
    weekend = {(first + dt.timedelta(days=i)).weekday() >= 5 for i in range(days)}
    if usual["rest"]:
        return weekend == {True}
    return weekend == {False} and (usual["school"] is None or usual["like"] is not None)


# `献血前一天晚上`: a lead time before a happening, not a date
_LEAD_TIME: Final = rx.led(
    r"[前后](?:[一二两三四五六七八九十]|\d{1,2})(?:个)?(?:天|日|周|星期|小时)"
)

# `元旦、春节、清明节、劳动节…`: a run of named days is a list of topics, not dates
_NAMED_RUN: Final = rx.compile(
    r"(?:[^、,，。;；和及与]{1,5}[、和及与]){2,}[^、,，。;；和及与]{1,5}"
)

# `明天起,为期三天的…市集`: a start day and how many days it lasts (`…今晚正式拉开序幕,预计持续
# 十天`)
# (`为期一天半`: the half day is on a second day; `为期36小时`: hours from a clock time; `为期半年`)
_LENGTH_WORDS: Final = r"为期|历时|会期|展期|连续举办|连续举行|连办|连演|持续"
_LASTS: Final = rx.compile(
    r"(?:[起,，]{0,2}持续|[^。;；!?！？]{0,24}?(?:" + _LENGTH_WORDS + ")"
    # (one length said of two sessions: `…将于1月25日开幕,…将于1月26日开幕,会期均为4天`)
    r"|[^。;；!?！？]{0,80}?(?:为期|会期)(?:均|都))(?:为|是)?"
    r"(?P<n>\d{1,2}|[一二两三四五六七八九十]|半)"
    r"(?P<u>天半?|日|个?小时|周(?!年)|个星期|个月|年(?![代度级]))"
)
# A _LASTS match holds one of its words within this many characters of its start (80, then
# 为期 or 会期): the words are looked for there first, as most dates are said with no length
# (the match tries its lazy runs' words at each of those characters).
_LASTS_REACH: Final = 82
_LONG_UNITS: Final = ("周", "个星期", "个月", "年")
# a length in days said before the day a happening closes (`活动为期三天,于5月26日闭幕`; its
# clause on to what closes: `历经12天的激情畅饮,哈尔滨之夏国际啤酒节25日晚闭幕`; or the length of
# what is named right before the day: `为期十七日的第十五屆澳門美食節昨日結束`, `一連7天的…`)
_LENGTH_BEFORE: Final = rx.compile(
    r"(?:为期|历时|历经|会期|一连|一連|為期|歷時|歷經|會期)"
    r"(?P<n>\d{1,2}|[一二两兩三四五六七八九十]{1,3})(?:天|日)"
    r"(?:(?:的[^,，。;；]{1,10})?[,，]\s*(?:将|并|已)?于?(?:[^,，。;；\d]{2,16}?(?:将|并|已)?于?)?"
    # (its edition's number in it: `一連7天的第31屆香港書展20日閉幕`)
    r"|的(?:[^,，。;；\d]|\d{1,3}(?=[届屆])){2,24}?(?:将|并|已)?于?)$"
)
_LENGTH_WORD: Final = rx.compile(_LENGTH_WORDS)
# a happening's length told in a sentence of its own by its name (`夏令营为期3天,…`, `预计体检工作
# 将持续3个月`), and the words of an opening day (`…夏令营正式开营`, `…进行居民健康体检`)
_A_LENGTH: Final = (
    r"(?P<n>\d{1,2}|[一二两三四五六七八九十]|半)(?P<u>天|日|周(?!年)|个星期|个月|年(?![代度级]))"
)
_LENGTH_TOLD: Final = rx.compile(
    r"\s*(?P<what>[^,，。;；\d]{2,10}?)(?:工作)?(?:将|还将|预计|预计将)?(?:为期|持续|历时)"
    + _A_LENGTH
)
_OPENED: Final = rx.compile(r"开营|开班|开课|开幕|开赛|启动|开始|进行|开展")
_LENGTH_OF: Final = rx.compile(r"(?:为期|历时)" + _A_LENGTH + r"的(?P<what>[\u4e00-\u9fff]{2,8})")
# how many sentences on a length may be told
_LENGTH_AHEAD: Final = 5


def _length_told_after(st: StoryText, a: int, b: int) -> re.Match[str] | None:
    """Return the length of the happening opening on the day at [a, b) told in one of the next
    few sentences of its story by a name its sentence holds (`昨日,…研学体验公益夏令营正式开营。
    …。夏令营为期3天,…`: a run of three days from it); None when none is."""
    sa, at = st.sentence_of(a)
    if _OPENED.search(st.text, b, at) is None:
        return None
    said = st.text[sa:at]
    # (later in its sentence, of what it names before its day: `…电影节昨天…隆重开幕,…240多部
    # 电影将在为期16天的电影节里放映`)
    of = _LENGTH_OF.search(st.text, b, at)
    if of is not None and _shares_a_pair(of["what"], st.text[sa:a]):
        return of
    for _ in range(_LENGTH_AHEAD):
        if at >= len(st.text):
            return None
        told = _LENGTH_TOLD.match(st.text, at)
        if told is not None:
            return told if _shares_a_pair(told["what"], said) else None
        at = st.sentence_of(at + 1)[1]
    return None


def _shares_a_pair(what: str, said: str) -> bool:
    """True when two characters in a row of ``what`` are in ``said`` (`夏令营` in `…公益夏令营
    正式开营`)."""
    return any(what[k : k + 2] in said for k in range(len(what) - 1))


_CJK_BEFORE: Final = rx.compile(r"[\u4e00-\u9fff](?<!的)")

# `6个月后`, `3天以后`: a time after something
_AFTER_SOMETHING: Final = rx.compile(
    r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个)?(?:月|天|日|周|星期|小时)(?:后|以后|之后)"
)

# a completion target right after a period (`第二季度完工`, `三季度投入使用`)
_TARGET_AFTER: Final = rx.compile(
    r"[^。!?！？,，;；]{0,4}?(?:完工|竣工|建成|投用|投入使用|完成|开通|交付)"
)

# `11月中旬前`: a deadline at the end of the month part
_PART_BEFORE: Final = rx.compile(r"旬(?:之|以)?前$")

_NTH_DAY_OF: Final = rx.compile(r"(?:的)?(?:第[一二三四五六七八\d]天|首日|头一天|最后一天|末日)")

# what is done before a happening to take part in it (collecting kits, booking, buying tickets)
_PREPARES: Final = rx.compile(r"领取|领票|取票|购票|预约|预订")

_MONTH_DAY_OF: Final = rx.compile(r"(?P<m>\d{1,2})\s*月\s*\d{1,2}\s*[日号]")

_LABEL_AFTER: Final = rx.compile(r"(?:[、和与及][\u4e00-\u9fff]{1,6})?\s*[:：]\s*")

# a day something began on (`从7月1日起`, `从8月8日开始`; not `2022年3月至今`, `以来`)
_BEGUN_ON: Final = rx.compile(
    r"[日号天](?:[(（][^)）]{1,8}[)）])?(?:[^,，。起]{0,8}?(?:[时時点點分]|\d{2}))?(?:起|开始)$"
)
# the end of a bracketed note on a label, the item's own dates after its colon
_NOTE_OF_LABEL: Final = rx.compile(r"\s*[)）]\s*[:：]\s*")
# a heading line of festivals (`一、元旦`, `七、中秋节、国庆节、州庆`) over the item dating them
_HEADING_BEFORE: Final = rx.compile(rf"[ \t]*(?:{NUMBERING})?[ \t]*")
_HEADING_AFTER: Final = rx.compile(r"(?:[、和与及][\u4e00-\u9fff]{1,6})*[ \t]*\n")

# a site's column named by a relative day (`更多今日话题`, `今日头条`)
_COLUMN_AFTER: Final = rx.compile(
    r"话题|头条|热点|要闻|导读|看点|推荐|关注|焦点|快报|快讯|速递"
    # (a week's guide, the writer's own offer: `本周文旅指南来啦`, `今天为大家带来…信息`)
    r"|(?:文旅)?(?:生活)?(?:指南|攻略)|为大家(?:带来|整理|梳理|盘点|介绍)"
)
# a paper, then the day it printed a story (`蘋果日報今天報導「…」`; the outlet after the day:
# `10月30日《常熟日报》刊登…`, in _NO_HAPPENING_AFTER)
_PAPER_BEFORE: Final = rx.compile(r"[报報]\s?$")
_REPORTED_AFTER: Final = rx.compile(r"\s?(?:报道|報道|报导|報導|刊登|刊出|披露)")
# a masthead's line (`有奖新闻热线: 88881111 星期三`, `国内统一刊号:CN44-0126`)
_MASTHEAD_LINE: Final = rx.compile(r"新闻热线|报料热线|刊号|邮发代号|社出版")
_WEEKDAY_ONLY: Final = frozenset({"weekday"})
# a site's menu of local editions (`今日成都今日新都今日温江…今日都江堰`): the `今日` of a name
_EDITIONS_AFTER: Final = rx.compile(r"[\u4e00-\u9fff]{2,4}今日")
_EDITIONS_BEFORE: Final = rx.compile(r"今日[\u4e00-\u9fff]{2,4}$")
# (or an item of its breadcrumb: `地方网 > 四川 > 成都市 > 今日成都 > 正文`)
_CRUMB_BEFORE: Final = rx.compile(r"[>＞»]\s*$")
_CRUMB_AFTER: Final = rx.compile(r"[\u4e00-\u9fff]{0,6}\s*[>＞»]")
# a web address running up to a date (`http://…/201502/t20150204_13572`)
_IN_ADDRESS: Final = rx.compile(r"(?:https?://|www\.)[\x21-\x7e]*$")
# what follows a date in a file's name (`微信图片_2025-07-20_145943_179.png`)
_FILE_NAME_TAIL: Final = rx.compile(
    r"[\w\-]*\.(?:png|jpe?g|gif|bmp|webp|pdf|docx?|xlsx?)(?![a-z])", re.I
)
# a month followed by what it is the season of (`8月的甘南,绿草如茵`, `3月的复兴一片生机`)
# (the grammar takes the `的` into the month's words)
# the label of a site's clock after `今天`/`今日` (`今日时间:`, `今天是:`)
# (its weather's: `今日天气:`; or greeting the reader: `您好!今天是 `, the clock's value left out)
_SITE_CLOCK: Final = rx.compile(
    r"\s*(?:(?:是|时间|日期)\s*(?:天气)?\s*[:：]|天气\s*[:：])"
)  # (`今日日期:`)
_GREETED_BEFORE: Final = rx.compile(r"(?:您好|你好)\s*[!！,，]?\s*$")
# a site's clock before its greeting, both its `今天` and its date (`今天是2019年4月12日星期五
# 欢迎进入…`)
_GREETING_CLOCK: Final = rx.compile(
    r"今[天日]是\s*[:：]?\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:(?:星期|周)[一二三四五六日天])?\s*欢迎"
)
# a date glued after a code's letter (`357A05-10-2022-0234`)
_GLUED_TO_CODE: Final = rx.led(r"[A-Za-z]")
# a year-end figure (`2019年末常住人口11.44万人`)
_YEAR_END_COUNT: Final = rx.compile(
    r"\s*(?:全[市县区省镇乡])?(?:常住|户籍|总)?(?:人口|户数|总数|余额)"
)
_PROLONGED_FROM: Final = rx.compile(r"延长(?:至|到)")
# a page's count after its time stamp (`6月4日17时阅读29257`, `2023-05-06 浏览次数:120`)
_COUNTED: Final = rx.compile(
    r"\s*(?:阅读|浏览|点击)(?:量|数|次数)?\s*[:：]?\s*\d"
    # (a figure the day reached: `6月13、14日,日供水量分别达到102.4万立方米`, `3月1日发送旅客量达
    # 636.9万人次`)
    # (not rain measured: `7月21日晚至22日,延安地区降水量超过200毫米` is the rain's days;
    # looked behind from 量, not before it: the lazy scan tries the branch at every character)
    r"|[,，]?[^,，;；。]{0,12}?(?:量(?<!降水量)(?<!降雨量)(?<!雨量)(?<!降雪量)|人次|人数|总数)(?:分别)?"
    r"(?:达到|达|为|突破|超过)\s*\d"
    # (or the amount done that day: `2月25日,全国共完成道路客运量6276万人次`)
    r"|[,，]?[^,，;；。]{0,12}?完成[^,，;；。]{0,8}?量\s*\d"
)
# a body's day of saying right after its today (`运输署今日(3)提醒市民`, `警方今日公布,…`,
# `统计处今日(一月二日)发表最新的…数字`, `康文署今日(13日)介绍未来工作重点`)
_SAYS_TODAY: Final = rx.compile(
    r"\s*(?:[(（][^()（）\n]{1,10}[)）])?\s*(?:再次|又|亦|也)?"
    r"(?:提醒|呼吁|公布|宣布|介绍|发表|表示|指出|透过新闻稿|发新闻稿|发布新闻稿)"
)
# what stands between a weekly rule's first day and its hours (`每周六、日|14时至23时`)
_RULES_HOURS: Final = rx.compile(r"\s*(?:[、和及至到-](?:周|週|星期)?[一二三四五六日天])?\s*")
_TODAY: Final = ("今日", "今天", "本日")
# the turn of the year as a season (`年末岁尾`, `岁末年初`)
_TURN_OF_YEAR: Final = ("岁尾", "岁首", "岁末", "岁初")
# how many there are today (`今日分别有105间和25间中学…`, `截至今日,全港共有249间…`; not who
# took part in a happening of the day: `…截止,共有186名传承人报名`)
_COUNT_TODAY: Final = rx.compile(
    r"[,，]?[\u4e00-\u9fff]{0,4}?(?:共|分别|分別)有\s*\d+\s*(?:间|間|所|家|个|個|宗)"
)
# a day said as the future or the present (`明天更美好`, `时至今日`; `今朝的美好和明天的灿烂`,
# `发展到今天`, `由开始的概念到今天建成`)
_BETTER_TOMORROW: Final = rx.compile(
    r"(?:会|将)?(?:更加|更)(?:美好|好|辉煌|灿烂|精彩)|的(?:美好|辉煌|灿烂|希望|未来|梦想)"
)
# (or after words that make it one: `开创更加美好辉煌的明天`, `珍惜来之不易的今天`)
_BRIGHT_BEFORE: Final = rx.compile(r"(?:美好|辉煌|灿烂|光明|幸福|繁荣|来之不易)的?$")
_UP_TO: Final = rx.compile(
    r"时至$|直至$|直到$|(?:发展|走|传承|延续|坚持|保留|沿袭|保存|流传|沿用)(?:到|至)$"
    r"|(?:从|由)[^,，。;；!?！？]{1,16}到$"
)
# a weekday's words ending where a list's next day is joined on (`周二及周三`)
_WEEKDAY_ENDS: Final = rx.compile(r"(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]$")
# a visitor's own day (`参观当日`, `入园当天`): whichever day one comes, no date
_VISITORS_DAY: Final = rx.compile(r"(?:参观|入园|入馆|游览|就诊|乘车)$")
# a month entered, the setting of what follows (`进入3月,…`)
_MONTH_ENTERED: Final = rx.compile(r"(?:进入|步入|迈入)了?$|到了$")
# a month said to be a season (`是草长莺飞的季节`, `,是奔跑的季节`)
_SAID_A_SEASON: Final = rx.compile(
    r"份?\s*[,，]?\s*(?:(?:正|便|就|也)?是[^,，。;；!！]{0,14}?(?:季节|时节|季|时候)(?![\u4e00-\u9fff])"
    # (or come: `9月已至,这些演出不容错过`)
    r"|(?:已至|已到|来了|到了)(?:[,，。!！]|$))"
)
# a rule's exception around a day (`除农历除夕至正月初八可以燃放烟花爆竹外`)
_EXCEPT_OPENS: Final = ("除", "除农历", "除了", "除了农历")
_EXCEPT_CLOSES: Final = rx.compile(r"[^,，。;；]{0,16}?外(?:[,，。;；]|$)")
# what a month has as its own (`4月新规大揭秘`, `四月的第一缕春风`)
_MONTHS_OWN: Final = rx.compile(r"份?(?:起施行的)?(?:新规|的?第一缕|的?春风|的?阳光|的?微风)")
# months counted from a first dose listed before a month (`于0、6月分别接种`, `按0、1、6月程序`):
# a schedule's months, no month of the year
_DOSE_MONTHS: Final = rx.compile(r"(?<!\d)0(?:[、,，]\d{1,2})*[、,，]$")
_MONTH_AS_SEASON: Final = rx.compile(r"[\u4e00-\u9fff]{1,6}(?:[,，]|一片|到处|处处|已|正|是)")

_FESTIVAL_AS_TOPIC: Final = rx.compile(
    r"(?:节)?(?:习俗|文化内涵|文化底蕴|文化季|传统(?!节)|民俗(?![活展表演])|元素|符号|故事|相隔|相距|间隔)"
    # the time after it, not the day (`春节后,全市将开展…`, `春节之后的第一个传统节日`)
    r"|(?:之后|以后|过后|后)(?![天日])"
    # what it is felt by (`承载着传统春节的年味儿`, `是中秋的明月把大家团结到了一起`)
    r"|的(?:年味儿?|味道|气息|意义|由来|明月|月亮|月色|唯美|浪漫|喜悦|诗性|精彩描述|氛围|气氛)"
    # (`感受春节喜庆氛围`, `与春节相关的非物质文化遗产`, `随着春节申遗成功`)
    # (`…开展好“壮族三月三”节日的相关活动`: what goes with it)
    r"|喜庆的?(?:氛围|气氛)|(?:[”\"]?节日的)?(?:相关|有关)(?!部门|单位|人员|工作)|申遗"
    # (what it has become or embodies, the work it is a press conference's topic of, a trip in
    # it: `春节已成为…中华文化符号`, `春节集中体现着…`, `清明节工作新闻发布会`, `春节旅游中的…`)
    r"|已成为|集中体现|体现着|工作新闻发布会|旅游中的"
    # what it gives a name to (`春节文化生活`, `春节节日氛围`, `春节、元宵节文化活动方案`)
    r"|(?:[、和与及][\u4e00-\u9fff]{1,4}节)*(?:(?:节日)?(?:文化生活|氛围|气氛)|(?:文化)?活动(?:实施|工作)?方案)"
    # what the festival is (`春节是中华民族最有仪式感的传统节日之一`, `农历三月三,是壮族的传统歌节`)
    # (`“壮族三月三”不仅是…重要节日`, `“三月三”歌节就是其中最隆重的节日`; who set it up:
    # `国际博物馆日是由国际博物馆协会(ICOM)发起并创立的`)
    r"|(?:[、和与][\u4e00-\u9fff]{1,5})*[”\"]?(?:歌节)?[,，]?(?:不仅|也|就|正|便|则)?是"
    r"[^,，;；。]{0,16}(?:节日|歌节)"
    r"|是由[^,，;；。]{0,30}?(?:发起|设立|创立|确定)"
    # a list it is put on (`将清明节列入第一批国家级非物质文化遗产名录`)
    r"|(?:[、和与][\u4e00-\u9fff]{1,5})*(?:被)?(?:列入|入选|纳入)"
    # its theme (`今年“国际博物馆日”的主题为“…”`)
    r"|[”\"」]?的主题(?:为|是)"
    # a greeting (`祝全县人民春节快乐`)
    r"|(?:节日)?(?:快乐|愉快)"
    # one of the dates a season takes in (`贯穿“五一”“端午节”“毕业季”等重要节点`, `涵盖春节、
    # 元宵节等重要节庆`)
    r"|[”\"]?(?:(?:[、和与及]|[”\"]?[“\"])[\u4e00-\u9fff]{1,5}[”\"]?)*等(?:重要|重大|传统)?"
    r"(?:节庆|节点|节日|节假日)(?!期间|里|中)"  # (`春节、元宵节等节日期间,…举办灯会`: held in them)
)

# a day's happening as the place of a scene told (`当日的比赛中`, `今天的活动上`)
# (`在当日举行的开幕式上`: held then, the scene in it)
# a past day opening a sentence on what someone was doing then (`1月8日,工作人员正在制作…`)
_DOING_THEN: Final = rx.compile(r"[,，]\s*[\u4e00-\u9fff]{2,10}?正在[^,，;；。]{2,20}。")
_SCENE_IN: Final = rx.compile(r"(?:举行|举办|召开)?的[^,，;；。的]{1,12}?[中上里](?![午旬])")
# who won on a day told before (`当天,马拉松男子组、女子组冠军分别由…获得`, `当日,…摘得金牌`): the
# outcome of that day's happening, no happening of its own
_OUTCOME: Final = rx.compile(
    r"[^;；。]{0,40}?(?:(?:冠军|亚军|季军|金牌|桂冠)(?:分别)?(?:由|被|归)"
    r"|(?:夺得|摘得|摘取|斩获|问鼎|获得)[^,，;；。]{0,12}?(?:冠军|亚军|季军|金牌|桂冠|第一名))"
)

_EXCEPTED: Final = rx.compile(r"(?:[、和及与][^,，。;；()（）]{1,8}?)?[)）]?\s*除外")

# a custom's history, its lunar day every year's (`从650年前的明朝洪武初年,…就有兴盛一时的农历三月
# 十八祖师庙会`)
_HISTORY: Final = rx.compile(
    r"\d+年前|[一二三四五六七八九十百]+年前|自古|历来|历史上|兴盛一时|[明清宋唐元]朝|年间"
)
# flowers in bloom, fruit ripe (`…全部盛开`, `花期可持续至…`, `次年4、5月份成熟`), and the words of
# a happening that would make it one (`桃花节`, `赏花活动`)
_IN_BLOOM: Final = rx.compile(r"盛开|花期|绽放|成熟(?!期)")
# (`最佳赏花期`: a time to go)
_HAPPENING_SAID: Final = rx.compile(r"节|会|展|活动|开幕|举办|举行|赏")
# what a lunar day is (`农历六月六是中国传统的洗晒节`)
_IS_A_FESTIVAL: Final = rx.compile(r"[,，]?(?:不仅|也|就|正|便|则)?是[^,，;；。]{0,16}节")
_MEANING_AFTER: Final = rx.compile(r"[^,，。;；]{0,6}?(?:谐音|寓意|象征着?|意为|意味着)")

# the paper telling of its own pages (`本报刊登了`, `本报今起开设…专栏`, `详见今日《X报》四版`)
_PAPER_ITSELF: Final = rx.compile(
    r"本[报刊][^,，。;；]{0,12}?(?:刊登|刊发|开设|开辟|推出[^,，。;；]{0,10}专栏)"
    r"|详见[^,，。;；]{0,6}《[^《》]{2,10}报》"
)

_ROUTINE_BEFORE: Final = rx.compile(r"(?:常规|例行|固定)的?$")
# a habit, not a day (`停电时间一般集中在周末`, `通常在周六上午开放`)
_HABIT: Final = rx.compile(r"一般|通常|往往|大多|经常|总是")

# a weekly closing day said before a weekday (`休馆日从周一调整到周三`, `休馆日将调整至周三`)
_CLOSING_DAY_BEFORE: Final = rx.compile(r"(?:休馆|闭馆|休园|闭园|休息)日[^,，。;；]{0,10}$")

# a festival's name naming a place or a body: `七夕艺术学校`, `五一广场`, `国庆路`
_NAMED_PLACE_AFTER: Final = rx.compile(
    r"(?:艺术学校|学校|艺术团|公司|集团|大厦|酒店|宾馆|广场|路|大街|小区"
    # (or an incident named by its day: `“5·12”汶川大地震`, `“7·20”特大暴雨`)
    r"|[”\"]?[\u4e00-\u9fff]{0,4}?(?:大地震|地震|特大暴雨|暴雨|洪灾|事件|事故|惨案))"
)

_BARE_PARTS: Final = frozenset(PART_OF_DAY) | {"夜晚", "夜里", "白天"}

# (its `前` read with the festival or not: `春节假期前` then `六天`)
_FIRST_DAYS_COUNTED: Final = rx.compile(
    r"(?:(?:假期|长假|期间)?[前头]|(?<=[前头]))[\d一二三四五六七八九十]{1,2}天"
)
_TOPIC_LABEL: Final = rx.compile(r"专题\s*[:：][^\n。]*$")

# a sentence telling a festival's custom or meaning (with no happening word in it)
_FESTIVAL_WORD: Final = rx.compile(r"[\u4e00-\u9fff]{0,3}佳?节日?")

# a purpose clause (`为维护…`, `为保障…`)
_PURPOSE_CLAUSE: Final = rx.compile(r"为了?(?:维护|保障|确保|做好|营造|方便|保证|满足)")
_CUSTOM: Final = rx.compile(
    # (not `民俗` qualifying what is on: `…的民俗旅游消费场景`, `民俗表演`)
    r"谐音|寓意|之意|习俗|民俗(?!旅游|活动|表演|展演|文化节|体验|村|街)|风俗|传统节日|又称|称为|相传|"
    r"自古|俗称|由来|象征|定为"
)
# a custom told as such, whatever happening it names (`郧阳自古就有端午节赛龙舟的习俗`,
# `正月十六“行通济”是佛山每年最大的民俗活动`)
_CUSTOM_TOLD: Final = rx.compile(
    r"(?:自古|历来|素有|向来)[^。；;,，]{0,20}?(?:习俗|风俗|传统|习惯)"
    r"|是[^。；;,，]{0,10}每年[^。；;,，]{0,10}(?:民俗活动|习俗|风俗|传统)"
)

_SPAN_AROUND: Final = rx.compile(
    r"前后|[前后](?:的)?(?:[一二两三四五六七八九十\d]{1,2}|几)(?:个)?(?:周末|周|星期|天|日)"
)

# `日最高气温达到40℃以上时,应当停止当日室外露天作业`: a rule for any such day
_CONDITION: Final = rx.compile(r"(?:如|若|如果|一旦|遇|达到|超过|低于)[^。;；]{0,24}时[,，]")

# what a sentence advising readers or setting a condition holds (not `邀请`, `申请`, `请求`)
_ADVICE: Final = rx.compile(
    r"如遇|如有|如果|若(?!干)|(?<![邀申])请(?!求)|必须|(?<![无毋])须|务必|疑问"
)

_NEXT_DAY: Final = rx.compile(r"次日|第二天|翌日|次晚|次晨|翌晨|隔天")

# `发布12月公益讲座安排`: a month naming a schedule, not a happening
_SCHEDULE_OF: Final = rx.compile(
    r"[^,，;；。]{0,10}?(?:安排|预告|一览|日程|排期|清单)(?=[,，;；。]|$)"
)

_PURPOSE: Final = rx.compile(
    r"(?:迎接|庆祝|纪念|喜迎|响应|确保|保障|为帮助|帮助|方便)(?:第[\d一二三四五六七八九十百]+[个届])?"
    # (`为庆祝农历秋分首个“中国农民丰收节”`: the first one, on its day)
    r"(?:[^,，;；。]{0,4}?首[个届])?[^,，;；。]{0,4}$"
)

_FESTIVE_AIM: Final = rx.compile(
    r"(?:营造|度过|欢度|过一个|过上|打造成为?|打造为)[^,，;；。]{0,14}的$"
    # (what a run spans: `活动…横跨西方情人节及中国元宵节两个…节日`)
    r"|(?:横跨|跨越)[^,，;；。]{0,8}$"
)

# a festival as what is celebrated, the theme (`庆国庆文艺汇演`, `“庆中秋·迎国庆”灯谜游园会`,
# `欢度国庆`), not its days (`欢度国庆假期`, `庆元宵当晚`)
_CELEBRATED_BEFORE: Final = rx.compile(r"(?:庆|欢度|共度|欢庆|庆祝|献礼)[“\"]?$")
_ITS_DAYS_AFTER: Final = rx.compile(
    r"[”\"]?(?:节|日)?(?:期间|假期|当天|当日|当晚|前夕|黄金周|长假|小长假)"
)

_EVERY_BEFORE: Final = rx.compile(
    r"每(?:个)?(?:年|月|周|星期|季度|天|日)?(?:的)?(?:第[一二三四五\d]个|最后一个)?(?:农历)?[“\"]?$"
    r"|每(?:周|星期)[一二三四五六日天](?:[、和及](?:周|星期)?[一二三四五六日天])*[、和及]$"
    # `皆是逢周五及周日行驶`: on every such weekday (not `恰逢周日`, the day it falls on)
    r"|(?<![恰正适时又喜欣相])逢(?:(?:周|星期)[一二三四五六日天][、和及])?$"
    r"|每年的?(?:[\d一二三四五六七八九十]{1,2}月份?[、和及])+$"  # `每年(的)3月和9月`
    # `每年9月举办的农民丰收节`: what is held every year
    r"|每年[^,，;；。]{0,8}?(?:举办|举行|开展)的$"
    r"|(?<=[日号])[两二三四五六七\d]天$"  # `6月3日、4日两天上午`: the mornings of the days said
    # `一到周末双休日和节假日`, `又到周三,又搞活动`, `每到4月初`: whenever it comes
    r"|一到了?$|又到$|每到$|每当$"
    # `每年到了7月前后`, `右江区每年都举办端午龙舟赛`: every year's
    r"|每年(?:都|均)?(?:会)?(?:到了?|举办|举行|开展|过)$"
    # `(姊妹节)一般在农历三月十五前后举行`: when it usually falls
    r"|(?:一般|通常|往往|大多)(?:会|都)?(?:在|于)?$"
)

_BARE_WEEKEND: Final = rx.compile(r"周末|週末|双休日")
# a weekend as the setting, a wish or a habit (`正值周末,…人潮涌动`, `共享美好周末`, `这项赛事利用
# 周末举办`, `如果周末到天津来一场…`)
# (or time it is used for, or a time of any day, or of a habit: `利用这宝贵的周末时间`, `采用夜间或
# 周末抢工期施工`, `实现周末乡村一日游`)
_WEEKEND_FRAMED: Final = rx.compile(
    # (`元宵节正好赶上上班后的头一个周末`: what a day falls on)
    r"(?:正值|恰逢|正逢|适逢|赶上[^,，。;；]{0,8}|利用[^,，。;；]{0,6}|如果|若是?|美好|实现|[夜白]间或|晚上或"
    r"|节假日[或及和与]"
    r"|(?:这个|那个|一个)[\u4e00-\u9fff]{1,4}的)$"  # (`在这个闷热的周末`: a setting)
)

# (not `至次日发布解除管制通告期间`: a run's end)
# (`22日,重庆市自来水公司发布消息`, `6月11日,东莞市公安局沙田分局交警大队发布通告`: its issuer
# between; `…发布关于“…”临时禁止通行的通告`, `…发布交通提醒`: what it is about)
_NOTICE_ISSUED: Final = rx.compile(
    r"(?:\s*[,，]\s*[\u4e00-\u9fff]{2,20}?)?(?<!次日)(?<!至)发布"
    r"(?:(?:关于[^。;；]{1,40}?的)?[\u4e00-\u9fff]{0,6}?(?:通知|公告|通告|提醒|提示|新闻稿)|消息)"
)
_YEARS_AGO: Final = rx.compile(r"(?:\d{1,3}|[一二两三四五六七八九十几数]{1,3})多?年(?:前|以前)")
_ALREADY_COUNTED: Final = rx.compile(r"已经?[^,，;；。]{0,6}?\d+(?:多|余)?[场项次期]")
_MONTH_COUNT: Final = rx.compile(
    r"(?:份)?的?\s*(?:\d+(?:多|余)?[场项个次][\u4e00-\u9fff]{0,4}活动"
    r"|[^,，;；。]{0,12}?活动\d+(?:多|余)?[场项个])"  # (`12月拟举办重要会展活动7个`)
)
_WEEKEND_SORT: Final = rx.compile(r"场|亲子游|游|档|版|大舞台|剧场|课堂|讲堂")
_NTH_BEFORE: Final = rx.compile(r"第[一二三四五六七八九十\d]{1,2}个$")
# (also new opening hours from now on: `即日起,…图书馆调整开馆时间为…`, `…开放时间进行延长`)
_STANDING: Final = rx.compile(
    rf"常态|长期|常年|永久|{HOURS_KEPT}(?:调整|变更|改|进行|延长|为)|调整{HOURS_KEPT}"
)
# a weekly or monthly round from a day on, with no end (`从明日起,新馆将在每周六举办…`)
# (not how often: `今年6月30日起,东航还将新增每周5班的…航线`)
_WEEKLY_FROM: Final = rx.compile(
    r"(?:起|开始)?[,，]?(?![^,，;；。]{0,12}?(?:恢复|恢復|延时|延時|改为|改為))"
    r"[^,，;；。]{0,12}?每(?:周|星期|个?月|逢)"
    r"(?!\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:班|次|趟|架次|个航班))"
)
# (but a change to a weekly rule takes effect that day: `4月1日起恢复每周五、周六播放`,
# `从10月12日起,国博每周六延时至晚9点闭馆`)
# the hours a place keeps, then the day they are for (`开馆时间为2月6日(除夕)上午8时-12时`), or
# a day then its hours after such a label in its paragraph (`2月9日(正月初三)以后为上午8时…`)
# (not `开放时间`: a fair's days too, `美食市集的开放时间为5月6日及7日…`)
_PLACES_HOURS: Final = rx.compile(r"(?:开馆|闭馆|营业)时间")
_HOURS_LABEL_BEFORE: Final = rx.compile(_PLACES_HOURS.pattern + r"(?:调整)?(?:为|是|[:：])\s*$")
_HOURS_THEN: Final = rx.led(
    r"(?:\([^()]{1,12}\))?(?:以后|以前|之后|起)?为\s*(?:上午|下午|早上|晚上)?\s*\d"
)
# hours kept from a day on (`[从12月17日起],2号线运营时间为…`)
_HOURS_FROM: Final = rx.compile(
    rf"(?:起|开始)?[,，]?[^,，;；。]{{0,12}}?{HOURS_KEPT}(?:调整)?(?:为|[:：])"
)
_AS_A_RULE: Final = rx.compile(r"安排|都|均|一般|通常|大多")
_HELD_AFTER: Final = rx.compile(r"[^,，;；。]{0,12}?(?:举办|举行|上演|开幕)")
# what a half-year is planned for (`将于明年上半年在福州城区开出第8家门店`)
_PLANNED_AFTER: Final = rx.compile(
    r"[^,，;；。]{0,12}?(?:举办|举行|上演|开幕|开业|开出|开工|开通|通车|建成|完工|投用)"
)

_BARE_WEEKDAY: Final = rx.compile(r"(?:周|星期|礼拜)[一二三四五六日天]")

_WEEKLY_CONTEXT: Final = rx.compile(r"每周|每逢|闭馆|休馆|开放|营业")

_MIDNIGHT_END: Final = rx.compile(r"24\s*(?:时|点|:00)")

_STATED_DAY: Final = rx.compile(
    r"[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十廿]{1,3}\s*[日号]"
)
# (`2021年1月1日至3日放假`: the item's day with its year)
_STATED_DAY_OF_YEAR: Final = rx.compile(r"(?:\d{4}\s*年\s*)?" + _STATED_DAY.pattern)

_LEARNT_AT: Final = rx.compile(r"[上中]了解到|[上中]获悉|[上中]得知")
_REPORTER_SAW: Final = rx.compile(
    r"获悉|了解到|获知|打听到|看到|走访|采访|探访|发现|注意到|遇到|碰到|见到|来到|走进"
)

# `记者18日走访发现`, `今天上午,记者从拱墅区获悉`: the day of the reporting
# (`11日下午3时许,记者从…获悉`, `18日上午,大众网记者来到…`: the reporter's day)
# (`春城晚报-开屏新闻记者`, `上游新闻·重庆晨报记者`: a paper and its app)
_REPORTER: Final = rx.compile(
    r"许?[,，]?\s*(?:[\u4e00-\u9fff·\-—]{1,12}?(?:网|报|台|社|媒体|新闻|客户端|头条)"
    # (its account in brackets: `海口网(微信号:haikouwang2013)记者`)
    # (or its column: `早报帮办记者`; or the writer: `笔者在…现场看到`)
    r"(?:[(（][^()（）\n]{1,30}[)）])?[\u4e00-\u9fff]{0,2}?)?(?:记者|笔者)"
)

# the paper learning from a source, no reporter named (`18日,从长春水务投资发展集团有限公司获悉`)
# (or its outlet named, its account in brackets: `7日,云南网(微信公号:yunnancn)从交警部门获悉`)
_LEARNT_FROM: Final = rx.compile(
    r"[,，]?\s*(?:[\u4e00-\u9fff]{1,8}?(?:网|报|台|社|客户端)(?:[(（][^()（）\n]{1,30}[)）])?|笔者)?"
    r"从(?=[^,，;；。]{2,30}?(?:获悉|了解到|获知|得知))"  # (`9月20日,笔者从…获悉`: the writer's)
)

# (a record's number right after its day: a queue of requests, `02月16日 21315167 已办结`)
_RECORD_NUMBER_AFTER: Final = rx.compile(r"\s*\d{6,}(?!\d)")

# a clause granting or learning something, not telling what happens (`虽然6月1日至7日之间无需
# 门票`, `尽管离春节还有一个多月`, `原来今天又是…营业的日子`, `得知今天有维修家电服务后`,
# `適逢周日`, `與平時周末相比`)
_CONCESSIVE: Final = rx.compile(
    r"\s*(?:虽然|雖然|尽管|儘管|原来|原來|得知|连同|連同|适逢|適逢|与平时|與平時)"
)
# what a clause denies or passes on as rumour (`不存在…的说法`, `网传…`)
_RUMOURED: Final = rx.compile(r"不存在|并无此事|的说法|网传|網傳|谣言|謠言|传言|傳言")
# a day a rule goes by (`以2016年4月18日的户口所在地为准`, `出诊医生以当日挂号信息为准`)
_GONE_BY: Final = rx.compile(r"[^,，。;；]{0,16}?(?:为准|為準)")
# the plan a story says was changed (`原訂於本月廿八日上演的…`, `东湖灯会本来在2月24日结束`,
# `原定须于本星期三…`: what replaces it is dated apart), or days left out of a run, in brackets
# after it (`即日起至5月31日(不含5月1日至5月5日)`)
_UNDONE_OR_LEFT_OUT_BEFORE: Final = rx.compile(
    r"(?:(?:原定|原订|原訂|原本|本来|本來|原计划|原計劃|原先)\s*(?:于|於|在|须于|須於|将于|將於)?"
    r"|[(（]\s*(?:不含|不包括|不包含))\s*$"
)
# a season's hours named (`夏令时`, `冬季开放时间:`), over the line of its days
_SEASON_LABEL: Final = rx.compile(
    r"\s*(?:夏令时|冬令时|夏令時|冬令時|夏季|冬季)(?:作息|开放|開放)?(?:时间|時間)?\s*[:：]?\s*"
)
# a day a run leaves out, noted in brackets after it (`(除夕当晚闭园)`, `(周一闭馆)`)
_NOTE_OPENS: Final = rx.compile(r"[(（][^()（）]{0,4}$")
_CLOSED_NOTE: Final = rx.compile(r"[^()（）,，。]{0,4}" + LEFT_OUT)
# (a month's rule or a case: `每月月初…当月`, `如当月报名人员超过…`)
_EVERY_OR_IF: Final = rx.compile(r"每月|每个月|[如若凡]")

# (a line of a day and what its part of a notice is: `10月16日管制事项`, `4月5日活动安排`; the
# days glossed: `二、2月16日—21日(农历初一至初六)的安排`)
_DAYS_HEADING: Final = rx.compile(
    r"(?:\s*[(（][^()（）\n]{1,16}[)）])?"
    r"\s*(?:的)?(?:管制|交通管制|活动|工作)?(?:事项|安排|日程|议程)\s*[:：]?\s*"
)
# a part's own short heading (`(一)开放时间`) between a days heading and its first item
_SUB_HEADING: Final = rx.compile(rf"\s*{NUMBERING}?\s*[\u4e00-\u9fff]{{2,8}}\s*[:：]?\s*")

# `送上月饼`, `上月光`: 月 of a word, not a month
# (`人间四月天`: a season's phrase; `三月街民族节`: Dali's fair, named so)
_MONTH_OF_WORD: Final = rx.compile(r"[饼光色球亮天]|街(?![头道巷])")

_SEASON_BEFORE: Final = rx.compile(
    r"(?:阳春|烟花|金秋|初春|早春|暮春|初夏|盛夏|仲夏|深秋|隆冬|寒冬)$"
)

_BUILDING: Final = set("楼层栋幢院室门单线码泊")  # (`16至18号码头`: docks; `3号泊位`)

_SIGNED_OFF: Final = rx.compile(r"特此(?:公告|通告|通知|公示|函告|说明)")

# who signs a notice: `…常务委员会`, `…交通警察支队东港大队`, `…环境治理有限公司`
# (the last word of an issuer's name, shared by the signature line and the byline before a date)
_ISSUER_ENDINGS: Final = (
    "局|委员会|办公室|政府|中心|公司|支队|大队|办事处|社区|学校|学院|医院|协会|党委|集团|"
    "管理处|指挥部|博物馆|文物馆|图书馆|文化馆|纪念馆|美术馆|科技馆"
)

# (the date glued to an issuer's name closing a bracket: `(2016-02-18常熟市委老干部局)`)
_SIGNED_IN_BRACKETS: Final = rx.compile(rf"[\u4e00-\u9fff]{{2,16}}?(?:{_ISSUER_ENDINGS})\s*[)）]")
_SIGNER: Final = rx.compile(rf"^特此|(?:{_ISSUER_ENDINGS}|委|大学|站|所)\s*$")

_SIGNER_BEFORE: Final = rx.compile(rf"(?:{_ISSUER_ENDINGS})\s*$|通讯员[:：][\u4e00-\u9fff]{{2,4}}$")
# a full date with dots, as a signature may give it (`…开放时间不变。 图书馆 2013.3.28`)
_DOTTED_FULL: Final = rx.compile(r"(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}")

# (a stray comma kept before the end: `…农业农村局2023年5月17日,。`; and a site's footer:
# `…中心2021年4月22日主办:县人民政府办公室 ICP备案:…`, its related news: `…事务中心2021年6月1日
# 新闻推荐…`; a table's bars left between them: `…委员会 2021年4月30日` / `| ||||` / `打印本页`)
_SIGNATURE_AFTER: Final = rx.compile(
    r"[\s|｜]*(?:[,，]?[。.]?\s*$|[(（]?来源|附件|扫一扫|[(（]?(?:责任编辑|编辑)|【|打印|关闭|主办\s*[:：]|版权所有|ICP"
    r"|新闻推荐|相关新闻|推荐阅读)"
)

# (or whose birthday falls in it: `四月份过生日的委员…参加活动`)
# (or the day it was compiled and printed: `第一版:1总第111期 >2020-09-04编印`)
_ISSUE_AFTER: Final = rx.compile(r"\s*第\s*\d{1,5}\s*期\s*共\s*\d{1,3}\s*版|\s*编印")
_PAST_YEARS: Final = rx.compile(r"(?:往年|(?<![农阴公])历年|以往|往常)[^,，;；。]{0,4}$")
# a festival only drawing near, its clause saying nothing more (`春节将至,`, `随着冬至临近,`,
# `在端午节即将来临之际,`, `中秋、国庆“双节”将至,`): the time of what the story then tells, not
# a happening; its break said (`端午小长假即将到来`) is the story's subject and stays
_CLAUSE_ENDS: Final = r"\s*(?:[,，;；。!！\n]|$)"
_ONLY_DRAWS_NEAR: Final = rx.compile(
    r"[^,，;；。:：!！?？\n假\d]{0,10}?(?:"
    + DRAWS_NEAR
    + r"|尚?未至|还未到|還未到)(?:之际|之際)?"
    + _CLAUSE_ENDS
)
_BREAK_OR_DATE_SAID: Final = rx.compile(r"假|月|(?<!\d)\d{1,2}(?!\d)")
# (a happening held on a day said before it in its clause, the festival opening its name:
# `本月14日舉行中秋節慶祝活動`, `民署昨日在議事亭前地舉行農曆新年亮燈儀式`)
_HELD_BEFORE: Final = rx.compile(
    r"(?:举行|举办|舉行|舉辦|开展|開展)(?:了)?[“\"「]?(?:[\u4e00-\u9fff]{1,3}年)?$"
)
_DAY_SAID_BEFORE: Final = rx.compile(r"\d\s*[日号號]|[今明昨][日天晚]|[当當][天日晚]")
_GREETING_SENT: Final = rx.compile(r"(?:送上|致以|献上|獻上|送去)(?:了)?$")
_GREETING: Final = rx.compile(r"(?:佳节|佳節)?(?:的)?(?:祝福|问候|問候)")
# (or said first: `又快到端午佳節,`, `又是一年中秋节,`)
_DRAWS_NEAR_BEFORE: Final = rx.compile(r"(?:又快到|快要到|快到了?|又到了?|又是一年)$")
_CLAUSE_ENDS_AFTER: Final = rx.compile(r"(?:佳节|佳節)?(?:了|啦)?" + _CLAUSE_ENDS)
# a festival as a mood, a theme or an occasion, nothing said to happen on it
# (`感受到了春节的喜庆氛围`, `活跃元宵节日气氛`, `以“…共迎中秋佳节”为主题`, `以国庆、中秋为契机`)
_MOOD_OR_OCCASION_AFTER: Final = rx.compile(
    r"(?:佳节|佳節)?(?:的)?(?:节日|節日|喜庆|喜慶|欢乐|歡樂|浓厚|濃厚|热烈|熱烈|浓浓|濃濃|赏月|賞月|团圆"
    r"|團圓|祥和)?(?:的)?(?:氛围|气氛|氣氛|氛圍)"
    r"|(?:佳节|佳節)?[”\"」]?(?:为主题|為主題)"
    r"|(?:[、和与與及][^,，。;；]{1,6}?)?(?:为契机|為契機)"
)
# what a festival is called or is, said of it (`元宵节又称灯节,是春节之后第一个重要的节日`,
# `清明节又叫踏青节`): the festival told of, no day of this year's
_CALLED_AFTER: Final = rx.compile(
    r"[”\"」]?(?:又称|又稱|又叫|又名|俗称|俗稱|亦称|亦稱|也称|也稱|也叫|古称|古稱)"
    r"|[”\"」]?是[^,，;；。]{0,16}(?:节日|節日)(?:之一)?[,，。;；]"
)
_STAGE_REACHED: Final = rx.compile(
    r"[,，]?[^,，;；。]{0,10}?进入(?:第[一二三四五六七八九十\d]{1,3}(?:周|天|日)|尾声|倒计时)"
)
_PAPER_CITED: Final = rx.compile(r"《\s*[^《》]{2,14}?报\s*[^《》]{0,4}》\s*[(（]\s*$")
_BORN_ON_BEFORE: Final = rx.compile(r"出生(?:日期|年月)?(?:在|为|于)?$")
_BORN: Final = rx.compile(
    r"\s*(?:[(（]含[)）])?(?:之间|期间|以前|以后|之前|之后|前|后)?(?:[(（]含[)）])?出生"
    r"|\s*(?:份)?过生日的"
)

_NAME_BEFORE: Final = rx.compile(r"[\u4e00-\u9fff]{2,4}$")

_SET_FOR: Final = rx.compile(r"(?:定于|将于|将在|于)$")

# a day's figure after an anaphor (`当日接待量`, `当天客流量`)
_DAYS_FIGURE: Final = rx.compile(
    r"[\u4e00-\u9fff]{0,3}?(?:接待量|客流量|人流量|游客量|车流量|销售额|成交额|交易额|营业额)"
)
# (`(含领取当天)`: the day of an act counted in a term)
_COUNTED_IN: Final = rx.compile(r"含[\u4e00-\u9fff]{0,4}$")
# what a rule counts from a day (`以11月19日为准`, `按照选举日11月16日(含本日)计算`)
_COUNTS_FROM: Final = rx.compile(r"\s*(?:[(（\[][^)）\]]{0,6}[)）\]])?(?:为准|為準|计算|計算)")
_BY_DAY: Final = rx.compile(r"按照?[^,，。;；\d]{0,6}$")
# (`4月18日后领取的消费券`: what was got after a day, no happening on it)
_GOT_AFTER: Final = rx.compile(
    r"\s*(?:以|之)?[前后](?:领取|领|购买|购|办理|申请|注册|登记|缴费|参保)的"
    # (or what falls after it: `二〇二三年二月十一日后的换证申请服务`)
    r"|\s*(?:以|之)?后的"
)
_TICKET_OF: Final = rx.compile(
    r"\s*(?:[(（][^)）]{0,12}[)）])?\s*(?:当天|当日)?的\s*(?:火车|汽车|动车|高铁|返程|往返)?(?:车票|机票|船票|客票)"
)

_ADDRESS: Final = rx.compile(r"[路街道巷院楼层室门线里区]$")

# a house number, a run or a list of them (`文体路2号`, `台南路1—11号`, `麦岛路3号、5号、7号`)
_BARE_DAY: Final = rx.compile(
    r"\d{1,3}\s*(?:[—\-~至到]\s*\d{1,3}\s*)?号(?:\s*[、,，和及]\s*\d{1,3}\s*号)*"
)

_DAY_SAID: Final = rx.compile(r"[\d一二三四五六七八九十廿卅]{1,3}\s*[日号](?![报])")

# (one regex search for any word of a table: cheaper than a substring test per word)
_REPORTING: Final = rx.compile(alternation(REPORTING_AFTER))
# a weather office issuing a warning (`气象台2022年07月22日07时00分发布暴雨蓝色预警`): when it was
# issued, not the weather it warns of
_WARNING_ISSUED: Final = rx.compile(r"(?:发布|升级|更新|解除)[^,，。;；:：]{0,8}预警")
# a document cited by its day and number (`依…体育局114年11月21日北市体全字第11430401524号函`,
# `…2023年3月1日印发的某政发〔2023〕12号`)
_DOCUMENT_CITED: Final = rx.compile(
    r"[^,，。;；]{0,16}?(?:字|发|發)\s*(?:〔\d{4}〕|\[\d{4}\]|第)\s*\d+\s*[号號]"
)
# a session's schedule's day without a sitting (`4月28日停会。`, `-五月五、六日休会`)
_NO_SITTING: Final = rx.compile(r"\s*[:：]?\s*(?:停会|休会)\s*(?:[。;；]|$)")
# a run from a day up to now (`从4月起至今`)
_UP_TO_NOW: Final = rx.compile(r"\s*(?:起)?\s*(?:至今|迄今|到现在|到現在)")
# a day, then the source that told it (`1月4日,据北京日报客户端:…`): the day of the report
_SOURCED: Final = rx.compile(
    r"\s*[,，]\s*据[^,，。:：]{2,16}?(?:客户端|消息|报道|微博|公众号|日报|晚报|新闻|网)"
)
# figures of a month or a release of them (`商务部今日公布了8月消费市场运行情况`)
_FIGURES: Final = r"(?:运行情况|运行数据|统计数据|经济数据)"
_RELEASED_TODAY: Final = rx.compile(rf"(?:公布|发布)了[^,，。;；]{{0,12}}?{_FIGURES}")
_FIGURES_OF: Final = rx.compile(rf"份?[^,，。;；]{{0,8}}?{_FIGURES}")

# a line of digits with a clock (`05.02.2016 11:36`): a stamp; `01-19 21:07`: a padded stamp
# (or a zero-padded numeric day alone, a forum reply's after its floor: `2019-05-10`, `10楼 1`
# over `2019-05-14`; or a padded year-less day and its clock: `07月02日 16:53`)
_NUMERIC_LINE: Final = rx.compile(
    r"(?=.*\d:\d\d)[\d\s./:\-]+|\d{4}年[01]\d月[0-3]\d日|(?:\d{1,4}楼\s*\d{0,4}\s*)?\d{4}-[01]\d-[0-3]\d"
    r"|[01]\d月[0-3]\d日\s*\d{1,2}:\d{2}"
)
# a digital paper's date line, numbers only (`日期:10-10`), maybe its byline after it
# (`日期:01-08 作者:佚名`)
_PAPER_DATE_LINE: Final = rx.compile(
    r"日期\s*[:：]\s*\d{1,2}-\d{1,2}(?:\s*(?:作者|来源|编辑|浏览|点击)\s*[:：].{0,30})?"
)
# an item of a digital paper's menu: its issue's day numbered alone (`1. 2014年7月9日`), over
# the pager (`2. 3上一期  下一期4`)
_MENU_DAY_LINE: Final = rx.compile(r"\d{1,2}\.\s*\d{4}年\d{1,2}月\d{1,2}日")
_PAGER: Final = ("上一期", "下一期", "上一篇", "下一篇", "上一版", "下一版")

_SECONDS_CLOCK: Final = rx.compile(r"\d{1,2}[:：]\d{2}[:：]\d{2}")
_PADDED_STAMP: Final = rx.compile(r"[01]\d-[0-3]\d\s*\d{1,2}:\d{2}")

# a numeric date with its clock beside a site's address, a bullet or a source: a page's stamp
_CLOCKED_DATE: Final = rx.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}")
# (`· 【聚焦两会】…贡献力量2025-02-22     · 【媒体关注】…`: a list of other articles on one
# line, each headline then its date)
_STAMP_BEFORE: Final = rx.compile(
    r"(?:^|\n)\s*[•·|]\s*$|(?:https?://|www\.)\S+\s*$|(?:^|\s)[•·]\s*\S[^\n]{3,80}$"
    + rf"|{SOURCE_THEN_TIME}$"  # (`来源:冀时 时间:2025-03-23`)
    # (a mailbox's reply: `回复单位宁国市卫健委(市中医药局) 2022-08-30 12:25`)
    + r"|(?:回复|答复)(?:单位|部门|时间|日期)[^\n]{0,30}$"
)
# (or its time zone: `2025-10-27 02:00 HKT`; or what was done then: `2016-12-5 09:52上传`)
_STAMP_AFTER: Final = rx.compile(
    r"\s*(?:来源|稿源|作者|浏览|点击|阅读|上传|\||(?:HKT|CST|GMT|UTC)(?![A-Za-z]))|\s+[•·]\s"
)
_BRACKETED_DAY: Final = rx.compile(r"\[[01]\d-[0-3]\d\]")
# a link in a list of other articles, its date ending its line (`- 探秋——旅游线路2018/10/31`)
_LINKED_DAY_END: Final = rx.compile(r"\d{4}[-/][01]\d[-/][0-3]\d\s*$")
_LINK_ITEM: Final = rx.compile(r"(?:^|\n)\s*[-•·]\s")
# a link's day glued before its headline, in a list of them (`2025-09-18十二连跌!…`)
_DAY_THEN_LINK: Final = rx.compile(r"[ \t]*" + ISO_DAY.pattern + r"(?=[^\s\d:：])")
_MARKUP: Final = rx.compile(r"-->|<!--|\.s?html?\b")

# a working day or a plain weekend in a holiday notice (`由于7日和8日为工作日`); an age limit;
# the weather
_WORKDAY_AFTER: Final = rx.compile(
    r"(?:[、和](?:\d{1,2}月)?\d{1,2}日)*\s*(?:[(（][^)）]{1,6}[)）])?\s*"
    r"(?:(?:均|都)?(?:为|是)(?:正常)?工作日)"
)

_AGE_CUTOFF: Final = rx.compile(r"\s*(?:以)?前?\s*(?:年满|满\d{1,2}周岁|出生)")

# (NFKC leaves ℃ as °; `我市都将以多云天气为主`, `明天杭州可能又要下雪`: a forecast's sky)
_WEATHER: Final = rx.compile(
    # (each word spelt out, none opened by a class: the engine then skips to their first characters)
    r"气温|℃|°|最高温|最低温|天气为主|晴转|阴转|多云|阴天|小雨|中雨|阵雨|雷阵雨|雨夹雪|下雪|雨雪|阴有"
    r"|冷空气|降水(?!量|过程)|转晴|放晴"  # (`降水量超过200毫米`, `降水过程`: heavy rain reported)
    r"|天气(?:开始)?(?:急速|迅速|持续)?(?:转坏|转差|恶劣)"  # (`本港明日稍后天气开始急速转坏`)
)

_BRACKETED: Final = rx.compile(r"[(（][^()（）]*(?:[)）]|$)")
_TIME_LABEL_LINE: Final = rx.compile(r"\s*[\u4e00-\u9fff]{0,6}(?:时间|日期)\s*[:：]\s*")
# what an outlook for a month says (`有可能出现旱涝并存`, `洪涝灾害的风险较高`, `降水将偏多1-2成`;
# `今年6月至8月有南北两条雨带`: where the rain will fall)
_OUTLOOK: Final = rx.compile(r"可能出现|有可能|可能发生|风险较高|风险较大|偏多|偏少|偏高|偏低|雨带")
_SEVERE: Final = rx.compile(r"暴雨|大雨|暴雪|大到|台风|寒潮|冰雹|大风|强降")
_NEXT_DAY_SAID: Final = rx.compile(r"今天|明天|后天|周末|\d{1,2}日")

_RELATIVE_DAY_SAID: Final = rx.compile(r"(?:[今明昨前后]天|[今明昨]日)(?:开始|起)")

# a measure taken on a day (`暂停对社会车辆开放`, `实施交通管制`)
_MEASURE_SAID: Final = rx.compile(r"暂停|关闭|封闭|管制|管控|禁止|禁行|限行|停止|停运|停水|停电")

# an area of a hall after its hours (`9:00-21:00一至三楼阅览区`, `10:00-18:00全部区域`)
_AREA_HOURS: Final = rx.compile(
    r"[^,，。;；\n]{0,10}?(?:阅览区|阅览室|服务区|服务窗口|展区|展厅|全部区域)"
    r"(?![^,，。;；\n]{0,6}(?:活动|展览|讲座|演出))"
)

# hours a hall opens (`…9:00—11:00开馆`), and a notice of a holiday's opening times
_OPEN_THEN: Final = rx.compile(r"\s*(?:正常)?(?:开馆|开放)(?:[,，。;；\n]|$)")
_OPENING_NOTICE: Final = rx.compile(r"(?:开放|开馆)(?:时间|安排)")

# a byline's role and a surname before a name (`记者王寒露`)
_BYLINE_NAME_BEFORE: Final = rx.compile(r"(?:记者|通讯员|编辑|摄影|作者)\s*[\u4e00-\u9fff]$")

# a site's clock, its lunar date and weekday after it
_BEIJING_CLOCK: Final = rx.compile(
    r"北京时间\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:[(（]农历[^)）]{2,16}[)）])?\s*[,，]?\s*"
    r"(?:星期|周)[一二三四五六日天]"
)

# (what a reader is told to keep away from, in the clause before the day)
_AVOIDED: Final = rx.compile(r"(?:避开|错开|避免)[^,，。;；]{0,20}$")

# weekdays a period is said in brackets to include (`国家假日(含周六、周日)`, `(包括周末)`)
_INCLUDED_DAYS: Final = rx.compile(
    r"(?<!周[一二三四五六日天末])(?<!星期[一二三四五六日天])[(（](?:含|包括|包含)(?:(?:周|星期)[一二三四五六日天][、和及与]?)*$"
)

_SEEN_BEFORE: Final = rx.compile(r"之前|以前|曾经|上次|看到|听说")

# (`4月23日摄`, `11月5日拍摄的…隧道洞口`: the day a photo was taken)
_PHOTO_TAKEN: Final = rx.compile(r"\s?(?:[摄攝](?![影像制製])|拍[摄攝]的)")
# a photo's caption: one sentence, then its photographer's credit (`2月7日,…选购免税商品。
# 海口日报记者苏弼坤 摄`, `新华社记者卢汉欣摄`)
_AFTER_CREDIT: Final = rx.compile(r"摄\s*(?:图为)?\s*$")
_PHOTO_CAPTION: Final = rx.compile(
    r"[^。\n]{2,80}。\s*[(（]?(?:[\u4e00-\u9fff]{0,12}记者\s*)?[\u4e00-\u9fff]{2,4}\s?摄(?![影像制])"
)

# what, right after a date, makes it no happening's (`is_event`): one regex tried once per
# mention instead of one call each (none of them has a group; a pattern's case folding kept)
_NO_HAPPENING_AFTER: Final = rx.compile(
    "|".join(
        f"(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern})"
        for p in (
            _PHOTO_TAKEN,
            _WORKDAY_AFTER,
            _AGE_CUTOFF,
            _EXCEPTED,
            _BORN,
            _TICKET_OF,
            _GOT_AFTER,
            _RECORD_NUMBER_AFTER,
            _COUNTED,
            _FILE_NAME_TAIL,
            _SIGNED_IN_BRACKETS,
            _PAGE_AFTER,
            _BUSIEST,
            _CAPTION,
            _SOURCED,
            _DOCUMENT_CITED,
            _UP_TO_NOW,
            _NO_SITTING,
        )
    )
    + "|本报|本刊"
    # (`10月30日《常熟日报》刊登《小活动大情怀》`: the day a paper printed a story)
    + r"|\s*《[^《》]{2,12}(?:报|刊)》(?:刊登|刊发|刊载|报道)"
    # (`3月6日,凤凰网安徽从…新闻发布会上获悉`: the day an outlet learnt it)
    + rf"|[,，]?{OUTLET_LEARNT}"
    # (`据“…发布”微信公众号8月17日消息`: the day a source reported it)
    # (`台湾网7月28日哈尔滨消息`: its place between)
    + "|(?:[\u4e00-\u9fff]{2,4})?消息[^,，。;；]"
    # (`更新時間|2023.09.14 12:26 臺北時間`: a page's stamp, its zone named after it)
    + r"|\s*(?:台北|臺北|北京)(?:时间|時間)(?![\d一二三四五六七八九十])"
)

_NOT_BEFORE: Final = rx.compile(alternation(NOT_EVENT_BEFORE))
# a later day of the dates a moved event had (`原定2006年10月12-13日和15-16日分两期举办`)
_MOVED_LIST: Final = rx.compile(
    r"(?:原定|原计划|原来的)[于在为是]?[\d年月日号\-—~至到]+[、和及与][\d年月]*$"
)

# (not the 停办 of `暂停办理`, `暂停办公`: a service suspended, which is a happening)
_CANCELLED: Final = rx.compile("(?:" + alternation(CANCELLED) + ")(?![理公])")
# the day a happening was first set for, then moved (`原定的停水时间是今天,但…,停水时间改在27日`)
_FIRST_SET: Final = rx.compile(r"原定|原[订訂]|原[预預]定|原[计計][划劃]|原本定[于於]")
_MOVED_AWAY: Final = rx.compile(MOVE_VERBS + r"|改(?:在|到|至|为)|提前到|提前至|调整为|延至|延到")
# the days a happening is moved from (`休市时间由2月15、16、17日调整为2月17、18、19日`)
_CHANGED_FROM: Final = rx.compile(r"由(?:原来的|原定的|原)?$")
# a clause saying what something is done for (`为切实做好国庆黄金周各项旅游接待工作`,
# `为统筹做好…春节期间民生供应保障`, `为营造欢乐祥和的新春节日氛围`, `旨在丰富春节期间…生活`)
_FOR_THE_SAKE: Final = rx.compile(
    r"\s*为了?(?:切实|进一步|全力|更好地?|统筹|扎实)?(?:做好|保障|确保|迎接|营造|满足|保证|丰富|配合)"
)
_AIMED_AT: Final = rx.compile(r"旨在(?:丰富|营造|满足|保障|做好)")
# the words between a month and the days in it that its clause says (no clause break)
_NAMES_ITS_DAYS: Final = rx.compile(r"[^,，。;；:：!！?？\n]{1,20}")
# a clause saying what period a time is in (`正处于春节前市民集中采购年货、春节期间…关键期`)
_IN_THE_PERIOD: Final = rx.compile(r"\s*(?:正|恰)?处[于在]")
# the days said before, glossed in the other calendar (`该时段对应农历腊月廿八`)
_GLOSS_OF: Final = rx.compile(r"(?:时段|期间|时间|日期|当天|这天|该日)(?:对应|相当于)")
_CHANGED_TO: Final = rx.compile(r"(?:调整|更改|变更|改|推迟|提前|延后|顺延|延长)(?:为|到|至|在)")

_STATISTIC: Final = rx.compile(alternation(STATISTIC_WORDS))
_HELD: Final = rx.compile(alternation(HOLD_VERBS))

_UNDATED: Final = frozenset(words(UNDATED))


# who said the quotation just closed (`”吴女士说`, `”市民王先生告诉记者`)
_SAID_BY: Final = rx.compile(
    r"[,，]?[\u4e00-\u9fff]{1,8}?(?:说|表示|告诉记者|笑着说)"
    # (or a resident named after it: `“孩子今天早起还喊牙疼呢…”居民李女士带着…`)
    r"|[,，]?(?:居民|市民|村民|游客|网友|家长|读者|观众)[\u4e00-\u9fff]{1,3}(?:女士|先生|阿姨|大爷|大妈)"
)
# a speaker before a quotation (`网友调侃:“今天的动物园是这样的…`)
_SPEAKER_BEFORE: Final = rx.compile(r"(?:说|说道|表示|调侃|感叹|感慨|笑称|坦言)\s*[:：]\s*$")


def _chat_in_quotes(st: StoryText, a: int, b: int, attributed: bool) -> bool:
    """True when [a, b) lies in a quotation of someone speaking of themselves (我; or, when
    ``attributed`` counts, of someone it is attributed to) with no happening word in its
    clause or the next: a relative day of their own story, not an announcement."""
    opened = st.text.rfind("“", max(0, a - WINDOW), a)
    if opened < 0 or "”" in st.text[opened:a]:
        return False
    closed = st.text.find("”", b, b + WINDOW)
    quote = st.text[opened : closed if closed >= 0 else b]
    # (`“今天特意带孩子来感受一下过年的热闹气氛!…”吴女士说`)
    said_by = attributed and (
        closed >= 0
        and _SAID_BY.match(st.text, closed + 1) is not None
        or _SPEAKER_BEFORE.search(st.text, max(0, opened - 8), opened) is not None
    )
    if "我" not in quote and not said_by:
        return False
    # `我和朋友今天是专程过来的,之前通过直播看到音乐会现场`: their visit (a happening
    # word later in the quote is what they saw); `我们今天将举办义诊`: an announcement
    ca, cb = st.clause(a, b)
    na, nb = st.next_clause(cb)
    told_here = _happening_told(st.text[ca:cb])
    told_next = _happening_told(st.text[na:nb])
    return not told_here and not (told_next and not _SEEN_BEFORE.search(st.text, na, nb))


def _happening_told(clause: str) -> bool:
    """True when a clause names a happening, the festivals it names aside (`腊八节的传统民俗`:
    the 节 of the festival's name is none)."""
    return HAPPENING.search(FESTIVAL.sub("", clause)) is not None


def _custom_told(st: StoryText, a: int) -> bool:
    """True when the sentence at ``a`` tells a custom or meaning (`重阳节是传统节日`,
    `农历五月十五有过“大端午”的民俗`) and names no happening."""
    if _CUSTOM_TOLD.search(st.text, *st.clause(a, a)):
        return True
    s, e = st.sentence_of(a)
    if not _CUSTOM.search(st.text, s, e):
        return False
    # a festival's own name (`重阳节`, `传统佳节`) is not a happening word here
    return not HAPPENING.search(_FESTIVAL_WORD.sub("", st.text[s:e]))


def _said_on(st: StoryText, b: int, cb: int) -> bool:
    """True when the clause ending a mention at ``b`` (clause end ``cb``) is a speaker and
    a verb of saying (`发言人31日宣布`), or the mention stands alone before such a clause
    (`7月8日,工作人员丁女士说`): the date of the saying, not of a happening."""
    if _SAID.search(st.text, b, cb):
        return True
    if st.text[b:cb].strip():
        return False
    na, nb = st.next_clause(cb)
    return nb - na <= 24 and _SAID.search(st.text, na, nb) is not None


def candidates(
    st: StoryText, mentions: list[TimeMention]
) -> tuple[list[Candidate], list[Candidate]]:
    """Split mentions into dated candidates and clock-time-only mentions; drop non-events."""
    cands: list[Candidate] = []
    times: list[Candidate] = []
    for i, m in enumerate(mentions):
        a, b = m.span
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None
            and "range" not in m.flags  # (`2月3日至2月19日|正月十五期间`: the run, then its day)
            and abuts(st.text, b, nxt.span[0])
            and _within(nxt, m)
        ):
            continue  # `正月|十五|元宵节`: a month read apart from the day that follows it
        if (
            nxt is not None
            and m.precision is Precision.MONTH
            and not ("range" in m.flags or "from" in m.flags or "since" in m.flags)
            and _within(nxt, m)
            and _NAMES_ITS_DAYS.fullmatch(st.text, b, nxt.span[0])
        ):
            continue  # `2026年2月活禽市场休市时间由2月15日…`: the month of the days its clause says
        if st.story.dateline_start <= a < st.story.dateline_end or not _is_event(st, m):
            continue
        if (
            i
            and "clock_only" in m.flags
            and "recurring" in mentions[i - 1].flags
            and _RULES_HOURS.fullmatch(st.text, mentions[i - 1].span[1], a)
        ):
            continue  # `…;每周六、日14时至23时,管制…`: a weekly rule's hours, no day of theirs
        if m.flags & NAMED_DAY and _frames_a_run(st, m, mentions):
            continue
        start, end = m.start, m.end
        if (
            isinstance(end, dt.datetime)
            and end.time() == dt.time(0)
            and end > start
            and _MIDNIGHT_END.search(m.text)
        ):
            # `至2月17日24时`: the end of the 17th (not `1月22日24:00开始`, which starts the 23rd)
            end = end - dt.timedelta(minutes=1)
        if _PROLONGED_FROM.search(m.text) and _CHANGED_FROM.search(st.text, max(0, a - 4), a):
            # (`封闭施工,时间由原2025年6月8日延长至2025年8月31日`: from the paper's day to the
            # new end, the old one no start; `即日起`, `今日起` start on the day the grammar
            # read them against: the dateline's, else the paper's)
            start = with_day(start, st.published)
        if "since" in m.flags and day_of(end) == st.published and _BEGUN_ON.search(m.text):
            end = start  # `从7月1日起…接种全面恢复`: the day it began, not a run to the paper's
        if "deadline" in m.flags and _PART_BEFORE.search(m.text):
            start = end
        if m.precision is Precision.MONTH and "from" in m.flags and "range" not in m.flags:
            end = start  # `下月起5条道路实行停车电子收费`: from its first day on, no month-long run
        # `自9月28日启动,至10月12日结束,为期15天`: the end of a range lasts nothing more, nor
        # does the last of days listed (`二月十一日(星期六)及二月十二日(星期日)举行为期两天的…`)
        closing = st.text[max(0, a - 1) : a] in ("至", "到") or (
            i > 0 and mentions[i - 1].span[1] == a - 1 and st.text[a - 1] in LISTED_WITH
        )
        lasts = (
            _LASTS.match(st.text, b)
            if day_of(start) == day_of(end)
            and _LENGTH_WORD.search(st.text, b, b + _LASTS_REACH) is not None
            else None
        )
        if (
            lasts is not None
            and st.text.startswith("的", lasts.end())
            and _dated_after(st, mentions, i, lasts.end())
        ):
            lasts = None  # `9月7日,为期1个月的《…回顾展》将于9月9日…举办`: the later day's
        # (`…1月15日上午闭幕,正式会期三天半`: the close said, the length its whole run's)
        # (`8月18日17:00截止,为期10天`: a window's close, the length its whole run's)
        closed = lasts is not None and bool(
            CLOSED_ON.search(st.text, lasts.end(), lasts.end() + 30)
            or CLOSED_ON.search(st.text, b, lasts.start("n"))
            or ENDS.search(st.text, a, lasts.start("n"))
        )
        if (
            closed
            and lasts is not None
            and not closing
            and st.text.startswith("的", lasts.end())
            and not lasts["u"].endswith("小时")
            and _alone_in_sentence(st, mentions, i)
        ):
            # `昨日下午,为期4天的交易会圆满收官`: the run that closed that day, back from it
            days = (to_int(lasts["n"]) or 1) + (lasts["u"] == "天半")
            end = day_of(end)
            start = end - dt.timedelta(days=max(days - 1, 0))
        if closing or closed:
            lasts = None
        elif lasts is None and day_of(start) == day_of(end) and day_of(end) <= st.published:
            lasts = _length_told_after(st, a, b)  # `昨日,…夏令营正式开营。…夏令营为期3天`
        if (
            day_of(start) == day_of(end)
            and CLOSED_ON.match(st.text, b)
            and (before := _LENGTH_BEFORE.search(st.text, st.sentence_of(a)[0], a)) is not None
        ):
            # `活动为期三天,于5月26日闭幕`: the run that closed that day, its length said first
            end = day_of(end)
            start = end - dt.timedelta(days=max((to_int(before["n"]) or 1) - 1, 0))
        if _WEEKEND_JOINED.match(st.text, b):
            # `5月1日放假,与周末连休`, `15日至17日放假3天,…` (the length counts the days off)
            start, end = with_weekend(start, end)
            lasts = None
        if lasts and lasts["u"] in _LONG_UNITS and "历时" in lasts.group():
            lasts = None  # `12月30日,历时8个月改造的区体育馆完成竣工验收`: the works' past length
        if lasts:
            if lasts["u"].endswith("小时"):
                if isinstance(start, dt.datetime):
                    end = start + dt.timedelta(hours=to_int(lasts["n"]) or 0)
            elif (last := run_end(day_of(start), lasts["n"], lasts["u"])) and last > day_of(start):
                end = last  # `从今日起举办为期3周的…`, `为期一天半` (not `会期半天`: its day alone)
        refers = None
        if "anaphora" in m.flags and not cands and not st.story.dateline:
            continue  # `近日…活动当天,理发师…`: the day of a happening never dated
        if "anaphora" in m.flags and cands:
            # `“4·23”世界读书日当天,…,市图书馆当天还将举办…`: a day said earlier in the
            # sentence is the one meant, whatever name stands before 当天
            refers = _named_antecedent(st, cands, a)
            here = st.sentence_of(a)
            if refers is not None and refers.sentence != here == cands[-1].sentence:
                refers = None
            antecedent = refers or _sort_antecedent(st, cands, a) or _days_told(cands)[-1]
            day = day_of(antecedent.start)
            if _NEXT_DAY.match(m.text):
                day += dt.timedelta(days=1)  # `…当晚,…延长运营至次日凌晨2时`
            # (the whole span moves: `当日19:00至次日凌晨2:00` still ends the next day)
            shift = day - day_of(start)
            start, end = start + shift, end + shift
            if _retold(st, cands, a, b, day, start):
                continue  # `当天仍有50多位市民冒雨赶到图书馆`: more about a past day told
            if (
                st.text[max(0, a - 2) : a] == "活动"
                and "deadline" not in antecedent.flags
                and not _MEASURE_SAID.search(st.text, b, st.clause_on(a, b)[1])
            ):
                # `活动当日将在…举行满族传统祭祀`, `活动当天车流、人流较多`: what the activity
                # told holds that day, part of it; at an hour, its hour (`…将开展大型民俗游艺
                # 汇演,活动当日9时由世纪大厦出发`); but a measure taken that day is one of its
                # own (`活动当天,园区南门停车场将暂停对社会车辆开放`)
                if not isinstance(start, dt.datetime):
                    continue
                refers = refers or antecedent
            if (
                not isinstance(start, dt.datetime)
                and st.text.startswith("的", b)
                and st.text[b + 1 : b + 3] in st.text[slice(*antecedent.sentence)]
            ):
                continue  # `6月9日上午,…义诊…。当天的义诊由…主办`: the one just told
        cand = Candidate(
            refers=refers,
            start=start,
            end=end,
            span=(a, b),
            flags=m.flags,
            sentence=st.sentence_of(a),
            para=st.para_of(a),
            timed=isinstance(start, dt.datetime),
            texts=[m.text],
            named=TIME_OF_DAY_TAIL.sub("", m.text) if m.flags & NAMED_DAY else "",
        )
        # (`关灯时间统一延长至次日零时30分`: a closing hour past midnight, no day of its own)
        closing = _CLOSING_HOUR_SET.search(st.text, max(0, a - 12), a) is not None
        said = st.text[a - 1 : b] if closing else m.text
        clock_only = not m.flags & _DAY_FLAGS and not DAY_WORDS.search(
            NEXT_DAY_CLOCK.sub("", EVERY_DAY.sub("", said))
        )
        if clock_only and (cand.timed or m.precision is Precision.MINUTE):
            times.append(cand)
        elif not _weekly(st, m):
            cands.append(cand)
        elif cand.timed:
            # `5月6日起…每周六上午9点开课`: a weekly rule gives the dated start its time.
            times.append(cand)
    return cands, times


def _frames_a_run(st: StoryText, m: TimeMention, mentions: list[TimeMention]) -> bool:
    """True for a named day in a purpose clause (`为维护2023年元宵节期间…的交通秩序`) whose day a
    run the story dates holds (`2023年2月3日至2月5日…禁止…通行`): what the measures are for."""
    if not _PURPOSE_CLAUSE.match(st.text, st.clause(*m.span)[0]):
        return False
    return any(
        "range" in o.flags and day_of(o.start) <= day_of(m.start) <= day_of(o.end) for o in mentions
    )


def _weekly(st: StoryText, m: TimeMention) -> bool:
    """True for a rule that repeats (`每月第一个周六`, `周二至周日`, `周一闭馆`), not a
    date: its clock time may still give a dated happening its time."""
    a = m.span[0]
    if "recurring" in m.flags:
        return True
    if "weekday" in m.flags and _ROUTINE_BEFORE.search(st.text, max(0, a - 4), a):
        return True  # `除了举办常规的周末音乐会`: the usual weekends, not this one
    if {"weekday", "relative"} & m.flags == {"weekday"} and (
        _HABIT.search(st.text, st.clause(a, a)[0], a)
        # `将休馆日从周一调整到周三`: the weekly closing day, changed
        or _CLOSING_DAY_BEFORE.search(st.text, st.clause(a, a)[0], a)
    ):
        return True
    if _WEEKLY.search(m.text):
        # `10月9日至29日,星期一至星期五限行`: dated, the weekdays only narrow it;
        # `本周四至周六`: this week's days; `周二至周五举办火龙贺中秋`: the coming days of
        # one happening held (`周二至周日开放`, `每周…` are rules)
        held = _HELD_AFTER.match(st.text, m.span[1]) and not _WEEKLY_CONTEXT.search(
            st.text, *st.sentence_near(a, m.span[1])
        )
        return not (
            ("range" in m.flags and MONTH_DAY.search(m.text)) or "relative" in m.flags or held
        )
    if m.text.startswith("每") or _EVERY_BEFORE.search(st.text, max(0, a - 9), a):
        return True  # `每月第一个周六`
    if st.text.endswith("当年", 0, a) and "每年" in st.text[st.sentence_of(a)[0] : a]:
        return True  # `每年…年满18周岁的男性公民,都应当在当年6月30日以前…`: each year's day
    if not _BARE_WEEKDAY.fullmatch(m.text.strip()):
        return False
    sa, sb = st.sentence_near(a, m.span[1])
    return _WEEKLY_CONTEXT.search(st.text, sa, sb) is not None


def _named_antecedent(st: StoryText, cands: list[Candidate], a: int) -> Candidate | None:
    """Return the happening `当天/当晚` at ``a`` names (`演练当天` → the drill,
    `开幕式当天` → what `开幕`s); None when it names none (then it is the day last
    mentioned among the story's dated happenings)."""
    ca, _ = st.clause(a, a)
    named = _NAME_BEFORE.search(st.text, max(ca, a - 4), a)
    if not named:
        return None
    name = named.group()
    # `活动当天` is the day of the activity, not of `活动报名…截止`
    ordered = [c for c in cands if "deadline" in c.flags] + [
        c for c in cands if "deadline" not in c.flags
    ]
    said = [_clause_told(st, c) for c in ordered]
    # the longest part of the name that a dated clause holds (`庙市开市当天` → `1月30日,…庙市
    # 之贵州大庙会在观山湖公园开市`: `开市`)
    for size in range(len(name), 1, -1):
        for i in range(len(name) - size + 1):
            part = name[i : i + size]
            for c, told in zip(reversed(ordered), reversed(said), strict=True):
                if part in told:
                    return c
    return None


def _clause_told(st: StoryText, c: Candidate) -> str:
    """Return the clause of a candidate's date, and the next one when the date stands alone in
    its clause (`1月30日,…在公园开市`, also after the dateline)."""
    ca, cb = st.clause(*c.anchor)
    opens = max(ca, st.story.dateline_end)
    if cb <= c.anchor[1] + 1 and not st.text[opens : c.anchor[0]].strip():
        cb = st.next_clause(cb)[1]
    return st.text[ca:cb]


def _sort_antecedent(st: StoryText, cands: list[Candidate], a: int) -> Candidate | None:
    """Return the happening a `活动当天`, `比赛当天` at ``a`` refers to by its sort: the last
    one that is not a registration or a deadline; None when the word names no happening."""
    ca, _ = st.clause(a, a)
    said = _SET_FOR.search(st.text, max(ca, a - 3), a)  # `开幕式定于当天`
    end = said.start() if said else a
    named = _NAME_BEFORE.search(st.text, max(ca, end - 4), end)
    sorts = [w for w in HAPPENING_WORDS if named and w in named.group()]
    if not sorts:
        return None
    kept = []
    for c in reversed(_days_told(cands)):
        clause = st.text[slice(*st.clause(*c.anchor))]
        if "deadline" in c.flags or any(w in clause for w in DEADLINE_TERMS):
            continue
        if _PREPARES.search(st.text, *c.sentence):
            continue  # `11月14日、15日两天…领取参赛物品`: before the race, not the race
        kept.append(c)
    # `5月1日,…采摘节将在樱桃园开幕,持续至5月20日。…开幕式定于当天`: the one said to do it
    doing = [c for c in kept if any(w in st.what_of(c) for w in sorts)]
    return doing[0] if doing else (kept[0] if kept else None)


def _days_told(cands: list[Candidate]) -> list[Candidate]:
    """Return the candidates a `当天` may refer to: not whole months (`各项赛事于4月至10月…举行。
    启动仪式当天,…`) nor parts of a year (`年内还要增设…。当天,…`), unless there are only those."""
    days = [c for c in cands if not _whole_months(c) and "part" not in c.flags]
    return days or cands


def _whole_months(c: Candidate) -> bool:
    first, last = day_of(c.start), day_of(c.end)
    return first.day == 1 and (last + dt.timedelta(days=1)).day == 1 and (last - first).days > 26


def _opens_sentence(st: StoryText, m: TimeMention) -> bool:
    """True when ``m`` is a bare month and its `的` opening its sentence (`8月的`)."""
    if m.precision is not Precision.MONTH or not m.text.endswith("的"):
        return False  # (most mentions: the sentence is not looked up)
    start = max(st.sentence_of(m.span[0])[0], st.story.dateline_end)
    return not st.text[start : m.span[0]].strip(" \t\n)）")  # (or after the dateline)


def _under_time_label(st: StoryText, m: TimeMention) -> bool:
    """True when ``m`` is the whole of a line under a time label (`活动时间:` / `1月-2月`)."""
    k = st.para_of(m.span[0])
    para = st.paragraphs[k]
    if not k or st.text[para.start : para.end].strip() != m.text.strip():
        return False
    above = st.paragraphs[k - 1]
    return _TIME_LABEL_LINE.fullmatch(st.text, above.start, above.end) is not None


def _days_heading(st: StoryText, m: TimeMention) -> bool:
    """True when ``m`` heads a part of a notice (`10月16日管制事项`) whose first item states
    its own day (`1、10月16日凌晨1时起至比赛结束,…`); under one that does not (`4月5日活动安排`
    / `上午9时,开幕式…`) its day dates the hours below."""
    k = st.para_of(m.span[0])
    if not _DAYS_HEADING.fullmatch(st.text, m.span[1], st.paragraphs[k].end):
        return False
    below = st.paragraphs[k + 1 : k + 3]
    if below and _SUB_HEADING.fullmatch(st.text, below[0].start, below[0].end):
        below = below[1:]  # (`(一)开放时间` / `2月16日—18日(初一至初三)开放时间调整为…`)
    return bool(below) and MONTH_DAY.search(st.text, below[0].start, below[0].end) is not None


def _months_planned(st: StoryText, m: TimeMention) -> bool:
    """True when the months of ``m`` are still to run and its clause says what will be done in
    them (`1至3月,苏州全市将联动举办…招聘会` in January), or they are next year's (`明年1月至3月,
    灯光秀减少播放场次`): a campaign, not a count."""
    if day_of(m.end) < st.published or m.flags & _DROP_FLAGS != {"statistic"}:
        return False
    cb = st.clause_on(*m.span)[1]
    return (
        m.text.startswith("明年")
        or _PLANNED.search(st.text, m.span[1], min(m.span[1] + 12, cb)) is not None
    )


def _on_masthead(st: StoryText, pos: int) -> bool:
    """True when the paragraph at ``pos`` is a paper's masthead line (its hotline, its serial
    number)."""
    para = st.paragraphs[st.para_of(pos)]
    return _MASTHEAD_LINE.search(st.text, para.start, para.end) is not None


# a show held since a day (`…艺术展自8月10日举办以来,已吸引近4万人次参观`)
_SHOWN_SINCE: Final = rx.compile(r"\s*(?:正式)?(?:举办|开幕|开展|展出|舉辦|開幕|開展)以来")


def _opened_since_then_closes(st: StoryText, b: int, cb: int) -> bool:
    """True when a show said held since the day ending at ``b`` is said to close later in its
    paragraph (`…艺术展自8月10日举办以来,已吸引近4万人次参观。展览将于9月5日闭幕`): its run's
    first day, no count's."""
    para = st.paragraphs[st.para_of(b)]
    return _SHOWN_SINCE.match(st.text, b) is not None and bool(
        CLOSED_ON.search(st.text, cb, para.end)
    )


# the time a report went to press (`截止记者发稿前(3日14点)`, `截至发稿时`)
_PRESS_TIME_BEFORE: Final = rx.compile(
    r"(?:截止|截至|截止到)(?:记者|記者|本报)?(?:发稿|發稿)[前时時]?\s*[(（]?\s*$"
)
# days that vary, counted (`30日至60日不等`)
_COUNTS_VARY: Final = rx.compile(r"(?:\s*(?:至|到|[-—~])\s*\d{1,3}\s*[日天])?\s*不等")


def _named_in_passing(st: StoryText, m: TimeMention) -> bool:
    """True for a festival or an observance named in passing, nothing said to happen on it."""
    a, b = m.span
    if not _BREAK_OR_DATE_SAID.search(m.text) and (
        _ONLY_DRAWS_NEAR.match(st.text, b)
        or _DRAWS_NEAR_BEFORE.search(st.text, max(0, a - 4), a)
        and _CLAUSE_ENDS_AFTER.match(st.text, b)
    ):
        return True  # `春节将至,记者走访…`: a festival drawing near, nothing said of it
    if _CALLED_AFTER.match(st.text, b):
        return True  # `元宵节又称灯节`: what the festival is called, told of it
    if _MOOD_OR_OCCASION_AFTER.match(st.text, b) or (
        _GREETING_SENT.search(st.text, max(0, a - 3), a) and _GREETING.match(st.text, b)
    ):
        # `让大家感受到了春节的喜庆氛围`: a festival's mood, not its day; `向全市居民送上春节
        # 祝福`: a greeting sent (not one written as what is done that day: `书写中秋祝福`)
        return True
    # `民署昨日…舉行農曆新年亮燈儀式`: the festival names what that day holds
    held = _HELD_BEFORE.search(st.text, max(0, a - 8), a)
    return held is not None and (
        _DAY_SAID_BEFORE.search(st.text, st.clause(a, b)[0], held.start()) is not None
    )


def _is_event(st: StoryText, m: TimeMention) -> bool:
    """False for mentions that do not date a happening (see the module docstring)."""
    if m.flags & _DROP_FLAGS or m.precision is Precision.YEAR:
        if not ("statistic" in m.flags and (_under_time_label(st, m) or _months_planned(st, m))):
            return False  # (but `活动时间:` / `1月-2月`: the months it runs, no count)
    named = bool(m.flags & NAMED_DAY)  # (tested by many rules below: one set built, not each)
    day_said = bool(m.flags & _DAY_FLAGS)
    # (spans passed as two arguments, not `*m.span`: a compiled call is native only so)
    a, b = m.span
    ca, cb = st.clause(a, b)
    if (
        m.start == m.end
        and day_of(m.end) <= st.published
        and _DOCUMENT_ISSUED.match(st.text, b, cb + 40)
    ):
        return False  # `11月1日,省住房城乡建设厅印发《关于…的通知》`: a document issued, reported
    if named and st.notice.names_an_item(st.para_of(m.span[0])):
        return False  # `青溪老街春节灯会` over its description and `时间:…`: an item's name
    if m.text.strip() in _UNDATED:
        return False
    if not YEAR_SAID.search(m.text) and _PAST_YEARS.search(st.text, max(ca, a - 8), a):
        # `而往年到11月份开始征兵`, `根据往年春节假期期间公交乘客发送量`: what years gone by did,
        # no day of this one (not `農曆年`, the lunar year)
        return False
    if m.text.rstrip().endswith(("年内", "年內")):
        return False  # `期望在年内全部口岸实施`, `计划于2020年内陆续开通`: within a year, no day
    if _NO_HAPPENING_AFTER.match(st.text, m.span[1]):
        # `(4月23日摄)`: the day a photo was taken; `详细报道见7月20日本报A24版`: an earlier
        # issue; `由于7日和8日为工作日`; `12月31日前年满18周岁`;
        # `3月16日至3月22日下午5时前(周六、周日除外)`: the days left out;
        # `2018年9月1日至2019年8月31日出生的适龄儿童`: who may enrol;
        # `1月15日的车票将于12月31日开售`: the day a ticket is for; `06月08日 21315203 受理中`:
        # a request's day and its number; `2023-05-06 浏览次数:120`: a page's count;
        # `微信图片_2025-07-20_145943_179.png`: a file's name; `(2016-02-18常熟市委老干部局)`:
        # the day an office signed it; `>>01版`: a digital paper's page line; `其中正月初九人数
        # 最多`: the busiest day of a count; `8月27日凌晨停水区域范围示意图`: a picture's
        # caption; `1月4日,据北京日报客户端`: the day of a report
        return False
    if _days_heading(st, m):
        return False  # `10月16日管制事项` over items that date themselves: a part's heading
    if _under_season_label(st, a):
        return False  # `冬令时` / `10月1日至次年4月30日` / `开放时间:…`: a season's hours
    if _NOTE_OPENS.search(st.text, max(0, a - 5), a) and _CLOSED_NOTE.match(st.text, b):
        return False  # `即日起至下月19日(除夕当晚闭园)`: a day the run leaves out
    if _AFTER_CREDIT.search(st.text, max(0, a - 8), a) and not st.text[
        b : st.paragraphs[st.para_of(a)].end
    ].strip(" 。"):
        return False  # `…中央社记者陈昱婷摄  113年9月26日`: the day a photo was taken
    if _PRESS_TIME_BEFORE.search(st.text, max(0, a - 12), a):
        return False  # `截止记者发稿前(3日14点),科技馆当日接待量达到3030人`: a count's cut-off
    if _COUNTS_VARY.match(st.text, b):
        return False  # `諮詢期從30日至60日不等`, `公示期为7日至15日不等`: how many days, varying
    if _CONCESSIVE.match(st.text, ca):
        return False
    if _RUMOURED.search(st.text, ca, cb):
        return False  # `不存在5月底前更换免费…的说法`, `网传…`: what is denied or rumoured
    if st.text[m.span[0] - 1 : m.span[0]] == "以" and _GONE_BY.match(st.text, m.span[1]):
        return False  # `以2016年4月18日的户口所在地为准`: the day a rule goes by
    if _UNDONE_OR_LEFT_OUT_BEFORE.search(st.text, max(0, m.span[0] - 6), m.span[0]):
        # `原訂於本月廿八日及廿九日上演的…` (then cancelled or moved): a plan undone;
        # `即日起至5月31日(不含5月1日至5月5日)`: the days left out of a run
        return False
    end = st.sentence_of(m.span[0])[1]
    if st.text[max(0, end - 4) : end].rstrip("?？。 \n")[-1:] in ("吗", "嗎"):
        return False  # `星期二及三停課嗎`, `春节假期博物馆闭馆吗?`: a question, answered apart
    if st.text.startswith(("是否", "会不会", "還會不會", "还会不会"), m.span[1]):
        return False  # `明天是否要上课`: whether it happens, asked
    if st.text[m.span[0] - 1 : m.span[0]] in ("至", "到") and _NOT_UNTIL.search(
        st.text, max(0, m.span[0] - 8), m.span[0]
    ):
        return False  # `除夕夜不会营业至隔天凌晨`: an end that is said not to be
    if m.text == "当月" and _EVERY_OR_IF.search(st.text, st.clause_on(*m.span)[0], m.span[0]):
        return False  # `每月月初会…预告当月的讲座`, `如当月报名人员超过限定名额`: any month's
    if (
        SECONDS_STAMP.search(m.text)
        or _SECONDS_CLOCK.search(m.text)
        or ":" in st.text[m.span[1] : m.span[1] + 4]
        and _SECONDS_AFTER.match(st.text, m.span[1])
        or _stamp_alone(st, m)
    ):
        # `2025-03-03 17:00:00`, `2024年04月26日 星期五 17:47:56`, `05.02.2016 11:36`: a web
        # page's time stamp (no happening is timed to the second)
        return False
    if m.text[:1].isascii() and LATIN_DATE.match(st.text, m.span[0]):
        return False  # `…不排除延期 Apr 15, 2020 消息指,…`: a Chinese page's stamp, in English
    if m.text[:1].isdigit() and (flat := FLAT_STAMP.match(st.text, m.span[0])) and flat["ap"]:
        return False  # `【中央社╱台北三十一日電】 2008.07.31 09:49 am`: the page's stamp
    if _NUMERIC_STAMP.fullmatch(m.text) and _SITE_ENDS.search(
        st.text, max(0, m.span[0] - 4), m.span[0]
    ):
        return False  # `…文化旅游 汉中在线 2022-03-10 11:38 3月8日,…`: the site's stamp
    if st.text.find("传真", max(0, m.span[0] - 4), m.span[0]) >= 0 and _FAXED_BY.search(
        st.text, max(0, m.span[0] - 12), m.span[0]
    ):
        return False  # `(台中市政府提供)中央社記者郝雪卿傳真112年2月1日`: a photo's credit
    if (
        m.text[:1].isdigit()
        and st.text.find("/", max(0, m.span[0] - 60), m.span[0]) >= 0
        and _AFTER_ADDRESS.search(st.text, max(0, m.span[0] - 60), m.span[0])
    ):
        return False  # `http://paper.wenweipo.com   [2011-09-01]`: the page's address and day
    if "relative" in m.flags and _COLUMN_AFTER.match(st.text, m.span[1]):
        return False  # `更多今日话题`, `今日头条`: a site's column
    if _ISSUE_AFTER.match(st.text, m.span[1]):
        return False  # `2022年12月29日第763期共4版`: an issue's line
    if named and _named_in_passing(st, m):
        return False
    if (
        not ("relative" in m.flags or "anaphora" in m.flags)
        and not YEAR_SAID.search(m.text)
        and st.text.find("每年", ca, a) >= 0
    ):
        return False  # `每年10月的最后一个星期日开始到第二年3月的最后一个星期六`: a yearly rule
    if _STAGE_REACHED.match(st.text, m.span[1]):
        return False  # `7月8日,暑运进入第二周`: how far a run has got that day
    if _PAPER_CITED.search(st.text, max(0, m.span[0] - 20), m.span[0]):
        return False  # `《人民日报》( 2018年12月07日10版)`: the issue a story is cited from
    if _BORN_ON_BEFORE.search(st.text, max(0, m.span[0] - 6), m.span[0]):
        return False  # `出生日期在1959年12月31日前的户籍人群`: who may come, by birth date
    if _PAPER_BEFORE.search(st.text, max(0, m.span[0] - 2), m.span[0]) and _REPORTED_AFTER.match(
        st.text, m.span[1]
    ):
        return False  # `蘋果日報今天報導「…」`: the day a paper printed a story
    if m.flags == _WEEKDAY_ONLY and _on_masthead(st, m.span[0]):
        return False  # `有奖新闻热线: 88881111 星期三`: the paper's own weekday on its masthead
    if m.text == "今日" and (
        _EDITIONS_AFTER.match(st.text, m.span[1])
        or _EDITIONS_BEFORE.search(st.text, max(0, m.span[0] - 6), m.span[0])
        or _CRUMB_BEFORE.search(st.text, max(0, m.span[0] - 2), m.span[0])
        and _CRUMB_AFTER.match(st.text, m.span[1])
    ):
        return False  # `今日成都今日新都今日温江…`, `… > 今日成都 > 正文`: a site's editions
    if "relative" in m.flags and (
        _SITE_CLOCK.match(st.text, m.span[1])
        or _GREETED_BEFORE.search(st.text, max(0, m.span[0] - 6), m.span[0])
    ):
        return False  # `今日时间:`, `欢迎访问…官方网站!今天是:`, `您好!今天是`: the site's clock
    if "relative" in m.flags and (
        _BETTER_TOMORROW.match(st.text, m.span[1])
        or _BRIGHT_BEFORE.search(st.text, max(0, m.span[0] - 8), m.span[0])
        or _UP_TO.search(st.text, max(0, m.span[0] - 20), m.span[0])
    ):
        return False  # `祝愿金山明天更美好`, `时至今日`: the future and the present, no day
    if "part" in m.flags and (
        st.text.startswith(_TURN_OF_YEAR, m.span[1])
        or st.text.endswith(_TURN_OF_YEAR, 0, m.span[0])
    ):
        return False  # `年末岁尾新鹅城神采焕发`, `岁末年初,各地…`: the turn of the year as a season
    if (
        "relative" in m.flags
        and m.text.startswith(_TODAY)
        and _SAYS_TODAY.match(st.text, m.span[1])
    ):
        return False  # `运输署今日(3)提醒市民`: the day a body said it
    if "relative" in m.flags and _COUNT_TODAY.match(st.text, m.span[1]):
        return False  # `今日分别有105间和25间中学`: a count as of the day
    if "relative" in m.flags and _RELEASED_TODAY.match(st.text, m.span[1]):
        return False  # `商务部今日公布了8月消费市场运行情况`: the day figures came out
    if m.precision is Precision.MONTH and _FIGURES_OF.match(st.text, m.span[1]):
        return False  # `8月消费市场运行情况`: a month's figures
    # (an address runs up to the date: only a printable ASCII character may stand before it)
    if "!" <= st.text[m.span[0] - 1 : m.span[0]] <= "~" and _IN_ADDRESS.search(
        st.text, max(0, m.span[0] - 80), m.span[0]
    ):
        return False  # `http://www.pingxiang.gov.cn/…/t20150204_1357`: a page's address
    if _GLUED_TO_CODE.match(st.text, max(0, m.span[0] - 1)) and m.text[:1].isdigit():
        return False  # `357A05-10-2022-0234`: a document's code, no date
    clock = _GREETING_CLOCK.search(st.text, max(0, m.span[0] - 4), m.span[1] + 24)
    if clock is not None and clock.start() <= m.span[0]:
        return False  # `今天是2019年4月12日星期五欢迎进入…`: a site's clock, `今天` or the date
    if m.precision is Precision.DAY and _YEAR_END_COUNT.match(st.text, m.span[1]):
        return False  # `2019年末常住人口11.44万人`: a year-end figure
    if day_of(m.end) <= st.published and _captioned(st, m):
        return False  # `2月7日,…前来选购免税商品。海口日报记者苏弼坤 摄`: a photo's day
    if "|" in st.text[m.span[1] : m.span[1] + 40] and st.notice.opening_hours_row(
        st.paragraphs[st.para_of(m.span[0])]
    ):
        return False  # `10月1日至10月3日 | 全部阅览区域 | 9:00-17:00 |` under `开馆时间`
    if _opens_sentence(st, m) and _MONTH_AS_SEASON.match(st.text, m.span[1]):
        return False  # `8月的甘南,绿草如茵`: a month as a season
    if m.precision is Precision.MONTH and _SAID_A_SEASON.match(st.text, m.span[1]):
        return False  # `三月是草长莺飞的季节`, `道县的11月,是奔跑的季节`
    if st.text.endswith(_EXCEPT_OPENS, max(0, m.span[0] - 4), m.span[0]) and _EXCEPT_CLOSES.match(
        st.text, m.span[1]
    ):
        return False  # `除农历除夕至正月初八可以燃放烟花爆竹外`: a standing rule's exception
    if m.precision is Precision.MONTH and _DOSE_MONTHS.search(
        st.text, max(0, m.span[0] - 12), m.span[0]
    ):
        return False  # `国产2价HPV疫苗于0、6月分别接种1剂次`: months from the first dose
    if m.precision is Precision.MONTH and _MONTHS_OWN.match(st.text, m.span[1]):
        return False  # `4月新规大揭秘`, `当四月的第一缕春风悄然拂过`: the month's rules, its air
    if (
        m.precision is Precision.MONTH
        and _MONTH_ENTERED.search(st.text, max(0, m.span[0] - 3), m.span[0])
        and st.text[m.span[1] : m.span[1] + 1] in (",", "，")
    ):
        return False  # `进入3月,随着气温不断升温`: the time of year as the setting
    vague = _VAGUE_PERIOD.search(m.text)
    if (
        vague
        and not (
            vague.group() in ("上半年", "下半年")
            and (
                _TARGET_AFTER.match(st.text, m.span[1])
                or PLANNED_BEFORE.search(st.text, max(0, m.span[0] - 4), m.span[0])
                and _PLANNED_AFTER.match(st.text, m.span[1])
            )
        )
        and not (
            vague.group() == "季度"
            and (
                FUTURE_AFTER.match(st.text, m.span[1])
                or _TARGET_AFTER.match(st.text, m.span[1])
                or PLANNED_BEFORE.search(st.text, max(0, m.span[0] - 4), m.span[0])
            )
        )
    ):
        # `一季度,全区共排查…`; but `第二季度我区将集中开展排查` is a plan and
        # `预计2014年第二季度完工` a target, and so is `大桥…将于明年上半年建成通车` (the whole
        # half-year, as a bare month is the whole month)
        return False
    said_a, said_b = st.clause_on(a, b)
    if _PAPER_ITSELF.search(st.text, said_a, said_b):
        return False  # `今日,本报刊登了…活动安排`, `详见今日《柳州日报》四版`: the paper's own
    if _WEATHER.search(st.text, said_a, said_b) and _WEATHER.search(
        _BRACKETED.sub("", st.text[said_a:said_b])
    ):
        # (not in brackets: `…11月1日启动供热(…地区视当地气温情况可再适当提前启动供热`)
        sa, sb = st.sentence_near(a, b)
        # (its own day's weather: up to the next day the forecast names)
        then = _NEXT_DAY_SAID.search(st.text, b, sb)
        # (`展望25日—27日多云间晴`, `又有降水发展`: an outlook, rain developing, not a show's `展`)
        said = st.text[sa:sb].replace("展望", "").replace("发展", "")
        if not HAPPENING.search(said) and not _SEVERE.search(
            st.text, a, then.start() if then else sb
        ):
            # `今天我市最高气温13℃~15℃`: a temperature forecast, no happening (but
            # `局部暴雨` is weather a reader is warned of)
            return False
    if (
        m.precision is Precision.MONTH
        and _OUTLOOK.search(st.text, *st.sentence_near(a, b))
        and not HAPPENING.search(st.text, said_a, said_b)
    ):
        return False  # `5月湖北有可能出现旱涝并存的情况`: a month's outlook, no happening
    if _EPISODE_BEFORE.search(st.text, max(0, a - 12), a):
        return False  # `第735期:2021年2月5日…`: the day of a programme's episode, its page's
    if _ISSUED_BEFORE.search(st.text, max(0, a - 14), a):
        return False  # `鹰府办字〔2025〕30号2025年04月10日`: the day a document was issued
    if _PRINTED_IN.search(st.text, max(0, a - 16), a):
        return False  # `(深圳特区报2022年01月04日星期二A07版)`: the day a story was printed
    if _RECORD_LABEL.search(st.text, max(0, a - 6), a):
        return False  # `发布日期2020-03-20文号`: a record's day, no happening
    if "week" in m.flags and (m.text.endswith("的") or st.text.startswith("的", b)):
        return False  # `本周的焰火晚会共分四个篇章`: this week's, the show's day told elsewhere
    if m.flags & NAMED_DAY and _DESIGNATED.search(st.text, max(0, a - 5), a):
        return False  # `将每年农历秋分设立为“中国农民丰收节”`: a day named, no occurrence
    if _CAPTION_BEFORE.search(st.text, max(0, a - 40), a):
        return False  # `8月27日凌晨停水区域范围示意图`: a picture's caption
    if _COUNT_CELL.search(st.text, b, b + 30):
        return False  # `| 十月十日 | 累积数目 | |`: the head of a table of counts
    if _YEARS_AGO.match(m.text):
        return False  # `许恒保从19年前开始无偿献血`: a life's history, not a happening's day
    if "since_publication" in m.flags and _STANDING.search(st.text, said_a, said_b):
        return False  # `即日起街道常态设立兵役登记站`: a standing service from now on, no day
    if ("from" in m.flags or "since" in m.flags) and _HOURS_FROM.match(st.text, b):
        return False  # `从12月17日起,2号线运营时间为6:04-22:50`: hours kept from then on
    if (
        day_of(m.start) == day_of(m.end)
        and _DAY_SAID.search(m.text)
        and (
            _HOURS_LABEL_BEFORE.search(st.text, max(0, a - 12), a)
            or _HOURS_THEN.match(st.text, b)
            and _PLACES_HOURS.search(st.text, st.paragraphs[st.para_of(a)].start, a)
        )
    ):
        # `两节期间的开馆时间为2月6日(除夕)上午8时-12时`, `…2月9日(正月初三)以后为上午8时-12时`:
        # the hours a place keeps on a day, no happening
        return False
    if (
        ("from" in m.flags or "since" in m.flags)
        and m.start == m.end
        and _WEEKLY_FROM.match(st.text, b)
        and not _DAY_SAID.search(st.text, b, st.sentence_of(a)[1])
    ):
        # `从明日起,新馆将在每周六举办“主题馆日”活动`: a rule from then on, no day (not `自9月16日
        # 起每周六开课,共12次课,12月2日结课`: a run, its end said)
        return False
    if m.text.startswith("提前") or st.text[max(0, a - 1) : a] == "提":
        return False  # `需提前一天预约`: a lead time, not a date
    if _ADDRESS.search(st.text, max(0, a - 2), a) and _BARE_DAY.fullmatch(m.text):
        return False  # `文体路2号`: a house number
    if st.text[b : b + 1] in _BUILDING and (m.text.endswith("号") or m.text[-1:].isdigit()):
        return False  # `和平社区1至24号楼`, `1号楼B座10-11楼`: building and floor numbers
    if st.inside_name(a, b):
        return False  # `“粽情端午”民俗文化节`, `“周末课堂”`: time words inside a quoted name
    if named and (
        _PURPOSE.search(st.text, max(0, a - 14), a)
        or _FESTIVE_AIM.search(st.text, max(0, a - 20), a)
        or _CELEBRATED_BEFORE.search(st.text, max(0, a - 3), a)
        and not _ITS_DAYS_AFTER.match(st.text, b)
    ):
        # `为迎接第46个全国植树节,…`, `为营造喜庆祥和的春节氛围`, `让群众度过一个欢乐的春节`,
        # `将庙会打造成为…最热闹的春节庙会`: the occasion of a happening dated elsewhere
        return False
    before = st.text[max(ca, a - 6) : a]
    if "原标题" in st.text[max(ca, a - 40) : a]:
        return False  # a repost's `原标题:…10日开幕`: the story under it tells the event
    if "anaphora" in m.flags and UNTIL_IT_ENDS.match(st.text, max(0, a - 1)):
        return False  # `每天18:00至当日活动结束`: the end of the hours before, no day of its own
    if "anaphora" in m.flags and _VISITORS_DAY.search(st.text, max(0, a - 2), a):
        return False  # `参观当日,已预约观众凭预约凭证进场`: whatever day one visits, a rule
    reporter = _REPORTER.match(st.text, b) or _LEARNT_FROM.match(st.text, b)
    if (
        before.endswith("记者")
        or (
            reporter
            and _REPORTER_SAW.search(st.text, b, st.clause(reporter.end(), reporter.end())[1])
        )
        or before.endswith(("记者在", "记者于"))
        and _LEARNT_AT.search(st.text, b, st.sentence_of(a)[1])
    ):
        # `记者18日走访发现`; `今天上午,记者从拱墅区获悉`; `18日,从长春水务集团获悉` (the paper's);
        # `记者在10月23日上午,…举行的首滑仪式上了解到` (where the reporter learnt it)
        return False
    if before.endswith(("比", "较", "同比")):
        return False  # `比去年末净增148家`: the base of a comparison
    if before.endswith(("除", "除了")) and "外" in st.text[b:cb]:
        return False  # `文化场馆除大年初一闭馆外照常开放`: the exception to a rule
    if m.text.endswith("月") and _MONTH_OF_WORD.match(st.text, b):
        return False  # `为老人送上月饼`
    if m.text.endswith("月") and _SEASON_BEFORE.search(st.text, max(0, a - 2), a):
        return False  # `阳春三月,正值桃花盛开`, `金秋十月`: a season's phrase
    if m.text in ("暑假", "寒假"):
        return False  # `暑假来临`: its days differ by place; only stated days date it
    if (
        (named or st.text[a - 1 : a] == "“")  # (or a quoted `“二月二”`)
        and any(w in st.text[b : b + 6] for w in HAPPENING_WORDS + ("游园",))
        and _dated_elsewhere(st, a, b)
    ):
        # `九月十二日晚…举办“邻里共赏月”中秋游园活动`, `中秋节假期(9月13日至15日)期间,…
        # 将举办“月满长安”中秋灯会`, `“二月二”庙会将于十三、十四、十五日三天…举办`: the
        # occasion of a happening its sentence dates
        return False
    if ("relative" in m.flags or "festival" in m.flags) and _chat_in_quotes(
        st, a, b, "relative" in m.flags
    ):
        # `“不过今天我还没想好要应聘什么职位。”`: a speaker's day, nothing on; `“…感受到了
        # 腊八节的传统民俗,也感受社区对我们的关心…”`: a festival they enjoyed
        return False
    if _said_on(st, b, cb):
        return False  # `香港新闻界31日宣布,…`; `”7月8日,工作人员丁女士说,…`
    if st.text.find("据", ca, a) >= 0 and _ANNOUNCED.search(st.text, b, cb):
        # `据…官网星期一(11月28日)公告,…`, `大皖新闻讯 据蚌埠发布微信公号9月19日发布,…`: the
        # day a source announced it
        return False
    closes = "deadline" in m.flags and before.endswith("截至")  # `报名截至8月20日`
    if (
        (_NOT_BEFORE.search(before) or _MOVED_LIST.search(st.text, max(ca, a - 30), a))
        and not closes
        or _REPORTING.search(st.text, b, cb)
        or _WARNING_ISSUED.search(st.text, b, st.next_clause(cb)[1] if cb <= b + 1 else cb)
        or day_of(m.end) <= st.published
        and _NOTICE_ISSUED.match(st.text, b, st.sentence_of(b)[1])
    ):
        # `截至4月底`; `记者13日从区教委获悉`; `燃气公司今天下午发布停气通知`, `22日,自来水
        # 公司发布消息`, `1月4日,据北京日报客户端`: the day a notice came out, not what it
        # announces
        return False
    if _CONTINGENT.search(st.text, max(0, a - 30), a) or _PLEA.search(st.text, max(0, a - 30), a):
        return False
    if m.precision is Precision.MONTH and any(
        int(d["m"]) == day_of(m.start).month for d in _MONTH_DAY_OF.finditer(st.text, b, cb)
    ):
        return False  # `2022年6月普通高中学业水平考试定于6月28日至30日`: an edition
    if m.precision is Precision.MONTH and _SCHEDULE_OF.match(st.text, b):
        return False  # `近日发布12月公益讲座安排`
    if m.precision is Precision.MONTH and (
        _ALREADY_COUNTED.search(st.text, b, cb) or _MONTH_COUNT.match(st.text, b)
    ):
        # `3月份的活动已经安排100多场`, `4月的6场活动正在报名中`: a count of what the month holds
        return False
    if (named or "weekday" in m.flags) and _AS_USUAL.match(st.text, b):
        # `国庆期间,博物馆正常开放`; `周六上午及元旦、五一、中秋、国庆节当天…照常对外服务`
        return False
    if _OPEN_AS_USUAL.match(st.text, b) and not STOPS.search(st.text, st.sentence_of(a)[0], a):
        # `元旦假期开放时间安排如下:12月30日-1月1日正常开放` (but `…4月1日起闭馆维修,5月1日
        # 正常开放`: it opens again)
        return False
    if (usual := _USUAL_DAY.match(st.text, b)) is not None and _is_usual(
        day_of(m.start), day_of(m.end), usual
    ):
        # `2021年9月18日(周六)正常休息`, `10月2、3日(周六、周日)正常双休`, `9月5日(星期四)正常
        # 上班`, `12月31日(周五)按照正常工作日上课`: an ordinary day (but `1月4日(周日)正常上班`
        # is a weekend worked, and `1月4日(周一)正常上课` the first school day after a break:
        # both stay)
        return False
    if _COUNTS_FROM.match(st.text, b) and (
        st.text[a - 1 : a] == "以" or _BY_DAY.search(st.text, max(0, a - 10), a)
    ):
        # `年龄计算时间点均以11月19日为准`, `年龄统一按照选举日11月16日(含本日)计算`: the day a
        # rule counts from
        return False
    if ("anaphora" in m.flags or "relative" in m.flags) and _COUNTED_IN.search(
        st.text, max(0, a - 5), a
    ):
        # `领取后的3天内有效(含领取当天)`, `(含本日)`: the day of an act or the day said before,
        # counted in a term
        return False
    if "anaphora" in m.flags and _CONDITION.search(st.text, max(0, a - 40), a):
        return False
    if "anaphora" in m.flags and _ADVICE.search(st.text, *st.clause_on(a, b)):
        # `当天接种前请服用好药物`, `公聽會當天如遇天災…`, `出示當天的個人健康碼`: a rule or
        # advice for that day, no happening of its own
        return False
    if (
        day_of(m.end) <= st.published
        and not st.text[st.sentence_of(a)[0] : a].strip()
        and _DOING_THEN.match(st.text, b)
    ):
        return False  # `1月8日,工作人员正在制作新年花灯`: a picture's scene, no happening
    if ("anaphora" in m.flags or "relative" in m.flags) and _SCENE_IN.match(st.text, b):
        return False  # `该队在当日的比赛中表现出色`, `在今天的书画展演活动中`: a scene in it
    if "anaphora" in m.flags and _DAYS_FIGURE.match(st.text, b):
        return False  # `当日接待量不得超过景区最大承载量50%`: a figure of each day, no happening
    if "anaphora" in m.flags and _OUTCOME.match(st.text, b):
        return False
    if named and _SPAN_AROUND.match(st.text, b):
        return False  # `清明节前两个周末`: weeks before the day, not the day
    if named and _FESTIVAL_AS_TOPIC.match(st.text, b):
        return False
    if _IN_BLOOM.search(st.text, *st.clause(a, b)) and not _HAPPENING_SAID.search(
        st.text, *st.clause(a, b)
    ):
        # `预计在中秋小长假全部盛开,花期可持续至国庆长假`: when flowers bloom, no happening
        return False
    if "lunar" in m.flags and _IS_A_FESTIVAL.match(st.text, b):
        return False  # `农历六月六是中国传统的洗晒节`, `农历三月初三是多个少数民族的传统节日`
    if "lunar" in m.flags and _HISTORY.search(st.text, *st.clause(a, b)):
        return False  # `从650年前的明朝洪武初年,玉山镇就有兴盛一时的农历三月十八祖师庙会`
    if day_said and _MEANING_AFTER.match(st.text, b):
        return False  # `由于九月初九“九九”谐音是“久久”`: what the day means
    if named and _BYLINE_NAME_BEFORE.search(st.text, max(0, a - 5), a):
        return False  # `记者王寒露昨日…`: a person's name holding a solar term's
    if named and _NAMED_PLACE_AFTER.match(st.text, b):
        return False  # `七夕艺术学校`, `五一广场`: a name, not the day
    if m.flags <= {"part_of_day"} and m.text in _BARE_PARTS:
        return False  # `让驻马店的夜晚更鲜活`: an evening, no day said
    if named and _FIRST_DAYS_COUNTED.match(st.text, b):
        return False  # `春节假期前六天累计完成航班起降6474架次`: the days a count is over
    if named and _TOPIC_LABEL.search(st.text, max(0, a - 20), a):
        return False  # `专题:网络中国节·春节`: a page's topic, no day
    if day_said and _custom_told(st, a):
        return False  # `九月初九,“九九”谐音“久久”`: what the festival means, no happening
    label = _LABEL_AFTER.match(st.text, b) if named else None
    if label and _STATED_DAY.match(st.text, label.end()):
        return False  # `国庆节、中秋节:10月1日(周三)至8日放假`: the label of a stated item
    noted = _NOTE_OF_LABEL.match(st.text, b)
    if noted and _STATED_DAY.match(st.text, noted.end()):
        return False  # `苗族传统节日(农历四月初八,公历5月26日):5月26日放假`: the label's note
    heading = _HEADING_AFTER.match(st.text, b) if named else None
    if (
        heading
        and _STATED_DAY_OF_YEAR.match(st.text, heading.end())
        and _HEADING_BEFORE.fullmatch(st.text, st.text.rfind("\n", 0, a) + 1, a)
    ):
        return False  # `一、元旦` over `1月1日放假,…`: the heading of a stated item
    if named and _NTH_DAY_OF.match(st.text, b):
        return False  # `10月1日是国庆假期第一天`: the day is said; the holiday is its frame
    if _LEAD_TIME.match(m.text) and _CJK_BEFORE.match(st.text, max(0, a - 1)):
        return False  # `献血前一天晚上应避免饮酒`
    if named and _in_named_run(st, a, b):
        return False
    if (
        named
        and st.text[a - 1 : a] == "“"
        and st.text[b : b + 1] == "”"
        and MONTH_DAY.search(st.text, st.sentence_of(a)[0], a)
    ):
        return False  # `5月16日,…举办了“国际博物馆日”暨…宣传活动`: the day names what is held
    if isinstance(m.start, dt.datetime) and m.start != m.end and _AREA_HOURS.match(st.text, b):
        return False  # `10月5日-10月7日9:00-21:00一至三楼阅览区`: an area's opening hours
    if (
        isinstance(m.start, dt.datetime)
        and m.start != m.end
        and _OPEN_THEN.match(st.text, b)
        and DAY_WORDS.search(m.text)  # (its own days: not `展期内每天8:00至18:00开放`, a show's)
        and _OPENING_NOTICE.search(st.text)
    ):
        # `1.1月31日上午9:00—11:00开馆` in a notice of the holiday's opening times: the hall's
        # hours those days
        return False
    if _in_link_list(st, a):
        return False  # `- …开展端午节前食品安全专项检查2025-05-29`: another article's headline
    beijing = st.text.rfind("北京时间", max(0, a - 34), a)
    if beijing != -1 and _BEIJING_CLOCK.match(st.text, beijing):
        # `北京时间2024年8月21日(农历2024年7月18日),星期三`: a site's clock (not `北京时间2月6日
        # 凌晨3点,…决赛将打响`, a happening abroad)
        return False
    if _AVOIDED.search(st.text, max(0, a - 22), a):
        # `避开1月1日10-12时和3日15-20时高峰`, `尽量错开周末和清明节当天`: times to keep away from
        return False
    if "weekday" in m.flags and st.text[a - 1 : a] == "按":
        return False  # `2月4日(除夕)按星期四排班常规出诊`: the weekday whose rota a day keeps
    if "weekday" in m.flags and _INCLUDED_DAYS.search(st.text, max(0, a - 12), a):
        return False  # `5月1日至10月8日的国家假日(含周六、周日)`: the days a period includes
    if _BARE_WEEKEND.fullmatch(m.text) and _JOINS_BREAK.match(st.text, b):
        # `4月4日放假。与周末连休`, `加上周末可以连休5天`, `经周末调休后`: the break joins it
        return False
    if "与" in st.text[max(ca, a - 16) : a] and _NAMED_WEEKEND_JOINED.match(st.text, b):
        return False  # `8月9日至11日放假,…与8月12日(星期六)、8月13日(星期日)周末连休`
    if _BARE_WEEKEND.fullmatch(m.text) and (
        MONTH_DAY.search(st.text, st.sentence_of(a)[0], a)
        or st.text[a - 1 : a] == "在"
        and _AS_A_RULE.search(st.text, ca, a)
        or _WEEKEND_SORT.match(st.text, b)
        or _NTH_BEFORE.search(st.text, max(0, a - 5), a)
        or st.text[a - 1 : a] in ("过", "度")
        or _WEEKEND_FRAMED.search(st.text, max(0, a - 10), a)
        or st.text.startswith(("之夜", "时光"), b)
    ):
        # `10月12日上午…开设周末接种专场`: says what sort of day the date is;
        # `让孩子们欢乐过周末`: a weekend spent, said of what a happening gives;
        # `本次运动会特别安排在周末`, `比赛项目都在周末进行`: weekends as a rule, not this one;
        # `周末亲子游线路`, `周末场演出计划`: a sort of trip or show; `昨日是展馆开放后的第一个
        # 周末`: what a day said is; `正值周末,…`, `难忘的周末之夜`: a setting
        return False
    if (
        "以来" in st.text[b:cb]
        and not _opened_since_then_closes(st, b, cb)
        or st.text.startswith("至今", b)
        or m.text.endswith(("以来", "至今"))
    ):
        # `自2022年10月启动征稿以来,共收到…`, `元旦以来`, `除夕至今,已有300本藏书…`: the start
        # of a count
        return False
    if _AFTER_SOMETHING.fullmatch(m.text) and _CJK_BEFORE.match(st.text, max(0, a - 1)):
        if st.text[a - 1 : a] not in "今本这即":
            return False  # `于首剂接种6个月后完成`: months after a happening, not after today
    cancelled = _CANCELLED.search(st.text, ca, cb)
    if cancelled and not (
        "from" in m.flags
        and cancelled.group() == "取消"
        and b <= cancelled.start() <= b + 6
        and "的" not in st.text[b : cancelled.start()]
    ):
        # (but `本市5月1日起取消机动车单双号限行措施`: a measure lifted from then; not
        # `5月1日起的演出全部取消`)
        return False
    suspended = _SUSPENDED.search(st.text, ca, cb)
    if (
        suspended
        and not _SUPPLY_SAID.search(st.text, st.sentence_of(a)[0], a)
        and not (
            "from" in m.flags
            and b <= suspended.start() <= b + 8
            and "的" not in st.text[b : suspended.start()]
        )
    ):
        # (but `…沖廁水供應,將由三月十六日晚上九時至…暫停`: a supply cut, an outage; `由周三(15日)
        # 起暫停所有校內活動`: a measure from then on, not `15日起的活动暂停`)
        return False
    if _CALLED_OFF_LIST.match(st.text, st.sentence_of(a)[0]):
        # `取消举行的演出活动包括原订8月26至29日…,8月28日…,以及…9月3日…`: each called off
        return False
    # (the move told in its sentence or the next: `原定…休市时间为2月15日至17日,…。经研究,…
    # 调整为…`)
    moved_by = st.sentence_of(st.sentence_of(a)[1] + 1)[1]
    if _FIRST_SET.search(st.text, ca, a) and _MOVED_AWAY.search(st.text, b, moved_by):
        return False
    if _CHANGED_FROM.search(st.text, max(0, a - 4), a) and _CHANGED_TO.match(st.text, b):
        return False
    if named and (
        _FOR_THE_SAKE.match(st.text, ca, a)
        or _AIMED_AT.search(st.text, ca, a)
        or _IN_THE_PERIOD.match(st.text, ca, a)
    ):
        return False  # `为切实做好国庆黄金周各项旅游接待工作,`: what the work is for
    if _GLOSS_OF.search(st.text, ca, a):
        return False  # `该时段对应农历腊月廿八、廿九、正月初一`: the days said before, glossed
    if _BREAK_DAYS_TOLD.match(st.text, b) or _MOVED_INTO_BREAK.search(st.text, ca, a):
        # `其中:1月1日(星期二)为法定节假日,12月30日(星期日)为公休日,12月29日(星期六)公休日调至
        # 12月31日(星期一)`: a break's days told one by one, no happening of their own
        return False
    if (
        SELF_REFERENCE.search(st.text, ca, cb)
        and day_of(m.end) <= st.published
        and not CALL_WORD.search(st.text, *st.clause_on(a, b))
    ):
        # `本通告自发布之日起施行`; but `自本公告发布之日起至4月6日` is a window,
        # `自本公告发布之日起,均可…申请报名` opens one, and `本办法拟自2025年7月1日起施行` is a
        # date to come
        return False
    sa, sb = st.sentence_near(a, b)
    if (
        OPENING_HOURS_SAID.search(st.text, sa, a)
        and DAY_WORDS.search(m.text)
        and "月" not in m.text
        and (
            st.text[a - 1 : a] not in LISTED_WITH
            or _WEEKDAY_ENDS.search(st.text, max(0, a - 4), a - 1) is not None
        )
    ):
        # `开放时间:周二至周日…`: a weekly rule (`服务时间为9月29日至…` is dated, and so is the
        # day listed after it: `开放时间为5月6日及7日上午10时至下午6时`; but not a weekday
        # listed after a weekday: `開放時間為周二及周三上午十一時至下午五時半`, both the rule's)
        return False
    # A period that figures are counted over: `今年1—10月`, `去年元宵节期间`.
    period = m.precision is Precision.MONTH or (
        day_of(m.end) < st.published
        and (named or "anaphora" in m.flags or "期间" in st.text[b : st.clause(a, b)[1]])
    )
    if period and _STATISTIC.search(st.text, sa, sb):
        return False
    counted = (
        _STATISTIC.search(st.text, b, min(b + 10, said_b))
        if m.start != m.end
        and day_of(m.end) <= st.published
        and st.text[a - 1 : a] not in ("(", "（")  # (a holiday's days glossed: its own rule's)
        else None
    )
    if counted is not None and not _HELD.search(st.text, b, counted.start()):
        # `由1月26日上午8时至28日上午8时,合共检控9宗…`: what was counted over it (not a
        # happening held then: `11月11日至12日举行的“运河市集”吸引了超过5万人次参与`)
        return False
    return not _is_signature(st, m)


def _stamp_alone(st: StoryText, m: TimeMention) -> bool:
    """True for a machine's time stamp: a numeric date and clock making up a line of their
    own (`05.02.2016 11:36`, `2025 04-24 09:33`) or a zero-padded date alone on one
    (`2025年03月14日`), or a zero-padded `01-19 21:07`."""
    said = m.text.strip()
    if _PADDED_STAMP.fullmatch(said):
        return True
    a, b = m.span
    if len(said) >= 6 and (st.text.startswith(said, b) or st.text.endswith(said, 0, a)):
        return True  # `2023年1月1日2023年1月1日`: a page's date printed twice, no happening
    machine = _CLOCKED_DATE.fullmatch(said) or ISO_DAY.fullmatch(said)
    if machine and (
        _STAMP_BEFORE.search(st.text, max(0, a - 40), a)
        or _STAMP_AFTER.match(st.text, b)
        or _MARKUP.search(st.text, max(0, a - 20), b + 60)
    ):
        # `• 2019-03-26 11:27`, `http://…sina.com.cn 2011-10-28 03:09来源:`, a list's
        # `• 2025-01-09`, a digital paper's `--> 2024-01-20 1 1黔东南日报 c240042.html`
        return True
    if _BRACKETED_DAY.fullmatch(st.text, max(0, a - 1), b + 1) and _LINK_ITEM.match(
        st.text, max(0, st.text.rfind("\n", 0, a))
    ):
        return True  # `- [01-29] 高山镇开展迎新春主题活动`: a list of other articles
    k = st.para_of(m.span[0])
    para = st.paragraphs[k]
    line = st.text[para.start : para.end].strip()
    if len(line) < 80 and "版次" in line:
        return True  # a digital paper's page line: `日期:[2012年12月07日] -- 运动会 -- 版次:[016]`
    if _PAPER_DATE_LINE.fullmatch(line):
        return True
    if _MENU_DAY_LINE.fullmatch(line) and k + 1 < len(st.paragraphs):
        below = st.text[st.paragraphs[k + 1].start : st.paragraphs[k + 1].end]
        if any(w in below for w in _PAGER):
            return True
    return not para.label and len(line) < 40 and _NUMERIC_LINE.fullmatch(line) is not None


def _in_link_list(st: StoryText, a: int) -> bool:
    """True when ``a`` is on a line of a list of links to other articles, each a bullet, a
    headline and its day (`- 姜堰区张甸镇:…六一儿童节主题活动2025-05-29`): the day itself
    (`- 探秋——旅游线路2018/10/31`) or a time word in the headline."""
    start = st.text.rfind("\n", 0, a)
    end = st.text.find("\n", a)
    if _DAY_THEN_LINK.match(st.text, start + 1):
        # `2025-09-18十二连跌!…` over `2025-09-15年度爆款…`: each line a day glued to a headline
        before = st.text.rfind("\n", 0, max(0, start))
        return bool(
            (start > 0 and _DAY_THEN_LINK.match(st.text, before + 1))
            or (end != -1 and _DAY_THEN_LINK.match(st.text, end + 1))
        )
    return (
        _LINK_ITEM.match(st.text, max(0, start)) is not None
        and _LINKED_DAY_END.search(st.text, a, len(st.text) if end == -1 else end) is not None
    )


def _dated_elsewhere(st: StoryText, a: int, b: int) -> bool:
    """True when the sentence of span [a, b) states a day before it (`9月2日`, `前天`) or
    after it."""
    sa, sb = st.sentence_near(a, b)
    return bool(
        _STATED_DAY.search(st.text, sa, a)
        or _RELATIVE_DAY_SAID.search(st.text, sa, a)
        or _DAY_SAID.search(st.text, b, sb)
    )


def _in_named_run(st: StoryText, a: int, b: int) -> bool:
    """True when the named day at [a, b) is one of three or more named in a row
    (`公布2024年元旦、春节、清明节…放假安排`)."""
    if not (st.text[b : b + 1] in "、和及与" or st.text[a - 1 : a] in "、和及与"):
        return False
    ca, cb = st.clause(a, b)
    for run in _NAMED_RUN.finditer(st.text, ca, cb):
        if run.start() < b and b <= run.end() and run.group().count("、") >= 2:
            return True
    return False


def _is_signature(st: StoryText, m: TimeMention) -> bool:
    """True for the date under a notice: one of its last paragraphs, holding only the date,
    or a dated signature glued to its signer and what follows it (a page printed without
    line breaks: `特此通告某区人民政府2023年5月22日附件:…`, `通讯员:张三2021年6月17日`)."""
    if m.precision is Precision.MINUTE or day_of(m.start) != day_of(m.end):
        return False  # a notice is signed with a day, never an hour nor a run of days
    a, b = m.span
    if (
        (YEAR_SAID.search(m.text) or _DOTTED_FULL.fullmatch(m.text))
        and _SIGNER_BEFORE.search(st.text, max(0, a - 12), a)
        and _SIGNATURE_AFTER.match(st.text, b)
    ):
        return True
    k = st.para_of(a)
    para = st.paragraphs[k]
    if para.end - para.start > WINDOW:
        return False  # (a signature is short: bounds the work on a long paragraph)
    rest = st.text[para.start : para.end].replace(m.text, "").strip(" .。")
    if len(rest) > 1:
        return False
    k_before = st.paragraphs[k - 1] if k else None
    if k_before is not None and st.text[k_before.start : k_before.end].strip().isdigit():
        return False  # `1` / `7月1日` / `桐梓记忆浓情“粽”意`: a table's row, flattened
    if not st.text[: para.start].strip() and _SIGNER.search(st.story.title or ""):
        # the signature block read as a story of its own, the signer as its title:
        # `特此公告 / 高邮市人民代表大会常务委员会 / 2012年8月16日`, with the attached plan
        # after it or not
        return True
    if len(st.paragraphs) <= 1:
        return False
    # `特此公告。市中心血站 二〇二三年十一月一日`, even with more notices after it on the page;
    # `城口县双河乡人民政府` / `2026年3月6日` above the attached plan
    closed = _SIGNED_OFF.search(st.text, max(0, para.start - 40), para.start)
    above = st.paragraphs[k - 1] if k else None
    if above is not None and st.text[above.end - 1 : above.end] in (":", "："):
        return False  # `活动时间:` / `2月9日`: a field's value under its label
    signer = (
        above is not None
        and above.end - above.start <= 30
        and _SIGNER.search(st.text, above.start, above.end) is not None
    )
    return k >= len(st.paragraphs) - 3 or closed is not None or signer


def _under_season_label(st: StoryText, a: int) -> bool:
    """True when the mention at ``a`` opens the line under a season's label (`冬令时` /
    `10月1日至次年4月30日`), or follows it on its line (`冬季开放时间:10月1日至次年4月30日`)."""
    k = st.para_of(a)
    para = st.paragraphs[k]
    if _SEASON_LABEL.fullmatch(st.text, para.start, a):
        return True
    if st.text[para.start : a].strip() or not k:
        return False
    above = st.paragraphs[k - 1]
    return _SEASON_LABEL.fullmatch(st.text, above.start, above.end) is not None


def _retold(
    st: StoryText, cands: list[Candidate], a: int, b: int, day: dt.date, start: Moment
) -> bool:
    """True when anaphor [a, b) only tells more of a past day already dated in the story
    (no clock time of its own, no plan, no happening after it)."""
    if isinstance(start, dt.datetime) or day >= st.published:
        return False
    told = [x for x in cands if day_of(x.start) == day == day_of(x.end)]
    # (`12月5日是国际志愿者日。当天,…发布…`: the day was named, its happening is this one)
    if not told or any(x.named or _IS_DAY.match(st.text, x.anchor[1]) for x in told):
        return False
    ca, cb = st.clause(a, b)
    return not _PLANNED.search(st.text, ca, cb) and not st.holds_after(a, b)


def _captioned(st: StoryText, m: TimeMention) -> bool:
    """True when ``m`` opens a photo's caption (`图为` before it or not), its paragraph or
    right after another one's credit, then one sentence and its photographer's credit (a scene
    on the day it was taken, no happening)."""
    a, b = m.span
    start = st.paragraphs[st.para_of(a)].start
    if start <= st.story.dateline_end <= a:
        start = st.story.dateline_end  # (`本报讯 2月6日,…`)
    if st.text[start:a].strip() not in ("", "图为") and not _AFTER_CREDIT.search(
        st.text, max(0, a - 8), a
    ):
        return False
    return _PHOTO_CAPTION.match(st.text, b) is not None


def _dated_after(st: StoryText, mentions: list[TimeMention], i: int, at: int) -> bool:
    """True when a later mention than ``mentions[i]``, not a named day, stands after ``at`` in
    the clause of ``at``."""
    return any(
        at <= m.span[0] and st.clause(*m.span)[0] <= at and not m.flags & NAMED_DAY
        for m in mentions[i + 1 :]
    )


def _alone_in_sentence(st: StoryText, mentions: list[TimeMention], i: int) -> bool:
    """True when no other day but a named one (`…春节庙会`) shares the sentence of
    ``mentions[i]``."""
    here = st.sentence_of(mentions[i].span[0])
    return all(
        k == i or m.flags & NAMED_DAY or st.sentence_of(m.span[0]) != here
        for k, m in enumerate(mentions)
    )


def _within(inner: TimeMention, outer: TimeMention) -> bool:
    """True when ``inner`` names a shorter period inside ``outer``."""
    a0, a1 = day_of(inner.start), day_of(inner.end)
    b0, b1 = day_of(outer.start), day_of(outer.end)
    return b0 <= a0 and a1 <= b1 and (a0, a1) != (b0, b1)
