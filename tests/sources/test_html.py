"""HTML articles: main text, title and publication date from metadata; clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.ingest import DocumentError, extract_document, read_source
from sources import SourceError, read_bytes, sniff

from .pages import TITLE, article_html

TZ = dt.timezone(dt.timedelta(hours=8))


@pytest.mark.parametrize(
    "head_meta, byline",
    [
        ('<meta property="article:published_time" content="2023-04-14T08:30:00+08:00">', ""),
        ('<meta name="publishdate" content="2023-04-14">', ""),
        ('<meta name="PubDate" content="2023-04-14 08:30">', ""),
        ("", "发布时间：2023-04-14 08:30　来源：丰台报"),
        ("", "发布日期：2023年04月14日"),
    ],
    ids=["og-article", "publishdate", "PubDate", "发布时间-line", "发布日期-chinese"],
)
def test_publication_date_from_metadata(tmp_path: Path, head_meta, byline):
    page = tmp_path / "story.html"
    page.write_text(article_html(head_meta=head_meta, byline=byline), encoding="utf-8")
    extracted = extract_document(page, None, TZ)
    assert extracted.kind == "html"
    assert extracted.published_from == "metadata"
    assert extracted.page.published == dt.date(2023, 4, 14)
    assert extracted.page.title == TITLE
    days = {(e.start.isoformat(), e.end.isoformat()) for e in extracted.page.events}
    assert ("2023-04-14", "2023-04-24") in days
    assert ("2023-04-23", "2023-04-23") in days


def test_boilerplate_is_dropped():
    doc = read_bytes(article_html().encode("utf-8"), "a.html")
    assert "北京书市" in doc.text
    assert "版权所有" not in doc.text and "联系我们" not in doc.text


def test_metadata_beats_a_later_date_in_the_text(tmp_path: Path):
    html = article_html(head_meta='<meta name="publishdate" content="2023-04-12">')
    doc = read_bytes(html.encode("utf-8"), "x.html")
    assert doc.published == dt.date(2023, 4, 12)


def test_gbk_page_is_read():
    html = article_html(head_meta='<meta name="publishdate" content="2023-04-14">')
    html = html.replace('<meta charset="utf-8">', '<meta charset="gbk">')
    doc = read_bytes(html.encode("gb18030"), "gbk.htm")
    assert "泰舍书局" in doc.text


def test_truncated_html_is_a_one_line_error(tmp_path: Path):
    page = tmp_path / "cut.html"
    page.write_bytes(article_html().encode("utf-8")[:700])
    with pytest.raises(DocumentError) as err:
        read_source(page)
    assert str(err.value) == f"{page}: truncated HTML: the page ends before its closing </html> tag"


def test_html_without_text_is_an_error():
    with pytest.raises(SourceError, match="no article text"):
        read_bytes(b"<html><head><title>x</title></head><body></body></html>", "e.html")


@pytest.mark.parametrize(
    "data, name, kind",
    [
        (b"%PDF-1.7\n...", "whatever.txt", "pdf"),
        (b"<!DOCTYPE html><html>", "page.txt", "html"),
        ("\ufeff<html><body>".encode(), "page", "html"),
        ("4月14日开幕".encode(), "page.htm", "html"),
        ("4月14日开幕".encode(), "page.txt", "text"),
        ("4月14日开幕".encode(), "page", "text"),
    ],
)
def test_sniff(data, name, kind):
    assert sniff(data, name) == kind


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_page_without_declared_charset(encoding):
    html = "<html><body><article><p>4月20日，丰台区图书馆举办春季读书会，欢迎市民参加。</p>"
    html += "</article></body></html>"
    doc = read_bytes(html.encode(encoding), "x.html")
    assert "图书馆" in doc.text
