"""The time grammar's tokens and pieces: patterns matched on the compacted text, and the helpers
the reader (``expressions.py``) uses to combine them.

A *token* is one pattern match on the compacted text. A *piece* is a resolved period with its
flags. ``expressions.read_pieces`` walks the tokens left to right and reads one expression at each.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from .. import rx
from ..chars import BMP, decimal_digits, flag_table
from . import patterns as P
from .calendars import (
    clamped_date,
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
from .numerals import to_int
from .tables import (
    ANAPHORA,
    ERAS,
    MONTH_END_ALONE,
    PART_OF_DAY,
    RELATIVE_DAYS,
    RELATIVE_MONTHS,
    RELATIVE_WEEKS,
    RELATIVE_YEARS,
    SHORTHAND_VERBS,
    SNOW_AND_RAIN_TERMS,
    WEATHER_TERMS,
    NamedDay,
)

DAY: Final = "day"
MONTH: Final = "month"
YEAR: Final = "year"
MINUTE: Final = "minute"

# token kinds, by priority when two tokens start at the same place with the same length
_TOKEN_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
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
    ("chu", P.CHU_DAY),
    ("clock", P.CLOCK),
    ("part", P.PART),
    ("now", P.NOW),
)
_PRIORITY: Final = {kind: i for i, (kind, _) in enumerate(_TOKEN_PATTERNS)}

# a bare day number right after 月 must not be a count: 5月10人, 3月5万元
_NOT_AFTER_BARE_DAY: Final = set(
    "万千百亿元人个名家次件项位余多%.:点時时岁米度倍届期批股号号辆台条座所块场篇"
)
# characters after 日 that make 3日 a duration or a name: 3日游, 5日内, 30日以上
_NOT_AFTER_DAY: Final = (
    "游",
    "内",
    "內",
    "以内",
    "之内",
    "以上",
    "均",
    "化",
    "报",
    "電",
    "电",
    "讯",
    "晚报",
    "刊",
)
_CJK: Final = rx.compile(r"[\u4e00-\u9fff]")
# a thing's sizes after a range of numbers with 号 (`3号~6号特效礼花弹`, `5号至7号电池`): a word
# no day goes on with
_SIZE_AFTER: Final = rx.compile(
    r"(?![在起至到前后後的举舉开開上下晚早中凌全当當期])[\u4e00-\u9fff]{2}"
)
# places numbered with 号 (`16至18号码头`, `3號至6號足球場`, `至6號館`)
_NUMBERED_PLACE: Final = rx.compile(
    r"码头|碼頭|泊位|车道|車道|站台|月台|看台|展[厅廳位]|(?:足球|篮球|籃球|网球|網球)?[场場](?:地|馆|館)?"
    r"|[楼樓馆館门門厅廳闸閘库庫]"
)
# what says which weekday a day said before is (`恰逢星期五`, `落在星期一`)
_FALLS_ON: Final = rx.compile(r"(?:恰逢|正逢|恰好是|正好是|落在|恰为|恰為)$")
# the last characters of a deity's title, before its birthday's `聖誕` (`保生大帝`, `妈祖`)
_DEITY_TITLE_ENDS: Final = frozenset("帝娘祖萨薩佛爷爺公王师師岁歲帅帥君母仙神圣聖尊")
# what a day is said to coincide with (`與立春同一天`, `和中秋节是同一天`)
_SAME_DAY_AS: Final = rx.compile(r"[与與和跟][^\s,，。;；]{1,6}(?:是|在)?$")
# the count of times a period holds something (`本月内第三次`, `今年以来第2次`)
_NTH_TIME: Final = rx.compile(
    r"(?:内|內|以来|以來|里|裡)?第[一二两兩三四五六七八九十\d]{1,3}(?:次|回|轮|輪)"
)
# what stands before a fraction, not a month and day (`占近1/4`, `的1/3`)
_FRACTION_BEFORE: Final = frozenset("的近约約占佔逾超达達余餘第仅僅")
# what makes `月底` no month's end of its own: a count or a month before it (`5个月末`, `五月底`
# read as a date already), every month's (`每月底`), the next's (`次月底`), a year's (`年月底`)
_NOT_BEFORE_MONTH_END: Final = frozenset("0123456789〇零一二两三四五六七八九十个個每次年当")
_SENTENCE_END: Final = rx.compile(r"[。！？!?；;\n]")
# 24时 written as such (not 夜里12点): the last minute of the day it follows
# midnight said as the day's end: `24时`, `24:00`, or twelve at night (`晚上12点`, `今晚12时`)
_SAID_24: Final = rx.compile(
    r".*?(?:(?<![\d])(?:24|二十四)(?:[时時点點]|:00)"
    r"|(?:晚上?|夜里|夜间|深夜)\s*(?:12|十二)\s*(?:[时時点點](?!\s*(?:\d|半|[一二三四五]))|:00))"
)
_SURNAMES: Final = set(
    "李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏"
    "钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪严"
    "牛温芦季俞章鲁葛伍韦申尤毕聂丛焦向柳邢路岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫"
    "查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵解强柴华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来缪苟全褚廉简娄盖符奚"
    "木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙计喻揭窦迟宇敖糜鄢冷卓花仇艾蓝都巩稽井练仲乐虞卞封竺冼原官衣楚佟栗匡宗应台巫鞠僧"
)
_STATED_YEAR_BEFORE: Final = rx.compile(r"[\d〇零一二三四五六七八九]年$")
_FEST_CONTEXT: Final = rx.compile(
    r"(?:节|節|假期|放假|期间|期間|长假|小长假|黄金周|当天|当日|当晚|前夕|前后|之际|来临|到来|佳节|佳節|晚会|联欢|档|假日|前|后|後|夜|"
    r"那天|这天|活动|以来|至|到|—|-|~|起|"
    # a part of the day or a clock time: `元宵晚上7点`, `重阳上午9时`
    r"早上|早晨|上午|中午|下午|傍晚|晚|凌晨|\d{1,2}[时点:：])"
)

# verbs before a festival's food of the same name (元宵 the dumpling)
_FOOD_VERBS: Final = frozenset("吃煮包滚卖买尝品送")

# a festival name right before another one (中秋国庆, 中秋、国庆)
_PAIR_BEFORE: Final = rx.compile("(?:" + P.alternation(P.FESTIVAL_NAMES) + ")[、和与及]?$")


@dataclass(slots=True, init=False)
class Token:
    """One pattern match on the compacted text: its kind (a key of _PRIORITY) and span."""

    kind: str
    start: int
    end: int
    match: re.Match[str]

    # written out: in the compiled build this runs native (a NamedTuple is built by its
    # interpreted __new__, and the __init__ dataclass generates runs interpreted too)
    def __init__(self, kind: str, start: int, end: int, match: re.Match[str]) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.match = match


@dataclass(slots=True, init=False)
class Piece:
    """A resolved period on compacted text: whole days, optionally clock times on the end days."""

    start: int
    end: int
    first: dt.date
    last: dt.date
    precision: str
    flags: set[str]
    t0: tuple[int, int] | None
    t1: tuple[int, int] | None
    # what the text states, for a range end that inherits the rest: "y", "m", "d"
    stated: str
    # the other items of a list that is not one run (5日、12日、19日; 18日、19日、25日、26日):
    # one mention each, a run of days (18日、19日) one range
    more: list[tuple[dt.date, dt.date]]

    # written out: in the compiled build the __init__ dataclass generates runs interpreted
    def __init__(
        self,
        start: int,
        end: int,
        first: dt.date,
        last: dt.date,
        precision: str,
        flags: set[str] | None = None,
        t0: tuple[int, int] | None = None,
        t1: tuple[int, int] | None = None,
        stated: str = "ymd",
        more: list[tuple[dt.date, dt.date]] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.first = first
        self.last = last
        self.precision = precision
        self.flags = set() if flags is None else flags
        self.t0 = t0
        self.t1 = t1
        self.stated = stated
        self.more = [] if more is None else more


@dataclass(slots=True, init=False)
class Context:
    ref: dt.date
    now: dt.datetime
    text: str
    last: dt.date | None = None  # the date last mentioned, for anaphora
    last_end: int = -1  # where the mention of ``last`` ends
    last_named: bool = False  # whether ``last`` is a festival's day (`迎国庆`), not a date said
    # the run of days last said with its month (`8月13日至17日`), for a bare day inside it
    last_run: tuple[dt.date, dt.date] | None = None
    # the day last said with its month (`将于9月22日开幕`) and where it ends, for the same day
    # said again alone later in its sentence (`…,从22日到28日天天有节目`)
    said_day: dt.date | None = None
    said_end: int = -1
    now_given: bool = False
    # the lunar year and month last said (正月初一, 春节, 端午), for a lunar day alone (初五),
    # and the solar day that lunar date opens on (a lunar day alone after it is later:
    # 腊月二十八…初五)
    lunar: tuple[int, int] | None = None
    lunar_said: dt.date | None = None

    # written out (the fields set as declared above): compiled, the __init__ dataclass
    # generates runs interpreted
    def __init__(
        self, ref: dt.date, now: dt.datetime, text: str, *, now_given: bool = False
    ) -> None:
        self.ref = ref
        self.now = now
        self.text = text
        self.last = None
        self.last_end = -1
        self.last_named = False
        self.last_run = None
        self.said_day = None
        self.said_end = -1
        self.now_given = now_given
        self.lunar = None
        self.lunar_said = None


# ------------------------------------------------------------------ tokens
# Scanning every position with every pattern is slow, so a token is only tried where it can
# start: at a run of numerals (dispatched on the character after the run), or where a head word
# of a pattern that begins with literal words may open. One loop over the characters finds both
# (``_openings``), reading tables of flags by character code: a regex scan per head word list
# tests every character again, and most of the text is none of these.
_NUMERAL_WORDS: Final = "〇零○一二两兩三四五六七八九十廿卅百千仨半几幾数數"  # (and any digit)
_CHU: Final = "初"  # opens a run of numerals (初八, 初10) without being one
_FIRST_DIGIT: Final = rx.compile(r"(?<![\d])\d")
_SEP_CHARS: Final = "至到—–-~－―─"
# A token is tried at a run of numerals when the character after the run may continue it:
# (kind, pattern, what must follow that character: one of these characters, or "" for any).
# A range read from a run before 年 or 月 goes on right after it (2020年至2023年, 2023年5—6月,
# 5月至7月): without the range's mark or second month there, the match fails anyway.
_FOLLOW: Final[dict[str, tuple[tuple[str, re.Pattern[str], str], ...]]] = {}
_MONTH_FIRSTS: Final = "0123456789十一二三四五六七八九正冬腊臘"


def _follow(chars: str, *entries: tuple[str, re.Pattern[str], str]) -> None:
    for ch in chars:
        _FOLLOW[ch] = _FOLLOW.get(ch, ()) + entries


_follow(
    "年",
    ("yrange", P.YEAR_RANGE, _SEP_CHARS),
    ("mrange", P.MONTH_RANGE, _MONTH_FIRSTS),
    ("date", P.DATE, ""),
    ("offset", P.OFFSET, ""),
    ("numeric", P.LOST_MONTH, "01"),
)
_follow(
    "月",
    ("mrange", P.MONTH_RANGE, _SEP_CHARS + "、份"),
    ("date", P.DATE, ""),
    ("offset", P.OFFSET, ""),
)
_follow("日号號", ("day", P.DAY_ONLY, ""), ("offset", P.OFFSET, ""))
_follow("天周週星礼禮个個小钟鐘分刻秒工多半", ("offset", P.OFFSET, ""))
_follow(
    _SEP_CHARS,
    ("yrange", P.YEAR_RANGE, ""),
    ("mrange", P.MONTH_RANGE, ""),
    ("numeric", P.NUMERIC, ""),
    ("day", P.DAY_ONLY, ""),
    ("clock", P.CLOCK, ""),
)
_follow("、，,和及", ("day", P.DAY_ONLY, ""))  # (`29、30日`, `21和22日`)
_follow("、", ("mrange", P.MONTH_RANGE, ""))
_follow("点點时時:：H", ("clock", P.CLOCK, ""))  # (`18H00`, as Macao writes it)
_follow("AaPp", ("clock", P.CLOCK, "Mm."))  # `11AM-6PM`: bare hours, each with its half
_follow("./·•． ", ("numeric", P.NUMERIC, ""))
_follow("日号號", ("numeric", P.NUMERIC, ""))  # 11/3号
_LONG_NUMBER: Final = ("numeric", P.NUMERIC, "")
_CHU_DAY: Final = ("chu", P.CHU_DAY, "")  # tried at every run that 初 opens


_DATE_HEADS: Final = "农历 阴历 農曆 陰曆 闰 大年初 年初 年廿 正月 腊月 臘月 冬月".split() + list(
    ERAS
)
_FESTIVAL_HEADS: Final = list(P.FESTIVAL_NAMES) + P.TERM_NAMES
_RELATIVE_HEADS: Final = (
    list(ANAPHORA)
    + list(RELATIVE_WEEKS)
    + list(RELATIVE_DAYS)
    + list(RELATIVE_YEARS)
    + list(RELATIVE_MONTHS)
    + ["每", "周", "週", "星期", "礼拜", "禮拜", "今明", "明后", "明後"]
)
_OFFSET_HEADS: Final = (
    "上上 上 前 下下 下 后 後 未来 未來 过去 過去 近 最近 今后 今後 之后 之後 还剩 還剩 还有"
).split()
# what follows an offset's word: a count (`上3个月`, `近两年`, `之后的一周`)
_COUNT_FIRST: Final = "〇零一二两兩三四五六七八九十半几幾数數仨"
# (kind, head words, regex of the words, pattern tried where it matches, what must follow a
# word of one character or None): one trie per list, not `农历|…|` + P.ERA, so that no branch
# is tried in vain. A head is tried only where its word's first character is followed by a
# second character of one of its words, or by what follows a word of one character (a first
# character alone is ~10 % of a page's characters: 中, 国, 年, 新 …).
_HEADS: Final[tuple[tuple[str, list[str], re.Pattern[str], re.Pattern[str], str | None], ...]] = (
    ("date", _DATE_HEADS, rx.compile(P.trie(_DATE_HEADS)), P.DATE, None),
    ("fest", _FESTIVAL_HEADS, rx.compile(P.trie(_FESTIVAL_HEADS)), P.FESTIVAL, None),
    ("rel", _RELATIVE_HEADS, rx.compile(P.trie(_RELATIVE_HEADS)), P.RELATIVE, None),
    ("part", list(PART_OF_DAY), rx.compile(P.trie(PART_OF_DAY)), P.PART, None),
    (
        "offset",
        _OFFSET_HEADS,
        rx.compile("(?:" + "|".join(_OFFSET_HEADS) + rf")(?:的)?(?=[\d{_COUNT_FIRST}])"),
        P.OFFSET,
        "的" + decimal_digits() + _COUNT_FIRST,
    ),
)


_PART_HEAD: Final = next(k for k, head in enumerate(_HEADS) if head[0] == "part")


def _words_by_pair(words: list[str]) -> dict[str, tuple[str, ...]]:
    """Return words by their first two characters (a word of one character by itself), the
    longest first under each key."""
    out: dict[str, list[str]] = {}
    for word in set(words):
        out.setdefault(word[:2], []).append(word)
    return {pair: tuple(sorted(found, key=len, reverse=True)) for pair, found in out.items()}


# The words of each head whose regex is the trie of its words (None for the others): where
# one of them starts is read from them (the longest that starts there: what the trie matches),
# not by the regex, which tries a branch per first character (hundreds for the festivals).
_HEAD_WORDS: Final = tuple(
    _words_by_pair(words) if head.pattern == P.trie(words) else None
    for _, words, head, _, _ in _HEADS
)

# rare patterns are tried only just before their key words: (kind, pattern, keys, how far back)
_KEYED: Final[tuple[tuple[str, re.Pattern[str], tuple[str, ...], int], ...]] = (
    ("pub", P.FROM_PUBLICATION, ("即日", "即起", "之日起", "日起", "天起", "在起"), 10),
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


def _keys_by_first() -> dict[str, list[tuple[str, str, re.Pattern[str], int]]]:
    out: dict[str, list[tuple[str, str, re.Pattern[str], int]]] = {}
    for kind, pattern, keys, back in _KEYED:
        for key in keys:
            out.setdefault(key[0], []).append((key, kind, pattern, back))
    return out


_KEYS_AT: Final = _keys_by_first()  # the kinds, patterns and look-back of keys by first character


# Flags by character code (from U+10000 on, only a digit opens anything): bit 0 a numeral,
# bit 1 初, bit 2 + k a first character of head k's words (_OPENS), a second character of one
# (_SECONDS), a word of one character (_ALONE); bit 7 the same of the keys of _KEYED.
_NUMERAL_BIT: Final = 1
_CHU_BIT: Final = 2
_HEAD_BIT: Final = 4
_KEY_BIT: Final = 128


def _tables() -> tuple[bytes, bytes, bytes]:
    heads = [(_HEAD_BIT << k, words, after) for k, (_, words, _, _, after) in enumerate(_HEADS)]
    heads.append((_KEY_BIT, [key for _, _, keys, _ in _KEYED for key in keys], None))
    opens = flag_table(
        (_NUMERAL_BIT, decimal_digits() + _NUMERAL_WORDS),
        (_CHU_BIT, _CHU),
        *((bit, "".join(w[0] for w in words)) for bit, words, _ in heads),
    )
    seconds = flag_table(
        *(
            (bit, "".join(w[1] for w in words if len(w) > 1) + (after or ""))
            for bit, words, after in heads
        )
    )
    alone = flag_table(
        *(
            (bit, "".join(w for w in words if len(w) == 1))
            for bit, words, after in heads
            if after is None
        )
    )
    return bytes(opens), bytes(seconds), bytes(alone)


_TABLES: Final = _tables()
_HEAD_BITS: Final = sum(_HEAD_BIT << k for k in range(len(_HEADS)))
_OPENS: Final = _TABLES[0]
_SECONDS: Final = _TABLES[1]
_ALONE: Final = _TABLES[2]


def _numeral_at(text: str, i: int) -> bool:
    c = ord(text[i])
    return bool(_OPENS[c] & _NUMERAL_BIT) if c < BMP else chr(c).isdecimal()


def _openings(text: str) -> tuple[list[tuple[int, int]], list[list[int]], list[int]]:
    """Return the runs of numerals of ``text`` (each a numeral or 初, then numerals: what
    ``re.finditer`` finds of ``初?[numerals]+``), for each head of _HEADS where its matches
    start (as ``finditer`` of its words' regex finds them: each after the last one), and the
    places where a key of _KEYED may start."""
    n = len(text)
    runs: list[tuple[int, int]] = []
    starts: list[list[int]] = [[] for _ in _HEADS]
    keys: list[int] = []
    edges = [0] * len(_HEADS)
    run_end = 0
    for p in range(n):
        c = ord(text[p])
        if c >= BMP:
            flags = _NUMERAL_BIT if chr(c).isdecimal() else 0
        else:
            flags = _OPENS[c]
        if not flags:
            continue
        if flags & (_NUMERAL_BIT | _CHU_BIT) and p >= run_end:
            e = p + 1
            while e < n and _numeral_at(text, e):
                e += 1
            if flags & _NUMERAL_BIT or e > p + 1:
                runs.append((p, e))
                run_end = e
        if flags < _HEAD_BIT:
            continue
        second = ord(text[p + 1]) if p + 1 < n else BMP
        # (from U+10000 on, a digit after an offset's word: every head is tried)
        opens = flags & ((_SECONDS[second] if second < BMP else 0xFF) | _ALONE[c])
        if opens & _KEY_BIT:
            keys.append(p)
        if not opens & _HEAD_BITS:
            continue  # (most first characters: 中, 国, 年 …)
        for k, (_, _, head, _, _) in enumerate(_HEADS):
            if opens & (_HEAD_BIT << k) and p >= edges[k]:
                end = _head_end(k, head, text, p)
                if end != -1:
                    starts[k].append(p)
                    # (parts of day may overlap: `除夕夜晚上9时` holds `夜晚` and `晚上`, and
                    # only `晚上` is left once the festival is kept)
                    edges[k] = end if k != _PART_HEAD else p + 1
    return runs, starts, keys


def _head_end(k: int, head: re.Pattern[str], text: str, p: int) -> int:
    """Return where the match of head k's regex ``head`` at ``p`` ends; -1 when it has none."""
    words = _HEAD_WORDS[k]
    if words is None:
        m = head.match(text, p)
        return -1 if m is None else m.end()
    pair = text[p : p + 2]
    for word in words.get(pair, ()):
        # (compiled, a slice compared is cheaper than str.startswith with a start, a method
        # call; a word of two characters is the pair itself)
        if len(word) == len(pair) or text[p : p + len(word)] == word:
            return p + len(word)
    return p + 1 if text[p] in words else -1


def _keyed(text: str, places: list[int]) -> list[Token]:
    """Return the tokens of the rare patterns, each tried just before every place its key
    occurs (the first of those places where it reaches past the key's start), of the places
    where a key may start (keys may overlap: 即日起 holds 日起)."""
    out: list[Token] = []
    for p in places:
        for key, kind, pattern, back in _KEYS_AT[text[p]]:
            if text.startswith(key, p):
                for s in range(max(0, p - back), p + 1):
                    m = pattern.match(text, s)
                    if m is not None and m.end() > p:
                        out.append(Token(kind, s, m.end(), m))
                        break
    return out


_Entries = tuple[tuple[str, re.Pattern[str], str], ...]


def tokenize(text: str) -> list[Token]:
    """Return the non-overlapping tokens of compacted text, in order: at each start the
    longest, then the first kind of _PRIORITY, that is plausible.

    The patterns that follow a run of numerals are matched only at a start that no kept token
    covers (`14日` inside `4月14日` is never a token of its own): the tokens are kept in order
    of their starts, and a start inside a kept token can only give tokens that are dropped."""
    runs, head_starts, key_places = _openings(text)
    found: list[Token] = []  # the tokens of head words and keys, and quoted days
    starts: list[tuple[int, int, _Entries, bool]] = []  # (start, run end, entries, all digits)
    for s, e in runs:
        entries = _FOLLOW.get(text[e : e + 1], ())
        digits = text[s:e].isdigit()
        if e - s >= 6 and digits:
            entries = entries + (_LONG_NUMBER,)
        elif text[s] == _CHU:
            entries = entries + (_CHU_DAY,)
        starts.append((s, e, entries, digits))
        # `周六8:30`: a run of words then digits may hold a clock from its first digit on
        # (looked for only when something may follow the run: most runs of words are `一`, `十`)
        digit = _FIRST_DIGIT.search(text, s + 1, e) if entries and not text[s].isdigit() else None
        if digit is not None:
            starts.append((digit.start(), e, entries, digits))
        # a quoted named day: “4·23”
        if s and text[s - 1] in '“"「『《' and text[e : e + 1] in "·•．.-":
            m = P.NUMERIC.match(text, s - 1)
            if m is not None:
                found.append(Token("numeric", s - 1, m.end(), m))
    for (kind, _, _, pattern, _), places in zip(_HEADS, head_starts, strict=True):
        for at in places:
            m = pattern.match(text, at)
            if m is not None and m.end() > m.start():
                found.append(Token(kind, m.start(), m.end(), m))
    found.extend(_keyed(text, key_places))
    found.sort(key=_order)
    kept: list[Token] = []
    edge = 0
    i = 0
    for start, e, entries, digits in [*starts, (len(text) + 1, 0, (), False)]:
        at_start: list[Token] = []
        while i < len(found) and found[i].start <= start:
            if found[i].start < start:
                edge = _keep(found[i], text, kept, edge)
            else:
                at_start.append(found[i])
            i += 1
        if start >= edge and entries:
            at_start.extend(_run_tokens(text, start, e, entries, digits))
            at_start.sort(key=_order)
        for tok in at_start:
            edge = _keep(tok, text, kept, edge)
    return kept


def _order(tok: Token) -> tuple[int, int, int]:
    if tok.kind == "fest" and tok.match["f"] in P.OVER_DATE:
        return tok.start, tok.start - tok.end, -1  # `欢度三月三`: the festival, not the date
    return tok.start, tok.start - tok.end, _PRIORITY[tok.kind]


def _keep(tok: Token, text: str, kept: list[Token], edge: int) -> int:
    """Keep ``tok`` when it starts at or after ``edge`` and is plausible; return the edge."""
    if tok.start >= edge and _plausible(tok, text):
        kept.append(tok)
        return tok.end
    return edge


def _run_tokens(text: str, start: int, e: int, entries: _Entries, digits: bool) -> list[Token]:
    """Return the tokens of the patterns that follow the run of numerals ending at ``e``,
    matched at ``start``."""
    out: list[Token] = []
    after = text[e + 1 : e + 2]
    for kind, pattern, needs in entries:
        if needs and (not after or after not in needs):
            continue
        if kind == "offset" and digits and e - start > 3:
            continue  # (a count is one to three digits: `2023年` is no offset)
        m = pattern.match(text, start)
        if m is not None and m.end() > start:
            out.append(Token(kind, start, m.end(), m))
    return out


_DAY_NEXT: Final = rx.compile(r"\d{1,2}\s*[日号]")
# a day, or a day noted in brackets (`昨天(1)`), then a connector: a run to the day after it
_RUN_TO_BEFORE: Final = rx.compile(r"[日号號天)）](?:起至|起到|至|到)$")


# the characters that make a word of 今 or 明 before a verb (`如今`, `至今`, `说明`, `文明`)
_SHORTHAND_NOT_AFTER: Final = {
    "今": "如至现現当當而古迄从從于於自距",
    "明": "说說表证證声聲文光透清黎鲜鮮聪聰发發神英简簡严嚴开開高分阐闡申查标標",
}


# what a clock after `的` may be the hours of: a day (`8日的9时`), a day's note (`…(下周一)的
# 9:00`), a part of day (`下午的2:30`, `晚上的8点`)
_OWNS_ITS_HOURS: Final = ("日", "号", "號", "天", ")", "午", "上")


def _plausible(tok: Token, text: str) -> bool:
    m = tok.match
    after = text[tok.end : tok.end + 2]
    before = text[tok.start - 1 : tok.start] if tok.start else ""
    if tok.kind == "chu":
        return before not in ("每", "逢", "第")  # (每逢初一、十五: every month's)
    if tok.kind == "day":
        d = m["d"]
        if d and not m["ds"] and not m["d2"]:
            return False
        if (
            d
            and not m["d2"]
            and len(d) == 1
            and not d.isdigit()
            and not (P.PART.match(text, tok.end) or P.CLOCK.match(text, tok.end))
        ):
            return False  # 一日之计: a lone Chinese digit day is "one day" (`四日晚將試燈` a day)
        if after.startswith(_NOT_AFTER_DAY) or before in ("每", "第", "近", "数", "几", "多"):
            return False
        if m["ds"] == "号" and m["d2"] and _SIZE_AFTER.match(text, tok.end):
            return False  # `3号~6号特效礼花弹`: sizes of a thing, no days
        if (m["ds2"] or m["ds"]) in ("号", "號") and _NUMBERED_PLACE.match(text, tok.end):
            return False  # `16至18号码头`, `維多利亞公園3號至6號足球場`: places, no days
        if m["ds"] == "号" and not m["d2"] and not m["dl"]:
            # 12号 alone is a house or a size; 1号晚上9点 is a date, and so is the day ending a
            # run from a day (`5日起至12号`, `昨天(1)起到7号`)
            return bool(
                P.PART.match(text, tok.end)
                or P.CLOCK.match(text, tok.end)
                or _RUN_TO_BEFORE.search(text, max(0, tok.start - 4), tok.start)
            )
        return True
    if tok.kind == "date":
        if m["y"] and not m["m"]:
            return _plausible_year(tok, text)
        return True
    if tok.kind == "fest":
        return _plausible_festival(tok, text)
    if tok.kind == "numeric":
        if tok.match.re is P.LOST_MONTH:
            return True  # (`2020年1230日`: its own pattern, no other numeric's groups)
        if before == "=":
            return False  # `…&pageDate=2021-02-19&…`: a web address's parameter
        if m["qm"] and m["qs"] in ".-" and not (m["qo"] and m["qc"]):
            return False
        if m["sl"] and (
            before.isdigit() or not (m["sls"] or m["sll"]) and before in _FRACTION_BEFORE
        ):
            return False  # (`展位占近1/4`: a fraction)
        if m["ed"] and m["es"] == "." and len(m["ey"]) < 4:
            return False  # 3.10.2 is a version
        if after[:1] in ("周", "岁") and text.startswith(("周岁", "岁"), tok.end):
            return False  # `12-14周岁`: a range of ages, no date
        if m["gm"]:  # (`近120日`, `120日内`: a number of days)
            return not (
                after.startswith(_NOT_AFTER_DAY)
                or before in ("每", "第", "近", "数", "几", "多", "约", "共", "达", "超")
                or P.DURATION_BEFORE.search(text, max(0, tok.start - 3), tok.start)
            )
        return True
    if tok.kind == "mrange" and m["c"] == "、" and _DAY_NEXT.match(text, tok.end):
        return False  # `1、6月15日前`: an item's number, then a date
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
            or after[:1] in ("约", "約")
            and bool(P.CLOCK.match(text, tok.end + 1))  # 上午约七时
            or bool(_CJK.match(before or " "))
        )
    if tok.kind == "clock":
        if not m["hh"] and not m["mi"] and not m["c"] and not m["ap"] and not m["ap0"]:
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
            if hour in ("一", "两", "兩") and before in ("晚", "早", "迟", "遲", "快", "慢"):
                return False  # `要么晚一点`, `早一点出门`: a little later or earlier, no hour
        if before == "的" and text[tok.start - 2 : tok.start - 1] in _OWNS_ITS_HOURS:
            # `6月7日和8日的9时至11时30分`: the days' hours (a day's note before it too:
            # `5月1日(下周一)的9:00~17:00`; or a part of day: `每天下午的2:30`, `晚上的8点`)
            before = ""
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
    if (
        tok.kind == "rel"
        and m["rw"]
        and m["rw"].startswith("上")
        and before in ("加", "赶", "碰", "遇", "配", "以", "马", "馬", "晚", "早")
    ):
        return False  # `加上周末可以连休`, `赶上周末`: the weekend itself, not last week's
    if (
        tok.kind == "rel"
        and m["bwd"]
        and _FALLS_ON.search(text, max(0, tok.start - 4), tok.start) is not None
    ):
        # `中秋節(9月25日)恰逢星期五`, `則落在星期一`: the weekday of a day said before
        return False
    if (
        tok.kind == "rel"
        and m["ana"] == "同一天"
        and _SAME_DAY_AS.search(text, max(0, tok.start - 8), tok.start)
    ):
        return False  # `農民節與立春同一天`: two days said to coincide, no day of its own
    if tok.kind == "rel" and _NTH_TIME.match(text, tok.end):
        return False  # `本月内第三次大面积停水`: how many times in it, no time of its own
    if tok.kind == "rel" and tok.match.group() == "今晚" and after[:1] == "报":
        return False  # `今晚报`: Tianjin's evening paper, named so
    if tok.kind == "rel" and tok.match.group() == "周末" and before in ("含", "括"):
        return False  # `每日开放(含周末)`, `包括周末`: weekends as a rule, no one weekend
    if (
        tok.kind == "rel"
        and m["bwd"]
        and before in ("个", "個")
        and text[tok.start - 2 : tok.start - 1] in _COUNT_FIRST
    ):
        return False  # `5月21日及28日两个周日`: how many Sundays, not the next one
    if tok.kind == "rel" and m["bwd"] and before in ("一", "两", "兩", "几", "幾"):
        if after[:1] in ("次", "趟", "回", "遍", "期", "轮", "輪"):
            return False  # `一周一趟`, `两周一次`: how often, not a Monday
    if tok.kind == "rel" and m["rd"] and before in ("像", "和", "跟", "同", "如"):
        if after.startswith(("这样", "一样", "这般")):
            return False  # `像今天这样`: like today, no date
    if tok.kind == "rel" and m["rm"] in MONTH_END_ALONE and before in _NOT_BEFORE_MONTH_END:
        return False  # `每月底`, `次月底`, `5个月末`: not this month's end
    if tok.kind == "rel" and text[tok.end - 1 : tok.end] == "月" and after.startswith("季"):
        return False  # `藤本月季`: the rose, not this month
    if tok.kind == "rel" and m["rd"] and m["rd"][1:] in SHORTHAND_VERBS:
        # `博览会昨开幕`, not `如今举办的…`, `说明举行…`: the character ends a word before it
        return before not in _SHORTHAND_NOT_AFTER.get(m["rd"][0], "")
    if tok.kind == "rel" and m["rd"] == "前日" and before in ("节", "節"):
        return False  # `復活節前日`: the festival's eve, said by its festival, not two days ago
    if tok.kind == "rel" and m["rd"] in ("前日", "明日"):
        if after.startswith("报") and not after.startswith(("报名", "报到", "报送")):
            return False  # `昆明日报`, `光明日报`: a paper's name
        if after.startswith("常") and before in _SHORTHAND_NOT_AFTER["明"]:
            return False  # `详细说明日常按压方法`: `说明` then `日常`, no day
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


# what a place or a thing named after a festival is (`北极圣诞滑雪场`, `国庆广场`, `中秋路`,
# `圣诞花`, `圣诞树`)
_VENUES: Final = tuple(
    "滑雪场 广场 廣場 大街 大道 路 小镇 小鎮 乐园 樂園 村 花 树 樹 老人 帽".split()
)


def _plausible_festival(tok: Token, text: str) -> bool:
    m = tok.match
    opened = text.rfind("《", max(0, tok.start - 30), tok.start)
    if opened >= 0 and text.find("》", opened, tok.start) < 0:
        return False  # `《聖誕麋鹿出任務》`, `《清明上河图》`: a work's title, no day
    if m["t"]:
        if m["t"] in WEATHER_TERMS:
            if m["t"] not in SNOW_AND_RAIN_TERMS and _STATED_YEAR_BEFORE.search(
                text, max(0, tok.start - 2), tok.start
            ):
                return True  # 20年小寒, 2021年大暑
            return text.startswith(("节气", "当天", "时节", "之际", "前后", "这天", "日"), tok.end)
        return True
    name = m["f"]
    nd = P.FESTIVAL_NAMES[name]
    if nd.only_before:
        return text.startswith(nd.only_before, tok.end)
    if name.endswith(("节", "節")) and text.startswith("目", tok.end):
        return text.startswith("目前", tok.end)  # `儿童节目`: a programme (`春节目前`: the day)
    if not name.endswith(("节", "節", "”")) and text.startswith(_VENUES, tok.end):
        return False  # `北极圣诞滑雪场`, `国庆路`: a place named after the day
    if name in ("春节", "春節") and text.startswith(("联欢晚会", "聯歡晚會"), tok.end):
        return False  # `春节联欢晚会`: the gala's name (it is on New Year's Eve)
    if name in ("圣诞", "聖誕") and text[tok.start - 1 : tok.start] in _DEITY_TITLE_ENDS:
        return False  # `保生大帝聖誕`, `妈祖圣诞`: a deity's birthday, not Christmas
    if not nd.guarded or name.endswith(("节", "節", "日", "”")) or name.startswith("“"):
        return True
    before = text[tok.start - 1 : tok.start] if tok.start else ""
    after = text[tok.end : tok.end + 1]
    if before in _FOOD_VERBS:
        return False  # `吃元宵`, `包粽子`: the food, not the day
    if _FEST_CONTEXT.match(text, tok.end) and (
        before not in _SURNAMES or text[tok.start - 2 : tok.start] in ("庆祝", "慶祝")
    ):
        return True  # (`庆祝元宵佳节`: 祝 is a surname, but not after 庆)
    if _PAIR_BEFORE.search(text, max(0, tok.start - 4), tok.start) or P.PAIR.match(text, tok.end):
        return True  # 中秋国庆“双节”, 国庆中秋假期: one of a pair of festivals
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
    """Make a list of days that is not one run (5日、12日; 18日、19日、25日、26日) its first
    run of days plus ``more`` runs: a run of consecutive days is one range (`29、30日`)."""
    if (
        "list" not in piece.flags
        or len(days) < 2
        or days == list(range(days[0], days[0] + len(days)))
    ):
        return
    first = piece.first
    dates = [first + dt.timedelta(days=d - days[0]) for d in days]
    if any(d <= first or d.month != first.month for d in dates[1:]):
        return
    runs: list[tuple[dt.date, dt.date]] = []
    for d in dates:
        if runs and d - runs[-1][1] == dt.timedelta(days=1):
            runs[-1] = (runs[-1][0], d)
        else:
            runs.append((d, d))
    piece.last = runs[0][1]
    piece.more = runs[1:]
    if piece.first == piece.last:
        piece.flags.discard("range")
    piece.flags.add("list")


def _same_week_as(prev: Piece, piece: Piece, text: str) -> None:
    """Put a bare weekday listed after a relative one in that week (下周四、周五: next Friday)."""
    if (
        piece.flags == {"weekday"}
        and {"relative", "weekday"} <= prev.flags
        and prev.first == prev.last
        and text[prev.end : piece.start] in ("、", "和", "及", "与")
    ):
        day = _monday(prev.first) + dt.timedelta(days=piece.first.weekday())
        if day > prev.first:
            piece.first = piece.last = day
            piece.flags.add("relative")


def _same_day_in_year(d: dt.date, year: int) -> dt.date:
    return clamped_date(year, d.month, d.day)


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
    elif m["hb" + n]:
        h_val = to_int(m["hb" + n])
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
    _, last, rule = PART_OF_DAY[pod][:3]
    if rule == "am" and h == 12 and last < 12:
        h = 0  # `周日凌晨12时45分`: a quarter to one at night, not noon
    elif rule == "pm" and h < 12:
        h += 12
    elif rule == "noon" and h < 6:
        h += 12
    elif rule == "night":
        if 6 <= h < 12:
            h += 12
        elif h == 12:
            h = 24
    return h, mi
