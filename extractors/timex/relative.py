"""Relative words and anaphora: 今天, 明年, 下周三, 当天, 次日, 今年春节."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from .. import rx
from . import clocks, dates, named_days, periods
from . import patterns as P
from .calendars import (
    make_date,
    nth_weekday,
)
from .grammar import (
    _NOT_AFTER_BARE_DAY,
    _SENTENCE_END,
    DAY,
    MONTH,
    YEAR,
    Piece,
    Token,
    _add_months,
    _monday,
    _month_span,
    _same_day_in_year,
)
from .numerals import lunar_day, to_int
from .tables import (
    ANAPHORA,
    MONTH_END_ALONE,
    RELATIVE_DAYS,
    RELATIVE_MONTHS,
    RELATIVE_WEEKS,
    RELATIVE_YEARS,
    SHORTHAND_VERBS,
    WEEKDAYS,
)

if TYPE_CHECKING:
    from .expressions import Reader

# the day after a relative month: 本月9日, 下月九号
_BARE_DAY: Final = rx.compile(rf"(?P<d>{P.DAY})(?P<ds>{P.DSUF})?")
# what says a sentence tells of the future (`本周二、四、六招聘会将正常举办`)
_WILL: Final = rx.compile(r"将|將|届时|屆時|拟于|擬於|计划|計劃|预计|預計")
# (or said right before it: `勞工處將於本周二及周三…舉行就業博覽` on a Sunday)
_WILL_BEFORE: Final = rx.compile(r"(?:将|將|拟|擬)(?:于|於|在)?$")


def _sentence_end(text: str, at: int) -> int:
    m = _SENTENCE_END.search(text, at)
    return m.start() if m is not None else len(text)


def _day_from(
    r: Reader, tok: Token, j: int, day: dt.date, flag: str, pod: str | None
) -> tuple[Piece, int]:
    """Return the piece for ``day`` (a relative word or anaphora) and the next token index;
    a part of day (今晚, 当晚) reads the clock that follows it in that part of the day."""
    piece = Piece(tok.start, tok.end, day, day, DAY, {flag})
    if pod:
        j = clocks.clock_of_part(r, piece, j, pod)  # 今晚8点: 20:00
    return piece, j


def relative(r: Reader, i: int, base: dt.date | None = None) -> tuple[Piece | None, int]:
    tok = r.toks[i]
    m = tok.match
    ref = r.ctx.ref
    j = i + 1
    if m["rs"]:
        # 今明两天, 今明两年: today and tomorrow, this year and next; 明后两天: the two days after
        if m["rs"].endswith("年"):
            years = (dt.date(ref.year, 1, 1), dt.date(ref.year + 1, 12, 31))
            return Piece(tok.start, tok.end, *years, YEAR, {"relative", "range"}), j
        first = ref + dt.timedelta(days=1) if m["rs"].startswith("明") else ref
        last = first + dt.timedelta(days=1)
        return Piece(tok.start, tok.end, first, last, DAY, {"relative", "range"}), j
    if m["rd"]:
        offset, pod, _ = RELATIVE_DAYS[m["rd"]]
        piece, j = _day_from(r, tok, j, ref + dt.timedelta(days=offset), "relative", pod)
        if m["rd"].endswith("起"):
            piece.flags.add("from")  # 昨起 = 昨日起
        elif m["rd"][1:] in SHORTHAND_VERBS and piece.end == tok.end:
            piece.end = tok.start + 1  # `昨开幕`: the day's character; what happens is text
        return piece, j
    if m["ana"]:
        offset, pod, _ = ANAPHORA[m["ana"]]
        day = (r.ctx.last or ref) + dt.timedelta(days=offset)
        return _day_from(r, tok, j, day, "anaphora", pod)
    if m["rw"]:
        offset, _ = RELATIVE_WEEKS[m["rw"]]
        wd = m["wd"]
        # a Sunday paper's weeks start the next day when it tells what will happen: its
        # `本周二…将…` is the coming Tuesday and its `下周日` the Sunday after next
        # (`本周六(2月21日)至下周日(3月1日),公园将举办灯会` on 15 February); its
        # `这个周六…场场客满` is the day before
        sunday_paper = (
            ref.weekday() == 6
            and wd != "末"
            and (
                _WILL.search(r.text, tok.end, _sentence_end(r.text, tok.end)) is not None
                or _WILL_BEFORE.search(r.text, max(0, tok.start - 3), tok.start) is not None
            )
        )
        monday = _monday(ref + dt.timedelta(days=sunday_paper)) + dt.timedelta(weeks=offset)
        if wd is None:
            return Piece(
                tok.start,
                tok.end,
                monday,
                monday + dt.timedelta(days=6),
                DAY,
                {"relative", "week"},
            ), j
        if wd == "末" or len(wd) > 1:  # 下周末, 下周六日
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
        nxt_i = r._token_at(j, tok.end + (1 if r.text[tok.end : tok.end + 1] in ",，" else 0))
        if nxt_i is not None and r.toks[nxt_i].kind in ("date", "numeric"):
            inner, k = r.point(nxt_i)
            if inner is not None and inner.first == inner.last:
                inner.start = tok.start
                inner.flags.add("weekday")
                return inner, k
        return Piece(tok.start, tok.end, day, day, DAY, flags), j
    if m["ry"]:
        offset, _ = RELATIVE_YEARS[m["ry"]]
        y = ref.year + offset
        if j < len(r.toks) and r.toks[j].start == tok.end:
            nxt = r.toks[j]
            if nxt.kind == "date" and not nxt.match["y"]:
                read, k = dates.read_fields(r, nxt, y, nxt.match, None, j, flags={"relative"})
                if read is not None:
                    read.start = tok.start
                return read, k
            if nxt.kind == "fest":
                return named_days.festival(r, nxt, y, j, start=tok.start, said_this_year=True)
            if nxt.kind == "rel" and nxt.match["rm"]:
                moved, k = relative(r, j)
                if moved is not None:
                    shift = y - r.ctx.ref.year
                    moved.first = _same_day_in_year(moved.first, moved.first.year + shift)
                    moved.last = _same_day_in_year(moved.last, moved.last.year + shift)
                    moved.start = tok.start
                return moved, k
            if nxt.kind == "mrange" and not nxt.match["y"]:
                months = periods.month_range(r, nxt)
                if months is not None:
                    shift = y - months.first.year
                    months.first = months.first.replace(year=months.first.year + shift)
                    months.last = months.last.replace(year=months.last.year + shift)
                    months.start = tok.start
                return months, j + 1
        quarter = P.QUARTER.match(r.text, tok.end)
        if quarter is not None and (quarter["q"] or quarter["qq"] or quarter["qx"]):
            q = to_int(quarter["q"] or quarter["qq"] or quarter["qx"]) or 1
            return periods.quarter_piece(
                r, tok.start, quarter.end(), y, q, quarter["p"], {"relative", "quarter"}
            ), r._skip(j, quarter.end())
        part = periods.year_part(r.text, tok.end, y)
        if part is not None:
            first, last, part_end = part
            return Piece(tok.start, part_end, first, last, DAY, {"relative", "part"}), r._skip(
                j, part_end
            )
        nth = P.NTH_WEEK.match(r.text, tok.end)
        if nth and nth["k"] and not nth["wd"]:
            week1 = nth_weekday(y, 1, 1, 0)
            if week1 is not None:
                first = week1 + dt.timedelta(weeks=(to_int(nth["k"]) or 1) - 1)
                return Piece(
                    tok.start,
                    nth.end(),
                    first,
                    first + dt.timedelta(days=6),
                    DAY,
                    {"relative", "week"},
                ), r._skip(j, nth.end())
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
        anchor = r.ctx.last if m["rm"] in ("当月", "同月") and r.ctx.last else ref
        y, mo = _add_months(anchor.year, anchor.month, offset)
        if j < len(r.toks) and r.toks[j].start == tok.end and r.toks[j].kind == "day":
            nxt = r.toks[j]
            inner = dates.day_only(r, nxt, dt.date(y, mo, 1))
            if inner is None:
                return None, j + 1
            inner.start = tok.start
            inner.flags.add("relative")
            return inner, j + 1
        # 本月9日 is a day token without 日 ... 下月九号 / 本月初 / 本月第2周
        bare = _BARE_DAY.match(r.text, tok.end)
        if bare and (bare["ds"] or r.text[bare.end() : bare.end() + 1] not in _NOT_AFTER_BARE_DAY):
            d = lunar_day(bare["d"])
            named = make_date(y, mo, d) if d else None
            if named is not None and bare["ds"]:
                return Piece(tok.start, bare.end(), named, named, DAY, {"relative"}), r._skip(
                    j, bare.end()
                )
        span = _month_span(y, mo)
        if span is None:
            return None, j
        # (`月底`: the month's part is read after its `月`, as after `本月`)
        end = tok.start + 1 if m["rm"] in MONTH_END_ALONE else tok.end
        piece = Piece(tok.start, end, span[0], span[1], MONTH, {"relative"})
        return dates.apply_month_part(r, piece, j, y, mo)
    return None, j
