"""PDF pages: columns read in order, the same events as the text file, clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.ingest import DocumentError, extract_document, read_source
from sources import SourceError, read_bytes
from sources.pdf import pdf_text

from ..conftest import SAMPLE
from .render import columns_pdf

TZ = dt.timezone(dt.timedelta(hours=8))


def _sample_pdf(columns: int = 2) -> bytes:
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    header = next(line for line in lines if line.strip())
    body = "\n".join(lines[lines.index(header) + 1 :])
    return columns_pdf(header, body, columns=columns)


def _days(events) -> set[tuple[str, str]]:
    def iso(m):
        return m.isoformat()[:10]

    return {(iso(e.start), iso(e.end)) for e in events}


@pytest.mark.parametrize("columns", [2, 3])
def test_sample_page_as_columns_pdf_gives_the_events_of_the_text(tmp_path: Path, columns):
    pdf = tmp_path / "fengtai-02.pdf"
    pdf.write_bytes(_sample_pdf(columns))
    from_pdf = extract_document(pdf, None, TZ)
    from_text = extract_document(SAMPLE, None, TZ)
    assert from_pdf.kind == "pdf"
    assert from_pdf.page.published == dt.date(2023, 4, 14)
    assert from_pdf.published_from == "text"
    assert _days(from_pdf.page.events) == _days(from_text.page.events)
    titles_pdf = {e.title for e in from_pdf.page.events}
    titles_text = {e.title for e in from_text.page.events}
    assert len(titles_pdf & titles_text) >= len(titles_text) - 1


def test_columns_are_read_one_after_the_other():
    body = "\n".join(f"第{i}段左栏到右栏的文字排列测试，共计二十几个汉字。" for i in range(1, 120))
    text = pdf_text(columns_pdf("01 2023 年 4 月 14 日 星期五 要闻", body))
    lines = [line for line in text.split("\n") if line.strip()]
    assert lines[0].startswith("01 2023 年 4 月 14 日")
    order = [int(line[1 : line.index("段")]) for line in lines if line.startswith("第")]
    assert order == sorted(order)
    assert order[0] == 1 and order[-1] == 119


def test_bad_pdf_is_a_one_line_error(tmp_path: Path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(_sample_pdf()[:300])
    with pytest.raises(DocumentError) as err:
        read_source(broken)
    message = str(err.value)
    assert message.startswith(f"{broken}: ")
    assert "\n" not in message and "PDF" in message


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"%PDF-1.4\n%garbage that is not a PDF at all\n", "PDF"),
        (b"not a pdf", "not a PDF"),
    ],
    ids=["garbage-after-header", "no-header"],
)
def test_not_a_pdf(data, reason):
    with pytest.raises(SourceError, match=reason):
        read_bytes(data, "page.pdf", kind="pdf")


def test_pdf_without_text_layer():
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(100, 100, 200, 200, fill=1)
    c.save()
    with pytest.raises(SourceError, match="no text layer"):
        read_bytes(buf.getvalue(), "scan.pdf")
