"""Chinese time expressions: ``find_times(text, ref)`` returns the time mentions of a text.

Pure: no I/O, no clock, no environment. The reference date comes in as an argument. The flags a
mention may carry are listed, with a gloss each, in :data:`extractors.timex.flags.FLAGS`.

Modules: ``patterns`` (the token regexes), ``grammar`` (tokens → periods), ``tables`` (festivals,
observances, relative words, parts of day, month and year parts, each with an example),
``holidays`` and ``feasts`` (generated date tables), ``calendars`` (lunar, solar terms, Easter),
``numerals``, ``latin`` (the one module that uses dateparser).
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
import unicodedata
from typing import Final

from .. import rx
from ..model import Precision, TimeMention
from .expressions import read_pieces
from .grammar import MINUTE, Piece
from .latin import find_latin

# (a Final alias: compiled, a call reads it from a C static, where `bisect.bisect_right` looks
# the function up in the module at every call)
_BISECT_RIGHT: Final = bisect.bisect_right

__all__ = ["find_times"]

_log = logging.getLogger(__name__)

# full-width ASCII and the ideographic space fold to ASCII, one character for one
_FOLD: Final = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20
# the full-width forms the grammar reads (digits, letters, ：－～．／ and the ideographic space);
# full-width punctuation such as ， and （ is matched as it is
_WIDE: Final = rx.compile("[０-９Ａ-Ｚａ-ｚ：－～．／\u3000]")


def _fold(m: re.Match[str]) -> str:
    return m.group().translate(_FOLD)


_PRECISION: Final = {
    "year": Precision.YEAR,
    "month": Precision.MONTH,
    "day": Precision.DAY,
    "minute": Precision.MINUTE,
}
_LATIN_HINT: Final = rx.compile(
    r"[A-Za-z][A-Za-z]{2}"
)  # (three letters; a class first scans faster)
# the same in the text's ASCII characters squeezed together (`text.encode("ascii", "ignore")`):
# a superset of the texts holding three letters in a row, found in a few hundred bytes instead
# of a regex scan of every character (~8 ns each)
_LATIN_HINT_ASCII: Final = re.compile(rb"[A-Za-z][A-Za-z]{2}")


class OffsetMap:
    """Maps offsets in compacted text back to the original text."""

    def __init__(self, compact_starts: list[int], original_starts: list[int], length: int) -> None:
        self._c = compact_starts
        self._o = original_starts
        self._length = length

    def __call__(self, i: int) -> int:
        if not self._c:
            return min(i, self._length)
        k = _BISECT_RIGHT(self._c, i) - 1
        if k < 0:
            return 0
        return min(self._o[k] + (i - self._c[k]), self._length)


def compact(text: str) -> tuple[str, OffsetMap]:
    """Return text without whitespace (one space kept between two digits, full-width folded) and
    the map from its offsets to offsets in text."""
    # (every _WIDE character has a compatibility form, so NFKC text holds none: the check of
    # Unicode's quick-check table is a few times cheaper than a regex scan of the text)
    wide = not unicodedata.is_normalized("NFKC", text) and _WIDE.search(text) is not None
    folded = _WIDE.sub(_fold, text) if wide else text
    # the runs without whitespace (str.split's whitespace is the regex's \s): a split in C,
    # not a regex scan; each run is found again from where the last one ended
    words = folded.split()
    if not folded or len(words) == 1 and len(words[0]) == len(folded):
        return folded, OffsetMap([], [], len(text))
    parts: list[str] = []
    c_starts: list[int] = [0]
    o_starts: list[int] = [0]
    size = 0
    end = 0
    for word in words:
        s = folded.find(word, end)
        if s > end:  # whitespace [end, s) before the word
            size = _gap(folded, end, s, size, parts, c_starts, o_starts)
        parts.append(word)
        size += len(word)
        end = s + len(word)
    if end < len(folded):
        _gap(folded, end, len(folded), size, parts, c_starts, o_starts)
    return "".join(parts), OffsetMap(c_starts, o_starts, len(text))


def _gap(
    folded: str,
    s: int,
    e: int,
    size: int,
    parts: list[str],
    c_starts: list[int],
    o_starts: list[int],
) -> int:
    """Drop the whitespace [s, e) of folded (one space kept between two digits), noting where
    the text goes on; return the compacted size after it."""
    if 0 < s and e < len(folded) and folded[s - 1].isdigit() and folded[e].isdigit():
        parts.append(" ")
        c_starts.append(size)
        o_starts.append(s)
        size += 1
    c_starts.append(size)
    o_starts.append(e)
    return size


def _moment(day: dt.date, time: tuple[int, int] | None) -> dt.date | dt.datetime:
    if time is None:
        return day
    if time[0] >= 24:  # `今晚12时`: the day's last minute, midnight read on that day
        return dt.datetime(day.year, day.month, day.day, 23, 59)
    return dt.datetime(day.year, day.month, day.day, time[0], time[1])


def _mention(text: str, index: OffsetMap, piece: Piece) -> TimeMention | None:
    start_at = index(piece.start)
    end_at = index(piece.end - 1) + 1 if piece.end > piece.start else start_at
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
    try:
        return find_times_strict(text, ref, now=now)
    except Exception:
        # a bug of ours must not take the page down: the mentions are lost, not the article
        _log.exception("find_times failed on %r", text[:200])
        return []


def find_times_strict(
    text: str, ref: dt.date, *, now: dt.datetime | None = None
) -> list[TimeMention]:
    """Like :func:`find_times`, but a bug of the grammar raises (for tests)."""
    if isinstance(ref, dt.datetime):
        ref = ref.date()
    now_given = now is not None
    if now is None:
        now = dt.datetime(ref.year, ref.month, ref.day)
    compacted, index = compact(text)
    mentions = []
    for piece in read_pieces(compacted, ref, now, now_given):
        mention = _mention(text, index, piece)
        if mention is not None:
            mentions.append(mention)
    if _LATIN_HINT_ASCII.search(text.encode("ascii", "ignore")) and _LATIN_HINT.search(text):
        taken = [m.span for m in mentions]
        for s, e, day, _ in find_latin(text, ref):
            if not any(a < e and s < b for a, b in taken):
                latin = TimeMention(
                    text[s:e], (s, e), day, day, Precision.DAY, frozenset({"latin"})
                )
                mentions.append(latin)
        mentions.sort(key=lambda m: m.span)
    return mentions
