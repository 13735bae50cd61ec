"""Named days: festivals, observances and holidays (春节, 国庆假期, 母亲节)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from .. import rx
from . import patterns as P
from .calendars import (
    solar_term,
    solar_to_lunar,
)
from .grammar import (
    DAY,
    Piece,
    Token,
    _named_day,
    _named_span,
    _nearest,
)
from .holidays import holiday_break
from .numerals import lunar_day
from .tables import (
    BREAK_WORDS,
    NamedDay,
)

if TYPE_CHECKING:
    from .expressions import Reader

# a year of the Republic of China right before a festival (`113年国庆`)
_REPUBLIC_YEAR: Final = rx.compile(r"(?<!\d)(?P<y>1[01]\d)年$")
# what says a page's 国庆 is the Republic's (`113年国庆`, `双十国庆`; its long weekend, as Taiwan
# calls it: `國慶連假`, `國慶日連續假期`)
_REPUBLIC_NATIONAL_DAY: Final = rx.compile(
    r"(?<!\d)1[01]\d年(?:国庆|國慶)|双十(?:国庆|节)|雙十(?:國慶|節)"
    r"|(?:国庆|國慶)日?(?:连假|連假|连续假期|連續假期)"
)
# what says a 除夕 beside it is New Year's Eve, as Hong Kong and Macao say it (`平安夜及除夕`,
# `除夕倒數活動`: counting down to 1 January, `除夕及元旦`)
_WESTERN_YEAR_END: Final = rx.compile(r"平安夜|圣诞|聖誕|跨年|倒数|倒數|元旦")
# how long after a break a festival listed with it may fall (`春节、元宵节期间`)
_ONE_MONTH: Final = dt.timedelta(days=31)


def festival(
    r: Reader,
    tok: Token,
    year: int | None,
    i: int,
    start: int | None = None,
    base: dt.date | None = None,
    said_this_year: bool = False,
) -> tuple[Piece | None, int]:
    m = tok.match
    ref = r.ctx.ref
    j = i + 1
    nd: NamedDay | None = None
    if m["t"]:
        name = m["t"]

        def occurrence(yy: int) -> tuple[dt.date, dt.date] | None:
            day = solar_term(yy, name)
            return (day, day) if day else None

    else:
        named = P.FESTIVAL_NAMES[m["f"]]
        if named.names[0] == "国庆节" and _REPUBLIC_NATIONAL_DAY.search(r.text):
            # `113年国庆活动`, `双十国庆当天`: the Republic's National Day (10 October), on the
            # whole page; in the Republic's year said before it
            named = P.FESTIVAL_NAMES["双十国庆"]
        elif named.rule[0] == "eve" and _WESTERN_YEAR_END.search(
            r.text, max(0, tok.start - 10), tok.end + 10
        ):
            # `港鐵在平安夜及除夕通宵行駛`: 31 December, not the lunar eve
            named = P.FESTIVAL_NAMES["大除夕"]
        nd = named

        def occurrence(yy: int) -> tuple[dt.date, dt.date] | None:
            return _named_span(named, yy)

    if (
        said_this_year
        and year is not None
        and nd is not None
        and nd.rule[0] == "eve"
        and (lunar := solar_to_lunar(ref)) is not None
        and lunar[0] < ref.year
    ):
        # `今年除夕夜` before the Spring Festival: the eve closing the lunar year still running
        # (`2024年除夕` is lunar 2024's, 2025-01-28, as JioNLP reads it)
        year -= 1
    if year is None:
        # `114年元旦`, `113年國慶`: the Republic's year said right before the festival
        roc = _REPUBLIC_YEAR.search(r.text, max(0, tok.start - 6), tok.start)
        year = int(roc["y"]) + 1911 if roc is not None else None
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
    if nd is not None and nd.rule[0] == "eve":
        r.ctx.lunar = (fyear + 1, 1)  # (除夕…初五: the first month of the year it opens)
    elif nd is not None and nd.rule[0] == "lunar":
        r.ctx.lunar = solar_to_lunar(got[0])
    flags = {"festival"}
    if nd is not None and nd.observance:
        flags.add("observance")
    piece = Piece(start if start is not None else tok.start, tok.end, got[0], got[1], DAY, flags)
    if got[0] != got[1]:
        piece.flags.add("range")
    brk = P.BREAK.match(r.text, tok.end)
    if brk and nd is not None and nd.break_key:
        key_year = fyear if nd.rule[0] != "eve" else fyear + 1
        span = holiday_break(nd.break_key, key_year, r.ctx.ref)
        if span is not None and (brk["b"] in BREAK_WORDS or brk["b"] == "期间"):
            piece.first, piece.last = span
            piece.flags |= {"holiday", "range"}
            piece.end = brk.end()
            j = r._skip(j, piece.end)
    elif (
        nd is not None and nd.rule[0] == "eve" and (to := P.TO_NEW_YEAR_DAY.match(r.text, tok.end))
    ):
        # `除夕到十五`, `除夕至初六`: from the eve to that day of the first lunar month
        day = lunar_day(to["d"])
        if day and 1 <= day <= 30:
            piece.last = piece.first + dt.timedelta(days=day)
            piece.end = to.end()
            piece.flags |= {"range", "lunar"}
            j = r._skip(j, piece.end)
    elif nd is not None and nd.break_key and P.TO_FESTIVAL.match(r.text, tok.end):
        # `春节到元宵节期间`: from the first day of the break to the festival named after it
        span = holiday_break(nd.break_key, fyear, r.ctx.ref)
        if span is not None and span[0] < piece.first:
            piece.first = span[0]
            piece.flags.add("holiday")
    elif nd is not None and nd.break_key:
        j = _shared_break(r, piece, nd, fyear, j)
    return piece, j


def _shared_break(r: Reader, piece: Piece, nd: NamedDay, year: int, j: int) -> int:
    """Give ``piece`` the break of a pair named as one holiday (中秋国庆“双节”, 国庆、中秋假期):
    the pair's one break when the State Council merged them that year, else its own; return
    the next token index."""
    pair = P.PAIR.match(r.text, piece.end)
    if pair is None or not (pair["pair"] or pair["b"] or pair.start("f") == piece.end):
        return j  # 中秋、国庆 alone may be two days; 中秋国庆 written as one word is the pair
    other = P.FESTIVAL_NAMES[pair["f"]]
    if other is nd:
        return j
    own = holiday_break(nd.break_key or "", year, r.ctx.ref)
    if not other.break_key:
        # `春节、元宵节期间`: from the break through the festival after it, no break of its own
        last = _named_day(other, year)
        if own is None or last is None or not pair["b"] or not own[1] < last <= own[1] + _ONE_MONTH:
            return j
        piece.flags |= {"holiday", "range"}
        piece.first, piece.last = own[0], last
        piece.end = pair.end()
        return r._skip(j, piece.end)
    days = (piece.first, _named_day(other, year))
    # one break holds both days (in 2020 the table files 中秋's day under 国庆's break)
    shared = next(
        (
            b
            for b in (own, holiday_break(other.break_key, year, r.ctx.ref))
            if b is not None and all(d is not None and b[0] <= d <= b[1] for d in days)
        ),
        None,
    )
    span = shared or (own if pair["b"] or pair["pair"] else None)
    if span is None:
        return j
    piece.flags |= {"holiday", "range"}
    piece.first, piece.last = span
    if shared is None:
        return j  # 2024's 中秋国庆假期: two breaks, the second festival reads its own
    piece.end = pair.end()
    return r._skip(j, piece.end)
