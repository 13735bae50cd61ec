"""Time mentions of a story read from the sentences that can hold one, and their years settled:
a festival or target still to come, a year named before a date, a year's schedule.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Final

from .. import rx
from ..chars import BMP
from ..layout import Story
from ..model import Moment, Precision, TimeMention, day_of
from ..timex.calendars import clamped_date
from ..timex.holidays import holiday_break
from ..timex.tables import WEEKDAYS
from ..triggers import HINT_CHAR, HINT_FLAGS, HINT_SECONDS, HINT_WORD, TIME_HINT
from .cues import DRAWS_NEAR, FUTURE_AFTER, NAMED_DAY, PLANNED_BEFORE, RELATIVE_FLAGS, YEAR_SAID

# (a Final alias: compiled, a call reads it from a C static, where `bisect.bisect_right` looks
# the function up in the module at every call)
_BISECT_RIGHT: Final = bisect.bisect_right

TimeFinder = Callable[[str, dt.date], Sequence[TimeMention]]

_THIS_ONE_BEFORE: Final = rx.compile(r"(?:此次|本次|这次|本届|此番)$")
_MONTH_PART_SAID: Final = rx.compile(r"月(?:底|末|初|上旬|中旬|下旬)")

# `公布2020年部分节假日安排`, `对2016年部分节假日进行安排`, `宁国市2021年群众体育赛事活动计划`,
# `公布明年政府行政機關辦公日曆表`: a story about a year's schedule (what follows its 年)
_SCHEDULE_AFTER_YEAR: Final = rx.compile(
    r"年\s*(?:(?:部分|全年)?(?:法定)?(?:节假日|放假)(?:进行)?(?:安排|调休)"
    # (`现将2018年元旦、春节、清明节…放假调休日期的具体安排通知如下`)
    r"|(?:元旦|春节)[、和\u4e00-\u9fff]{0,30}?放假"
    r"|[^。，,；;\n]{0,12}?(?:活动|赛事|比赛|演出|展演|展览|培训|讲座)"
    r"(?:计划|安排表?|日程表?|一览表?|时间表)"
    # (a year's office calendar: `103年政府行政機關辦公日曆表`)
    r"|[^。，,；;\n]{0,12}?(?:辦公|办公)(?:日曆|日历)表?)"
)
# (a Republic year before its 年: `103年`, as Taiwan writes it)
_REPUBLIC_YEAR_DIGITS: Final = rx.compile(r"(?<!\d)1[01]\d$")


_MONTH_SAID: Final = rx.compile(r"\d{1,2}\s*月")
# (what opens a date glossing a named day: `端午節(5月31日至6月2日)`)
_GLOSS_OPENS: Final = ("(", "（")
# (a gloss closed, then a range's connector: `除夕(2月9日)-正月初四(2月13日)`)
_GLOSS_THEN_RUN: Final = rx.compile(r"[)）]\s*(?:至|到|—+|–|-+|~|－)\s*")
_NAMED_OR_LUNAR: Final = NAMED_DAY | {"lunar"}

# (a year word's reach: its clause and the next, within one sentence)
_SENTENCE_OR_TWO_CLAUSES: Final = rx.compile(r"[;；。!?！？\n]|[,，][^,，]*[,，]")


def coming_occasion(
    find_times: TimeFinder, text: str, m: TimeMention, published: dt.date
) -> TimeMention:
    """Return ``m``, or for a festival or a year-less month already past this year that the
    text says is still to come (`春节期间将举办年货大集` in a November paper; `城北客运枢纽项目
    预计9月建成投用`, `力争9月底前完工` in a March paper, nearer last September) its next
    occurrence."""
    if day_of(m.end) >= published or YEAR_SAID.search(m.text) or "noted" in m.flags:
        return m  # (`2月24日(正月十五)`: the note settled its year)
    a, b = m.span
    if m.flags & NAMED_DAY:
        if not (FUTURE_AFTER.match(text, b) or "将" in text[max(0, a - 3) : a]):
            return m
        if _THIS_ONE_BEFORE.search(text, max(0, a - 3), a):
            return m  # `此次春节文化“大餐”将延续至正月十五`: the one just past, still going on
    elif (
        not (m.precision is Precision.MONTH or _MONTH_PART_SAID.search(m.text))
        or m.flags & RELATIVE_FLAGS
        or not PLANNED_BEFORE.search(text, max(0, a - 4), a)
    ):
        return m  # (`力争9月底前全部完工` in March: this September's end)
    later = dt.date(published.year + 1, published.month, min(published.day, 28))
    again = [n for n in find_times(m.text, later) if n.flags & NAMED_DAY or not m.flags & NAMED_DAY]
    if not again or day_of(again[0].end) < published:
        return m
    return dataclasses.replace(m, start=again[0].start, end=again[0].end)


# the bare names of festivals that mean their public-holiday break (`春节马上就要到啦`, `开启你
# 的“五一”嘉定之旅`), each with its key in timex.holidays (the break it names)
_BREAK_NAMES: Final = {
    "春节": "春节",
    "春節": "春节",
    "五一": "劳动节",
    "“五一”": "劳动节",
    "国庆": "国庆",
    "國慶": "国庆",
    "“十一”": "国庆",
}
# the names of festivals with a break of their own that, drawing near or greeted, mean the
# break too (`清明节将至`, `端午節即將來臨之際`, `迎中秋`), each with its key
_COMING_BREAK_NAMES: Final = _BREAK_NAMES | {
    name: key
    for key, names in (
        ("清明", "清明 清明节 清明節"),
        ("端午", "端午 端午节 端午節"),
        ("中秋", "中秋 中秋节 中秋節"),
        ("国庆", "国庆节 國慶節"),
        ("劳动节", "劳动节 勞動節 五一劳动节"),
        ("元旦", "元旦"),
    )
    for name in names.split()
}
# (a festival drawing near: `春节即将到来`, `清明节将至`, `重阳节来临之际`, `春节马上就要到啦`,
# `春节的脚步渐行渐近`; or greeted: `迎中秋`, `喜迎国庆`)
_DRAWS_NEAR: Final = rx.compile(DRAWS_NEAR)
_GREETED: Final = rx.compile(r"迎[“\"]?$")
_YEAR_OPENING: Final = rx.compile(r"(?:19|20)\d{2}\s*年")
# (the festival's day itself, or a name it opens: `春节当天`, `春节联欢晚会`, `春节团拜会`)
_DAY_ITSELF_AFTER: Final = rx.compile(
    r"\s*(?:当天|当日|那天|这天|这一天|当晚|前夕|零点|零时|晚会|联欢|团拜)"
)


# (`今天是春节`, `明天就是“五一”`: which day a day is, the festival's day; or a day glossed:
# `1月31日(春节)`)
_SAYS_WHICH_DAY: Final = rx.compile(r"(?:是\s*[“\"]?|[(（])$")
# (`2012春节某某文化庙会`: an edition's year, the festival in a happening's name)
_EDITION_YEAR_BEFORE: Final = rx.compile(r"(?<!\d)(?:19|20)\d{2}$")


def holiday_breaks(text: str, mentions: list[TimeMention], published: dt.date) -> list[TimeMention]:
    """Return mentions, a festival named bare that names a public holiday's break (`春节`,
    `“五一”`, `国庆`), or any festival with a break drawing near or greeted (`清明节将至`,
    `2023年春节来临之际`, `迎中秋`), read as that break, as the spec reads multi-day public
    holidays: the grammar gives its day (what the name means alone, as the public suites read
    it)."""
    out = []
    for m in mentions:
        key = None
        if m.flags == {"festival"}:
            year = _YEAR_OPENING.match(m.text)
            name = m.text[year.end() :] if year else m.text
            coming = _DRAWS_NEAR.match(text, m.span[1]) or _GREETED.search(
                text, max(0, m.span[0] - 2), m.span[0]
            )
            key = (_COMING_BREAK_NAMES if coming else _BREAK_NAMES).get(name)
        if (
            key
            and not _DAY_ITSELF_AFTER.match(text, m.span[1])
            and not _SAYS_WHICH_DAY.search(text, max(0, m.span[0] - 3), m.span[0])
            and not _EDITION_YEAR_BEFORE.search(text, max(0, m.span[0] - 4), m.span[0])
        ):
            day = day_of(m.start)
            span = holiday_break(key, day.year, published)
            if span is not None and span[0] <= day <= span[1] and span[0] < span[1]:
                flags = m.flags | {"holiday", "range"}
                m = dataclasses.replace(m, start=span[0], end=span[1], flags=flags)
        out.append(m)
    return out


# what a year compared with follows (`较去年`, `比去年`, `与去年同期相比`)
_COMPARED_WITH: Final = ("较", "較", "比", "与", "與", "跟")
# what is named by the year its students are admitted in, not the year it is held
_ADMISSION: Final = rx.compile(r"考试|招生|高考|中考|考研|入学|学年|届")


def years_carried(
    find_times: TimeFinder, text: str, mentions: list[TimeMention]
) -> list[TimeMention]:
    """Return mentions, a year-less date read in the year a bare year word before it in its
    clause, or in the clause before it, names (`明年的丰台半马将于10月下旬举行` → next
    October; `去年受冷空气影响,桃花节开幕式最终在3月25日开幕` → last March)."""
    out = list(mentions)
    for i in range(1, len(out)):
        year, m = out[i - 1], out[i]
        # 明年/今年/去年; or a year said in numbers before what it is the edition of
        # (`2015年全国科技活动周于5月16日—24日举行` in a December paper), but not an exam's
        # admission year (`2024年全国硕士研究生招生考试…将于12月23日`)
        if "bare_year" not in year.flags or not m.flags.isdisjoint(RELATIVE_FLAGS):
            continue
        if text[max(0, year.span[0] - 1) : year.span[0]] in _COMPARED_WITH:
            continue  # (`较去年的32402人减少2310人,考试将于6月27日…`: a figure compared)
        admission = _ADMISSION.search(text, year.span[1], m.span[0])
        if "relative" not in year.flags and (
            admission or abs(day_of(year.start).year - day_of(m.start).year) != 1
        ):
            continue
        if admission and text.find("报名", year.span[1], m.span[0]) >= 0:
            continue  # `明年高考报名工作将于11月15日起`: this year's sign-up for next year's exam
        if YEAR_SAID.search(m.text) or _SENTENCE_OR_TWO_CLAUSES.search(
            text, year.span[1], m.span[0]
        ):
            continue
        if m.span[0] - year.span[1] > 20 or day_of(year.start).month != 1:
            continue
        if not ("月" in m.text or m.flags & NAMED_DAY):
            continue  # (`今年…9日晚`: a day of a month the text gave elsewhere, not of July)
        y = day_of(year.start).year
        if day_of(m.start).year == y:
            continue
        moved = _read_in(find_times, m, y)
        if moved is not None and day_of(moved.start).year == y:
            out[i] = moved
    return out


def _read_in(find_times: TimeFinder, m: TimeMention, year: int) -> TimeMention | None:
    """Return ``m`` with its dates read again as said in ``year`` (its text read against 1 July
    of that year); None when the text does not read as one mention there, or its weekday note
    keeps it where it was (_weekday_keeps)."""
    again = find_times(m.text, dt.date(year, 7, 1))
    if len(again) != 1:
        return None
    if _weekday_keeps(m, again[0].start):
        return None
    return dataclasses.replace(m, start=again[0].start, end=again[0].end)


# a day's weekday noted in brackets after it (`12月31日(星期六)`)
_WEEKDAY_NOTE: Final = rx.compile(r"[(（]\s*(?:星期|周|週)(?P<w>[一二三四五六日天])\s*[)）]")


def _weekday_keeps(m: TimeMention, moved: Moment) -> bool:
    """True when the weekday ``m`` notes fits its day as read and not ``moved``: the day stays
    (`2017年元旦门诊安排…:` / `12月31日(星期六)至1月1日(星期日)…`: 2016's 31 December)."""
    note = _WEEKDAY_NOTE.search(m.text)
    if note is None:
        return False
    weekday = WEEKDAYS[note["w"]]
    return day_of(m.start).weekday() == weekday != day_of(moved).weekday()


def glosses_in_their_days_year(
    find_times: TimeFinder, text: str, mentions: list[TimeMention]
) -> list[TimeMention]:
    """Return mentions, a year-less date in brackets right after a named day read in that day's
    year when it spans that day there (`明年端午節(5月31日至6月2日)` in a 2013 paper is 2014's
    break, as the festival is; the nearest 31 May was 2013's)."""
    out = list(mentions)
    for i in range(1, len(out)):
        named, m = out[i - 1], out[i]
        if not named.flags & NAMED_DAY or text[named.span[1] : m.span[0]] not in _GLOSS_OPENS:
            continue
        day = day_of(named.start)
        if day_of(m.start).year == day.year or YEAR_SAID.search(m.text):
            continue
        moved = _read_in(find_times, m, day.year)
        if moved is not None and day_of(moved.start) <= day <= day_of(moved.end):
            out[i] = moved
    return out


def glossed_days_joined(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """Return mentions, two named or lunar days each glossed by its date and joined by a range's
    connector (`除夕(2月9日)-正月初四(2月13日)休息`) read as one run from the first to the last,
    as `除夕-正月初四` is."""
    out: list[TimeMention] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        glossed = first.flags & _NAMED_OR_LUNAR and text[first.span[1] : first.span[1] + 1] in (
            _GLOSS_OPENS
        )
        four = mentions[i : i + 4] if glossed else []
        if len(four) == 4 and _glossed_run(text, *four):
            first, last = four[0], four[3]
            flags = frozenset({"range"})  # (its days said: no festival's name to keep)
            span = (first.span[0], last.span[1] + 1)
            out.append(
                TimeMention(
                    text[span[0] : span[1]], span, first.start, last.end, first.precision, flags
                )
            )
            i += 4
        else:
            out.append(mentions[i])
            i += 1
    return out


def _glossed_run(
    text: str, a: TimeMention, a_note: TimeMention, b: TimeMention, b_note: TimeMention
) -> bool:
    """True for `A(a)-B(b)`: named or lunar days A and B, their dates a and b in brackets."""
    return (
        all(x.flags & _NAMED_OR_LUNAR for x in (a, b))
        and all(
            text[x.span[1] : n.span[0]] in _GLOSS_OPENS and day_of(x.start) == day_of(n.start)
            for x, n in ((a, a_note), (b, b_note))
        )
        and _GLOSS_THEN_RUN.fullmatch(text, a_note.span[1], b.span[0]) is not None
        and text[b_note.span[1] : b_note.span[1] + 1] in (")", "）")
        and day_of(a.start) < day_of(b.start)
    )


def in_that_year(
    find_times: TimeFinder, text: str, mentions: list[TimeMention]
) -> list[TimeMention]:
    """Return mentions, a year-less date after `当年` (that year) read in the year said last
    before it (`…成立于1953年,当年二月县府就购入五辆公车` is February 1953, not the coming one)."""
    if "当年" not in text:
        return mentions  # (most stories: one substring test)
    out = list(mentions)
    year = None
    for i, m in enumerate(out):
        if "bare_year" in m.flags or YEAR_SAID.search(m.text):
            year = day_of(m.start).year
        elif (
            year is not None
            and "月" in m.text
            and m.flags.isdisjoint(RELATIVE_FLAGS)
            and text[max(0, m.span[0] - 2) : m.span[0]] == "当年"
        ):
            moved = _read_in(find_times, m, year)
            if moved is not None and day_of(moved.start).year == year:
                out[i] = moved
    return out


def year_of_schedule(
    story: Story, published: dt.date, mentions: list[TimeMention]
) -> list[TimeMention]:
    """Return mentions, in a story about a year's schedule, this year's or next (`国务院办公厅
    公布2020年部分节假日安排` in a November paper, `2021年群众体育赛事活动计划` in March), the
    months and days it states without a year read in that year, not the nearest one
    (`端午节:6月25日至27日放假调休` is 2020's; the plan's `12月` is 2021's), but this year's
    said so (`今3月5日`)."""
    title = story.title or ""
    year = _schedule_year(title, len(title), published) or _schedule_year(
        story.text, 200, published
    )
    if year not in (published.year, published.year + 1):
        return mentions
    out = []
    for m in mentions:
        years = year - day_of(m.start).year
        if (
            years
            and _MONTH_SAID.search(m.text)
            and not YEAR_SAID.search(m.text)
            and not m.flags & (NAMED_DAY | RELATIVE_FLAGS)
            and story.text[m.span[0] - 1 : m.span[0]] != "今"  # (`依今3月5日新訂的要點`)
            and not _weekday_keeps(m, years_on(m.start, years))
        ):
            m = dataclasses.replace(m, start=years_on(m.start, years), end=years_on(m.end, years))
        out.append(m)
    return out


def _schedule_year(text: str, end: int, published: dt.date) -> int | None:
    """Return the year of the first schedule (_SCHEDULE_AFTER_YEAR) in ``text[:end]``, said in
    four digits, as a Republic year (`103年`) or as next year (`明年`); None when there is none.

    The pattern is tried only at each 年 (a search would try it at every character, ~20 ns
    each), and the year read from what is before it."""
    at = text.find("年", 0, end)
    while at != -1:
        start = at
        while start > 0 and text[start - 1].isspace():
            start -= 1
        year = None
        if start >= 4 and text[start - 4 : start].isdecimal():
            year = int(text[start - 4 : start])
        elif _REPUBLIC_YEAR_DIGITS.search(text, max(0, start - 4), start):
            year = int(text[start - 3 : start]) + 1911
        elif text[start - 1 : start] == "明":
            year = published.year + 1
        if year is not None and _SCHEDULE_AFTER_YEAR.match(text, at, end):
            return year
        at = text.find("年", at + 1, end)
    return None


def years_on(value: Moment, years: int) -> Moment:
    """Return ``value`` the given number of years later (29 February: the 28th)."""
    d = day_of(value)
    day = clamped_date(d.year + years, d.month, d.day)
    return dt.datetime.combine(day, value.time()) if isinstance(value, dt.datetime) else day


def find_in_dated_sentences(
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
        k = _BISECT_RIGHT(starts, m.span[0]) - 1
        delta = kept[k][0] - starts[k]
        a, b = m.span
        mentions.append(
            TimeMention(m.text, (a + delta, b + delta), m.start, m.end, m.precision, m.flags)
        )
    return sorted(mentions, key=lambda m: m.span)


def _hinted(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the sentences holding a TIME_HINT match: each is read a character at a time
    from the flag tables until one is a hint, or opens a hint word (then TIME_HINT is matched
    there). A regex search tries its ~130 words at every character that opens one (中, 国, 大 …)."""
    kept: list[tuple[int, int]] = []
    for s, e in sentences:
        for p in range(s, e):
            c = ord(text[p])
            flags = HINT_FLAGS[c] if c < BMP else 0
            if flags & HINT_CHAR or (
                flags & HINT_WORD
                and p + 1 < e
                and (c2 := ord(text[p + 1])) < BMP
                and HINT_SECONDS[c2]
                and TIME_HINT.match(text, p, e) is not None
            ):
                kept.append((s, e))
                break
    return kept
