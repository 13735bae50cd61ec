"""PDF pages: columns read in order, the same events as the text file, clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.ingest import DocumentError, extract_document, read_source
from sources import SourceError, read_bytes
from sources.pdf import pdf_text

from ..conftest import SAMPLE
from .render import columns_pdf, stacked_pdf

TZ = dt.timezone(dt.timedelta(hours=8))


def _sample_pdf(columns: int = 2) -> bytes:
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    header = next(line for line in lines if line.strip())
    return columns_pdf(
        header, "\n".join(_paragraphs(lines[lines.index(header) + 1 :])), columns=columns
    )


def _paragraphs(lines: list[str]) -> list[str]:
    """Undo the sample's hard wraps (it is text taken from a PDF of other column widths), so
    the new PDF wraps its paragraphs at its own column width as a typesetter would."""
    out: list[str] = []
    last = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out and len(last) >= 28 and not last.endswith(("。", "！", "？", "：")):
            out[-1] += line
        else:
            out.append(line)
        last = line
    return out


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


def test_articles_in_different_column_counts_are_read_one_after_the_other():
    first = [f"甲文第{i}句，这是第一篇文章分三栏排版的正文内容。" for i in range(1, 25)]
    second = [f"乙文第{i}句，这是第二篇文章分两栏排版的正文内容。" for i in range(1, 25)]
    pdf = stacked_pdf(
        "03 2023 年 4 月 14 日 星期五 社区",
        [("甲文标题：三栏文章", first, 3), ("乙文标题：两栏文章", second, 2)],
    )
    lines = [line for line in pdf_text(pdf).split("\n") if line.strip()]
    text = "".join(lines)
    assert lines[0].startswith("03 2023 年 4 月 14 日")
    order = [text.index(s) for s in ["甲文标题", *first, "乙文标题", *second]]
    assert order == sorted(order)
