"""Pure extraction: text and a reference date in, immutable events out. No I/O, no clock."""

from .model import Article, Event, Kind, Moment, Page, Precision, TimeMention, moment_iso
from .page import extract_page
from .reader import UnreadableInput, decode_text, normalize_text

__all__ = [
    "Article",
    "Event",
    "Kind",
    "Moment",
    "Page",
    "Precision",
    "TimeMention",
    "UnreadableInput",
    "decode_text",
    "extract_page",
    "moment_iso",
    "normalize_text",
]
