"""Chinese time expressions: ``find_times(text, ref)`` returns the time mentions of a text.

Pure: no I/O, no clock, no environment. The reference date comes in as an argument.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from ..model import Precision, TimeMention
from .grammar import MINUTE, Piece, read_pieces
from .latin import find_latin

__all__ = ["find_times"]

_log = logging.getLogger(__name__)

# full-width ASCII and the ideographic space fold to ASCII, one character for one
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20
_NONSPACE = re.compile(r"\S+")
_PRECISION = {
    "year": Precision.YEAR,
    "month": Precision.MONTH,
    "day": Precision.DAY,
    "minute": Precision.MINUTE,
}
_LATIN_HINT = re.compile(r"[A-Za-z]{3}")


def compact(text: str) -> tuple[str, list[int]]:
    """Return text without whitespace (one space kept between two digits, full-width folded) and,
    for each of its characters, the offset in text; the list has one more entry: len(text)."""
    folded = text.translate(_FOLD)
    parts: list[str] = []
    index: list[int] = []
    prev_end = -1
    for m in _NONSPACE.finditer(folded):
        s, e = m.span()
        if parts and s > prev_end and folded[prev_end - 1].isdigit() and folded[s].isdigit():
            parts.append(" ")
            index.append(prev_end)
        parts.append(m.group())
        index.extend(range(s, e))
        prev_end = e
    index.append(len(text))
    return "".join(parts), index


def _moment(day: dt.date, time: tuple[int, int] | None) -> dt.date | dt.datetime:
    if time is None:
        return day
    return dt.datetime(day.year, day.month, day.day, min(time[0], 23), time[1])


def _mention(text: str, index: list[int], piece: Piece) -> TimeMention | None:
    start_at = index[piece.start]
    end_at = index[piece.end - 1] + 1 if piece.end > piece.start else start_at
    if piece.precision == MINUTE and piece.t0 is not None:
        start = _moment(piece.first, piece.t0)
        end = _moment(piece.last, piece.t1 or (piece.t0 if piece.first == piece.last else None))
        if isinstance(end, dt.date) and not isinstance(end, dt.datetime):
            end = dt.datetime(end.year, end.month, end.day, 23, 59)
        precision = Precision.MINUTE
    else:
        start, end = piece.first, piece.last
        precision = _PRECISION.get(piece.precision, Precision.DAY)
    if end < start:
        return None
    return TimeMention(
        text[start_at:end_at], (start_at, end_at), start, end, precision, frozenset(piece.flags)
    )


def find_times(text: str, ref: dt.date, *, now: dt.datetime | None = None) -> list[TimeMention]:
    """Return the time mentions of text in text order; an empty list when there are none.

    ``ref`` is the reference date (dateline or publication date) for relative and year-less
    expressions; ``now`` (naive, default midnight of ref) anchors hour-level relatives (三小时后).
    Spans are offsets into ``text``; ``end`` is inclusive. Never raises on any string.
    """
    if isinstance(ref, dt.datetime):
        ref = ref.date()
    if now is None:
        now = dt.datetime(ref.year, ref.month, ref.day)
    try:
        compacted, index = compact(text)
        mentions = []
        for piece in read_pieces(compacted, ref, now):
            mention = _mention(text, index, piece)
            if mention is not None:
                mentions.append(mention)
        if _LATIN_HINT.search(text):
            taken = [m.span for m in mentions]
            for s, e, day, _ in find_latin(text, ref):
                if not any(a < e and s < b for a, b in taken):
                    mentions.append(
                        TimeMention(
                            text[s:e], (s, e), day, day, Precision.DAY, frozenset({"latin"})
                        )
                    )
            mentions.sort(key=lambda m: m.span)
        return mentions
    except Exception:
        # a bug of ours must not take the page down: the mentions are lost, not the article
        _log.exception("find_times failed on %r", text[:200])
        return []
