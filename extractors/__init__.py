"""Pure extraction: text and a reference date in, immutable events out. No I/O, no clock."""

from . import _build

# Before any other submodule: compiled modules (mypyc build) or the .py sources; see _build.
BUILD = _build.choose(__name__)

from .model import Article, Event, Kind, Moment, Page, Precision, TimeMention, moment_iso  # noqa: E402
from .page import extract_page  # noqa: E402
from .reader import UnreadableInput, decode_text, normalize_text  # noqa: E402

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
