"""The time grammar: tokens found by the patterns are combined into dated pieces.

A *token* is one pattern match on the compacted text. A *piece* is a resolved period with its
flags. ``read_pieces`` walks the tokens left to right; at each token it reads one expression:
an optional lead (即日起, 截至), a point (a date with its weekday note, part of day and clock),
then an optional connector and a second point (a range), then an optional tail (前, 以来, 假期).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from . import patterns as P
from .calendars import (
    easter,
    last_day,
    lunar_new_years_eve,
    lunar_to_solar,
    make_date,
    nth_weekday,
    orthodox_easter,
    solar_term,
)
from .feasts import FEASTS
from .holidays import HOLIDAY_BREAKS
from .numerals import to_int, year_of
from .tables import (
    ANAPHORA,
    BREAK_WORDS,
    MONTH_PARTS,
    PART_OF_DAY,
    RELATIVE_DAYS,
    RELATIVE_MONTHS,
    RELATIVE_WEEKS,
    RELATIVE_YEARS,
    WEATHER_TERMS,
    WEEKDAYS,
    YEAR_PARTS,
    NamedDay,
)

DAY = "day"
MONTH = "month"
YEAR = "year"
MINUTE = "minute"

# token kinds, by priority when two tokens start at the same place with the same length
_TOKEN_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pub", P.FROM_PUBLICATION),
    ("yrange", P.YEAR_RANGE),
    ("mrange", P.MONTH_RANGE),
    ("numeric", P.NUMERIC),
    ("date", P.DATE),
    ("decade", P.DECADE),
    ("fest", P.FESTIVAL),
    ("quarter", P.QUARTER),
    ("ypart", P.YEAR_PART_ALONE),
    ("rel", P.RELATIVE),
    ("offset", P.OFFSET),
    ("day", P.DAY_ONLY),
    ("clock", P.CLOCK),
    ("part", P.PART),
    ("now", P.NOW),
)
_PRIORITY = {kind: i for i, (kind, _) in enumerate(_TOKEN_PATTERNS)}

# a bare day number right after 月 must not be a count: 5月10人, 3月5万元
_NOT_AFTER_BARE_DAY = set(
    "万千百亿元人个名家次件项位余多%.:点時时岁米度倍届期批股号号辆台条座所块场篇"
)
# characters after 日 that make 3日 a duration or a name: 3日游, 5日内
_NOT_AFTER_DAY = (
    "游",
    "内",
    "內",
    "以内",
    "之内",
    "均",
    "化",
    "报",
    "電",
    "电",
    "讯",
    "晚报",
    "刊",
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LUNAR_MONTH_NAMES = {"正": 1, "冬": 11, "腊": 12, "臘": 12}
# 24时 written as such (not 夜里12点): the last minute of the day it follows
_SAID_24 = re.compile(r".*?(?<![\d])(?:24|二十四)(?:[时時点點]|:00)")
_SURNAMES = set(
    "李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏"
    "钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪严"
    "牛温芦季俞章鲁葛伍韦申尤毕聂丛焦向柳邢路岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫"
    "查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵解强柴华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来缪苟全褚廉简娄盖符奚"
    "木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙计喻揭窦迟宇敖糜鄢冷卓花仇艾蓝都巩稽井练仲乐虞卞封竺冼原官衣楚佟栗匡宗应台巫鞠僧"
)
_FEST_CONTEXT = re.compile(
    r"(?:节|節|假期|期间|期間|长假|小长假|黄金周|当天|当日|当晚|前夕|前后|之际|来临|到来|佳节|晚会|联欢|档|假日|前|后|後|夜|"
    r"那天|这天|活动|以来|至|到|—|-|~|起)"
)


class Token(NamedTuple):
    # a tuple, not a frozen dataclass: tokens are made by the thousand and this builds faster
    kind: str
    start: int
    end: int
    match: re.Match[str]


@dataclass(slots=True)
class Piece:
    """A resolved period on compacted text: whole days, optionally clock times on the end days."""

    start: int
    end: int
    first: dt.date
    last: dt.date
    precision: str
    flags: set[str] = field(default_factory=set)
    t0: tuple[int, int] | None = None
    t1: tuple[int, int] | None = None
    # what the text states, for a range end that inherits the rest: "y", "m", "d"
    stated: str = "ymd"
    # the other days of a list that is not a run (5日、12日、19日): one mention each
    more: list[dt.date] = field(default_factory=list)


@dataclass(slots=True)
class Context:
    ref: dt.date
    now: dt.datetime
    text: str
    last: dt.date | None = None  # the date last mentioned, for anaphora
    now_given: bool = False


# ------------------------------------------------------------------ tokens
# Scanning every position with every pattern is slow, so a token is only tried where it can
# start: at a run of numerals (dispatched on the character after the run), or at a literal head
# word found by a pattern that begins with literals (which the regex engine scans for quickly).
_NUMERALS = r"\d〇零○一二两兩三四五六七八九十廿卅百千仨半几幾数數"
# `初?[numerals]+`, written to start with a character set: the regex engine then skips to
# candidate characters in C instead of trying the optional 初 at every position.
_NUM_RUN = re.compile(rf"[初{_NUMERALS}](?:(?<=初)[{_NUMERALS}]+|(?<!初)[{_NUMERALS}]*)")
_SEP_CHARS = "至到—–-~－―─"
_FOLLOW: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}


def _follow(chars: str, *entries: tuple[str, re.Pattern[str]]) -> None:
    for ch in chars:
        _FOLLOW[ch] = _FOLLOW.get(ch, ()) + entries


_follow(
    "年",
    ("yrange", P.YEAR_RANGE),
    ("mrange", P.MONTH_RANGE),
    ("date", P.DATE),
    ("offset", P.OFFSET),
)
_follow("月", ("mrange", P.MONTH_RANGE), ("date", P.DATE), ("offset", P.OFFSET))
_follow("日号號", ("day", P.DAY_ONLY), ("offset", P.OFFSET))
_follow("天周週星礼禮个個小钟鐘分刻秒工多半", ("offset", P.OFFSET))
_follow(
    _SEP_CHARS,
    ("yrange", P.YEAR_RANGE),
    ("mrange", P.MONTH_RANGE),
    ("numeric", P.NUMERIC),
    ("day", P.DAY_ONLY),
    ("clock", P.CLOCK),
)
_follow("、，,", ("day", P.DAY_ONLY))
_follow("、", ("mrange", P.MONTH_RANGE))
_follow("点點时時:：", ("clock", P.CLOCK))
_follow("./·•． ", ("numeric", P.NUMERIC))
_follow("日号號", ("numeric", P.NUMERIC))  # 11/3号


def _heads(words: object) -> re.Pattern[str]:
    return re.compile(P.trie(words))


_HEADS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("date", re.compile("农历|阴历|農曆|陰曆|闰|大年初|正月|腊月|臘月|冬月"), P.DATE),
    ("fest", _heads(list(P.FESTIVAL_NAMES) + P.TERM_NAMES), P.FESTIVAL),
    (
        "rel",
        _heads(
            list(ANAPHORA)
            + list(RELATIVE_WEEKS)
            + list(RELATIVE_DAYS)
            + list(RELATIVE_YEARS)
            + list(RELATIVE_MONTHS)
            + ["每", "周", "週", "星期", "礼拜", "禮拜", "今明"]
        ),
        P.RELATIVE,
    ),
    ("part", _heads(list(PART_OF_DAY)), P.PART),
    (
        "offset",
        re.compile(
            r"(?:上上|上|前|下下|下|后|後|未来|未來|过去|過去|近|最近|今后|今後|之后|之後|还剩|還剩|还有)(?:的)?"
            r"(?=[\d〇零一二两兩三四五六七八九十半几幾数數仨])"
        ),
        P.OFFSET,
    ),
)
# rare patterns are tried only just before their key words: (kind, pattern, keys, how far back)
_KEYED: tuple[tuple[str, re.Pattern[str], tuple[str, ...], int], ...] = (
    ("pub", P.FROM_PUBLICATION, ("即日", "之日起", "日起", "天起"), 10),
    ("decade", P.DECADE, ("世纪", "年代"), 6),
    ("quarter", P.QUARTER, ("季度", "Q"), 4),
    (
        "ypart",
        P.YEAR_PART_ALONE,
        ("年底", "年末", "年初", "年中", "年内", "半年", "暑假", "前三季度"),
        1,
    ),
    ("now", P.NOW, ("此时", "此刻", "当前", "現在", "现在", "當前", "宜家", "依家", "目前"), 0),
)


# Where any key occurs, by one regex scan of the text (cheaper than a str.find per key); the
# kinds, patterns and look-back of the keys by their first character.
_ANY_KEY = re.compile("|".join(re.escape(k) for _, _, keys, _ in _KEYED for k in keys))


def _keys_by_first() -> dict[str, list[tuple[str, str, re.Pattern[str], int]]]:
    out: dict[str, list[tuple[str, str, re.Pattern[str], int]]] = {}
    for kind, pattern, keys, back in _KEYED:
        for key in keys:
            out.setdefault(key[0], []).append((key, kind, pattern, back))
    return out


_KEYS_AT = _keys_by_first()


def _keyed(text: str) -> list[Token]:
    """Return the tokens of the rare patterns, each tried just before every place its key
    occurs (the first of those places where it reaches past the key's start)."""
    out: list[Token] = []
    hit = _ANY_KEY.search(text)
    while hit is not None:
        p = hit.start()
        for key, kind, pattern, back in _KEYS_AT[text[p]]:
            if text.startswith(key, p):
                for s in range(max(0, p - back), p + 1):
                    m = pattern.match(text, s)
                    if m is not None and m.end() > p:
                        out.append(Token(kind, s, m.end(), m))
                        break
        hit = _ANY_KEY.search(text, p + 1)  # (keys may overlap: 即日起 holds 日起)
    return out


def tokenize(text: str) -> list[Token]:
    """Return the non-overlapping tokens of compacted text, in order."""
    found: list[Token] = []
    append = found.append
    for run in _NUM_RUN.finditer(text):
        s, e = run.span()
        entries = _FOLLOW.get(text[e : e + 1], ())
        if e - s >= 6 and run.group().isdigit():
            entries = entries + (("numeric", P.NUMERIC),)
        for kind, pattern in entries:
            m = pattern.match(text, s)
            if m is not None and m.end() > s:
                append(Token(kind, s, m.end(), m))
        # a quoted named day: “4·23”
        if s and text[s - 1] in '“"「『《' and text[e : e + 1] in "·•．.-":
            m = P.NUMERIC.match(text, s - 1)
            if m is not None:
                append(Token("numeric", s - 1, m.end(), m))
    for kind, head, pattern in _HEADS:
        for h in head.finditer(text):
            m = pattern.match(text, h.start())
            if m is not None and m.end() > m.start():
                append(Token(kind, m.start(), m.end(), m))
    found.extend(_keyed(text))
    found.sort(key=lambda t: (t.start, t.start - t.end, _PRIORITY[t.kind]))
    kept: list[Token] = []
    edge = 0
    last: Token | None = None
    for tok in found:
        if (
            last is not None
            and tok.start == last.start
            and tok.end == last.end
            and tok.kind == last.kind
        ):
            continue
        last = tok
        if tok.start >= edge and _plausible(tok, text):
            kept.append(tok)
            edge = tok.end
    return kept


def _plausible(tok: Token, text: str) -> bool:
    m = tok.match
    after = text[tok.end : tok.end + 2]
    before = text[tok.start - 1 : tok.start] if tok.start else ""
    if tok.kind == "day":
        d = m["d"]
        if d and not m["ds"] and not m["d2"]:
            return False
        if d and not m["d2"] and len(d) == 1 and not d.isdigit():
            return False  # 一日之计: a lone Chinese digit day is "one day"
        if after.startswith(_NOT_AFTER_DAY) or before in ("每", "第", "近", "数", "几", "多"):
            return False
        if m["ds"] == "号" and not m["d2"] and not m["dl"]:
            # 12号 alone is a house or a size; 1号晚上9点 is a date
            return bool(P.PART.match(text, tok.end) or P.CLOCK.match(text, tok.end))
        return True
    if tok.kind == "date":
        if m["y"] and not m["m"]:
            return _plausible_year(tok, text)
        return True
    if tok.kind == "fest":
        return _plausible_festival(tok, text)
    if tok.kind == "numeric":
        if m["qm"] and m["qs"] in ".-" and not (m["qo"] and m["qc"]):
            return False
        if m["sl"] and before.isdigit():
            return False
        if m["ed"] and m["es"] == "." and len(m["ey"]) < 4:
            return False  # 3.10.2 is a version
        return True
    if tok.kind == "yrange":
        return bool(
            m["yn"]
            or m["yn2"]
            or text[max(0, tok.start - 1) : tok.start] in ("从", "自")
            or text[max(0, tok.start - 2) : tok.start] == "时间"
        )
    if tok.kind == "offset":
        counted = "个" in m.group() or "個" in m.group()
        if m["unit"] == "月" and not counted and not m["pre"]:
            return False  # 6月之前 is "before June", not "six months ago"
        if m["unit"] == "日" and (m["post"] or "").endswith("前") and not m["pre"]:
            return False  # 15日前 is a deadline on the 15th
        return bool(m["pre"] or m["post"]) and m["n"] not in ("几", "幾", "数", "數")
    if tok.kind == "part":
        if before in ("个", "個") and not P.CLOCK.match(text, tok.end):
            return False  # 四个晚上: a count of evenings, not this evening
        # 上午 alone is a time of the reference day; 黎明主演 is a name
        return (
            tok.match.group() in ("早", "晚")
            or not _CJK.match(after[:1] or " ")
            or bool(P.CLOCK.match(text, tok.end))
            or bool(_CJK.match(before or " "))
        )
    if tok.kind == "clock":
        if not m["hh"] and not m["mi"] and not m["c"] and not m["ap"]:
            # 一点都不好玩, 两点建议: a bare hour in words needs a part of day or a date before it
            hour = m["h"] or m["hb"] or ""
            dated = before in ("日", "号", "號", "天") or bool(
                re.search(
                    r"(?:午|上|晚|晨|早|夜|间|凌晨)$", text[max(0, tok.start - 2) : tok.start]
                )
            )
            if not dated and (
                hour in ("一", "两", "兩", "几", "幾")
                or after[:1] in ("都", "也", "儿", "兒", "点", "多", "建", "意", "要")
            ):
                return False
        return before not in (
            "第",
            "加",
            "减",
            "高",
            "低",
            "升",
            "降",
            "涨",
            "跌",
            "增",
            "了",
            "的",
        ) and after[:1] not in ("度", "%", "倍", "个", "亿", "万", "元", "米")
    if (
        tok.kind == "rel"
        and m["rw"]
        and not m["wd"]
        and after[:1] in ("期", "边", "年", "刊", "报")
    ):
        return False  # 下周期, 周边, 周年: not a week
    if tok.kind == "rel" and m["rd"] in ("前日", "明日"):
        return not after.startswith(("之后", "之星", "香", "黄花"))
    return True


def _plausible_year(tok: Token, text: str) -> bool:
    y = tok.match["y"]
    if len(y) == 4 or not y.isdigit() or y.startswith("0"):
        return True
    # a two-digit year alone: 08年奥运会 yes; 工作15年, 近20年 no
    before = text[max(0, tok.start - 2) : tok.start]
    after = text[tok.end : tok.end + 2]
    if (
        before.endswith(
            ("近", "了", "满", "达", "过", "多", "续", "用", "每", "第", "约", "有", "年")
        )
        or before == "连续"
    ):
        return False
    return not after.startswith(("来", "以", "内", "多", "间", "后", "前", "的时", "左右", "之"))


def _plausible_festival(tok: Token, text: str) -> bool:
    m = tok.match
    if m["t"]:
        if m["t"] in WEATHER_TERMS:
            return text.startswith(("节气", "当天", "时节", "之际", "前后", "这天", "日"), tok.end)
        return True
    name = m["f"]
    nd = P.FESTIVAL_NAMES[name]
    if not nd.guarded or name.endswith(("节", "節", "”")) or name.startswith("“"):
        return True
    before = text[tok.start - 1 : tok.start] if tok.start else ""
    after = text[tok.end : tok.end + 1]
    if _FEST_CONTEXT.match(text, tok.end) and before not in _SURNAMES:
        return True
    if before in ("年", "“", '"', "「", "迎", "度", "过", "庆", "历", "曆"):
        return True
    return not _CJK.match(before or " ") and not _CJK.match(after or " ")


# ------------------------------------------------------------------ resolution helpers
def _nearest(cands: list[tuple[dt.date, dt.date]], ref: dt.date) -> tuple[dt.date, dt.date] | None:
    def distance(c: tuple[dt.date, dt.date]) -> tuple[int, int]:
        a, b = c
        if a <= ref <= b:
            return (0, 0)
        gap = (a - ref).days if a > ref else (ref - b).days
        return (gap, 0 if a > ref else 1)  # a tie goes to the future

    return min(cands, key=distance) if cands else None


def _month_span(y: int, m: int) -> tuple[dt.date, dt.date] | None:
    if not (1 <= m <= 12 and 1 <= y <= 9999):
        return None
    return dt.date(y, m, 1), dt.date(y, m, last_day(y, m))


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _add_working_days(day: dt.date, k: int) -> dt.date:
    """Return the k-th working day after day (weekends and State Council breaks are off;
    the make-up working days on weekends are not in the table, so they count as off)."""
    off = {
        start + dt.timedelta(days=i)
        for (_, year), (start, end) in HOLIDAY_BREAKS.items()
        if abs(year - day.year) <= 1
        for i in range((end - start).days + 1)
    }
    count = 0
    while count < k and k < 1000:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in off:
            count += 1
    return day


def _split_list(piece: Piece, days: list[int]) -> None:
    """Make a list of days that is not a run (5日、12日) a first day plus ``more`` days."""
    if (
        "list" not in piece.flags
        or len(days) < 2
        or days == list(range(days[0], days[0] + len(days)))
    ):
        return
    first = piece.first
    more = [first + dt.timedelta(days=d - days[0]) for d in days[1:]]
    if any(d <= first or d.month != first.month for d in more):
        return
    piece.last = first
    piece.more = more
    piece.flags.discard("range")
    piece.flags.add("list")


def _same_day_in_year(d: dt.date, year: int) -> dt.date:
    return dt.date(year, d.month, min(d.day, last_day(year, d.month)))


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _named_span(nd: NamedDay, year: int) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day of a named day in a year, or None."""
    rule = nd.rule
    if rule[0] == "table":
        return FEASTS.get((str(rule[1]), year))
    if rule[0] == "easter_span":
        if not 1583 <= year <= 4099:
            return None
        sunday = easter(year)
        return sunday + dt.timedelta(days=int(rule[1])), sunday + dt.timedelta(days=int(rule[2]))
    day = _named_day(nd, year)
    return (day, day) if day else None


def _named_day(nd: NamedDay, year: int) -> dt.date | None:
    rule = nd.rule
    kind = rule[0]
    try:
        if kind == "solar":
            return make_date(year, int(rule[1]), int(rule[2]))
        if kind == "lunar":
            return lunar_to_solar(year, int(rule[1]), int(rule[2]))
        if kind == "eve":
            return lunar_new_years_eve(year)
        if kind == "nth":
            return nth_weekday(year, int(rule[1]), int(rule[2]), int(rule[3]))
        if kind == "term":
            return solar_term(year, str(rule[1]))
        if kind == "term-1":
            day = solar_term(year, str(rule[1]))
            return day - dt.timedelta(days=1) if day else None
        if kind == "easter":
            return easter(year) + dt.timedelta(days=int(rule[1])) if 1583 <= year <= 4099 else None
        if kind == "orthodox":
            return (
                orthodox_easter(year) + dt.timedelta(days=int(rule[1]))
                if 1900 <= year <= 2099
                else None
            )
    except (ValueError, OverflowError):
        return None
    return None


def _clock(m: re.Match[str], n: str, pod: str | None) -> tuple[int, int] | None:
    """Return (hour, minute) of clock number n ("" or "2") read with a part of day; hour 24 allowed."""  # noqa: E501
    if m["hh" + n]:
        h, mi = int(m["hh" + n]), int(m["mm" + n])
    elif m["h" + n]:
        h_val = to_int(m["h" + n])
        if h_val is None:
            return None
        h, mi = h_val, 0
        mt = m["mi" + n]
        if mt:
            if mt == "半":
                mi = 30
            elif mt.endswith("刻"):
                mi = 15 * (to_int(mt[0]) or 0)
            elif mt == "整":
                mi = 0
            else:
                digits = mt.rstrip("分")
                if not mt.endswith("分") and len(digits) == 1:
                    if pod is None or not m.group().endswith(("字", mt)):
                        return None  # 二十点六, 24点5度: a decimal, not a time
                    five = to_int(digits)
                    if five is None:
                        return None
                    return _shift(h_val, 5 * five, pod)  # 晏晝三點一: Cantonese 3:05
                val = to_int(digits)
                if val is None:
                    return None
                mi = val
    elif n == "" and m["hb"]:
        h_val = to_int(m["hb"])
        if h_val is None:
            return None
        h, mi = h_val, 0
    else:
        return None
    if not (0 <= h <= 24 and 0 <= mi <= 59):
        return None
    return _shift(h, mi, pod)


def _shift(h: int, mi: int, pod: str | None) -> tuple[int, int]:
    if pod is None:
        return h, mi
    rule = PART_OF_DAY[pod][2]
    if rule == "pm" and h < 12:
        h += 12
    elif rule == "noon" and h < 6:
        h += 12
    elif rule == "night":
        if 6 <= h < 12:
            h += 12
        elif h == 12:
            h = 24
    return h, mi


# ------------------------------------------------------------------ the reader
class Reader:
    def __init__(self, text: str, tokens: list[Token], ctx: Context) -> None:
        self.text = text
        self.toks = tokens
        self.ctx = ctx

    # -- small helpers
    def _adjacent(self, i: int, pos: int, kinds: tuple[str, ...]) -> bool:
        return i < len(self.toks) and self.toks[i].start == pos and self.toks[i].kind in kinds

    def read(self) -> list[Piece]:
        out: list[Piece] = []
        i = 0
        while i < len(self.toks):
            piece, j = self.expression(i)
            if piece is not None:
                out.append(piece)
                for day in piece.more:
                    out.append(Piece(piece.start, piece.end, day, day, DAY, set(piece.flags)))
                if "anaphora" not in piece.flags or True:
                    if piece.precision in (DAY, MINUTE) and not ({"duration", "now"} & piece.flags):
                        self.ctx.last = piece.first
            i = max(j, i + 1)
        return out

    # -- expression := [lead] point [conn point] [tail]
    def expression(self, i: int) -> tuple[Piece | None, int]:
        tok = self.toks[i]
        ref = self.ctx.ref
        if tok.kind == "pub":
            j = i + 1
            if self._adjacent(
                j, tok.end, ("date", "numeric", "fest", "rel", "day", "mrange", "offset")
            ):
                # 即日起至4月30日, 公告发布之日起20日内
                end_piece, k = self.point(j, base=ref)
                if end_piece is not None and end_piece.last >= ref:
                    t1 = end_piece.t1 or end_piece.t0
                    piece = Piece(
                        tok.start,
                        end_piece.end,
                        ref,
                        end_piece.last,
                        MINUTE if t1 else DAY,
                        {"since_publication", "range", "deadline"}
                        | (end_piece.flags - {"relative", "duration"}),
                        (0, 0) if t1 else None,
                        t1,
                    )
                    return self.tail(piece, k)
            return Piece(
                tok.start, tok.end, ref, ref, DAY, {"since_publication", "relative"}
            ), i + 1
        piece, j = self.point(i)  # type: ignore[assignment]
        if piece is None:
            return None, j
        since = P.SINCE_AFTER.match(self.text, piece.end) or (
            P.START_AFTER.match(self.text, piece.end)
            if self.text[piece.start - 1 : piece.start] in ("从", "自")
            else None
        )
        if since and piece.first <= ref and piece.last < ref:
            piece.last, piece.end, piece.t1 = ref, since.end(), None
            piece.flags |= {"range", "since"}
            piece.precision = DAY
            return self.tail(piece, self._skip(j, piece.end))
        # range: point conn point
        conn = P.CONN.match(self.text, piece.end)
        if conn and conn.end() > conn.start():
            k_conn: int | None = self._token_at(j, conn.end())
            if k_conn is None:
                k_conn = self._retokenize(j, conn.end())
            if k_conn is not None and conn.group() in ("和", "与"):
                k_conn = k_conn if self._between_follows(k_conn) else None
            if k_conn is not None:
                second, k2 = self.point(k_conn, base=piece.first, base_piece=piece)
                if second is not None and second.last >= piece.first:
                    piece = self._join(piece, second)
                    j = k2
        elif conn is None and P.SINCE_AFTER.match(self.text, piece.end):
            m = P.SINCE_AFTER.match(self.text, piece.end)
            assert m is not None
            if piece.first <= ref:
                piece.last, piece.end, piece.t1 = ref, m.end(), None
                piece.flags |= {"range", "statistic"}
                piece.precision = DAY
        return self.tail(piece, j)

    def _between_follows(self, k: int) -> bool:
        """True when the point at token k ends in 之间/间: 10月和5月间, 4点和9点之间."""
        probe, _ = Reader(
            self.text, list(self.toks), Context(self.ctx.ref, self.ctx.now, self.text)
        ).point(k)
        return probe is not None and self.text.startswith(("之间", "间", "之間", "間"), probe.end)

    def _retokenize(self, j: int, pos: int) -> int | None:
        """A numeric date or clock right after a connector that the scan missed (1999.08-2002.02)."""  # noqa: E501
        for kind, pattern in (("numeric", P.NUMERIC_BODY), ("date", P.DATE)):
            m = pattern.match(self.text, pos)
            if m is not None and m.end() > pos:
                tok = Token(kind, pos, m.end(), m)
                k = self._skip(j, pos)
                self.toks.insert(k, tok)
                # drop tokens now covered
                while k + 1 < len(self.toks) and self.toks[k + 1].start < tok.end:
                    del self.toks[k + 1]
                return k
        return None

    def _token_at(self, j: int, pos: int) -> int | None:
        while j < len(self.toks) and self.toks[j].start < pos:
            j += 1
        if j < len(self.toks) and self.toks[j].start == pos:
            return j
        return None

    def _join(self, a: Piece, b: Piece) -> Piece:
        flags = (a.flags | b.flags | {"range"}) - {"part_of_day"}
        if a.precision == b.precision:
            precision = a.precision
        else:
            precision = MINUTE if MINUTE in (a.precision, b.precision) else DAY
        t0, t1 = a.t0, b.t1 or b.t0
        if a.t0 is None and b.t0 is not None:
            if b.t1 is not None and b.first == b.last:
                # 4月22日—23日 9:00-16:00: a daily time over the range
                t0, t1 = b.t0, b.t1
                flags.add("daily")
            else:
                t0 = (0, 0)  # 4月14日至30日17:00: from the start of the first day
        return Piece(a.start, b.end, a.first, b.last, precision, flags, t0, t1, a.stated)

    def tail(self, piece: Piece, j: int) -> tuple[Piece, int]:
        text = self.text
        before = text[max(0, piece.start - 4) : piece.start]
        if "截" in before and P.STAT_BEFORE.search(before):  # (every form has 截)
            piece.flags.add("statistic" if before.endswith("截至") else "deadline")
        # daily time over a range: 9月17日至10月17日，每天10:00至17:00
        if piece.first != piece.last and piece.t0 is None:
            daily = P.DAILY.match(text, piece.end)
            if daily is not None:
                k = self._token_at(j, daily.end())
                if k is not None and self.toks[k].kind in ("clock", "part"):
                    times, k2 = self.times(k)
                    if times is not None and times[0] is not None:
                        piece.t0, piece.t1 = times[0], times[1] or times[0]
                        piece.end = self.toks[k2 - 1].end
                        piece.precision = MINUTE
                        piece.flags.add("daily")
                        j = k2
        if text.startswith(("电", "讯", "電", "訊"), piece.end):
            piece.flags.add("dateline")  # 新华社北京7月7日电, 本报杭州11月19日讯
        elif text.startswith(("获悉", "獲悉", "了解到", "消息"), piece.end) or (
            "记者" in text[max(0, piece.start - 4) : piece.start]
            and text.startswith("从", piece.end)
        ):
            piece.flags.add("reporting")  # 记者12日获悉
        if text[max(0, piece.start - 3) : piece.start].endswith(
            ("每月", "每年", "每周", "每逢", "每个月")
        ):
            piece.flags.add("recurring")  # 每月15日
        if "reporting" not in piece.flags:
            clause = text[piece.end : piece.end + 16].split("。")[0]
            if "记者" in clause and "获悉" in clause:
                piece.flags.add("reporting")  # 23日，记者从区文旅局获悉
        if "part" in piece.flags and text[piece.end - 1 : piece.end] == "内":
            piece.flags.add("deadline")  # 年内完成
        dl = P.DEADLINE_AFTER.match(text, piece.end)
        if dl:
            piece.flags.add("deadline")
            piece.end = dl.end()
        elif P.START_AFTER.match(text, piece.end):
            piece.flags.add("from")
        return piece, j

    # -- point := head [weekday note] [part of day] [clock]
    def point(
        self, i: int, base: dt.date | None = None, base_piece: Piece | None = None
    ) -> tuple[Piece | None, int]:
        tok = self.toks[i]
        kind = tok.kind
        piece: Piece | None
        j = i + 1
        if kind in ("clock", "part"):
            day = base_piece.last if base_piece is not None else self.ctx.ref
            piece = Piece(tok.start, tok.start, day, day, DAY, set(), stated="")
            if base_piece is not None:
                piece.flags.add("same_day")
            j = i
        elif kind == "date":
            piece, j = self.date(i, base)
        elif kind == "day":
            piece = self.day_only(tok, base)
        elif kind == "numeric":
            piece = self.numeric(tok, base)
        elif kind == "mrange":
            piece = self.month_range(tok)
        elif kind == "yrange":
            piece = self.year_range(tok)
        elif kind == "decade":
            piece = self.decade(tok)
        elif kind == "fest":
            piece, j = self.festival(tok, None, i, base=base)
        elif kind == "quarter":
            piece = self.quarter(tok)
        elif kind == "ypart":
            piece = self.year_part(tok, self.ctx.ref.year)
        elif kind == "rel":
            piece, j = self.relative(i, base)
        elif kind == "offset":
            piece = self.offset(tok)
        elif kind == "now" and not self.ctx.now_given:
            piece = Piece(tok.start, tok.end, self.ctx.ref, self.ctx.ref, DAY, {"relative", "now"})
        elif kind == "now":
            now = self.ctx.now
            piece = Piece(
                tok.start,
                tok.end,
                now.date(),
                now.date(),
                MINUTE,
                {"relative", "now"},
                (now.hour, now.minute),
                (now.hour, now.minute),
            )
        else:
            piece = None
        if piece is None:
            return None, i + 1
        if piece.precision in (YEAR, MONTH):
            piece, j = self.first_last(piece, j)
        if (
            kind == "numeric"
            and "festival" in piece.flags
            and self._adjacent(j, piece.end, ("fest",))
        ):
            named, k = self.festival(self.toks[j], None, j)
            if named is not None and named.first == piece.first:
                piece.end, j = named.end, k
                piece.flags |= named.flags
        # 2009年10月12号，星期一 / 4月14日（星期五）: the weekday confirms the date
        if piece.precision == DAY:
            note = P.WEEKDAY_NOTE.match(self.text, piece.end) or P.LUNAR_NOTE.match(
                self.text, piece.end
            )
            if note:
                piece.end = note.end()
                j = self._skip(j, piece.end)
        # part of day and clock
        if piece.precision in (DAY,) or kind in ("clock", "part"):
            if (
                j < len(self.toks)
                and self.toks[j].start == piece.end
                and self.toks[j].kind in ("clock", "part")
            ):
                times, j2 = self.times(j)
                if times is not None:
                    t0, t1, pod, end = times
                    if t0 is not None:
                        first, last = piece.first, piece.last
                        said_24 = _SAID_24.match(self.text, piece.end, end) is not None
                        if (
                            t0[0] == 24
                            and t1 is None
                            and said_24
                            and not P.START_AFTER.match(self.text, end)
                        ):
                            t0 = (23, 59)  # 2月17日24时前: the last minute of the 17th
                        elif t0[0] == 24:
                            t0 = (0, 0)  # 3月1日24时起: from the start of the 2nd
                            first += dt.timedelta(days=1)
                            last = max(last, first)
                        if t1 is not None and t1[0] == 24 and said_24:
                            t1 = (23, 59)  # 9时至24时: the day's last minute
                        elif t1 is not None and t1[0] == 24:
                            t1 = (0, 0)  # 晚8点到夜里12点
                            last += dt.timedelta(days=1)
                        elif t1 is not None and t1 < t0 and first == last:
                            last += dt.timedelta(days=1)  # 下午5:00到凌晨3:00
                        multi_day = piece.first != piece.last
                        if multi_day and t1 is None and not (t0 == (0, 0) and first > piece.first):
                            t0, t1 = (0, 0), t0  # 4月14日至30日17:00: the time ends the range
                        elif multi_day and t1 is not None:
                            piece.flags.add("daily")  # 4月22日—23日 9:00-16:00
                        piece.first, piece.last = first, last
                        piece.t0, piece.t1 = t0, t1
                        piece.precision = MINUTE
                        if t1 is not None:
                            piece.flags.add("range")
                    else:
                        piece.flags.add("part_of_day")
                    if pod:
                        piece.flags.add("part_of_day")
                    piece.end = end
                    j = j2
        if kind in ("clock", "part") and piece.end == piece.start:
            return None, i + 1
        if kind in ("clock", "part"):
            piece.flags.add("clock_only" if piece.t0 else "part_of_day")
        return piece, j

    def times(
        self, i: int
    ) -> tuple[tuple[tuple[int, int] | None, tuple[int, int] | None, str | None, int] | None, int]:
        """Read [part of day] [clock [- clock]] from token i: ((t0, t1, part, end), next index)."""
        tok = self.toks[i]
        pod: str | None = None
        end = tok.end
        j = i
        if tok.kind == "part":
            word = tok.match.group()
            pod = word if word in PART_OF_DAY else None
            j = i + 1
            if not (
                j < len(self.toks)
                and self.toks[j].start == tok.end
                and self.toks[j].kind == "clock"
            ):
                return (None, None, pod, end), j
            tok = self.toks[j]
        if tok.kind != "clock":
            return None, i + 1
        m = tok.match
        t0 = _clock(m, "", pod)
        if t0 is None:
            return (None, None, pod, end) if pod else None, j + 1 if not pod else j
        t1 = None
        if m["c"]:
            pod2 = m["pod2"] or pod
            t1 = _clock(m, "2", pod2)
            if m["hb"] and pod is None and m["pod2"]:
                t0 = _shift(t0[0], t0[1], pod2)
        elif m["hb"]:
            return (None, None, pod, end) if pod else None, j + 1
        if m["ap"]:
            ap = m["ap"].strip().lower()
            if ap.startswith("p") and t0[0] < 12:
                t0 = (t0[0] + 12, t0[1])
        return (t0, t1, pod, tok.end), j + 1

    # -- heads
    def date(self, i: int, base: dt.date | None) -> tuple[Piece | None, int]:
        tok = self.toks[i]
        m = tok.match
        ref = self.ctx.ref
        y = year_of(m["y"], ref.year) if m["y"] else None
        return self._fields(tok, y, m, base, i)

    def _fields(
        self,
        tok: Token,
        y: int | None,
        m: re.Match[str],
        base: dt.date | None,
        i: int,
        month_override: int | None = None,
        flags: set[str] | None = None,
    ) -> tuple[Piece | None, int]:
        ref = self.ctx.ref
        flags = set(flags or ())
        end = tok.end
        j = i + 1
        groups = m.re.groupindex  # (a new mapping proxy at every access)
        lunar = bool(m["lunar"] or m["lunar2"]) if "lunar2" in groups else False
        month_text = m["m"] if "m" in groups else None
        if month_text in ("正", "冬", "腊", "臘"):
            lunar = True
        if "dn" in groups and m["dn"]:
            month_text, lunar = "正", True  # 大年初十: the tenth of the first lunar month
        month = (
            month_override
            if month_override is not None
            else (
                _LUNAR_MONTH_NAMES.get(month_text or "", None)
                or (to_int(month_text) if month_text else None)
            )
        )
        days: list[int] = []
        d_text = m["d"] if "d" in groups else None
        if d_text is not None:
            if d_text.startswith("初"):
                lunar = True
            # a bare day after 月 must not be a count (5月10人): fall back to the month alone
            if (
                not m["ds"]
                and not m["d2"]
                and (self.text[tok.end : tok.end + 1] in _NOT_AFTER_BARE_DAY)
                and not self.text.startswith(("元宵", "元旦"), tok.end)  # 正月十五元宵节
            ):
                end = m.start("d")
                d_text = None
            else:
                v = to_int(d_text.lstrip("初"))
                if v is None:
                    return None, j
                days = [v]
                if m["d2"]:
                    v2 = to_int(m["d2"].lstrip("初"))
                    if v2 is None:
                        return None, j
                    days.append(v2)
        if "dl" in groups and m["dl"]:
            vals = [to_int(x.rstrip("日号號")) for x in re.split(r"[、,，]", m["dl"])]
            if any(v is None for v in vals):
                return None, j
            days = [v for v in vals if v is not None]
            flags.add("list")
        if month is not None and not 1 <= month <= 12:
            return None, j
        stated = (
            ("y" if y is not None else "")
            + ("m" if month is not None else "")
            + ("d" if days else "")
        )
        # a range end inherits what it leaves out from the range start
        if base is not None:
            if y is None:
                y = base.year
                if month is None:
                    month = base.month
                    if days and days[0] < base.day:
                        y, month = _add_months(y, month, 1)
                elif (month, days[0] if days else 31) < (
                    base.month,
                    base.day if days else base.month,
                ):
                    y += 1
        if (
            (y is None or "relative" in flags)
            and base is None
            and days
            and d_text is not None
            and not d_text.isdigit()
            and not m["ds"]
            and not m["d2"]
            and month_text not in ("一", "十一", "十二")
        ):
            lunar = True  # 八月十五, 五月初五: a day in words without 日 is a lunar date
        leap = bool("leap" in groups and m["leap"])
        if leap:
            lunar = True
        if lunar and month is not None and not days:
            # 农历十月, 腊月, 闰四月: the whole lunar month
            years = [y] if y is not None else [ref.year - 1, ref.year, ref.year + 1]
            spans = []
            for yy in years:
                a = lunar_to_solar(yy, month, 1, leap)
                if leap:
                    b = (
                        lunar_to_solar(yy, month + 1, 1)
                        if month < 12
                        else lunar_to_solar(yy + 1, 1, 1)
                    )
                else:
                    b_leap = lunar_to_solar(yy, month, 1, True)
                    b = b_leap or (
                        lunar_to_solar(yy, month + 1, 1)
                        if month < 12
                        else lunar_to_solar(yy + 1, 1, 1)
                    )
                if a and b and b > a:
                    spans.append((a, b - dt.timedelta(days=1)))
            got = _nearest(spans, ref)
            if got is None:
                return None, j
            return Piece(tok.start, end, got[0], got[1], DAY, flags | {"lunar"}, stated=stated), j
        if lunar and month is not None and days:
            lunar_cands = (
                [(y,)] if y is not None else [(ref.year - 1,), (ref.year,), (ref.year + 1,)]
            )
            spans = []
            for (yy,) in lunar_cands:
                a = lunar_to_solar(yy, month, days[0], leap)
                b = lunar_to_solar(yy, month, days[-1], leap)
                if a and b:
                    spans.append((a, b))
            got = _nearest(spans, ref)
            if got is None:
                return None, j
            piece = Piece(tok.start, end, got[0], got[1], DAY, flags | {"lunar"}, stated=stated)
            return self._parts(piece, j, y, month)
        if month is None:
            if y is None:
                return None, j
            # a year alone, or with 年底 / 上半年 / 一季度
            quarter = (
                P.QUARTER.match(self.text, end)
                if self.text[end - 1 : end] in ("年", "的")
                else None
            )
            if quarter is not None and (quarter["q"] or quarter["qq"] or quarter["qx"]):
                q = to_int(quarter["q"] or quarter["qq"] or quarter["qx"]) or 1
                piece_q = self._quarter_piece(
                    tok.start, quarter.end(), y, q, quarter["p"], flags | {"quarter"}
                )
                return piece_q, self._skip(j, quarter.end())
            part = (
                P.YEAR_PART.match(self.text, end)
                if self.text[end - 1 : end] in ("年", "的")
                else None
            )
            if part is not None and self._free(j, part.end()):
                a_m, a_d, b_m, b_d, _ = YEAR_PARTS[part["p"]]
                first = make_date(y, a_m, a_d)
                last = make_date(y, b_m, b_d or last_day(y, b_m))
                if first is None or last is None:
                    return None, j
                j = self._skip(j, part.end())
                return Piece(
                    tok.start, part.end(), first, last, DAY, flags | {"part"}, stated=stated
                ), j
            nth = P.NTH_WEEK.match(self.text, end)
            if nth and nth["k"] and not nth["wd"]:
                k = to_int(nth["k"]) or 1
                monday = nth_weekday(y, 1, 1, 0)
                if monday is None:
                    return None, j
                first = monday + dt.timedelta(weeks=k - 1)
                j = self._skip(j, nth.end())
                return Piece(
                    tok.start, nth.end(), first, first + dt.timedelta(days=6), DAY, flags | {"week"}
                ), j
            if not 1 <= y <= 9999:
                return None, j
            # 2019年感恩节, 零六年端午
            if j < len(self.toks) and self.toks[j].start == end and self.toks[j].kind == "fest":
                return self.festival(self.toks[j], y, j, start=tok.start)
            return Piece(
                tok.start,
                end,
                dt.date(y, 1, 1),
                dt.date(y, 12, 31),
                YEAR,
                flags | {"bare_year"},
                stated=stated,
            ), j
        if not days:
            # a month: whole month, or a part of it, or its nth weekday
            if y is None:
                got = _nearest(
                    [s for s in (_month_span(ref.year + k, month) for k in (-1, 0, 1)) if s], ref
                )
                if got is None:
                    return None, j
                y = got[0].year
            span = _month_span(y, month)
            if span is None:
                return None, j
            piece = Piece(tok.start, end, span[0], span[1], MONTH, flags, stated=stated)
            return self._parts(piece, j, y, month)
        # a day, a day range or a day list in a month
        if y is None:
            day_cands: list[tuple[dt.date, dt.date]] = []
            for k in (-1, 0, 1):
                a = make_date(ref.year + k, month, days[0])
                b = make_date(ref.year + k, month, days[-1])
                if a and b:
                    day_cands.append((a, b))
            got = _nearest(day_cands, ref)
        else:
            a = make_date(y, month, days[0])
            b = make_date(y, month, days[-1])
            got = (a, b) if a and b else None
        if got is None or got[1] < got[0]:
            return None, j
        if len(days) > 1:
            flags.add("range")
        piece = Piece(tok.start, end, got[0], got[1], DAY, flags, stated=stated)
        _split_list(piece, days)
        return self._parts(piece, j, got[0].year, month)

    def _free(self, j: int, pos: int) -> bool:
        """True when no kept token starts before pos from token j on (a suffix may be consumed)."""
        return True

    def _skip(self, j: int, pos: int) -> int:
        while j < len(self.toks) and self.toks[j].start < pos:
            j += 1
        return j

    def _parts(self, piece: Piece, j: int, y: int | None, month: int | None) -> tuple[Piece, int]:
        """Apply a month part (下旬, 底) or an nth weekday (第一个星期一) after a month."""
        if y is None or month is None or piece.precision != MONTH:
            return piece, j
        part = P.MONTH_PART.match(self.text, piece.end)
        if part is not None:
            a, b, _ = MONTH_PARTS[part["p"]]
            last = last_day(y, month)
            piece.first = dt.date(y, month, a or last)
            piece.last = dt.date(y, month, b or last)
            piece.precision = DAY
            piece.flags.add("month_part")
            piece.end = part.end()
            return piece, self._skip(j, piece.end)
        nth = P.NTH_WEEK.match(self.text, piece.end)
        if nth is not None:
            k = -1 if nth["last"] else (to_int(nth["k"]) or 1)
            if nth["wd"]:
                day = nth_weekday(y, month, k, WEEKDAYS[nth["wd"]])
                if day is None:
                    return piece, j
                piece.first = piece.last = day
            else:
                monday = nth_weekday(y, month, k, 0)
                if monday is None:
                    return piece, j
                piece.first, piece.last = monday, monday + dt.timedelta(days=6)
            piece.precision = DAY
            piece.flags.add("weekday")
            piece.end = nth.end()
            return piece, self._skip(j, piece.end)
        return piece, j

    def day_only(self, tok: Token, base: dt.date | None) -> Piece | None:
        m = tok.match
        ref = self.ctx.ref
        if m["dl"]:
            vals = [to_int(x.rstrip("日号號")) for x in re.split(r"[、,，]", m["dl"])]
        else:
            vals = [to_int(m["d"])] + ([to_int(m["d2"])] if m["d2"] else [])
        days = [v for v in vals if v is not None]
        if len(days) != len(vals) or not days:
            return None
        if base is not None:
            y, mo = base.year, base.month
            if days[0] < base.day:
                y, mo = _add_months(y, mo, 1)
            a, b = make_date(y, mo, days[0]), make_date(y, mo, days[-1])
            got = (a, b) if a and b else None
        else:
            # the reference month unless the other month is less than half as far (a 2 June paper's 30日)  # noqa: E501
            best: tuple[float, dt.date, dt.date] | None = None
            for k in (-1, 0, 1):
                y, mo = _add_months(ref.year, ref.month, k)
                a, b = make_date(y, mo, days[0]), make_date(y, mo, days[-1])
                if a and b:
                    gap = 0 if a <= ref <= b else min(abs((a - ref).days), abs((b - ref).days))
                    score = gap * (0.5 if k == 0 else 1.0)
                    if best is None or score < best[0]:
                        best = (score, a, b)
            got = (best[1], best[2]) if best else None
        if got is None or got[1] < got[0]:
            return None
        flags = {"range"} if len(days) > 1 else set()
        if m["dl"]:
            flags.add("list")
        piece = Piece(tok.start, tok.end, got[0], got[1], DAY, flags, stated="d")
        _split_list(piece, days)
        return piece

    def numeric(self, tok: Token, base: dt.date | None) -> Piece | None:
        m = tok.match.groupdict()
        ref = self.ctx.ref
        t0 = None
        if m.get("y"):
            day = make_date(int(str(m.get("y"))), int(str(m.get("m"))), int(str(m.get("d"))))
            if m.get("th"):
                t0 = (int(str(m.get("th"))), int(str(m.get("tm"))))
        elif m.get("sy"):
            day = make_date(int(str(m.get("sy"))), int(str(m.get("sm"))), int(str(m.get("sd"))))
        elif m.get("cy"):
            day = make_date(int(str(m.get("cy"))), int(str(m.get("cm"))), int(str(m.get("cd"))))
        elif m.get("ey"):
            first_text, last_text = str(m.get("ed")), str(m.get("ey"))
            a, b = int(first_text), int(str(m.get("em")))
            day = None
            if len(last_text) < 4 and len(first_text) == 2:
                # 12-11-10: year-month-day, as Chinese writes it
                first_year = year_of(first_text, ref.year)
                day = make_date(first_year, b, int(last_text)) if first_year else None
            if day is None:
                yy = year_of(last_text, ref.year) or 0
                if b > 12 >= a:
                    a, b = b, a  # month/day/year when the middle number cannot be a month
                day = make_date(yy, b, a)
        elif m.get("am") or m.get("qm") or m.get("sl") or 0:
            month = int(str(m.get("am") or m.get("qm") or m.get("sl") or 0))
            dom = int(str(m.get("ad") or m.get("qd") or m.get("sld") or 0))
            if m.get("ah"):
                t0 = (int(str(m.get("ah"))), int(str(m.get("am2"))))
            if base is not None:
                y = base.year + (1 if (month, dom) < (base.month, base.day) else 0)
                day = make_date(y, month, dom)
            else:
                cands = [
                    (d, d) for d in (make_date(ref.year + k, month, dom) for k in (-1, 0, 1)) if d
                ]
                got = _nearest(cands, ref)
                day = got[0] if got else None
            if day is not None and m.get("qm"):
                return Piece(tok.start, tok.end, day, day, DAY, {"festival", "observance"})
        elif m.get("py"):
            span = _month_span(int(str(m.get("py"))), int(str(m.get("pm"))))
            if span is None:
                return None
            return Piece(tok.start, tok.end, span[0], span[1], MONTH, set())
        else:
            return None
        if day is None:
            return None
        if t0 is not None and t0[0] <= 23:
            return Piece(tok.start, tok.end, day, day, MINUTE, set(), t0, None)
        return Piece(tok.start, tok.end, day, day, DAY, set())

    def quarter(self, tok: Token) -> Piece | None:
        m = tok.match
        ref = self.ctx.ref
        q_text = m["q"] or m["qq"] or m["qx"]
        rel = m["rel"]
        if q_text:
            q = to_int(q_text) or 1
            y = ref.year
        elif rel:
            current = (ref.month - 1) // 3
            shift = {"上": -1, "上个": -1, "上一": -1, "下": 1, "下个": 1, "下一": 1}.get(rel, 0)
            y, q0 = divmod(ref.year * 4 + current + shift, 4)
            q = q0 + 1
        else:
            return None
        return self._quarter_piece(tok.start, tok.end, y, q, m["p"], {"quarter"})

    def _quarter_piece(
        self, start: int, end: int, y: int, q: int, part: str | None, flags: set[str]
    ) -> Piece | None:
        if not (1 <= q <= 4 and 1 <= y <= 9999):
            return None
        m1, m2 = 3 * q - 2, 3 * q
        if part == "末":
            m1 = m2
        elif part == "初":
            m2 = m1
        return Piece(start, end, dt.date(y, m1, 1), dt.date(y, m2, last_day(y, m2)), MONTH, flags)

    def year_part(self, tok: Token, y: int) -> Piece | None:
        key = tok.match["p"]
        key = key[1:] if key.startswith("年") else key
        a_m, a_d, b_m, b_d, _ = YEAR_PARTS[key]
        first = make_date(y, a_m, a_d)
        last = make_date(y, b_m, b_d or last_day(y, b_m))
        if first is None or last is None:
            return None
        return Piece(tok.start, tok.end, first, last, DAY, {"part"})

    def first_last(self, piece: Piece, j: int) -> tuple[Piece, int]:
        """2021年的前2周, 1967年前两月, 今年的最後3週, 上月最后五天: the first or last units of a period."""  # noqa: E501
        nth = P.NTH_UNIT.match(self.text, piece.end)
        if nth is not None and piece.precision == YEAR and piece.first.year == piece.last.year:
            k = 1 if nth["first"] else (to_int(nth["n"]) or 0)
            y = piece.first.year
            if nth["unit"] == "月" and 1 <= k <= 12:
                piece.first, piece.last = dt.date(y, k, 1), dt.date(y, k, last_day(y, k))
                piece.precision = MONTH
            elif nth["unit"] in ("天", "日") and 1 <= k <= 366:
                day = dt.date(y, 1, 1) + dt.timedelta(days=k - 1)
                if day.year != y:
                    return piece, j
                piece.first = piece.last = day
                piece.precision = DAY
            else:
                return piece, j
            piece.end = nth.end()
            piece.flags.discard("bare_year")
            return piece, self._skip(j, piece.end)
        fl = P.FIRST_LAST.match(self.text, piece.end)
        if (
            fl is None
            or piece.precision not in (YEAR, MONTH)
            or self.text[fl.end() : fl.end() + 1] in ("前", "后", "後")
        ):
            return piece, j
        n = to_int(fl["n"])
        if not n:
            return piece, j
        unit = fl["unit"]
        head = fl["w"] in ("前", "头")
        if unit == "季度":
            if piece.precision != YEAR or n > 4:
                return piece, j
            y = piece.first.year
            if head:
                piece.last = dt.date(y, 3 * n, last_day(y, 3 * n))
            else:
                piece.first = dt.date(y, 13 - 3 * n, 1)
            piece.precision = MONTH
        elif unit == "月":
            if piece.precision != YEAR or n > 12:
                return piece, j
            y = piece.first.year
            if head:
                piece.last = dt.date(y, n, last_day(y, n))
            else:
                piece.first = dt.date(y, 13 - n, 1)
            piece.precision = MONTH
        elif unit in ("天", "日"):
            if head:
                piece.last = min(piece.last, piece.first + dt.timedelta(days=n - 1))
            else:
                piece.first = max(piece.first, piece.last - dt.timedelta(days=n - 1))
            piece.precision = DAY
        else:
            if head:
                monday = nth_weekday(piece.first.year, piece.first.month, 1, 0) or piece.first
                piece.first, piece.last = (
                    monday,
                    monday + dt.timedelta(weeks=n) - dt.timedelta(days=1),
                )
            else:
                sunday = piece.last - dt.timedelta(days=(piece.last.weekday() + 1) % 7)
                piece.first, piece.last = (
                    sunday - dt.timedelta(weeks=n) + dt.timedelta(days=1),
                    sunday,
                )
            piece.precision = DAY
        piece.end = fl.end()
        piece.flags.add("part")
        return piece, self._skip(j, piece.end)

    def month_range(self, tok: Token) -> Piece | None:
        m = tok.match
        ref = self.ctx.ref
        m1, m2 = to_int(m["m"]), to_int(m["m2"])
        if m1 is None or m2 is None or not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            return None
        if m["c"] == "、" and m2 != m1 + 1:
            return None  # 3、5月 is a list, not a range
        if m["y"]:
            y = year_of(m["y"], ref.year)
            if y is None:
                return None
        else:
            got = _nearest(
                [s for s in (_month_span(ref.year + k, m1) for k in (-1, 0, 1)) if s], ref
            )
            if got is None:
                return None
            y = got[0].year
        y2 = y + (1 if m2 < m1 else 0)
        a, b = _month_span(y, m1), _month_span(y2, m2)
        if a is None or b is None:
            return None
        flags = {"range"}
        if m1 == 1:
            flags.add("statistic")  # 1—10月: a cumulative statistic
        return Piece(tok.start, tok.end, a[0], b[1], MONTH, flags)

    def year_range(self, tok: Token) -> Piece | None:
        m = tok.match
        ref = self.ctx.ref
        y1, y2 = year_of(m["y"], ref.year), year_of(m["y2"], ref.year)
        if y1 is None or y2 is None or not (1 <= y1 <= y2 <= 9999):
            return None
        return Piece(
            tok.start, tok.end, dt.date(y1, 1, 1), dt.date(y2, 12, 31), YEAR, {"range", "bare_year"}
        )

    def decade(self, tok: Token) -> Piece | None:
        m = tok.match
        ref = self.ctx.ref
        if m["prev"]:
            century = (ref.year // 100 - 1) * 100
        elif m["c"]:
            c = to_int(m["c"])
            if c is None or not 1 <= c <= 30:
                return None
            century = (c - 1) * 100
        else:
            century = -1
        if m["dec"]:
            dec = to_int(m["dec"])
            if dec is None:
                return None
            if century < 0:
                century = 1900 if ref.year >= 2000 else (ref.year // 100) * 100
            first, last = century + dec, century + dec + 9
        elif century >= 0:
            first, last = century, century + 99
        else:
            return None
        part = m["part"]
        span = last - first + 1
        if part in ("初", "初期"):
            last = first + max(span // 5 - 1, 2)
        elif part in ("末", "末期"):
            first = last - max(span // 5 - 1, 2)
        elif part in ("中", "中期"):
            first, last = first + span * 2 // 5, first + span * 3 // 5 - 1
        if not 1 <= first <= last <= 9999:
            return None
        return Piece(
            tok.start, tok.end, dt.date(first, 1, 1), dt.date(last, 12, 31), YEAR, {"decade"}
        )

    def festival(
        self,
        tok: Token,
        year: int | None,
        i: int,
        start: int | None = None,
        base: dt.date | None = None,
    ) -> tuple[Piece | None, int]:
        m = tok.match
        ref = self.ctx.ref
        j = i + 1
        nd: NamedDay | None = None
        if m["t"]:
            name = m["t"]

            def occurrence(yy: int) -> tuple[dt.date, dt.date] | None:
                day = solar_term(yy, name)
                return (day, day) if day else None

        else:
            named = P.FESTIVAL_NAMES[m["f"]]
            nd = named

            def occurrence(yy: int) -> tuple[dt.date, dt.date] | None:
                return _named_span(named, yy)

        if year is not None:
            got = occurrence(year)
            if got is None:
                return None, j
            fyear = year
        else:
            anchor = base or ref
            occ = {k: occurrence(anchor.year + k) for k in (-1, 0, 1)}
            if base is not None:
                later = [s for s in occ.values() if s is not None and s[0] >= base]
                got = min(later) if later else None
            else:
                # this year's occurrence, or an adjacent year's when that one is within 60 days and nearer  # noqa: E501
                cands = [
                    s
                    for k, s in occ.items()
                    if s is not None
                    and (k == 0 or min(abs((s[0] - ref).days), abs((s[1] - ref).days)) <= 60)
                ]
                got = _nearest(cands, ref)
            if got is None:
                return None, j
            fyear = got[0].year
            if nd is not None and nd.rule[0] == "eve":
                fyear = got[0].year - 1
        flags = {"festival"}
        if nd is not None and nd.observance:
            flags.add("observance")
        piece = Piece(
            start if start is not None else tok.start, tok.end, got[0], got[1], DAY, flags
        )
        if got[0] != got[1]:
            piece.flags.add("range")
        brk = P.BREAK.match(self.text, tok.end)
        if brk and nd is not None and nd.break_key:
            key_year = fyear if nd.rule[0] != "eve" else fyear + 1
            span = HOLIDAY_BREAKS.get((nd.break_key, key_year))
            if span is not None and (brk["b"] in BREAK_WORDS or brk["b"] == "期间"):
                piece.first, piece.last = span
                piece.flags |= {"holiday", "range"}
                piece.end = brk.end()
                j = self._skip(j, piece.end)
        return piece, j

    def _clock_of_part(self, piece: Piece, j: int, pod: str) -> int:
        """Mark ``piece`` as a part of day and give it the clock time (and range end) of the
        token right after it, read in that part of day; return the next token index."""
        piece.flags.add("part_of_day")
        if j < len(self.toks) and self.toks[j].start == piece.end and self.toks[j].kind == "clock":
            match = self.toks[j].match
            t = _clock(match, "", pod)
            if t is not None:
                t1 = _clock(match, "2", pod) if match["c"] else None
                piece.t0, piece.t1, piece.precision = t, t1, MINUTE
                piece.end = self.toks[j].end
                j += 1
        return j

    def relative(self, i: int, base: dt.date | None = None) -> tuple[Piece | None, int]:
        tok = self.toks[i]
        m = tok.match
        ref = self.ctx.ref
        j = i + 1
        if m["rs"]:
            # 今明两天, 今明两年: today and tomorrow, this year and next
            if m["rs"].endswith("年"):
                years = (dt.date(ref.year, 1, 1), dt.date(ref.year + 1, 12, 31))
                return Piece(tok.start, tok.end, *years, YEAR, {"relative", "range"}), j
            tomorrow = ref + dt.timedelta(days=1)
            return Piece(tok.start, tok.end, ref, tomorrow, DAY, {"relative", "range"}), j
        if m["rd"]:
            offset, pod, _ = RELATIVE_DAYS[m["rd"]]
            day = ref + dt.timedelta(days=offset)
            piece = Piece(tok.start, tok.end, day, day, DAY, {"relative"})
            if pod:
                # 今晚8点: the clock is read in the evening
                j = self._clock_of_part(piece, j, pod)
            return piece, j
        if m["ana"]:
            offset, pod, _ = ANAPHORA[m["ana"]]
            anchor = self.ctx.last or ref
            day = anchor + dt.timedelta(days=offset)
            piece = Piece(tok.start, tok.end, day, day, DAY, {"anaphora"})
            if pod:
                j = self._clock_of_part(piece, j, pod)
            return piece, j
        if m["rw"]:
            offset, _ = RELATIVE_WEEKS[m["rw"]]
            monday = _monday(ref) + dt.timedelta(weeks=offset)
            wd = m["wd"]
            if wd is None:
                return Piece(
                    tok.start,
                    tok.end,
                    monday,
                    monday + dt.timedelta(days=6),
                    DAY,
                    {"relative", "week"},
                ), j
            if wd == "末":
                return Piece(
                    tok.start,
                    tok.end,
                    monday + dt.timedelta(days=5),
                    monday + dt.timedelta(days=6),
                    DAY,
                    {"relative", "weekday", "range"},
                ), j
            day = monday + dt.timedelta(days=WEEKDAYS[wd])
            return Piece(tok.start, tok.end, day, day, DAY, {"relative", "weekday"}), j
        if m["bwd"]:
            wd = m["bwd"]
            flags = {"weekday"} | ({"recurring"} if m["every"] else set())
            if wd == "末":
                sat = ref + dt.timedelta(days=(5 - ref.weekday()) % 7)
                if ref.weekday() == 6:
                    sat = ref - dt.timedelta(days=1)
                return Piece(
                    tok.start, tok.end, sat, sat + dt.timedelta(days=1), DAY, flags | {"range"}
                ), j
            anchor = base or ref  # 下周一至周五: the Friday after that Monday
            day = anchor + dt.timedelta(days=(WEEKDAYS[wd] - anchor.weekday()) % 7)
            # 周日, 二月十号: a weekday followed by its date is that date
            nxt_i = self._token_at(
                j, tok.end + (1 if self.text[tok.end : tok.end + 1] in ",，" else 0)
            )
            if nxt_i is not None and self.toks[nxt_i].kind in ("date", "numeric"):
                inner, k = self.point(nxt_i)
                if inner is not None and inner.first == inner.last:
                    inner.start = tok.start
                    inner.flags.add("weekday")
                    return inner, k
            return Piece(tok.start, tok.end, day, day, DAY, flags), j
        if m["ry"]:
            offset, _ = RELATIVE_YEARS[m["ry"]]
            y = ref.year + offset
            if j < len(self.toks) and self.toks[j].start == tok.end:
                nxt = self.toks[j]
                if nxt.kind == "date" and not nxt.match["y"]:
                    piece, k = self._fields(nxt, y, nxt.match, None, j, flags={"relative"})  # type: ignore[assignment]
                    if piece is not None:
                        piece.start = tok.start
                    return piece, k
                if nxt.kind == "fest":
                    return self.festival(nxt, y, j, start=tok.start)
                if nxt.kind == "rel" and nxt.match["rm"]:
                    piece, k = self.relative(j)  # type: ignore[assignment]
                    if piece is not None:
                        shift = y - self.ctx.ref.year
                        piece.first = _same_day_in_year(piece.first, piece.first.year + shift)
                        piece.last = _same_day_in_year(piece.last, piece.last.year + shift)
                        piece.start = tok.start
                    return piece, k
                if nxt.kind == "mrange" and not nxt.match["y"]:
                    piece = self.month_range(nxt)  # type: ignore[assignment]
                    if piece is not None:
                        shift = y - piece.first.year
                        piece.first = piece.first.replace(year=piece.first.year + shift)
                        piece.last = piece.last.replace(year=piece.last.year + shift)
                        piece.start = tok.start
                    return piece, j + 1
            quarter = P.QUARTER.match(self.text, tok.end)
            if quarter is not None and (quarter["q"] or quarter["qq"] or quarter["qx"]):
                q = to_int(quarter["q"] or quarter["qq"] or quarter["qx"]) or 1
                return self._quarter_piece(
                    tok.start, quarter.end(), y, q, quarter["p"], {"relative", "quarter"}
                ), self._skip(j, quarter.end())
            part = P.YEAR_PART.match(self.text, tok.end)
            if part is not None:
                a_m, a_d, b_m, b_d, _ = YEAR_PARTS[part["p"]]
                first = make_date(y, a_m, a_d)
                last = make_date(y, b_m, b_d or last_day(y, b_m))
                if first and last:
                    return Piece(
                        tok.start, part.end(), first, last, DAY, {"relative", "part"}
                    ), self._skip(j, part.end())
            nth = P.NTH_WEEK.match(self.text, tok.end)
            if nth and nth["k"] and not nth["wd"]:
                monday = nth_weekday(y, 1, 1, 0)  # type: ignore[assignment]
                if monday is not None:
                    first = monday + dt.timedelta(weeks=(to_int(nth["k"]) or 1) - 1)
                    return Piece(
                        tok.start,
                        nth.end(),
                        first,
                        first + dt.timedelta(days=6),
                        DAY,
                        {"relative", "week"},
                    ), self._skip(j, nth.end())
            if not 1 <= y <= 9999:
                return None, j
            return Piece(
                tok.start,
                tok.end,
                dt.date(y, 1, 1),
                dt.date(y, 12, 31),
                YEAR,
                {"relative", "bare_year"},
            ), j
        if m["rm"]:
            offset, _ = RELATIVE_MONTHS[m["rm"]]
            anchor = self.ctx.last if m["rm"] in ("当月", "同月") and self.ctx.last else ref
            y, mo = _add_months(anchor.year, anchor.month, offset)
            if j < len(self.toks) and self.toks[j].start == tok.end and self.toks[j].kind == "day":
                nxt = self.toks[j]
                inner = self.day_only(nxt, dt.date(y, mo, 1))
                if inner is None:
                    return None, j + 1
                inner.start = tok.start
                inner.flags.add("relative")
                return inner, j + 1
            # 本月9日 is a day token without 日 ... 下月九号 / 本月初 / 本月第2周
            bare = re.compile(rf"(?P<d>{P.DAY})(?P<ds>{P.DSUF})?").match(self.text, tok.end)
            if bare and (
                bare["ds"] or self.text[bare.end() : bare.end() + 1] not in _NOT_AFTER_BARE_DAY
            ):
                d = to_int(bare["d"].lstrip("初"))
                day = make_date(y, mo, d) if d else None  # type: ignore[assignment]
                if day is not None and bare["ds"]:
                    return Piece(tok.start, bare.end(), day, day, DAY, {"relative"}), self._skip(
                        j, bare.end()
                    )
            span = _month_span(y, mo)
            if span is None:
                return None, j
            piece = Piece(tok.start, tok.end, span[0], span[1], MONTH, {"relative"})
            return self._parts(piece, j, y, mo)
        return None, j

    def offset(self, tok: Token) -> Piece | None:
        m = tok.match
        now = self.ctx.now
        ref = self.ctx.ref
        n_text = m["n"]
        pre, post = m["pre"] or "", m["post"] or ""
        n: float
        if n_text == "半":
            n = 0.5
        else:
            v = to_int(n_text)
            if v is None:
                return None
            n = float(v)
        if m["half"] or m["half2"]:
            n += 0.5
        if pre in ("上", "下") and self.text[tok.start - 1 : tok.start] == "一":
            return None  # 一下2009年: "a bit", not "next"
        unit = m["unit"]
        if (
            unit in ("钟", "鐘")
            and not m["half"]
            and "个" not in tok.match.group()
            and "個" not in tok.match.group()
        ):
            return None
        if unit == "工作日" and n == int(n) and post in ("内", "內", "以内", "以內", "之内"):
            # 15个工作日内: working days skip weekends and the public-holiday breaks
            last = _add_working_days(ref, int(n))
            return Piece(tok.start, tok.end, ref, last, DAY, {"relative", "duration", "deadline"})
        if unit in ("天", "日", "工作日"):
            step = dt.timedelta(days=n)
            grain = DAY
        elif unit in ("周", "週", "星期", "礼拜", "禮拜"):
            step, grain = dt.timedelta(weeks=n), "week"
        elif unit in ("小时", "小時", "钟头", "鐘頭", "钟", "鐘"):
            step, grain = dt.timedelta(hours=n), MINUTE
        elif unit in ("分钟", "分鐘", "分"):
            step, grain = dt.timedelta(minutes=n), MINUTE
        elif unit == "刻钟":
            step, grain = dt.timedelta(minutes=15 * n), MINUTE
        elif unit in ("秒", "秒钟"):
            step, grain = dt.timedelta(seconds=n), MINUTE
        elif unit == "月":
            step, grain = dt.timedelta(days=30.44 * n), MONTH
        else:
            step, grain = dt.timedelta(days=365.25 * n), YEAR
        flags = {"relative"}
        whole = n == int(n)
        k = int(n)
        if (
            post in ("前", "之前", "以前")
            or post in ("后", "後", "之后", "之後", "以后", "以後")
            or pre in ("之后", "之後")
        ):
            sign = -1 if post in ("前", "之前", "以前") else 1
            if grain == MINUTE:
                at = now + sign * step
                return Piece(
                    tok.start,
                    tok.end,
                    at.date(),
                    at.date(),
                    MINUTE,
                    flags,
                    (at.hour, at.minute),
                    (at.hour, at.minute),
                )
            if grain == DAY:
                day = ref + sign * step
                return Piece(tok.start, tok.end, day, day, DAY, flags)
            if grain == "week" and whole:
                day = ref + sign * step
                mon = _monday(day)
                return Piece(
                    tok.start, tok.end, mon, mon + dt.timedelta(days=6), DAY, flags | {"week"}
                )
            if grain == MONTH and whole:
                y, mo = _add_months(ref.year, ref.month, sign * k)
                span = _month_span(y, mo)
                return Piece(tok.start, tok.end, span[0], span[1], MONTH, flags) if span else None
            if grain == YEAR and whole:
                y = ref.year + sign * k
                if not 1 <= y <= 9999:
                    return None
                return Piece(tok.start, tok.end, dt.date(y, 1, 1), dt.date(y, 12, 31), YEAR, flags)
            day = ref + sign * step
            if grain == YEAR:
                span = _month_span(day.year, day.month)
                return Piece(tok.start, tok.end, span[0], span[1], MONTH, flags) if span else None
            return Piece(tok.start, tok.end, day, day, DAY, flags)
        flags.add("duration")
        if post in ("内", "內", "以内", "以內", "之内") or pre in (
            "未来",
            "未來",
            "今后",
            "今後",
            "还剩",
            "還剩",
            "还有",
        ):
            if pre in ("未来", "未來") and grain == DAY:
                return Piece(tok.start, tok.end, ref + dt.timedelta(days=1), ref + step, DAY, flags)
            if grain == MINUTE:
                at = now + step
                return Piece(
                    tok.start,
                    tok.end,
                    now.date(),
                    at.date(),
                    MINUTE,
                    flags,
                    (now.hour, now.minute),
                    (at.hour, at.minute),
                )
            last = (
                self._shift_units(ref, grain, k, step) - dt.timedelta(days=1)
                if grain != DAY
                else ref + step
            )
            if not whole and grain in (MONTH, YEAR):
                # 3年半以内: to the end of the month it reaches
                reach = ref + step
                last = dt.date(reach.year, reach.month, last_day(reach.year, reach.month))
            return Piece(tok.start, tok.end, ref, max(ref, last), DAY, flags)
        if post == "以来" or pre in ("过去", "過去", "近", "最近"):
            if grain == MINUTE:
                at = now - step
                return Piece(
                    tok.start,
                    tok.end,
                    at.date(),
                    now.date(),
                    MINUTE,
                    flags,
                    (at.hour, at.minute),
                    (now.hour, now.minute),
                )
            if whole:
                first = self._shift_units(ref, grain, -k, step)
            elif grain == DAY:
                first = (now - step).date()  # 7天半以来: from noon eight days ago
            else:
                first = ref - step
            if m["more"] or m["more0"]:
                # 3年多以来: from the start of that year
                if grain == YEAR:
                    first = dt.date(first.year, 1, 1)
                elif grain == MONTH:
                    first = dt.date(first.year, first.month, 1)
            elif not whole and grain in (MONTH, YEAR):
                first = dt.date(first.year, first.month, 1)
            return Piece(tok.start, tok.end, first, ref, DAY, flags)
        if pre in ("上", "前", "上上"):
            return self._window(tok, grain, -k, flags) if whole else None
        if pre in ("下", "后", "後", "下下"):
            return self._window(tok, grain, k, flags) if whole else None
        return None

    def _shift_units(self, day: dt.date, grain: str, k: int, step: dt.timedelta) -> dt.date:
        if grain == MONTH:
            y, mo = _add_months(day.year, day.month, k)
            return dt.date(y, mo, min(day.day, last_day(y, mo)))
        if grain == YEAR:
            y = day.year + k
            return (
                dt.date(y, day.month, min(day.day, last_day(y, day.month)))
                if 1 <= y <= 9999
                else day
            )
        return day + (step if k >= 0 else -step)

    def _window(self, tok: Token, grain: str, k: int, flags: set[str]) -> Piece | None:
        """The k whole units before (k < 0) or after the current one: 前两天, 下三个月."""
        ref = self.ctx.ref
        now = self.ctx.now
        if k == 0:
            return None
        if grain == MINUTE:
            day = now.date()
            return Piece(tok.start, tok.end, day, day, DAY, flags)
        if grain == DAY:
            a, b = (
                (ref + dt.timedelta(days=k), ref - dt.timedelta(days=1))
                if k < 0
                else (ref + dt.timedelta(days=1), ref + dt.timedelta(days=k))
            )
        elif grain == "week":
            mon = _monday(ref)
            a, b = (
                (mon + dt.timedelta(weeks=k), mon - dt.timedelta(days=1))
                if k < 0
                else (
                    mon + dt.timedelta(weeks=1),
                    mon + dt.timedelta(weeks=k + 1) - dt.timedelta(days=1),
                )
            )
        elif grain == MONTH:
            y1, m1 = _add_months(ref.year, ref.month, k if k < 0 else 1)
            y2, m2 = _add_months(ref.year, ref.month, -1 if k < 0 else k)
            a, b = dt.date(y1, m1, 1), dt.date(y2, m2, last_day(y2, m2))
        else:
            y1, y2 = (ref.year + k, ref.year - 1) if k < 0 else (ref.year + 1, ref.year + k)
            if not (1 <= y1 <= 9999 and 1 <= y2 <= 9999):
                return None
            a, b = dt.date(y1, 1, 1), dt.date(y2, 12, 31)
        return Piece(tok.start, tok.end, a, b, DAY, flags)


def read_pieces(text: str, ref: dt.date, now: dt.datetime, now_given: bool = False) -> list[Piece]:
    """Return the pieces of compacted text in order."""
    tokens = tokenize(text)
    if not tokens:
        return []
    return Reader(text, tokens, Context(ref, now, text, now_given=now_given)).read()
