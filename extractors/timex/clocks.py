"""Clock times and parts of day: 上午9时至11时30分, 晚上8点, 14:00-17:00."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from .. import rx
from .grammar import (
    MINUTE,
    Piece,
    _clock,
    _shift,
)
from .tables import (
    PART_OF_DAY,
)

if TYPE_CHECKING:
    from .expressions import Reader


def times(
    r: Reader, i: int
) -> tuple[tuple[tuple[int, int] | None, tuple[int, int] | None, str | None, int] | None, int]:
    """Read [part of day] [clock [- clock]] from token i: ((t0, t1, part, end), next index)."""
    tok = r.toks[i]
    pod: str | None = None
    end = tok.end
    j = i
    if tok.kind == "part":
        word = tok.match.group()
        pod = word if word in PART_OF_DAY else None
        j = i + 1
        if not (
            j < len(r.toks) and _labels(r, tok.end, r.toks[j].start) and r.toks[j].kind == "clock"
        ):
            return (None, None, pod, end), j
        tok = r.toks[j]
    if tok.kind != "clock":
        return None, i + 1
    m = tok.match
    t0 = _clock(m, "", pod)
    if t0 is None:
        return (None, None, pod, end) if pod else None, j + 1 if not pod else j
    t1 = None
    if m["c"]:
        # 晚20时至次日6时: the next day's hour is not read in the evening
        pod2 = m["pod2"] or (None if m["nd"] else pod)
        t1 = _clock(m, "2", pod2)
        if pod2 and pod2 == pod and t1 is not None and t1 < t0:
            # 夜间22:00-6:00: an hour read back past midnight is the next morning's, as stated
            t1 = _clock(m, "2", None) or t1
        if m["hb"] and pod is None and m["pod2"]:
            t0 = _shift(t0[0], t0[1], pod2)
    elif m["hb"]:
        return (None, None, pod, end) if pod else None, j + 1
    if m["ap0"]:
        t0 = _half(t0, m["ap0"])
    if m["ap"] and t1 is not None:
        t1 = _half(t1, m["ap"])
        if not m["ap0"] and _half(t0, m["ap"]) <= t1:
            t0 = _half(t0, m["ap"])  # `7:30-9:30PM`: both in the evening
    elif m["ap"]:
        t0 = _half(t0, m["ap"])
    elif pod is None and t1 is None and 1 <= t0[0] <= 6 and _CLOSES.match(r.text, tok.end):
        t0 = (t0[0] + 12, t0[1])  # `香港中央圖書館5時休館`: a hall closes in the afternoon
    return (t0, t1, pod, tok.end), j + 1


def _half(t: tuple[int, int], said: str) -> tuple[int, int]:
    """Return hour ``t`` in the half of the day a Latin `AM`/`PM` says (12 AM is midnight)."""
    h, mi = t
    if said.strip().lower().startswith("p"):
        return (h + 12 if h < 12 else h), mi
    return (0 if h == 12 else h), mi


# what a hall or a service does at the hour before it (`5時休館`, `6点关门`)
_CLOSES: Final = rx.compile(
    r"\s*(?:休館|休馆|閉館|闭馆|關閉|关闭|關門|关门|停止服務|停止服务|收市|打烊)"
)


def clock_of_part(r: Reader, piece: Piece, j: int, pod: str) -> int:
    """Mark ``piece`` as a part of day and give it the clock time (and range end) of the
    token right after it, read in that part of day; return the next token index."""
    piece.flags.add("part_of_day")
    if j < len(r.toks) and _labels(r, piece.end, r.toks[j].start) and r.toks[j].kind == "clock":
        match = r.toks[j].match
        t = _clock(match, "", pod)
        if t is not None:
            # (the end in its own part of day: `今晚10点至凌晨4点`, `…至下半夜4点`)
            t1 = _clock(match, "2", match["pod2"] or pod) if match["c"] else None
            if t1 is not None and t1 < t:
                piece.last += dt.timedelta(days=1)  # (past midnight: the next morning)
            piece.t0, piece.t1, piece.precision = t, t1, MINUTE
            piece.end = r.toks[j].end
            j += 1
    return j


def _labels(r: Reader, end: int, start: int) -> bool:
    """True when a part of day ending at ``end`` is right before the clock at ``start``, or
    labels it (`上午:07:30-12:30`), or says it is about then (`上午约七时起`)."""
    return start == end or start - end <= 2 and r.text[end:start].strip() in _BETWEEN


# (`:` labels the hours; `约`, `大约`: about then; `的`: `每天下午的2:30`; `于`: `每晚于7点`)
_BETWEEN: Final = (":", "：", "约", "約", "大约", "大約", "的", "于", "於")
