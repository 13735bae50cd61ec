"""Pure extraction: text and a reference date in, immutable events out. No I/O, no clock.

The names below load their modules on first use, so that importing a light module of the
package (``extractors.rx``, ``extractors.model``) does not compile the whole grammar.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Article, Event, Kind, Moment, Page, Precision, TimeMention, moment_iso
    from .page import extract_page
    from .reader import UnreadableInput, decode_text, normalize_text

_MODULES = {
    "Article": "model",
    "Event": "model",
    "Kind": "model",
    "Moment": "model",
    "Page": "model",
    "Precision": "model",
    "TimeMention": "model",
    "moment_iso": "model",
    "extract_page": "page",
    "UnreadableInput": "reader",
    "decode_text": "reader",
    "normalize_text": "reader",
}
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


def __getattr__(name: str) -> object:
    """Return the exported name from its module, imported now."""
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_MODULES[name]}", __name__), name)
