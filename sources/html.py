"""HTML articles: main text without boilerplate (trafilatura), title and publication date.

The publication date is read, in this order, from the page's own metadata
(``article:published_time``, ``<meta name="publishdate">``, ``PubDate``, ``datePublished``,
``<time datetime>``), from a ``发布时间：…`` line (published at: …) in the page, and last
from trafilatura's own date guess.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import re

from .document import Document
from .errors import SourceError

log = logging.getLogger(__name__)

# <meta> names and properties that carry the publication date, most specific first.
_META_DATE = (
    "article:published_time",
    "og:published_time",
    "publishdate",
    "publish_date",
    "pubdate",
    "publishtime",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "date",
    "datepublished",
)
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
# 发布时间 / 发布日期 / 发表时间 …: labels of the publication date on Chinese portals.
_LABELLED = re.compile(
    r"(?:发布|发表|刊发|出版|更新)(?:时间|日期)\s*[:：]?\s*"
    r"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})"
)


def html_document(data: bytes) -> Document:
    """Return the main text, title and publication date of an HTML page.

    Raises SourceError for a truncated page (it ends before ``</html>``) or one with no
    article text.
    """
    import lxml.html
    import trafilatura

    lowered = data.lower()
    if b"<html" in lowered and b"</html" not in lowered:
        raise SourceError("truncated HTML: the page ends before its closing </html> tag")
    try:
        parser = lxml.html.HTMLParser(encoding=html_encoding(data))
        tree = lxml.html.document_fromstring(data, parser=parser)
    except Exception as exc:  # lxml: ParserError, XMLSyntaxError on empty or garbage input
        raise SourceError(f"unreadable HTML ({exc})") from None
    meta_date = _meta_date(tree)
    labelled = _labelled_date(tree.text_content())
    doc, text = None, ""
    # Precision first: on short articles the default keeps navigation bars; recall as a
    # fallback for pages where precision finds nothing.
    for precision in (True, False):
        try:
            doc = trafilatura.bare_extraction(
                copy.deepcopy(tree),
                with_metadata=True,
                include_comments=False,
                favor_precision=precision,
                favor_recall=not precision,
            )
        except ValueError as exc:
            raise SourceError(f"unreadable HTML ({exc})") from None
        text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
        if text:
            break
    if not text:
        raise SourceError("no article text found in the HTML page")
    title = (getattr(doc, "title", None) or _title(tree) or "").strip() or None
    published = meta_date or labelled or _iso_date(getattr(doc, "date", None))
    body = text if title is None or text.startswith(title) else f"{title}\n\n{text}"
    return Document(text=body, kind="html", title=title, published=published)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)""", re.I)
# Declared Chinese encodings are read as their superset, so rare characters survive.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}


def html_encoding(data: bytes) -> str:
    """Return the encoding of an HTML page: its BOM, its <meta charset>, else UTF-8 when
    the bytes are valid UTF-8, else GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    m = _CHARSET.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii").lower()
        try:
            import codecs

            codecs.lookup(name)
        except LookupError:
            pass
        else:
            return _SUPERSETS.get(name, name)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def _meta_date(tree: object) -> dt.date | None:
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):  # type: ignore[attr-defined]
        key = (
            (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        )
        content = (meta.get("content") or "").strip()
        if key in _META_DATE and content and key not in found:
            found[key] = content
    for key in _META_DATE:
        if key in found and (day := _iso_date(found[key])) is not None:
            return day
    for node in tree.iter("time"):  # type: ignore[attr-defined]
        if node.get("itemprop", "").lower() == "datepublished" or node.get("pubdate") is not None:
            if (day := _iso_date(node.get("datetime"))) is not None:
                return day
    return None


def _labelled_date(text: str) -> dt.date | None:
    m = _LABELLED.search(text)
    return _iso_date(m.group(1)) if m else None


def _iso_date(value: str | None) -> dt.date | None:
    """Return the calendar date written in ``value`` (as written, not moved across zones)."""
    if not value:
        return None
    m = _DATE.search(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _title(tree: object) -> str | None:
    found = tree.find(".//title")  # type: ignore[attr-defined]
    return found.text_content() if found is not None else None
