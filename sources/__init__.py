"""Readers of the formats newspapers arrive in: PDF pages, HTML articles, feeds, folders.

Each reader turns bytes into a :class:`Document` (text in reading order plus what the
format says about itself); the extractor then reads the text like any other.
"""

from .document import Document, read_bytes, sniff
from .errors import SourceError

__all__ = ["Document", "SourceError", "read_bytes", "sniff"]
