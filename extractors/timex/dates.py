"""Calendar dates: 2023年4月14日, 4月14日, 14日, 2023.4.14, with month parts and lists."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final

from .. import rx
from . import named_days, periods
from . import patterns as P
from .calendars import (
    last_day,
    lunar_to_solar,
    make_date,
    nth_weekday,
    solar_to_lunar,
)
from .grammar import (
    _NOT_AFTER_BARE_DAY,
    _SENTENCE_END,
    DAY,
    MINUTE,
    MONTH,
    YEAR,
    Piece,
    Token,
    _add_months,
    _month_span,
    _nearest,
    _split_list,
)
from .numerals import lunar_day, lunar_month, to_int, year_of
from .tables import (
    ERAS,
    MONTH_PARTS,
    WEEKDAYS,
)

if TYPE_CHECKING:
    from .expressions import Reader


# a day in words listed before one that says 日 (`五月廿一和廿二日`): the list's days are solar
_LISTED_WITH_ITS_DAY: Final = rx.compile(rf"(?:和|及|与|、)(?:{P.CN_DAY})[日号]")
_LISTED_DAYS: Final = rx.compile(r"\d+")  # (the days of `、23、24` after a slashed date)


# -- heads
def date(r: Reader, i: int, base: dt.date | None) -> tuple[Piece | None, int]:
    tok = r.toks[i]
    m = tok.match
    ref = r.ctx.ref
    y = year_of(m["y"], ref.year) if m["y"] else None
    if m["era"]:  # 康熙二十年 is 1681: year n of an era that began in its first year
        n = 1 if m["en"] == "元" else to_int(m["en"])
        if n is None or n < 1:
            return None, i + 1
        y = ERAS[m["era"]][0] + n - 1
    return read_fields(r, tok, y, m, base, i)


def read_fields(
    r: Reader,
    tok: Token,
    y: int | None,
    m: re.Match[str],
    base: dt.date | None,
    i: int,
    month_override: int | None = None,
    flags: set[str] | None = None,
) -> tuple[Piece | None, int]:
    ref = r.ctx.ref
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
    if "do" in groups and m["do"]:
        month_text, lunar = "腊", True  # 年廿五: the 25th of the last lunar month
    month = (
        month_override
        if month_override is not None
        else (lunar_month(month_text) if month_text else None)
    )
    days: list[int] = []
    d_text = m["d"] if "d" in groups else None
    if d_text is not None:
        if d_text.startswith("初"):
            lunar = True
        # a bare day after 月 must not be a count (5月10人): fall back to the month alone
        after = r.text[tok.end : tok.end + 1]
        if (
            not m["ds"]
            and not m["d2"]
            and not d_text.startswith("初")  # (`正月初九人数最多`: 初 counts nothing)
            and (
                after in _NOT_AFTER_BARE_DAY
                # `至12月` / `三、活动内容`: a heading's number on the next line (not
                # `正月十四、十五`, a list of lunar days)
                or after == "、"
                and not lunar
                and not d_text[0].isdigit()
            )
            # `正月十六:每晚观灯`: a label's colon, not a clock's (`5月10:30`)
            and not (after in ".:" and not r.text[tok.end + 1 : tok.end + 2].isdigit())
            # 正月十五元宵节; 正月十五期间 (during, not an issue's number)
            and not r.text.startswith(("元宵", "元旦", "期间", "期間"), tok.end)
        ):
            end = m.start("d")
            d_text = None
        else:
            v = lunar_day(d_text)
            if v is None:
                return None, j
            days = [v]
            if m["d2"]:
                v2 = lunar_day(m["d2"])
                if v2 is None:
                    return None, j
                days.append(v2)
    if "dl" in groups and m["dl"]:
        vals = [to_int(x.rstrip("日号號")) for x in re.split(r"[、,，/和及]", m["dl"])]
        if any(v is None for v in vals):
            return None, j
        days = [v for v in vals if v is not None]
        flags.add("list")
    if month is not None and not 1 <= month <= 12:
        return None, j
    stated = (
        ("y" if y is not None else "") + ("m" if month is not None else "") + ("d" if days else "")
    )
    # a range end inherits what it leaves out from the range start (a lunar end is placed
    # after its start below, on solar dates)
    if base is not None and not lunar:
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
        and not _LISTED_WITH_ITS_DAY.match(r.text, end)
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
                b = lunar_to_solar(yy, month + 1, 1) if month < 12 else lunar_to_solar(yy + 1, 1, 1)
            else:
                b_leap = lunar_to_solar(yy, month, 1, True)
                b = b_leap or (
                    lunar_to_solar(yy, month + 1, 1) if month < 12 else lunar_to_solar(yy + 1, 1, 1)
                )
            if a and b and b > a:
                spans.append((a, b - dt.timedelta(days=1)))
        got = _nearest(spans, ref)
        if got is None:
            return None, j
        return Piece(tok.start, end, got[0], got[1], DAY, flags | {"lunar"}, stated=stated), j
    if lunar and month is not None and days:
        lunar_cands = [(y,)] if y is not None else [(ref.year - 1,), (ref.year,), (ref.year + 1,)]
        spans = []
        for (yy,) in lunar_cands:
            a = lunar_to_solar(yy, month, days[0], leap)
            b = lunar_to_solar(yy, month, days[-1], leap)
            if a and b:
                spans.append((a, b))
        later = [s for s in spans if base is not None and s[0] >= base]
        # 正月初一至正月初六: a range end is the first occurrence from its start on
        got = min(later) if later else _nearest(spans, ref)
        if got is None:
            return None, j
        if r.text.endswith(P.OVER_DATE_SPELLINGS, tok.start, end):
            flags = flags | {"festival"}  # `农历三月三,是壮族的传统歌节`: the festival said so
        piece = Piece(tok.start, end, got[0], got[1], DAY, flags | {"lunar"}, stated=stated)
        return apply_month_part(r, piece, j, y, month)
    if month is None:
        if y is None:
            return None, j
        # a year alone, or with 年底 / 上半年 / 一季度
        quarter = P.QUARTER.match(r.text, end) if r.text[end - 1 : end] in ("年", "的") else None
        if quarter is not None and (quarter["q"] or quarter["qq"] or quarter["qx"]):
            q = to_int(quarter["q"] or quarter["qq"] or quarter["qx"]) or 1
            piece_q = periods.quarter_piece(
                r, tok.start, quarter.end(), y, q, quarter["p"], flags | {"quarter"}
            )
            return piece_q, r._skip(j, quarter.end())
        part = periods.year_part(r.text, end, y) if r.text[end - 1 : end] in ("年", "的") else None
        if part is not None and r._free(j, part[2]):
            first, last, part_end = part
            j = r._skip(j, part_end)
            return Piece(tok.start, part_end, first, last, DAY, flags | {"part"}, stated=stated), j
        nth = P.NTH_WEEK.match(r.text, end)
        if nth and nth["k"] and not nth["wd"]:
            k = to_int(nth["k"]) or 1
            monday = nth_weekday(y, 1, 1, 0)
            if monday is None:
                return None, j
            first = monday + dt.timedelta(weeks=k - 1)
            j = r._skip(j, nth.end())
            return Piece(
                tok.start, nth.end(), first, first + dt.timedelta(days=6), DAY, flags | {"week"}
            ), j
        if not 1 <= y <= 9999:
            return None, j
        # 2019年感恩节, 零六年端午
        if j < len(r.toks) and r.toks[j].start == end and r.toks[j].kind == "fest":
            return named_days.festival(r, r.toks[j], y, j, start=tok.start)
        # 2008年“5·12”, 1995年受“5.25”台风影响: a day named by its date, in that year
        if (
            j < len(r.toks)
            and r.toks[j].kind == "numeric"
            and r.toks[j].match["qo"]
            and r.text[end : r.toks[j].start] in ("", "受", "在")
        ):
            named, k = r.point(j, base=dt.date(y, 1, 1))
            if named is not None:
                named.start = tok.start
                return named, k
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
        return apply_month_part(r, piece, j, y, month)
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
    return apply_month_part(r, piece, j, got[0].year, month)


def apply_month_part(
    r: Reader, piece: Piece, j: int, y: int | None, month: int | None
) -> tuple[Piece, int]:
    """Apply a month part (下旬, 底) or an nth weekday (第一个星期一) after a month."""
    if y is None or month is None or piece.precision != MONTH:
        return piece, j
    part = P.MONTH_PART.match(r.text, piece.end)
    if part is not None:
        a, b, _ = MONTH_PARTS[part["p"]]
        last = last_day(y, month)
        piece.first = dt.date(y, month, a or last)
        piece.last = dt.date(y, month, b or last)
        piece.precision = DAY
        piece.flags.add("month_part")
        piece.end = part.end()
        return piece, r._skip(j, piece.end)
    nth = P.NTH_WEEK.match(r.text, piece.end)
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
        return piece, r._skip(j, piece.end)
    return piece, j


_SOLAR_NOTE: Final = rx.compile(r"[(（]\s*\d{1,2}月")


# the lunar day from which a month is ending: a bare early day said after it is the next
# month's (`腊月二十八` then `初五`)
_MONTH_ENDING: Final = 20


def _late_in_its_month(day: dt.date) -> bool:
    """True when ``day`` falls on or after the _MONTH_ENDING-th of its lunar month."""
    said = solar_to_lunar(day)
    first = lunar_to_solar(said[0], said[1], 1) if said else None
    return first is not None and (day - first).days + 1 >= _MONTH_ENDING


def lunar_day_alone(r: Reader, tok: Token, base_piece: Piece | None) -> Piece | None:
    """Read 初五 said alone as that day of the lunar month the text is in: the month of the
    range's start (正月初一至初六), else of the lunar date or festival last said (春节…初五 is
    正月初五); None when it has said none, or when its solar date follows in brackets
    (`初五(2月12日)`, which says the day)."""
    if _SOLAR_NOTE.match(r.text, tok.end):
        return None
    lunar_start = base_piece is not None and "lunar" in base_piece.flags
    said = solar_to_lunar(base_piece.last) if base_piece and lunar_start else r.ctx.lunar
    day = to_int(tok.match["d"])
    first = lunar_to_solar(said[0], said[1], day) if said and day else None
    if first is None:
        return None
    if (
        not lunar_start
        and said
        and day
        and r.ctx.lunar_said
        and first < r.ctx.lunar_said
        and _late_in_its_month(r.ctx.lunar_said)
    ):
        # `腊月二十八…晚会;…从初五开始`: the next lunar month's day, the text moving on past
        # the month's end (not back to its first days: `正月十四…元宵节…`, then the festival
        # week's `初一…初七` a list gives, or a second list of them for another place)
        yy, mm = (said[0] + 1, 1) if said[1] == 12 else (said[0], said[1] + 1)
        first = lunar_to_solar(yy, mm, day) or first
    return Piece(tok.start, tok.end, first, first, DAY, {"lunar"}, stated="d")


_HOURS_MORE: Final = rx.compile(r"\s*\d{1,2}\s*(?:个)?(?:小时|小時)")
# how far on in its sentence a day said with its month may be said again alone
_SAID_AGAIN_WITHIN: Final = 80


def day_only(r: Reader, tok: Token, base: dt.date | None) -> Piece | None:
    m = tok.match
    ref = r.ctx.ref
    if P.DURATION_BEFORE.search(r.text, max(0, tok.start - 3), tok.start):
        return None  # `为期5日`, `(工期7日)`, `一连5日的嘉年华`: a number of days, not a date
    if _HOURS_MORE.match(r.text, tok.end):
        return None  # `为期: 19日8小时`: days and hours, a length
    if m["dl"]:
        vals = [to_int(x.rstrip("日号號")) for x in re.split(r"[、,，/和及]", m["dl"])]
    else:
        vals = [to_int(m["d"])] + ([to_int(m["d2"])] if m["d2"] else [])
    days = [v for v in vals if v is not None]
    if len(days) != len(vals) or not days:
        return None
    last = r.ctx.last
    if (
        base is None
        and last is not None
        and not r.ctx.last_named  # (`“干干净净迎国庆”…活动,28日上午` in a September paper)
        and days[0] >= last.day
        and 0 <= tok.start - r.ctx.last_end <= 20
        and not _SENTENCE_END.search(r.text, r.ctx.last_end, tok.start)
    ):
        base = last  # `2月16日学生返校报到,17日正式上课`: the month just said
    said = r.ctx.said_day
    if (
        base is None
        and said is not None
        and days[0] == said.day
        and 0 <= tok.start - r.ctx.said_end <= _SAID_AGAIN_WITHIN
        and not _SENTENCE_END.search(r.text, r.ctx.said_end, tok.start)
    ):
        # `…博览会将于9月22日拉开帷幕,记者昨天…获悉,…从22日到28日天天有节目`: the day said
        # with its month, again alone later in its sentence
        base = said
    run = r.ctx.last_run
    if base is None and run is not None:
        # `8月13日至17日,…举办。…俄方开幕式时间为13日14时`: a day of the run said before, in
        # the first of its months that holds it (`十一月廿二日至十二月廿七日接力登場。…十三、
        # 十四日登場的…演唱會` is December's)
        y, mo = run[0].year, run[0].month
        while (y, mo) <= (run[1].year, run[1].month):
            inside = make_date(y, mo, days[0])
            if inside is not None and run[0] <= inside <= run[1]:
                base = inside
                break
            y, mo = _add_months(y, mo, 1)
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


def _lost_units(text: str, at: int, year: int, digits: str) -> dt.date | None:
    """Return the day a date that lost its 年, 月 and 日 names (`时间:2024131` → 2024-01-31):
    after a time label or a range's connector only, and when just one month and day fit."""
    if not P.LOST_UNITS_AFTER.search(text, max(0, at - 8), at):
        return None
    fits = {
        day
        for k in range(1, len(digits))
        if k <= 2
        and len(digits) - k <= 2
        and (day := make_date(year, int(digits[:k]), int(digits[k:]))) is not None
    }
    return fits.pop() if len(fits) == 1 else None


def numeric(r: Reader, tok: Token, base: dt.date | None) -> Piece | None:
    m = tok.match.groupdict()
    ref = r.ctx.ref
    t0 = None
    if m.get("y"):
        day = make_date(int(str(m.get("y"))), int(str(m.get("m"))), int(str(m.get("d"))))
        if m.get("th"):
            t0 = (int(str(m.get("th"))), int(str(m.get("tm"))))
    elif m.get("sy"):
        day = make_date(int(str(m.get("sy"))), int(str(m.get("sm"))), int(str(m.get("sd"))))
    elif m.get("cy"):
        day = make_date(int(str(m.get("cy"))), int(str(m.get("cm"))), int(str(m.get("cd"))))
    elif m.get("ry"):
        roc = year_of(str(m.get("ry")), ref.year)  # (three digits: the Republic's, `105` → 2016)
        day = make_date(roc or 0, int(str(m.get("rm"))), int(str(m.get("rd"))))
    elif m.get("gy"):
        day = make_date(int(str(m.get("gy"))), int(str(m.get("gym"))), int(str(m.get("gyd"))))
    elif m.get("hy"):
        day = _lost_units(r.text, tok.start, int(str(m.get("hy"))), str(m.get("hmd")))
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
    elif m.get("am") or m.get("qm") or m.get("sl") or m.get("gm"):
        month = int(str(m.get("am") or m.get("qm") or m.get("sl") or m.get("gm")))
        dom = int(str(m.get("ad") or m.get("qd") or m.get("sld") or m.get("gd")))
        if m.get("ah"):
            t0 = (int(str(m.get("ah"))), int(str(m.get("am2"))))
        if base is not None:
            y = base.year + (1 if (month, dom) < (base.month, base.day) else 0)
            day = make_date(y, month, dom)
        else:
            cands = [(d, d) for d in (make_date(ref.year + k, month, dom) for k in (-1, 0, 1)) if d]
            got = _nearest(cands, ref)
            day = got[0] if got else None
        if day is not None and m.get("qm"):
            return Piece(tok.start, tok.end, day, day, DAY, {"festival", "observance"})
        if day is not None and m.get("slr"):
            # `11/21~22`: a run to a later day of its month
            last = make_date(day.year, month, int(str(m.get("slr"))))
            if last is None or last <= day:
                return None
            return Piece(tok.start, tok.end, day, last, DAY, {"range"}, stated="d")
        if day is not None and m.get("sll"):
            # `5/22、23日`, `6/5、6、12日`: days listed after the first, in its month
            days = [dom, *(int(d) for d in _LISTED_DAYS.findall(str(m.get("sll"))))]
            last = make_date(day.year, month, days[-1])
            if last is None or days != sorted(set(days)):
                return None
            piece = Piece(tok.start, tok.end, day, last, DAY, {"range", "list"}, stated="d")
            _split_list(piece, days)
            return piece
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
