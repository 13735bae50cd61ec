"""Periods longer than a day: quarters, year parts, month and year ranges, decades,
and the first or last units of a period (前两周, 最后五天)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from . import patterns as P
from .calendars import (
    last_day,
    make_date,
    nth_weekday,
    solar_term,
)
from .grammar import (
    DAY,
    MONTH,
    YEAR,
    Piece,
    Token,
    _month_span,
    _nearest,
)
from .numerals import to_int, year_of
from .tables import (
    MONTH_PARTS,
    SEASONS,
    WEEKDAYS,
    YEAR_PARTS,
)

if TYPE_CHECKING:
    from .expressions import Reader


def quarter(r: Reader, tok: Token) -> Piece | None:
    m = tok.match
    ref = r.ctx.ref
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
    return quarter_piece(r, tok.start, tok.end, y, q, m["p"], {"quarter"})


def quarter_piece(
    r: Reader, start: int, end: int, y: int, q: int, part: str | None, flags: set[str]
) -> Piece | None:
    if not (1 <= q <= 4 and 1 <= y <= 9999):
        return None
    m1, m2 = 3 * q - 2, 3 * q
    if part == "末":
        m1 = m2
    elif part == "初":
        m2 = m1
    return Piece(start, end, dt.date(y, m1, 1), dt.date(y, m2, last_day(y, m2)), MONTH, flags)


def year_part(text: str, pos: int, y: int) -> tuple[dt.date, dt.date, int] | None:
    """Return (first day, last day, end) of the part of year y at pos (年底, 上半年, 暑假) or of
    its season (春, 夏季, 秋天: by the solar terms); None when neither is there."""
    part = P.YEAR_PART.match(text, pos)
    if part is not None:
        a_m, a_d, b_m, b_d, _ = YEAR_PARTS[part["p"]]
        first = make_date(y, a_m, a_d)
        last = make_date(y, b_m, b_d or last_day(y, b_m))
        return (first, last, part.end()) if first and last else None
    season = P.SEASON.match(text, pos)
    if season is None:
        return None
    begins, next_begins, _ = SEASONS[season["s"]]
    first = solar_term(y, begins)
    after = solar_term(y + 1 if next_begins == "立春" else y, next_begins)
    if first is None or after is None:
        return None  # the terms are known for 2000–2099
    return first, after - dt.timedelta(days=1), season.end()


def year_part_alone(r: Reader, tok: Token, y: int) -> Piece | None:
    key = tok.match["p"]
    key = key[1:] if key.startswith("年") else key
    a_m, a_d, b_m, b_d, _ = YEAR_PARTS[key]
    first = make_date(y, a_m, a_d)
    last = make_date(y, b_m, b_d or last_day(y, b_m))
    if first is None or last is None:
        return None
    return Piece(tok.start, tok.end, first, last, DAY, {"part"})


def first_last(r: Reader, piece: Piece, j: int) -> tuple[Piece, int]:
    """2021年的前2周, 1967年前两月, 今年的最後3週, 上月最后五天: the first or last units of a period."""  # noqa: E501
    nth = P.NTH_UNIT.match(r.text, piece.end)
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
        return piece, r._skip(j, piece.end)
    fl = P.FIRST_LAST.match(r.text, piece.end)
    if (
        fl is None
        or piece.precision not in (YEAR, MONTH)
        or r.text[fl.end() : fl.end() + 1] in ("前", "后", "後")
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
    elif fl["wd"]:
        # 7-9月的最后一个星期六: that weekday of each month, the first or last one
        if n != 1 or piece.precision != MONTH:
            return piece, j
        days = _weekday_of_months(piece.first, piece.last, WEEKDAYS[fl["wd"]], head)
        if not days:
            return piece, j
        piece.first = piece.last = days[0]
        piece.more = [(d, d) for d in days[1:]]
        piece.precision = DAY
        piece.flags.discard("range")
        if days[1:]:
            piece.flags.add("list")
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
    return piece, r._skip(j, piece.end)


def _weekday_of_months(first: dt.date, last: dt.date, weekday: int, head: bool) -> list[dt.date]:
    """Return the first (``head``) or last ``weekday`` of every month from ``first`` to
    ``last``."""
    days = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        day = nth_weekday(y, m, 1 if head else -1, weekday)
        if day is not None:
            days.append(day)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return days


def month_range(r: Reader, tok: Token) -> Piece | None:
    m = tok.match
    ref = r.ctx.ref
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
        got = _nearest([s for s in (_month_span(ref.year + k, m1) for k in (-1, 0, 1)) if s], ref)
        if got is None:
            return None
        y = got[0].year
    y2 = y + (1 if m2 < m1 else 0)
    a, b = _month_span(y, m1), _month_span(y2, m2)
    if a is None or b is None:
        return None
    flags = {"range"}
    if m1 == 1 and not r.text.endswith(("从", "自"), 0, tok.start):
        # 1—10月: a cumulative statistic (not a run said from its first month: `活动从2019年
        # 1月到12月贯穿全年`)
        flags.add("statistic")
    piece = Piece(tok.start, tok.end, a[0], b[1], MONTH, flags)
    part = P.MONTH_PART.match(r.text, tok.end)
    if part is not None and not m["mf"]:
        # 2023年9月至11月中旬: the range ends with the part of its last month
        end = MONTH_PARTS[part["p"]][1] or last_day(y2, m2)
        piece.last, piece.precision, piece.end = dt.date(y2, m2, end), DAY, part.end()
        piece.flags.add("month_part")
    return piece


def year_range(r: Reader, tok: Token) -> Piece | None:
    m = tok.match
    ref = r.ctx.ref
    y1, y2 = year_of(m["y"], ref.year), year_of(m["y2"], ref.year)
    if y1 is not None and y2 is not None and len(m["y2"]) == 2 and m["y2"].isdigit():
        y2 = y1 // 100 * 100 + y2 % 100  # 1985到89年: the first year's century
        y2 += 100 if y2 < y1 else 0
    if y1 is None or y2 is None or not (1 <= y1 <= y2 <= 9999):
        return None
    if m["m2"]:  # 1985到89年9月: through the end of that month
        month = to_int(m["m2"])  # None for the lunar 正, 冬, 腊
        if month is None or not 1 <= month <= 12:
            return None
        last = dt.date(y2, month, last_day(y2, month))
        return Piece(tok.start, tok.end, dt.date(y1, 1, 1), last, MONTH, {"range"})
    return Piece(
        tok.start, tok.end, dt.date(y1, 1, 1), dt.date(y2, 12, 31), YEAR, {"range", "bare_year"}
    )


def decade(r: Reader, tok: Token) -> Piece | None:
    m = tok.match
    ref = r.ctx.ref
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
    return Piece(tok.start, tok.end, dt.date(first, 1, 1), dt.date(last, 12, 31), YEAR, {"decade"})
