"""The token patterns of the time grammar, compiled once. They run on compacted text
(whitespace removed except a single space between two digits, full-width forms folded)."""

from __future__ import annotations

import re
from typing import Final

from .. import rx
from ..chars import BMP, flag_table
from ..rx import alternation, trie
from .calendars import SOLAR_TERMS
from .tables import (
    ANAPHORA,
    ERAS,
    NAMED_DAYS,
    PART_OF_DAY,
    RELATIVE_DAYS,
    RELATIVE_MONTHS,
    RELATIVE_WEEKS,
    RELATIVE_YEARS,
)

CN: Final = "〇零○O一二两兩三四五六七八九"  # (O: the letter typed for 〇)
SEP: Final = r"(?:至|到|—+|–|-+|~|－|―+|─+|∽)"
# day of month: 1–31 in Arabic, 十九 / 廿一 / 三十一 / 初八 in Chinese
# (also 初 with a digit, as typed: `正月初3`, `初7至初9`)
CN_DAY: Final = r"(?:[二两三]十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|初(?:[一二三四五六七八九十]|10(?!\d)|[1-9](?!\d))|[一二三四五六七八九])"  # noqa: E501
DAY: Final = rf"(?:(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d)|{CN_DAY})"
MONTH: Final = r"(?:(?<!\d)(?:1[0-2]|0?[1-9])(?!\d)|十[一二]?|[一二三四五六七八九]|正|冬|腊|臘)"
# (after an item's number too: `1.2022年3月24日,送…征求意见`)
YEAR: Final = rf"(?:(?:(?<![\d.])|(?<=\d\.)(?=(?:19|20)\d\d年\d{{1,2}}月))(?:\d{{4}}|\d{{2}}|(?<![党国校院])1[01]\d(?=年\d{{1,2}}月))(?!\d)|[{CN}]{{2,4}}|[一二][{CN}0]{{3}}|两千(?:零[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)?)"  # noqa: E501
DSUF: Final = "[日号號]"
LUNAR: Final = r"(?P<lunar>农历|阴历|農曆|陰曆)?"

# 29、30日, 5日、12日, 16/17/18日, 21和22日 (not `4日,5日起`: a day, then a day from which, nor
# `持續至9月11日,12日才恢復`: a day, then the day something comes only then;
# `21日和28日` stays two days, each its own)
_LISTED_DAYS: Final = (
    rf"(?P<dl>{DAY}{DSUF}?(?:[、,，/]{DAY}{DSUF}?){{0,30}}(?:[、,，/]|(?<![日号號])[和及]){DAY})"
)
# (numbers of places are no days: `維園五、六號足球場`, `3、4号馆`, `1、2号线`)
_NUMBERED_PLACE: Final = (
    r"(?<=[号號])\s*(?:足球场|足球場|球场|球場|场|場|馆|館|楼|樓|线|線|门|門|闸|閘|码头|碼頭|出口|"
    r"展厅|展廳|泊位|窗口|车厢|車廂|台|房|室|院|桥|橋)"
)
_DAY_LIST: Final = _LISTED_DAYS + rf"(?P<dls>{DSUF})(?!起|开始|才|{_NUMBERED_PLACE})"
# (after its month, the last day's 日 may be left off where the list ends its clause, as Taiwan
# writes it: `聯合收穫祭8月14、15`, `8月14、15兩天`, or where the next month's days go on with it:
# `9月11、16、23、10月1及7日`)
_DAY_LIST_AFTER_MONTH: Final = (
    _LISTED_DAYS
    + rf"(?:(?P<dls>{DSUF})(?!起|开始|才|{_NUMBERED_PLACE})"
    + r"|(?<=\d)(?=\s*(?:$|[\n,，。;；)）]|[两兩二三四五六七八九十]天|、\s*(?:1[0-2]|[1-9])月)))"
)
# the first lunar month's days said from the new year: 大年初一, 年初一、初二 (not the start of a
# year: `年初一直…`, `年初一批`, `今年初一季度`)
_NEW_YEAR_DAYS: Final = (
    # (`大年十五`: the fifteenth, as people say it; not `大年三十`, New Year's Eve)
    r"大年(?=初|十[一二三四五六七八九](?![\d个名岁年天]))|(?<![\d〇零一二三四五六七八九两今去明本])年"
    r"(?=初[一二三四五六七八九十](?![些批个個季次度线直举起月年号名家项场位座股轮波]))"
)
# the last lunar month's days said from the old year, as in Guangdong: 年廿八 (腊月廿八)
# (not `过年廿八天`, `新年廿五日`, `廿八岁`)
_OLD_YEAR_DAYS: Final = (
    r"(?<![\d〇零一二三四五六七八九两今去明本过新跨拜贺])年"
    r"(?=廿[一二三四五六七八九](?![天个名岁年]))"
)
# 2023年4月14日, 4月14日至24日, 10月12—13日, 二〇二三年五月九日, 2023年, 9月, 6月份, 五月廿二
# (YEAR: three digits before a month are a year of the Republic, `114年5月8日`; not `建党100年`)
# (not an age: `6月龄以上`)
_MD: Final = (
    rf"(?:(?P<leap>闰)?(?P<m>{MONTH})月(?![龄齡])(?P<mf>份)?|(?P<dn>{_NEW_YEAR_DAYS})"
    rf"|(?P<do>{_OLD_YEAR_DAYS}))(?:的)?"
    + rf"(?:{_DAY_LIST_AFTER_MONTH}"
    + rf"|(?P<d>{DAY})(?P<ds>{DSUF})?(?:(?P<dc>{SEP})(?P<d2>{DAY})(?P<ds2>{DSUF}))?)?"
)
# a year of a reign era: 康熙二十年, 神龙元年, 民国38年
ERA: Final = trie(ERAS)
ERA_YEAR: Final = rf"(?P<era>{ERA})(?P<en>元|\d{{1,3}}(?!\d)|[一二三四五六七八九十]{{1,3}})"
DATE: Final = rx.compile(
    rf"(?=(?:农历|阴历|農曆|陰曆)?(?:{YEAR}年|闰?{MONTH}月|{_NEW_YEAR_DAYS}|{_OLD_YEAR_DAYS}|{ERA}))"
    + LUNAR
    + rf"(?:(?:{ERA_YEAR}|(?P<y>{YEAR}))年(?!代|龄|齡|轻|紀|纪|级|薪|均|化|限|息|终|會|会|度)(?:的)?)?(?P<lunar2>农历|阴历|農曆|陰曆)?"  # noqa: E501
    + rf"(?:{_MD})?"
)
# 29日, 十九日, 29、30日, 12—15日 (no month; not a length: `公示期30日`)
DAY_ONLY: Final = rx.compile(
    rf"(?<![\d.第每])(?<![示告用效]期)(?:{_DAY_LIST}"
    rf"|(?P<d>{DAY})(?P<ds>{DSUF})?(?:(?P<dc>{SEP})(?P<d2>{DAY})(?P<ds2>{DSUF}))?)"
)
# 1—10月, 2018年2——4月, 5月-10月 are handled as DATE SEP DATE; this is for a first month without 月
# (never one month to itself: `1、1月31~2月2日…` is an item's number, then a date)
MONTH_RANGE: Final = rx.compile(
    rf"(?:(?P<y>{YEAR})年)?(?P<m>{MONTH})(?:月份?)?(?P<c>{SEP}|、)(?!(?P=m)月)(?P<m2>{MONTH})月"
    r"(?P<mf>份)?"
)
# 1995-1997年, 2010年至2018年, 从2016到2018, 1985到89年9月 (a second year of two digits takes
# the first one's century; 2010年至2018年3月15日 is left to DATE SEP DATE)
YEAR_RANGE: Final = rx.compile(
    rf"(?<![\d.])(?P<y>(?:19|20)\d\d|[{CN}]{{4}})(?P<yn>年)?(?P<c>{SEP}|至|到)"
    rf"(?P<y2>(?:19|20)\d\d|[{CN}]{{4}}|\d\d(?=年))(?P<yn2>年)?"
    rf"(?:(?<=年)(?P<m2>{MONTH})月(?P<mf2>份)?(?![上中下底末初]))?(?![\d.\-/年])"
)
# numeric forms: 2023-04-14, 2023.4.14, 2023/4/14, 2022 11 23, 20240307, 13.5.2015, 105/12/26, 09-01, 4·23, 1999.08  # noqa: E501
_CLOCK_TAIL: Final = r"(?:[T ]?(?P<th>[01]?\d|2[0-3])[:：](?P<tm>[0-5]\d)(?:[:：][0-5]\d)?)?"
# a number range with its unit, not a month and day (`10-12级`, `以每小时10-15公里`, `3-5天`)
_NO_UNIT: Final = (
    r"(?!\s*(?:级|公里|千米|厘米|毫米|米|度|℃|°|%|％|万|亿|元|人|个|小时|分钟|分|秒|天|岁|倍|次|家|辆|名|层|"
    r"只|条|台|吨|公斤|斤|克|亩|平方|立方|户|所|座|km|cm|mm|m\b))"
)
NUMERIC_BODY: Final = rx.compile(
    r"(?:"
    r"(?P<y>(?:1[5-9]|20)\d\d)(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])(?:(?P=s)|日|号)?"
    r"(?:(?=(?:[01]\d|2[0-3])[:：][0-5]\d)|(?!\d))"
    + _CLOCK_TAIL
    + r"|(?P<sy>(?:19|20)\d\d) (?P<sm>1[0-2]|0[1-9]) (?P<sd>3[01]|[12]\d|0[1-9])(?!\d)"
    # (`20171016日星期一上午9时`: its 日 kept, a copy's)
    r"|(?P<cy>(?:19|20)\d\d)(?P<cm>1[0-2]|0[1-9])(?P<cd>3[01]|[12]\d|0[1-9])(?!\d)日?"
    r"|(?P<ed>3[01]|[12]\d|0?[1-9])(?P<es>[./\-])(?P<em>3[01]|[12]\d|0?[1-9])(?P=es)(?P<ey>(?:19|20)\d\d|\d{1,2})(?![\d.])"
    # 105/12/26, 108.3.27: a year of the Republic, as Taiwan writes its dates
    r"|(?P<ry>1[0-3]\d)(?P<rs>[/.])(?P<rm>1[0-2]|0?[1-9])(?P=rs)(?P<rd>3[01]|[12]\d|0?[1-9])(?![\d.])"
    r"|(?P<am>1[0-2]|0[1-9])-(?P<ad>3[01]|[12]\d|0[1-9])(?![\d\-])"
    + _NO_UNIT
    + _CLOCK_TAIL.replace("th", "ah").replace("tm", "am2")
    + r"|(?P<qo>[“\"「『《]?)(?P<qm>1[0-2]|[1-9])(?P<qs>[·•．.\-])(?P<qd>3[01]|[12]\d|[1-9])(?P<qc>[”\"」』》])?(?![\d.%])"  # noqa: E501
    + rf"(?(qc)|{_NO_UNIT})"  # (`“5.25”台风`: a name, quoted)
    + r"|(?P<py>(?:19|20)\d\d)[.](?P<pm>1[0-2]|0[1-9])(?![\d.])"
    # (`9/24日`, or with its weekday after it: `9/24( 六 )14:30 …京剧`, a programme's line, or
    # a day listed after it with 日: `5/22、23日`)
    r"|(?P<sl>1[0-2]|[1-9])/(?P<sld>3[01]|[12]\d|[1-9])"
    r"(?:(?P<sll>(?:、\s?(?:3[01]|[12]\d|[1-9]))+)\s?[日號号]|(?P<sls>[号日號])"
    r"|(?=\s?[(（]\s?(?:周|星期)?[一二三四五六日天]\s?[)）])"
    # (or its lunar day or festival noted: `1/25(初四)部分門診開診`, `1/20(小年夜)至1/24(初三)`)
    r"|(?=\s?[(（](?:初[一二三四五六七八九十]|年?初[一二三四五六七八九十]|除夕|小年夜?|元宵|年三十|年廿)[^()（）]{0,4}[)）])"
    # (or a run to a later day of its month, `11/21~22`; or bare before what is on, as Taiwan
    # lists it, `7/12金山蹦火音樂季`, `9/25起交管`, or before a range's or a list's next day,
    # `9/27-10/4`, `11/15、11/16`; not a fraction, `1/4的`, `2/3以上`, nor a site's stamp,
    # `(9/20 16:21)`)
    r"|\s?[-~～]\s?(?P<slr>3[01]|[12]\d|[1-9])(?![\d/])[日號号]?"
    r"|(?=[\u4e00-\u9fff])(?![的以左之多强強倍成个個人次分余餘])"
    r"|(?=\s?[-~～]\s?(?:1[0-2]|[1-9])/|、\s?(?:1[0-2]|[1-9])/))"
    # 423日, 1228日: a month and day whose 月 the page lost (a copy's glitch), read only
    # where no day can be that number
    r"|(?P<gm>1[0-2]|[1-9])(?P<gd>3[01]|[12]\d|0[1-9])日"
    # 202259日, 2022618日: a full date whose 年 and 月 the page lost
    r"|(?P<gy>(?:19|20)\d\d)(?P<gym>1[0-2]|[1-9])(?P<gyd>3[01]|[12]\d|0?[1-9])日"
    # 2024131, 2016830: the same without its 日, read only after a time label or a range's
    # connector (`时间:2024131`, `2016724日起2016830`) and where one month and day fit
    r"|(?<=[:：起至到—])(?P<hy>(?:19|20)\d\d)(?P<hmd>\d{2,3})(?![\d年月日号])"
    r")"
)
# 2020年1230日: a full date that lost its 月 only, its month and day in four digits (read as a
# numeric date, `2020-12-30`: its groups' names)
LOST_MONTH: Final = rx.compile(
    r"(?P<y>(?:19|20)\d\d)年(?P<m>1[0-2]|0[1-9])(?P<d>3[01]|[12]\d|0[1-9])日"
)
# what a date without its 年, 月 and 日 must follow
LOST_UNITS_AFTER: Final = rx.compile(r"(?:时间|日期)\s*[:：]$|\d日?[起至到—]$")
# a number of days, not a date: `为期5日`, `(工期7日)`, `一连5日的嘉年华`, `(共30日)`
DURATION_BEFORE: Final = rx.compile(
    r"(?:为期|历时|工期|会期|展期|一连|连续|长达|耗时|用时|共计|合计|累计|总计|共|持续|满|滿"
    r"|[日天]数为|[日天]數為|开始|開始|结束|結束|届满|屆滿|到期)\s*$"  # (`收到通知书满15日`,
    # `平均日数为13日`, `应当在本供热期开始30日前…提出申请`: counts of days)
)
NUMERIC: Final = rx.compile(r"(?<![\d./\-])(?<!\d:)" + NUMERIC_BODY.pattern)
# 90年代, 上世纪80年代, 十九世纪七十年代, 18世纪, 11世纪初
DECADE: Final = rx.compile(
    rf"(?=上世纪|上个世纪|(?:\d{{1,2}}|[{CN}十]{{1,3}})世纪|(?:[1-9]0|[一二三四五六七八九]十)年代)"
    rf"(?:(?P<prev>上世纪|上个世纪)|(?P<c>\d{{1,2}}|[{CN}十]{{1,3}})世纪)?"
    rf"(?:(?P<dec>[1-9]0|[一二三四五六七八九]十)年代)?(?P<part>初期|中期|末期|初|末|中)?"
)
# clock times: 14:30, 下午2点, 7时30分, 三点一刻, 9:00-17:00, 9~11点
_H: Final = rf"(?:\d{{1,2}}|[{CN}十]{{1,3}})"
# minutes; a number without 分 must not begin a date (`至22时\n7月1日` is 22:00, then 1 July)
# (a lone numeral word without 分 ends the clock only before no other word: `9点三秀社区` is
# 9:00 at 三秀社区, `九點三` alone is 9:15, counted in 個字 of five minutes)
_MIN: Final = (
    rf"(?:半|[一二三]刻|整|\d{{1,2}}(?:分|(?![\d月日号號年]))"
    rf"|[{CN}十廿卅]{{1,3}}(?:分|個字|个字)"  # (`七時卅分`: Hong Kong's thirty, `廿分` twenty)
    # (never a list's number: `12时` then `二、管制路段` on the next line)
    rf"|[{CN}十]{{2,3}}(?![{CN}十月日号號年、])"
    rf"|[{CN}十](?:(?=[至到])|(?![\u4e00-\u9fff〇、])))"
)


def _clock(n: str) -> str:
    return (
        # (`22:00时至…10:00时`, `20:30分`, `20:00点`: a redundant 时, 分 or 点 after the clock)
        # (or with an H between, as Macao writes it: `18H00`)
        rf"(?:(?P<hh{n}>[01]?\d|2[0-4])"
        rf"(?:[:：]|(?<=(?<!\d)(?:[01]\d|2[0-3]))H(?=[0-5]\d(?![\dA-Za-z])))(?P<mm{n}>[0-5]\d)"
        rf"(?:[:：][0-5]\d)?(?!\d)"
        rf"(?:[时点點](?![{CN}\d半间钟鐘])|分(?![{CN}\d钟]))?"
        # (not a count of time slots: `此二时段`)
        rf"|(?P<h{n}>{_H})[点點时時](?![段])(?:钟|鐘)?(?P<mi{n}>{_MIN})?(?:\d{{1,2}}秒|[{CN}十]{{1,3}}秒)?)"
    )


# the next day, said after a clock's connector (`至次日凌晨2时`, `至隔天凌晨1时`)
NEXT_DAY: Final = "次日|第二天|翌日|隔天|隔日"
# a Latin half of the day said after an hour (`10:30AM`, `6 p.m.`)
_HALF: Final = r"\s?[AaPp]\.?[Mm]\.?(?![A-Za-z])"
CLOCK: Final = rx.compile(
    # (not inside `12:15:30` or `1.5`; but after a label's colon: `时间:15:30`; the next day
    # after its connector, as Hong Kong says it too: `晚上11时30分至翌日早上5时30分`)
    # (a half of the day after each hour: `10:30AM-10:30PM`, `11AM-6PM`; about then before the
    # connector: `6时许至11时`, `7时左右至9时`)
    rf"(?<![\d.])(?<!\d[:：])(?:(?P<hb>{_H})(?=(?:{_HALF})?(?:{SEP}|到|至))|{_clock('')})"
    rf"(?P<ap0>{_HALF}(?=\s?(?:{SEP}|到|至)))?"
    rf"(?:(?P<c>(?:许|許|左右)?(?:一直)?(?:持续|延续)?(?:{SEP}|到|至))(?P<nd>{NEXT_DAY})?(?:(?<=日|天)晨)?(?P<pod2>{alternation(PART_OF_DAY)})?(?:{NEXT_DAY})?(?:{_clock('2')}|(?P<hb2>\d{{1,2}})(?={_HALF})))?"
    r"(?P<ap>\s?[AaPp]\.?[Mm]?\.?(?![A-Za-z]))?"
)
PART: Final = rx.compile(
    "(?:"
    + alternation(w for w in PART_OF_DAY if len(w) > 1)
    + r")|(?:早|晚)(?=\d|[一二三四五六七八九十])"
    # (every evening at: `每晚于7点至10点`; not `不晚于3月31日`, no later than)
    + r"|(?<=每)(?:早|晚)(?=[于於](?:\d|[一二三四五六七八九十]))"
    # 4月14日晚: 早/晚 right after a day, or a lunar one's (`正月十二晚`, `初五晚`)
    + r"|(?:(?<=[日号號天])|(?<=初[一二三四五六七八九十])|(?<=月[十廿二][一二三四五六七八九十]))"
    + r"(?:早|晚)(?![餐饭飯会會报報安上些点點期年辈輩稻熟])"
)
NOW: Final = rx.compile(r"此时|此刻|当前|現在|现在|當前|宜家|依家|目前")
RELATIVE: Final = rx.compile(
    # (`今明高考…`: 今明 alone before what it dates, today and tomorrow)
    # (`明后2天`: in digits too)
    "(?P<rs>今明[两兩2][天日年]|明[后後][两兩2][天日]|明[后後]天"
    "|今明(?=[\u4e00-\u9fff])(?![两兩2年日天]))|"
    "(?P<ana>" + alternation(ANAPHORA) + ")"
    "|(?P<rw>"
    + alternation(RELATIVE_WEEKS)
    # (`下周六日`, `本周六、日`: that Saturday and Sunday)
    + r")(?:的)?(?:周|週|星期|礼拜|禮拜)?(?P<wd>六[、和及]?[日天]|[一二三四五六日天末]"
    # (or in a digit, before what a day may be followed by: `下周5(5月15日)完成`; not a count,
    # `本周5场`)
    r"|[1-6](?=\s*[(（,，、。;；至到和及\-~上下中早晚凌午]))?"
    "|(?P<rd>"
    + alternation(w for w in RELATIVE_DAYS if w != "后日")
    # (`后日` only listed after a day, `明日及后日`: `以后日益` holds it too)
    + "|(?<=[及和与、])后日"
    + ")"
    "|(?P<ry>" + alternation(RELATIVE_YEARS) + ")"
    "|(?P<rm>" + alternation(RELATIVE_MONTHS) + ")"
    # (a weekday of each month: `每月第二周周四`, `每月的第一个周六`, `每月最后一个星期五`)
    r"|(?P<every>每|每月的?(?:第[一二三四五1-5]|最后一)[个個]?(?:周|週|星期)?)?"
    r"(?:周|週|星期|礼拜|禮拜)(?P<bwd>[一二三四五六日天末])"
)
FESTIVAL_NAMES: Final = {name: nd for nd in NAMED_DAYS for name in nd.names}
# festivals spelt as a lunar day in words (`三月三`): read as the festival, not that date
OVER_DATE: Final = frozenset(name for name, nd in FESTIVAL_NAMES.items() if nd.over_date)
OVER_DATE_SPELLINGS: Final = tuple(sorted(OVER_DATE))  # (for str.endswith)
TERM_NAMES: Final = [t for t in SOLAR_TERMS if t not in FESTIVAL_NAMES]
FESTIVAL: Final = rx.compile(
    "(?P<f>" + alternation(FESTIVAL_NAMES) + ")|(?P<t>" + alternation(TERM_NAMES) + ")"
)
# (matched after a day: its first character looked at first, most days are followed by none)
FESTIVAL_AFTER: Final = rx.led(FESTIVAL, (name[0] for name in [*FESTIVAL_NAMES, *TERM_NAMES]))
# year and month parts after 年 / 月: 年底, 4月下旬, 上半年, 一季度
YEAR_PART: Final = rx.led(
    r"(?:年)?(?:的)?(?P<p>上半年|前半年|下半年|后半年|前三季度|第[一二三四]季度|[一二三四]季度|首季度|暑假|[底末初内]|(?<!的)中(?![考国央心学小医秋华共部级专职高青老期外文方资非亚欧美日韩东西南北]))"
)
# a season after 年: 2021年春, 今年夏天, 2022年秋季; not 春节, 春晚, 冬季奥运会 (a word follows)
SEASON: Final = rx.led(
    r"(?:的)?(?P<s>[春夏秋冬])(?:季|天)?(?=$|[^\u4e00-\u9fff]|里|期间|以来|时节)"
)
MONTH_PART: Final = rx.led(
    r"(?:的)?(?P<p>中、?下旬|上、?中旬|中、?上旬|上旬|中旬|下旬|月底|月末|月初|底|末|初|中(?!旬|心|国|央|间|期|小|学|医))"
)
NTH_WEEK: Final = rx.led(
    r"(?:的)?(?:第(?P<k>\d{1,2}|[一二三四五六七八九十]{1,3})|(?P<last>最后|最後))(?:个|個|一个|一個)?(?:周|週|星期|礼拜|禮拜)(?P<wd>[一二三四五六日天])?"
)
OFFSET: Final = rx.compile(
    r"(?P<pre>上上|上|前|下下|下|后|後|未来|未來|过去|過去|近|最近|今后|今後|之后|之後|还剩|還剩|还有)?(?:的)?"
    rf"(?P<n>(?<![\d{CN}])[1-9]\d{{0,2}}(?!\d)|(?<![\d{CN}])(?:[一二两兩三四五六七八九]?十[一二三四五六七八九]?|[一二两兩三四五六七八九仨])|半|几|幾|数|數)(?P<half>个半|個半)?(?:个|個)?(?P<more0>多)?"
    r"(?P<unit>工作日|天|日|周|週|星期|礼拜|禮拜|月|年|小时|小時|钟头|鐘頭|钟|鐘|分钟|分鐘|分(?=半)|刻钟|秒钟|秒)(?P<half2>半)?(?P<more>多)?"
    # (`汛期前的5月31日`: a month with its day is a date, not five months)
    r"(?!(?<=月)\s*[\d一二三四五六七八九十廿卅]{1,3}\s*[日号])"
    r"(?P<post>之前|以前|前|之后|之後|以后|以後|后|後|以来|以內|以内|之内|内|內)?"
)
# 4月14日（星期五）, 4月22日—23日（周六、周日）: the weekday note after a date (its week said
# too, right after it: `五月十八號下週五當天`, the date glossed, not the Friday after)
WEEKDAY_NOTE: Final = rx.compile(
    r"(?:[（(,，]|(?:本|下|这|這)(?=周|週|星期|礼拜|禮拜))?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]"
    r"(?:[、至到\-—~](?:周|週|星期|礼拜|禮拜)?[一二三四五六日天])*[)）]?"
    # (the weekday's character alone in brackets, as Taiwan writes it: `2月24日(六)`)
    r"|[（(][一二三四五六日天][)）]"
)
# 正月初一至初六, 正月十三至十七: a lunar day in words, alone after a range connector (not a
# month's number, `正月十三至二月初二`, nor a clock's)
# a lunar day typed in digits (`正月18`, `初21`)
_LUNAR_DIGITS: Final = r"(?:[12]\d|30|[1-9])"
# (or in digits after a lunar day in digits: `正月18至初21`, `正月18至21`)
BARE_LUNAR_DAY: Final = rx.compile(
    rf"(?P<d>{CN_DAY}|初?{_LUNAR_DIGITS}(?!\d))(?![\d〇零一二三四五六七八九十月时点个日号])"
)
# a bare day of the first lunar month after a connector (`除夕到十五`, `除夕至初六`)
TO_NEW_YEAR_DAY: Final = rx.compile(r"(?:到|至|—|-)(?:正月|大年)?" + BARE_LUNAR_DAY.pattern)
# 初五至初七, 初四、初五: a lunar day said alone (read in the lunar month the text is in);
# not a school year (`初一学生`, `初二、初三年级`), nor 初一十五 (every first and fifteenth)
CHU_DAY: Final = rx.compile(
    r"初(?P<d>十|[一二三四五六七八九]|10|[1-9])"
    r"(?![\d〇零二三四五六七八九十]|一(?!直))"
    r"(?!(?:[、和及与至到]初[一二三四五六七八九])*(?:年级|年級|学|學|班|生|毕业|畢業|上学期|下学期))"
)
# the lunar day a lunar date ends with (正月十三 → 十三); searched up to the date's end
LUNAR_DAY_AT_END: Final = rx.compile(rf"(?P<d>{CN_DAY}|(?<!\d){_LUNAR_DIGITS})$")
# 1月28日（农历除夕、周二）: the weekday anywhere in a bracket right after a date
WEEKDAY_IN_NOTE: Final = rx.compile(
    r"[（(][^）)]{0,10}?(?:周|週|星期|礼拜|禮拜)(?P<w>[一二三四五六日天])[^）)]{0,10}[）)]"
)
# 2月10日（正月初一）, 9月29日(农历八月十五), 1月16日(年廿五), 2月10日(年初一): the lunar date
# noted after a solar one, and 1月15日至22日（农历腊月二十一至二十八）, the lunar days of a solar
# range
# (or another calendar's: `8月6日(藏历六月三十日)`, a gloss, no date of its own)
LUNAR_NOTE: Final = rx.compile(
    # (not a weekday's character alone: `2月24日(六)`)
    rf"[（(](?![一二三四五六日天][)）])(?:农历|阴历|藏历|彝历|傣历)?(?:大年|年(?=[廿初三])|(?:闰?(?:{MONTH})月))?"
    # (no lunar month has a 31st: `除夕(十二月三十一日)` is the solar date, as Hong Kong says it)
    rf"(?!三十[一二三四五六七八九])(?:{CN_DAY})(?:日)?"
    rf"(?:[至到\-—~](?:闰?(?:{MONTH})月)?(?:{CN_DAY})(?:日)?)?[)）]"
)
# 2月9日(除夕): a word noted in brackets after a date (a festival's name, when it is one)
NAME_NOTE: Final = rx.compile(r"[（(](?P<w>[\u4e00-\u9fff]{2,5})[)）]")
# (`五一节假期`: the festival's 节 said before its break too)
BREAK: Final = rx.compile(
    r"(?:的|节|節)?(?P<b>小长假|长假|假期|黄金周|放假期间|放假|假日|休假|期间)"
)
# a festival, then to another (`春节到元宵节期间`)
TO_FESTIVAL: Final = rx.compile(r"(?:到|至)(?:" + alternation(FESTIVAL_NAMES) + ")")
# 中秋国庆“双节”, 国庆、中秋假期: the second festival of a pair named as one holiday, then the
# pair's word (“双节”, 两节) and/or a break word
PAIR: Final = rx.compile(
    r"[、和与及]?(?P<f>" + alternation(FESTIVAL_NAMES) + r")"
    r"(?P<pair>[“\"「]?(?:双节|雙節|两节|兩節)[”\"」]?)?"
    r"(?P<b>(?:的)?(?:小长假|长假|假期|黄金周|放假期间|放假|假日|期间))?"
)
DEADLINE_AFTER: Final = rx.compile(
    r"(?:之前|以前|前(?![往进來来行列沿身景提面方后後夕任台线途三两二四五])|止|为止|截止)"
)
SINCE_AFTER: Final = rx.compile(r"(?:以来|至今|起至今|到现在)")
# (`从2019年6月19日始`: written so too, but not `始终`, `始建`)
START_AFTER: Final = rx.compile(r"(?:起|开始|始(?![终建于]))(?![来草飞步])")
# how long a run that starts lasts (`从8月份开始,将持续4个月`, `5月10日起,为期三天`, `为期半年`,
# `為期兩年`)
LASTING_FOR: Final = (
    r"(?P<n>\d{1,3}|[一二两兩三四五六七八九十]{1,3}|半)"
    r"(?P<u>[个個]月|天|日|周|週|[个個]星期|年(?![代度级級]))"
)
# (`从即日起安排一个月时间开展…`: a length of time set aside)
LASTING: Final = rx.compile(
    # (or held that long from its first day: `2月7日起举办23天`)
    # (or days in a row: `本月十二日起一连九天在…举行`)
    # (after what is held: `由10月1日起舉行，為期兩個月`)
    r"(?:(?:举行|举办|开展|开放|展出|舉行|舉辦|開展|開放)(?=[,，]))?"
    r"[,，]?\s*(?:并|將|将|会|會|活动|活動)?(?:持续|为期|历时|展期|一连|连续|持續|為期|歷時|一連|連續"
    r"|(?:依法)?(?:公开|公開)?(?:举办|举行|展出|展览|展覽|开放|舉辦|舉行|開放)(?=[\d一二两兩三四五六七八九十])"
    # (or the length bare after `起`, a field's: `公開展覽時間:自民國110年10月4日起30天`, or a
    # headline's, in days: `上海今起7天大面积停电`)
    r"|(?=\d{1,3}[天日](?:[,，。;；]|$))|(?<=起)(?=\d{1,3}天(?![内內以之的后後前]))"
    r"|安排(?=[^,，。]{1,4}时间)"
    # (the time in which it happens: `从今天开始的一个月时间里`)
    r"|的(?=[^,，。]{1,5}?(?:时间|時間)?(?:里|裡|中)))" + LASTING_FOR + r"(?![内以之的])"
)
# how many hours a run that starts at an hour lasts (`31日清晨6时起「连续42小时」不收班`),
# what runs said between (`31日上午6時起，連續營運42小時`)
LASTING_HOURS: Final = rx.compile(
    r"[,，]?\s*[「“\"]?\s*(?:持续|为期|历时|连续|持續|為期|歷時|連續)"
    r"(?:营运|营业|运营|运行|开放|服务|營運|營業|運營|運行|開放|服務)?"
    r"(?P<n>\d{1,3}|[一二两兩三四五六七八九十]{1,3})\s*[个個]?(?:小时|小時)"
)
# held that long from a day, somewhere said between (`将于14日在金城中学体育馆举行5天`)
# (`…研讨会将于30日展开两天的专业研习`)
# (`…大賽車將於本周四展開一連四天的練習及正式賽事`)
HELD_FOR: Final = rx.compile(
    r"\s*(?:在[^,，。;；\d]{2,20}?)?(?:举办|举行|舉辦|舉行|展出|展开|展開)"
    r"(?:一连|一連|为期|為期|连续|連續)?"
    r"(?P<n>\d{1,2}|[一二两兩三四五六七八九十]{1,3})(?P<u>天|日)(?![内以之后後])"
)
# what lists a day after another (`二月十一日及二月十二日`): a length said after the two is
# theirs, not a run from the last
LISTED_WITH: Final = frozenset("及和与與、")
# a bracket closing a day restated or glossed in it, between it and its hour
# (`下周一(20日) 上午9时`, `周六(14日)下午6時`: the clock is of that day)
BRACKET_CLOSED: Final = rx.compile(r"\s*[)）]\s*")
# what makes a date a rule's, every year's or month's (`每月15日`, `每年古历的六月初六`)
EVERY_BEFORE: Final = rx.compile(r"(?:每月|每年|每周|每逢|每个月)(?:农历|古历|阴历|公历)?的?$")
# a clause's end: where a day's clause after it stops (`23日，记者从…获悉,…`)
CLAUSE_CUT: Final = rx.compile(r"[,，;；。!?！？\n]")
STAT_BEFORE: Final = rx.compile(r"(?:截至|截止到|截止至|截止)$")
# what may be done up to a 截至 still to come (`截至28日市民可参与网络投票`)
MAY_UNTIL: Final = rx.compile(r"[^,，。;；]{0,8}?(?:均可|可以|可)")
# 报名截至8月20日, 补贴申领截至12月31日: what a 截至 closes (else it is a statistics cut-off)
WINDOW_BEFORE: Final = rx.compile(
    r"(?:报名|申领|申报|申请|预约|登记|征集|投稿|缴费|缴纳|提交|领取|兑换|认领|受理|使用)"
    r"(?:时间|日期|工作|期限)?(?:将|均)?截至$"
    r"|(?:有效期|期限)(?:为|均)?截至$"  # `消费券使用期限截至5月31日`: a window's close
    r"|展(?:览|期|出)(?:日期|时间)?(?:将)?截至$"  # `…小品展》,展览截至2月9日`: a show's run
    r"|(?:即日起|开始|起)[,，]截(?:至|止到|止至|止)$"  # `比赛报名即日起开始,截至1月5日`
)
FROM_PUBLICATION: Final = rx.compile(
    r"(?:自|从)?(?:即日起|即日|今日起|今天起|即日开始|现在起|現在起"
    r"|(?<![立随旋])即起"  # (`即起至5月31日`, `頭屋大橋即起封閉`, as Taiwan says it)
    # `公告发布之日起`, `通告之日起`, `本通知印发之日起`: from the notice's day
    # (`自公告见报之日起`: the day the paper printed it)
    r"|本?(?:公告|通告|通知|启事|公示)?(?:发布|公布|印发|见报|刊登)?(?<=[告知事示布发报登])之日起)"
    r"(?:[,，]?\s*(?:至|到)|—|-|~)?"
)
# (`11月15日至次年3月15日`: the end is the first such day after the start, next year's)
CONN: Final = rx.compile(
    # (`7月17日一23日`, `7月10日一8月30日`: 一 typed for the dash between two days)
    rf"(?:一直)?(?:{SEP}|起至|起到|持续到|持续至|延续至|延长至|直至|直到|至到|和|与"
    r"|一(?=(?:\d{1,2}月)?\d{1,2}日))"
    r"(?:(?:次日|第二天|次年|翌年|第二年)的?)?"  # (`到第二年的4月中旬`)
)
# (`每晚8时30分`: only 每 is taken, so the clock is read in the evening, 20:30)
DAILY: Final = rx.compile(
    # (past a bracketed label naming the run: `9月21日—24日【中秋期间】每天19:30开灯`)
    r"(?:【[^】]{1,8}】(?=每))?"
    r"[,，;；]?(?:的(?=每))?(?:每天|每日|每(?=晚)|每周[一二三四五六日天至到\-—~、]*|周[一二三四五六日天][至到\-—~]周[一二三四五六日天])?"
)
# 一季度, 本季度, 上季度末, Q1
QUARTER: Final = rx.compile(
    r"(?P<rel>本|上|下|上个|下个|这个|上一|下一)?(?:第)?(?:(?P<q>[一二三四1-4])|Q(?P<qq>[1-4]))?季度(?P<p>末|初)?"
    r"|Q(?P<qx>[1-4])(?![\d])"
)
# 年底, 上半年 without a year: the reference year
YEAR_PART_ALONE: Final = rx.compile(
    r"(?<![\d年〇零一二三四五六七八九两])(?P<p>年底|年末|年初|年中|年内|上半年|下半年|前半年|后半年|前三季度|暑假)"
)
# 2021年的前2周, 今年的最後 3 週, 1967年前两月, 这个月前两天, 上月最后五天; 7-9月的最后一个
# 星期六 (that weekday of each month)
FIRST_LAST: Final = rx.led(
    rf"(?:的)?(?P<w>前|头|最后|最後|后|後)(?P<n>\d{{1,2}}|[{CN}十]{{1,3}})(?:个|個)?(?P<unit>天|日|周|週|星期|季度|月)"
    r"(?:(?<=[周週期])(?P<wd>[一二三四五六日天])(?![一二三四五六日天至到\-—~、]))?"
)
# 2025年第一天, 2021年的第三个月
NTH_UNIT: Final = rx.led(
    rf"(?:的)?(?:第(?P<n>\d{{1,3}}|[{CN}十百]{{1,4}})|(?P<first>首))(?:个|個)?(?P<unit>月|天|日)"
)


# The characters that may open the patterns matched right after a date (none matches empty).
# A lookup of the character there spares the regex call (a couple of thousand instructions
# compiled) after most dates; tests/extractors/test_timex_properties.py checks the sets.
OPENS_SINCE: Final = 1  # SINCE_AFTER
OPENS_START: Final = 2  # START_AFTER
OPENS_DEADLINE: Final = 4  # DEADLINE_AFTER
OPENS_CONN: Final = 8  # CONN
OPENS_NOTE: Final = 16  # LUNAR_NOTE, WEEKDAY_IN_NOTE, NAME_NOTE
OPENS_WEEKDAY: Final = 32  # WEEKDAY_NOTE
OPENERS: Final = bytes(
    flag_table(
        (OPENS_SINCE, "以至起到"),
        (OPENS_START, "起开始"),
        (OPENS_DEADLINE, "之以前止为截"),
        (OPENS_CONN, "一至到—–-~－―─∽起持延直和与"),
        (OPENS_NOTE, "（("),
        (OPENS_WEEKDAY, "（(,，周週星礼禮本下这這"),
    )
)


def match_after(pattern: re.Pattern[str], opens: int, text: str, pos: int) -> re.Match[str] | None:
    """Return ``pattern.match(text, pos)``, None without trying it when the character at pos is
    not one of its OPENERS (``opens``, its flag), or pos is the end of text."""
    if pos < len(text):
        c = ord(text[pos])
        if c < BMP and OPENERS[c] & opens:
            return pattern.match(text, pos)
    return None
