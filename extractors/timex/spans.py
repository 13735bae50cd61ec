"""Offsets, deadlines and windows from the reference: 3天后, 20日内, 近三年, 下三个月."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from .calendars import (
    last_day,
)
from .grammar import (
    DAY,
    MINUTE,
    MONTH,
    YEAR,
    Piece,
    Token,
    _add_months,
    _add_working_days,
    _monday,
    _month_span,
)
from .numerals import to_int

if TYPE_CHECKING:
    from .expressions import Reader

# a length within which (`20日内`), and a length from now on (`未来一个月`, `还剩3天`): a duration
_WITHIN: Final = ("内", "內", "以内", "以內", "之内")
_AHEAD: Final = ("未来", "未來", "今后", "今後", "还剩", "還剩", "还有")


def offset(r: Reader, tok: Token) -> Piece | None:
    m = tok.match
    now = r.ctx.now
    ref = r.ctx.ref
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
    if pre in ("上", "下") and r.text[tok.start - 1 : tok.start] == "一":
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
    # (`之后的一个多月`, like `未来一个月`, the time that follows, not the next calendar month;
    # `之后5分钟` stays five minutes on)
    follows = pre in ("之后", "之後") and (grain not in (MINUTE, DAY) or "的" in m.group())
    if (
        post in ("前", "之前", "以前")
        or post in ("后", "後", "之后", "之後", "以后", "以後")
        or (pre in ("之后", "之後") and not follows)
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
            return Piece(tok.start, tok.end, mon, mon + dt.timedelta(days=6), DAY, flags | {"week"})
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
    if follows or post in _WITHIN or pre in _AHEAD:
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
            _shift_units(r, ref, grain, k, step) - dt.timedelta(days=1)
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
            first = _shift_units(r, ref, grain, -k, step)
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
        return _window(r, tok, grain, -k, flags) if whole else None
    if pre in ("下", "后", "後", "下下"):
        return _window(r, tok, grain, k, flags) if whole else None
    return None


def _shift_units(r: Reader, day: dt.date, grain: str, k: int, step: dt.timedelta) -> dt.date:
    if grain == MONTH:
        y, mo = _add_months(day.year, day.month, k)
        return dt.date(y, mo, min(day.day, last_day(y, mo)))
    if grain == YEAR:
        y = day.year + k
        return (
            dt.date(y, day.month, min(day.day, last_day(y, day.month))) if 1 <= y <= 9999 else day
        )
    return day + (step if k >= 0 else -step)


def _window(r: Reader, tok: Token, grain: str, k: int, flags: set[str]) -> Piece | None:
    """The k whole units before (k < 0) or after the current one: 前两天, 下三个月."""
    ref = r.ctx.ref
    now = r.ctx.now
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
