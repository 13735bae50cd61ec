"""PDF pages to text in reading order, column by column (pdfplumber over pdfminer.six).

Newspaper pages set text in columns. Reading a page line by line across the whole width
interleaves the columns, so this reader first finds the gutters (vertical strips that no
line of body text crosses), then reads each column top to bottom. Lines that cross a gutter
(the page header, a headline over several columns) break the page into bands read in order.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from statistics import median
from typing import Any

from .errors import SourceError

log = logging.getLogger(__name__)

# A gap wider than this many character sizes splits a printed line into two segments.
SEGMENT_GAP = 1.5
# An x position is in a gutter when at most this share of lines cross it.
GUTTER_SHARE = 0.04
# A gutter is at least this many character sizes wide.
GUTTER_WIDTH = 0.8


@dataclass(frozen=True, slots=True)
class _Segment:
    top: float
    x0: float
    x1: float
    size: float
    text: str


def pdf_text(data: bytes) -> str:
    """Return the text of every page in reading order, pages separated by a blank line.

    Raises SourceError (one line) for data that is not a readable PDF or has no text layer.
    """
    if not data.lstrip().startswith(b"%PDF-"):
        raise SourceError("not a PDF file (no %PDF- header)")
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    pages: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                pages.append(page_text(page.chars))
    except (PDFSyntaxError, PSException) as exc:
        raise SourceError(f"damaged PDF ({exc.__class__.__name__}: {exc})") from None
    except Exception as exc:  # pdfminer raises many kinds on broken files
        if exc.__class__.__module__.startswith(("pdfminer", "pdfplumber", "pypdfium2")):
            raise SourceError(f"damaged PDF ({exc.__class__.__name__}: {exc})") from None
        raise
    text = "\n\n".join(p for p in pages if p.strip())
    if not text.strip():
        raise SourceError("the PDF has no text layer (a scanned image? OCR it first)")
    return text


def page_text(chars: list[dict[str, Any]]) -> str:
    """Return one page's characters (pdfplumber ``page.chars``) as text in reading order."""
    segments = [
        s
        for s in _segments([c for c in chars if c.get("upright", True) and c["text"]])
        if s.text.strip()
    ]
    if not segments:
        return ""
    size = median(s.size for s in segments)
    gutters = _gutters(segments, size)
    lines: list[str] = []
    band: list[_Segment] = []

    def flush() -> None:
        for column in sorted({_column(s, gutters) for s in band}):
            lines.extend(s.text for s in band if _column(s, gutters) == column)
        band.clear()

    for seg in sorted(segments, key=lambda s: (round(s.top, 1), s.x0)):
        if _crosses(seg, gutters):
            flush()
            lines.append(seg.text)
        else:
            band.append(seg)
    flush()
    return "\n".join(lines)


def _segments(chars: list[dict[str, Any]]) -> list[_Segment]:
    """Group characters into printed lines, then split lines at wide gaps."""
    rows: list[list[dict[str, Any]]] = []
    for ch in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if rows and abs(rows[-1][0]["top"] - ch["top"]) <= 0.3 * max(ch["size"], 1.0):
            rows[-1].append(ch)
        else:
            rows.append([ch])
    out: list[_Segment] = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        current = [row[0]]
        for prev, ch in zip(row, row[1:], strict=False):
            gap = ch["x0"] - prev["x1"]
            if gap > SEGMENT_GAP * max(prev["size"], 1.0):
                out.append(_segment(current))
                current = [ch]
            else:
                current.append(ch)
        out.append(_segment(current))
    return out


def _segment(chars: list[dict[str, Any]]) -> _Segment:
    parts = [chars[0]["text"]]
    for prev, ch in zip(chars, chars[1:], strict=False):
        # A visible gap is a space (Latin words, "02 2023 年"); normalize_text drops those
        # between Chinese characters.
        if ch["x0"] - prev["x1"] > 0.2 * max(prev["size"], 1.0):
            parts.append(" ")
        parts.append(ch["text"])
    text = " ".join("".join(parts).split())
    chars = [c for c in chars if c["text"].strip()] or chars
    return _Segment(
        top=min(c["top"] for c in chars),
        x0=min(c["x0"] for c in chars),
        x1=max(c["x1"] for c in chars),
        size=median(c["size"] for c in chars),
        text=text,
    )


def _gutters(segments: list[_Segment], size: float) -> list[tuple[float, float]]:
    """Return the x intervals that (almost) no segment covers, between the text margins."""
    left = min(s.x0 for s in segments)
    right = max(s.x1 for s in segments)
    step = max(size / 4, 0.5)
    bins = int((right - left) / step) + 1
    cover = [0] * bins
    for seg in segments:
        for i in range(int((seg.x0 - left) / step), min(bins, int((seg.x1 - left) / step) + 1)):
            cover[i] += 1
    limit = GUTTER_SHARE * len(segments)
    gutters: list[tuple[float, float]] = []
    start: int | None = None
    for i, count in enumerate([*cover, len(segments) + 1]):
        if count <= limit and start is None:
            start = i
        elif count > limit and start is not None:
            lo, hi = left + start * step, left + i * step
            if (hi - lo) >= GUTTER_WIDTH * size and start > 0 and i < bins:
                gutters.append((lo, hi))
            start = None
    return gutters


def _column(seg: _Segment, gutters: list[tuple[float, float]]) -> int:
    centre = (seg.x0 + seg.x1) / 2
    return sum(1 for lo, _hi in gutters if centre > lo)


def _crosses(seg: _Segment, gutters: list[tuple[float, float]]) -> bool:
    return any(seg.x0 < lo and seg.x1 > hi for lo, hi in gutters)
