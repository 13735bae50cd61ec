"""Test fixtures made by the tests themselves: newspaper pages rendered to PDF, HTML pages."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"  # reportlab's built-in CJK (Adobe-GB1) font, extractable as Unicode
pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _wrap(line: str, width: float, size: float) -> list[str]:
    out, current = [], ""
    for ch in line:
        if current and pdfmetrics.stringWidth(current + ch, FONT, size) > width:
            out.append(current)
            current = ""
        current += ch
    if current:
        out.append(current)
    return out


def columns_pdf(header: str, body: str, *, columns: int = 2, size: float = 9.0) -> bytes:
    """Return a PDF page set like a newspaper: ``header`` across the top, then ``body``
    (one paragraph a line) flowed column by column, onto more pages when needed."""
    page_w, page_h = A4
    margin, gutter, leading = 40.0, 24.0, size * 1.4
    col_w = (page_w - 2 * margin - (columns - 1) * gutter) / columns
    # STSong-Light's UCS-2 encoding has no U+00B7 (“4·23”); its katakana middle dot is the
    # same glyph and reads back as U+00B7.
    body = body.replace("\u00b7", "\u30fb")
    lines = [
        w for para in body.split("\n") if para.strip() for w in _wrap(para.strip(), col_w, size)
    ]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    top = page_h - margin - 2 * leading
    per_column = int((top - margin) / leading)
    while True:
        c.setFont(FONT, size)
        c.drawString(margin, page_h - margin, header)
        for col in range(columns):
            x = margin + col * (col_w + gutter)
            for i in range(per_column):
                if not lines:
                    break
                c.drawString(x, top - i * leading, lines.pop(0))
        c.showPage()
        if not lines:
            break
    c.save()
    return buf.getvalue()
