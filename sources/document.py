"""Bytes of any supported format to a Document, chosen by content first, then by name."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from extractors import UnreadableInput, decode_text

from .errors import SourceError

_HTML_MARKS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<meta ")


@dataclass(frozen=True, slots=True)
class Document:
    """The text of one article or page, and what its format told us about it."""

    text: str
    kind: str  # "text", "pdf" or "html"
    title: str | None = None
    published: dt.date | None = None  # from metadata (HTML); None when not stated


def sniff(data: bytes, name: str = "") -> str:
    """Return "pdf", "html" or "text": the format of ``data`` (content wins over the name)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%pdf-"):
        return "pdf"
    if any(mark in head for mark in _HTML_MARKS):
        return "html"
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if suffix == "pdf":
        return "pdf"
    if suffix in ("html", "htm", "xhtml", "shtml"):
        return "html"
    return "text"


def read_bytes(data: bytes, name: str = "", *, kind: str | None = None) -> Document:
    """Return the Document in ``data``; ``name`` (file name or URL) helps tell the format.

    Raises SourceError with a one-line reason for bad PDFs, truncated HTML, binary data or
    empty files.
    """
    kind = kind or sniff(data, name)
    if kind == "pdf":
        from .pdf import pdf_text

        return Document(text=pdf_text(data), kind="pdf")
    if kind == "html":
        from .html import html_document

        return html_document(data)
    try:
        return Document(text=decode_text(data), kind="text")
    except UnreadableInput as exc:
        raise SourceError(str(exc)) from None
